import { PDFiumLibrary } from '@hyzyla/pdfium';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPrintedPdf } from '../../../main/export/pdf/pdfium';

/** A small PDF with one line of text on each page. */
async function pdfWith(lines: readonly string[]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const line of lines) document.addPage().drawText(line, { x: 50, y: 700, size: 12, font });
  return document.save();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readPrintedPdf', () => {
  it('reads each page’s text', async () => {
    const printed = await readPrintedPdf(await pdfWith(['Water sharing', 'Next round in spring']));
    expect(printed.pages.map((page) => page.trim())).toEqual(['Water sharing', 'Next round in spring']);
    expect(printed.annotations).toBe(0);
    expect(printed.hiddenTextObjects).toBe(0);
  });

  it('initialises PDFium once per process, not once per export', async () => {
    const init = vi.spyOn(PDFiumLibrary, 'init');
    const pdf = await pdfWith(['Water sharing']);
    // Whether or not an earlier test loaded it already, three reads load it at most once more.
    for (let i = 0; i < 3; i++) expect((await readPrintedPdf(pdf)).pages[0]!.trim()).toBe('Water sharing');
    expect(init.mock.calls.length).toBeLessThanOrEqual(1);
  });
});
