import { REPORT_FONT_FAMILY } from '../pdf/fonts';

/**
 * The print stylesheet every report shares: calm, black on white, readable when photocopied.
 * `unicode-bidi: plaintext` on user text lets a line in Arabic or Hebrew run right-to-left inside
 * a left-to-right page, as `dir="auto"` does on screen.
 */
export const REPORT_STYLES = `
@page { size: A4; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  font-family: ${REPORT_FONT_FAMILY};
  font-size: 9.5pt;
  line-height: 1.4;
  color: #1d2530;
}
.user-text { unicode-bidi: plaintext; }
.report-header { border-bottom: 1.5pt solid #1d2530; padding-bottom: 8pt; margin-bottom: 12pt; }
.eyebrow {
  margin: 0 0 3pt;
  font-size: 8pt;
  font-weight: 600;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: #55606e;
}
h1 { margin: 0 0 4pt; font-size: 17pt; font-weight: 600; line-height: 1.25; }
h2 { margin: 0; font-size: 11pt; font-weight: 600; }
.facts { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; }
.facts dt { color: #55606e; }
.facts dd { margin: 0; }
.note { margin: 6pt 0 0; color: #55606e; font-size: 8.5pt; }
section.day { margin-top: 14pt; }
.day-heading {
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  padding: 4pt 6pt;
  background: #eef1f5;
  border-left: 3pt solid #3b5b7d;
  break-after: avoid;
}
.day-heading .span { color: #55606e; font-size: 8.5pt; font-weight: 400; }
th.day-cell { padding: 0 0 4pt; border-bottom: none; text-transform: none; letter-spacing: normal; color: #1d2530; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
th {
  text-align: left;
  font-size: 7.5pt;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.06em;
  color: #55606e;
  padding: 5pt 6pt 3pt;
  border-bottom: 0.75pt solid #c5ccd6;
}
td { padding: 5pt 6pt; vertical-align: top; border-bottom: 0.5pt solid #dde2e8; }
tr { break-inside: avoid; }
.time { white-space: nowrap; font-variant-numeric: tabular-nums; width: 22mm; }
.minutes { white-space: nowrap; text-align: right; font-variant-numeric: tabular-nums; width: 14mm; }
.lead { width: 28mm; }
.kind {
  display: inline-block;
  margin-right: 5pt;
  padding: 0 4pt;
  border: 0.5pt solid #9aa6b5;
  border-radius: 2pt;
  font-size: 7pt;
  font-weight: 600;
  letter-spacing: 0.05em;
  text-transform: uppercase;
  color: #3d4a5a;
}
.item-title { font-weight: 600; }
.pause td { color: #55606e; background: #f8f9fb; }
.pause .item-title { font-weight: 400; }
.detail { margin-top: 2pt; color: #3d4a5a; font-size: 8.5pt; white-space: pre-wrap; }
.regime { margin-top: 2pt; font-size: 8pt; font-weight: 600; color: #7a4b00; }
.actual { margin-top: 2pt; font-size: 8pt; color: #55606e; }
.empty { padding: 8pt 6pt; color: #55606e; font-style: italic; }
.voluntary { margin-top: 3pt; font-size: 8.5pt; font-weight: 600; color: #1d2530; }
.checklist { margin-top: 4pt; padding: 4pt 6pt; border: 0.5pt solid #c5ccd6; border-radius: 2pt; font-size: 8.5pt; }
.checklist-name { font-weight: 600; margin-bottom: 2pt; }
.checklist-part { margin-top: 3pt; break-inside: avoid; }
.checklist-phase { font-size: 7.5pt; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: #55606e; }
.checklist ul { margin: 1pt 0 0; padding: 0; list-style: none; }
.checklist li { display: flex; gap: 5pt; align-items: baseline; padding: 1pt 0; }
.checklist .box { flex: none; display: inline-block; width: 7pt; height: 7pt; border: 0.75pt solid #3d4a5a; border-radius: 1pt; }
.checklist li.done .box { background: #3d4a5a; }
.checklist li.done { color: #55606e; }
.checklist .ticked { font-size: 7.5pt; }
.recovery-sheet p { max-width: 150mm; }
.recovery-words { list-style: none; padding: 0; margin: 14pt 0; display: grid; grid-template-columns: 1fr 1fr; gap: 8pt 16pt; }
.recovery-group { border: 1pt solid #b8c0cc; border-radius: 3pt; padding: 6pt 8pt; display: grid; grid-template-columns: 1fr 1fr; gap: 4pt 10pt; }
.recovery-word { font-size: 12.5pt; font-weight: 600; letter-spacing: 0.02em; }
.recovery-number { display: inline-block; min-width: 18pt; font-weight: 400; color: #55606e; font-size: 9pt; }
`;

/**
 * A little tighter, for a report that would otherwise spill a row or two onto a page of its own:
 * smaller gaps and line height, the same type size within half a point. Added after REPORT_STYLES.
 */
export const TIGHT_STYLES = `
body { font-size: 9.2pt; line-height: 1.3; }
.report-header { padding-bottom: 6pt; margin-bottom: 8pt; }
h1 { font-size: 16pt; }
section.day { margin-top: 9pt; }
th { padding-top: 3pt; padding-bottom: 2pt; }
td { padding: 3pt 5pt; }
.detail, .regime, .actual { margin-top: 1pt; }
`;
