/**
 * One page of every Parley report: A4 with room for the running footer. Both engines (Electron's
 * `printToPDF` in the app, Playwright's `page.pdf` in the CLI and tests) print with these numbers,
 * so a report looks the same whichever made it.
 */
export const PAGE = {
  format: 'A4',
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 16, right: 16, bottom: 20, left: 16 },
} as const;

/** What an engine prints: a complete, self-contained HTML document (fonts inlined) and its footer. */
export interface PdfJob {
  readonly html: string;
  /**
   * Chromium's footer template (`pageNumber` / `totalPages` spans are filled in per page). Built by
   * us from escaped text; it is rendered apart from the document, without its fonts.
   */
  readonly footerTemplate: string;
}

/**
 * Turns a document into PDF bytes with Chromium. The document is handed over from memory: no HTML
 * of a workspace is ever written to disk. Engines load nothing but the document itself.
 */
export interface PdfEngine {
  print(job: PdfJob): Promise<Uint8Array>;
  /** Frees the browser or window, if one is kept between jobs. */
  close(): Promise<void>;
}

export const mmToInches = (mm: number) => mm / 25.4;
