import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { REPORT_STYLES, TIGHT_STYLES } from './report-styles';

/**
 * The report may load nothing: fonts are inlined as data: URIs, there are no scripts and no images
 * from anywhere. Chromium enforces it even if a string slipped through unescaped.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export interface ReportShell {
  /** The document title (also the PDF's Title, set again by setPdfMetadata). */
  readonly title: string;
  /** @font-face rules from reportFontCss(); empty in tests of the HTML alone. */
  readonly fontCss: string;
  readonly children: ReactNode;
  /**
   * `tight`: a little less space between rows and lines, for a report whose last page would hold
   * only a row or two (the export keeps whichever prints on fewer pages).
   */
  readonly density?: Density;
}

export type Density = 'normal' | 'tight';

/**
 * Data → HTML for every report. React's static renderer escapes every string it is given, so user
 * text (titles, notes, names of places typed in any script) can only ever be text; the only raw
 * HTML is our own stylesheet. A pure function: the same input gives the same document.
 */
export function renderReportHtml({ title, fontCss, children, density = 'normal' }: ReportShell): string {
  const markup = renderToStaticMarkup(
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={REPORT_CSP} />
        <title>{title}</title>
        <style
          dangerouslySetInnerHTML={{
            __html: `${fontCss}\n${REPORT_STYLES}${density === 'tight' ? `\n${TIGHT_STYLES}` : ''}`,
          }}
        />
      </head>
      <body>{children}</body>
    </html>,
  );
  return `<!doctype html>${markup}`;
}

/**
 * Chromium's running footer: a label on the left, "Page n of m" on the right. It is rendered apart
 * from the document, without its fonts, so callers pass plain labels (no user text in other scripts).
 */
export function footerTemplate(label: string): string {
  return renderToStaticMarkup(
    <div
      style={{
        boxSizing: 'border-box',
        width: '100%',
        padding: '0 16mm',
        display: 'flex',
        justifyContent: 'space-between',
        fontFamily: 'sans-serif',
        fontSize: '7.5pt',
        color: '#55606e',
      }}
    >
      <span>{label}</span>
      <span>
        Page <span className="pageNumber" /> of <span className="totalPages" />
      </span>
    </div>,
  );
}
