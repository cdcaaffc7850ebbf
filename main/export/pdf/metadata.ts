import { ParseSpeeds, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

export interface PdfMetadata {
  readonly title: string;
  readonly subject: string;
}

export const PDF_CREATOR = 'Parley';

/**
 * pdf-lib yields to the event loop every 100 objects it parses and every 50 it writes, each time
 * through a timer: a 44-page draft waited on hundreds of them. Every 1,500 keeps main
 * answering between slices of a few milliseconds while the PDF is rewritten.
 */
const OBJECTS_PER_SLICE = ParseSpeeds.Fast;

/**
 * Replaces whatever the engine wrote into the document information dictionary (Chromium puts its
 * full user agent, which names the OS and browser build, into Creator) with our own fields: title,
 * subject, Parley as creator and producer, and the creation date. No author, no keywords, no path.
 */
export async function setPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata, now: Date): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: OBJECTS_PER_SLICE });
  // A fresh information dictionary, and the engine's own dropped from the file: saving keeps every
  // object it holds, referenced or not.
  const engineInfo = document.context.trailerInfo.Info;
  if (engineInfo instanceof PDFRef) document.context.delete(engineInfo);
  document.context.trailerInfo.Info = document.context.register(document.context.obj({}));
  // Some producers also embed an XMP stream with the same fields; ours must be the only ones.
  const xmp = document.catalog.get(PDFName.of('Metadata'));
  if (xmp instanceof PDFRef) document.context.delete(xmp);
  document.catalog.delete(PDFName.of('Metadata'));
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setSubject(metadata.subject);
  document.setCreator(PDF_CREATOR);
  document.setProducer(PDF_CREATOR);
  document.setCreationDate(now);
  document.setModificationDate(now);
  return document.save({ useObjectStreams: false, objectsPerTick: OBJECTS_PER_SLICE });
}

/** The number of pages, for the facilitator's confirmation ("3 pages"). */
export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: OBJECTS_PER_SLICE })).getPageCount();
}
