import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PDFiumLibrary } from '@hyzyla/pdfium';

/**
 * Reads a finished PDF back in-process with PDFium (Chromium's own PDF library, as WebAssembly):
 * each page's text as a reader would copy it, and what could hide text from a reader (annotations,
 * invisible or transparent text) or name its author (the information dictionary). PDFium extracts
 * Arabic and Hebrew letters correctly where pdf.js drops some (DESIGN.md); mixed-direction lines
 * come back in visual order, so the text is matched word by word.
 */

/** What the PDF shows and holds, page by page. */
export interface PrintedPdf {
  readonly pages: readonly string[];
  /** Annotations of every page: links, notes, form fields… (a report has none). */
  readonly annotations: number;
  /** Text objects drawn invisibly (render mode 3 or 7) or fully transparent. */
  readonly hiddenTextObjects: number;
  /** The information dictionary as a reader sees it. */
  readonly info: Readonly<Record<(typeof INFO_KEYS)[number], string>>;
}

const INFO_KEYS = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const;

/** The C functions of PDFium's WebAssembly build that the reader uses (the wrapper types few of them). */
interface PdfiumModule {
  readonly HEAPU8: Uint8Array;
  readonly HEAPU32: Uint32Array;
  readonly wasmExports: { malloc(size: number): number; free(pointer: number): void };
  _FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  _FPDF_CloseDocument(document: number): void;
  _FPDF_GetPageCount(document: number): number;
  _FPDF_LoadPage(document: number, index: number): number;
  _FPDF_ClosePage(page: number): void;
  _FPDF_GetMetaText(document: number, tag: number, buffer: number, length: number): number;
  _FPDFText_LoadPage(page: number): number;
  _FPDFText_ClosePage(textPage: number): void;
  _FPDFText_CountChars(textPage: number): number;
  _FPDFText_GetText(textPage: number, start: number, count: number, buffer: number): number;
  _FPDFPage_GetAnnotCount(page: number): number;
  _FPDFPage_CountObjects(page: number): number;
  _FPDFPage_GetObject(page: number, index: number): number;
  _FPDFPageObj_GetType(object: number): number;
  _FPDFTextObj_GetTextRenderMode(object: number): number;
  _FPDFPageObj_GetFillColor(object: number, r: number, g: number, b: number, a: number): number;
}

const FPDF_PAGEOBJ_TEXT = 1;
const FPDF_TEXTRENDERMODE_INVISIBLE = 3;
const FPDF_TEXTRENDERMODE_CLIP = 7;

/** Where the WebAssembly binary is: the app's copy (dist/pdfium/pdfium.wasm) or node_modules'. */
export function defaultPdfiumWasm(): string {
  return createRequire(import.meta.url).resolve('@hyzyla/pdfium/pdfium.wasm');
}

const libraries = new Map<string, Promise<PdfiumModule>>();

function pdfium(wasmPath: string): Promise<PdfiumModule> {
  let library = libraries.get(wasmPath);
  if (!library) {
    library = readFile(wasmPath)
      .then((binary) =>
        PDFiumLibrary.init({
          wasmBinary: binary.buffer.slice(binary.byteOffset, binary.byteOffset + binary.byteLength),
        }),
      )
      // The wrapper keeps the module private; its C API is what this reader needs.
      .then((loaded) => (loaded as unknown as { readonly module: PdfiumModule }).module);
    library.catch(() => libraries.delete(wasmPath));
    libraries.set(wasmPath, library);
  }
  return library;
}

function utf16(module: PdfiumModule, pointer: number, bytes: number): string {
  return new TextDecoder('utf-16le').decode(module.HEAPU8.slice(pointer, pointer + bytes)).replace(/\0+$/u, '');
}

function pageText(module: PdfiumModule, page: number): string {
  const textPage = module._FPDFText_LoadPage(page);
  if (!textPage) throw new Error('PDFium could not read a page’s text');
  try {
    const count = module._FPDFText_CountChars(textPage);
    if (count <= 0) return '';
    const buffer = module.wasmExports.malloc((count + 1) * 2);
    try {
      const written = module._FPDFText_GetText(textPage, 0, count, buffer);
      return written > 0 ? utf16(module, buffer, (written - 1) * 2) : '';
    } finally {
      module.wasmExports.free(buffer);
    }
  } finally {
    module._FPDFText_ClosePage(textPage);
  }
}

function hiddenTextObjects(module: PdfiumModule, page: number): number {
  const rgba = module.wasmExports.malloc(16);
  try {
    let hidden = 0;
    const count = module._FPDFPage_CountObjects(page);
    for (let i = 0; i < count; i++) {
      const object = module._FPDFPage_GetObject(page, i);
      if (module._FPDFPageObj_GetType(object) !== FPDF_PAGEOBJ_TEXT) continue;
      const mode = module._FPDFTextObj_GetTextRenderMode(object);
      const transparent =
        module._FPDFPageObj_GetFillColor(object, rgba, rgba + 4, rgba + 8, rgba + 12) !== 0 &&
        module.HEAPU32[(rgba + 12) >> 2] === 0;
      if (mode === FPDF_TEXTRENDERMODE_INVISIBLE || mode === FPDF_TEXTRENDERMODE_CLIP || transparent) hidden += 1;
    }
    return hidden;
  } finally {
    module.wasmExports.free(rgba);
  }
}

function metaText(module: PdfiumModule, document: number, key: string): string {
  const tag = module.wasmExports.malloc(key.length + 1);
  try {
    module.HEAPU8.set([...new TextEncoder().encode(key), 0], tag);
    const bytes = module._FPDF_GetMetaText(document, tag, 0, 0);
    if (bytes <= 2) return '';
    const buffer = module.wasmExports.malloc(bytes);
    try {
      module._FPDF_GetMetaText(document, tag, buffer, bytes);
      return utf16(module, buffer, bytes);
    } finally {
      module.wasmExports.free(buffer);
    }
  } finally {
    module.wasmExports.free(tag);
  }
}

/** The PDF as PDFium reads it. Throws when PDFium cannot open it. */
export async function readPrintedPdf(pdf: Uint8Array, wasmPath: string = defaultPdfiumWasm()): Promise<PrintedPdf> {
  const module = await pdfium(wasmPath);
  const data = module.wasmExports.malloc(pdf.byteLength);
  try {
    module.HEAPU8.set(pdf, data);
    const document = module._FPDF_LoadMemDocument(data, pdf.byteLength, 0);
    if (!document) throw new Error('PDFium could not open the printed PDF');
    try {
      const pages: string[] = [];
      let annotations = 0;
      let hidden = 0;
      for (let index = 0; index < module._FPDF_GetPageCount(document); index++) {
        const page = module._FPDF_LoadPage(document, index);
        if (!page) throw new Error('PDFium could not open a page');
        try {
          pages.push(pageText(module, page));
          annotations += module._FPDFPage_GetAnnotCount(page);
          hidden += hiddenTextObjects(module, page);
        } finally {
          module._FPDF_ClosePage(page);
        }
      }
      const info = Object.fromEntries(
        INFO_KEYS.map((key) => [key, metaText(module, document, key)]),
      ) as PrintedPdf['info'];
      return { pages, annotations, hiddenTextObjects: hidden, info };
    } finally {
      module._FPDF_CloseDocument(document);
    }
  } finally {
    module.wasmExports.free(data);
  }
}
