import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PDF_CREATOR, pdfPageCount, setPdfMetadata } from '../../../main/export/pdf/metadata';

const SECRET_PATH = '/home/user/secret path';
const NOW = new Date('2026-03-28T09:30:00.000Z');

/** A PDF as an engine might leave it: its own author, creator, producer and keywords. */
async function enginePdf(pages: number, xmp?: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  for (let i = 0; i < pages; i++) document.addPage();
  document.setTitle('Engine title');
  document.setAuthor('Someone');
  document.setCreator(SECRET_PATH);
  document.setProducer(`HeadlessChrome/140 ${SECRET_PATH}`);
  document.setKeywords(['confidential', 'keyword']);
  if (xmp !== undefined) {
    const stream = document.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' });
    document.catalog.set(PDFName.of('Metadata'), document.context.register(stream));
  }
  return document.save({ useObjectStreams: false });
}

/**
 * Whether `value` is anywhere in the file: as plain bytes, or as the hex strings PDF writers use
 * (UTF-16BE, as pdf-lib writes text, or one byte per character).
 */
function fileContains(pdf: Uint8Array, value: string): boolean {
  const raw = Buffer.from(pdf).toString('latin1');
  const hex = raw.replace(/\s+/g, '').toUpperCase();
  const utf16 = Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase();
  const bytes = Buffer.from(value, 'latin1').toString('hex').toUpperCase();
  return raw.includes(value) || hex.includes(utf16) || hex.includes(bytes);
}

describe('setPdfMetadata', () => {
  it('the fixture really carries what must go (so the test can fail)', async () => {
    const pdf = await enginePdf(1);
    expect(fileContains(pdf, SECRET_PATH)).toBe(true);
    expect(fileContains(pdf, 'Someone')).toBe(true);
    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(loaded.getAuthor()).toBe('Someone');
  });

  it('keeps only title, subject, Parley as creator and producer, and the date', async () => {
    const pdf = await setPdfMetadata(await enginePdf(2), { title: 'Cedar — Session 3 agenda', subject: 'Agenda' }, NOW);
    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(loaded.getTitle()).toBe('Cedar — Session 3 agenda');
    expect(loaded.getSubject()).toBe('Agenda');
    expect(loaded.getCreator()).toBe(PDF_CREATOR);
    expect(PDF_CREATOR).toBe('Parley');
    expect(loaded.getProducer()).toBe('Parley');
    expect(loaded.getAuthor()).toBeUndefined();
    expect(loaded.getKeywords()).toBeUndefined();
    expect(loaded.getCreationDate()?.toISOString()).toBe(NOW.toISOString());
    expect(loaded.getModificationDate()?.toISOString()).toBe(NOW.toISOString());
    expect(loaded.getPageCount()).toBe(2);
  });

  it('leaves none of the engine’s fields anywhere in the bytes', async () => {
    const pdf = await setPdfMetadata(await enginePdf(1), { title: 'T', subject: 'S' }, NOW);
    for (const gone of [SECRET_PATH, '/home/user', 'Someone', 'HeadlessChrome', 'confidential', 'Engine title']) {
      expect(fileContains(pdf, gone), gone).toBe(false);
    }
    expect(fileContains(pdf, 'Parley')).toBe(true);
  });

  it('drops the XMP metadata stream from the catalog', async () => {
    const pdf = await setPdfMetadata(
      await enginePdf(1, `<x:xmpmeta><dc:creator>${SECRET_PATH}</dc:creator></x:xmpmeta>`),
      { title: 'T', subject: 'S' },
      NOW,
    );
    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(loaded.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
  });

  it('leaves no XMP stream content in the bytes', async () => {
    const pdf = await setPdfMetadata(
      await enginePdf(1, `<x:xmpmeta><dc:creator>${SECRET_PATH}</dc:creator></x:xmpmeta>`),
      { title: 'T', subject: 'S' },
      NOW,
    );
    expect(fileContains(pdf, SECRET_PATH)).toBe(false);
  });

  it('is stable: the same input and date give the same bytes', async () => {
    const input = await enginePdf(1);
    const first = await setPdfMetadata(input, { title: 'T', subject: 'S' }, NOW);
    const second = await setPdfMetadata(input, { title: 'T', subject: 'S' }, NOW);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

describe('pdfPageCount', () => {
  it('counts the pages', async () => {
    expect(await pdfPageCount(await enginePdf(1))).toBe(1);
    expect(await pdfPageCount(await enginePdf(3))).toBe(3);
  });

  it('rejects bytes that are not a PDF', async () => {
    await expect(pdfPageCount(new TextEncoder().encode('not a pdf'))).rejects.toThrow();
  });
});
