import { SponsorReportBody } from '../../../shared/reports/SponsorReportBody';
import type { SponsorReportDocument } from '../../../shared/reports/sponsor-document';
import { footerTemplate, renderReportHtml } from '../report/report-document';

export interface SponsorReportPrint {
  readonly title: string;
  readonly html: string;
  readonly footerTemplate: string;
}

/** Charts at the printed page's width between the margins (178 mm at 96 px per inch, less a little air). */
const CHART_WIDTH = 660;

/**
 * The sanitized sponsor report as a printable document: the same component the app's preview
 * shows, over the same redacted document, without the preview's marks. Its title names the
 * dialogue's code name and the meetings, never a person; every page's footer says what it is.
 */
export function sponsorReportPrint(doc: SponsorReportDocument, fontCss: string): SponsorReportPrint {
  const title = `${doc.codeName.text} — report to sponsors (${doc.meetingsLabel})`;
  const html = renderReportHtml({
    title,
    fontCss,
    children: (
      <>
        <SponsorReportBody document={doc} chartWidth={CHART_WIDTH} />
        <style dangerouslySetInnerHTML={{ __html: SPONSOR_REPORT_STYLES }} />
      </>
    ),
  });
  return { title, html, footerTemplate: footerTemplate(`Report to sponsors · ${doc.meetingsLabel}`) };
}

/** The sponsor report's own print styles, after the shared report stylesheet. */
export const SPONSOR_REPORT_STYLES = `
.sponsor-report h1 { margin-bottom: 2pt; }
.sponsor-report .subtitle { margin: 0; color: #3d4a5a; }
.report-about { margin: 0 0 12pt; padding: 6pt 9pt; border-left: 2.5pt solid #3b5b7d; background: #f4f6f9; break-inside: avoid; }
.report-about p { margin: 0 0 3pt; }
.report-about p:last-child { margin-bottom: 0; color: #3d4a5a; font-size: 8.5pt; }
.report-section { margin-top: 14pt; }
.report-section h2 { margin: 0 0 5pt; padding-bottom: 2pt; border-bottom: 0.75pt solid #c5ccd6; break-after: avoid; }
.report-section h3 { margin: 6pt 0 2pt; font-size: 9.5pt; font-weight: 600; break-after: avoid; }
.section-note { margin: 3pt 0 5pt; color: #55606e; font-size: 8.5pt; }
.prose { margin: 0; white-space: pre-wrap; line-height: 1.5; }
table.meetings td.number { font-weight: 600; font-variant-numeric: tabular-nums; width: 14mm; }
table.meetings .count { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.meetings td.not-recorded { color: #55606e; font-style: italic; text-align: left; }
table.meetings tfoot th { text-transform: none; letter-spacing: normal; font-size: 8.5pt; color: #1d2530; border-bottom: none; border-top: 0.75pt solid #c5ccd6; padding-top: 5pt; }
table.meetings tfoot td { border-bottom: none; border-top: 0.75pt solid #c5ccd6; font-weight: 600; }
.statements { margin: 0; padding-left: 14pt; }
.statements li { margin-bottom: 6pt; break-inside: avoid; }
.statements p { margin: 0; }
.meta { color: #55606e; font-size: 8pt; margin-top: 1pt; }
.points ul { margin: 0; padding-left: 14pt; }
.points li { margin-bottom: 3pt; white-space: pre-wrap; }
.entry { margin-bottom: 8pt; padding-bottom: 6pt; border-bottom: 0.5pt solid #dde2e8; break-inside: avoid; }
.entry:last-child { border-bottom: none; }
.entry-title { margin: 0 0 3pt; font-weight: 600; }
.entry .facts { font-size: 8.5pt; }
table.transfers td.when { white-space: nowrap; }
.chart { margin: 4pt 0; break-inside: avoid; }
.report-section--trust-chart, .report-section--overton-chart { break-inside: avoid; }
.chart svg { display: block; max-width: 100%; height: auto; }
`;
