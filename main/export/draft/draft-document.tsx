import { format, parseISO } from 'date-fns';
import type { ReactNode } from 'react';
import { parseClause, type Segment } from '../../../shared/agreements/brackets';
import type { VersionClauseView } from '../../../shared/contract/agreement';
import {
  CLAUSE_STATUS_LABELS,
  DRAFT_STATUS_LABELS,
  PACKAGE_DECISION_LABELS,
  PAX_STAGE_LABELS,
  STANCE_LABELS,
} from '../../../shared/domain/agreement';
import type { DraftReportData } from '../../services/agreements/report';
import { footerTemplate, renderReportHtml } from '../report/report-document';

/** What every page of a draft says, whatever else it holds. */
export const NOTHING_AGREED = 'Draft — nothing is agreed until everything is agreed';

export interface DraftReport {
  readonly title: string;
  readonly html: string;
  readonly footerTemplate: string;
}

const day = (iso: string) => format(parseISO(iso), 'd MMMM yyyy');

/** "Version 5", or "Working text after version 5" for the unsaved working copy. */
export function versionLabel({ version, latestVersion }: Pick<DraftReportData, 'version' | 'latestVersion'>): string {
  if (version) return `Version ${version.number}`;
  return latestVersion === null ? 'Working text (no version saved yet)' : `Working text after version ${latestVersion}`;
}

/**
 * The clause's text with its brackets printed as brackets (the text a reader copies keeps them),
 * each bracket shaded one step deeper inside another, so nesting shows on a black-and-white copy,
 * and option labels in bold.
 */
function ClauseText({ text }: { text: string }): ReactNode {
  const parse = parseClause(text);
  // The store holds well-formed text only; should it ever not parse, it prints as typed.
  if (!parse.ok) return text;
  const render = (segments: readonly Segment[]): ReactNode[] =>
    segments.map((segment, index) => {
      if (segment.kind === 'text') return segment.text;
      if (segment.kind === 'alternatives') {
        return (
          <span key={index} className="alternatives">
            {render(segment.children)}
          </span>
        );
      }
      const label = segment.option;
      const children = label ? bodyAfterLabel(segment.children, label.bodyStart) : segment.children;
      return (
        <span key={index} className={`bracket depth-${Math.min(segment.depth, 4)}`}>
          <b className="mark">[</b>
          {label && <b className="option">{label.label}: </b>}
          {render(children)}
          <b className="mark">]</b>
        </span>
      );
    });
  return render(parse.segments);
}

/** A labelled bracket's children without the label itself (printed in bold instead). */
function bodyAfterLabel(children: readonly Segment[], bodyStart: number): Segment[] {
  return children.flatMap((child): Segment[] => {
    if (child.end <= bodyStart) return [];
    if (child.kind === 'text' && child.start < bodyStart) {
      // The label holds no escapes, so its raw length is its length in the text.
      return [{ ...child, text: child.text.slice(bodyStart - child.start), start: bodyStart }];
    }
    return [child];
  });
}

function Clause({ clause, data }: { clause: VersionClauseView; data: DraftReportData }) {
  const sideName = (id: string) => data.sides.find((side) => side.id === id)?.name;
  const stances = data.sides.map((side) => ({
    side,
    stance: clause.stances.find((stance) => stance.partyId === side.id),
  }));
  return (
    <section className={`clause level-${clause.depth}`}>
      <div className="clause-number">{clause.number}</div>
      <div className="clause-body">
        <p className="clause-text user-text" dir="auto">
          <ClauseText text={clause.text} />
        </p>
        <p className="clause-status">{CLAUSE_STATUS_LABELS[clause.status]}</p>
        {data.facilitatorCopy && (
          <div className="private">
            <table className="stances">
              <tbody>
                {stances.map(({ side, stance }) => (
                  <tr key={side.id}>
                    <th className="user-text" dir="auto">
                      {sideName(side.id)}
                    </th>
                    <td className={stance ? 'stance' : 'stance none'}>
                      {stance ? STANCE_LABELS[stance.stance] : 'No position recorded'}
                    </td>
                    <td className="user-text" dir="auto">
                      {stance?.rationale ?? ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {clause.holds.map((hold, index) => (
              <p key={index} className="hold">
                Held: <bdi>[{hold.anchorText}]</bdi> — <bdi>{hold.label}</bdi>
              </p>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * A draft as a printable document: the participants' copy (the text with its brackets and options,
 * the version, the stage and status — no stances) or the facilitator's copy (adding the purpose,
 * each side's stance and rationale per clause, holds, and each side's word on the package). Every
 * page's footer names the version and says that nothing is agreed until everything is agreed. A
 * pure function of its input.
 */
export function draftReport(data: DraftReportData, fontCss: string): DraftReport {
  const version = versionLabel(data);
  const title = `${data.dialogueCodeName} — ${data.title} (${version})`;
  const copy = data.facilitatorCopy ? 'Facilitator’s copy — confidential' : 'Participants’ copy';
  const html = renderReportHtml({
    title,
    fontCss,
    children: (
      <>
        <header className="report-header">
          <p className="eyebrow">
            <bdi>{data.dialogueCodeName}</bdi> · Draft · {copy}
          </p>
          <h1 className="user-text" dir="auto">
            {data.title}
          </h1>
          <dl className="facts">
            <dt>Text</dt>
            <dd>
              {version}
              {data.version && `, saved ${day(data.version.savedAt)}`}
              {!data.version && `, printed ${day(data.printedOn)}`}
            </dd>
            {data.facilitatorCopy && data.version?.note && (
              <>
                <dt>Note</dt>
                <dd className="user-text" dir="auto">
                  {data.version.note}
                </dd>
              </>
            )}
            <dt>Stage</dt>
            <dd>{PAX_STAGE_LABELS[data.stage]}</dd>
            <dt>Status</dt>
            <dd>{DRAFT_STATUS_LABELS[data.status]}</dd>
            {data.facilitatorCopy && data.purpose.trim() !== '' && (
              <>
                <dt>Purpose</dt>
                <dd className="user-text pre" dir="auto">
                  {data.purpose}
                </dd>
              </>
            )}
          </dl>
          <p className="nothing-agreed">{NOTHING_AGREED}.</p>
          <p className="note">
            Text in [square brackets] is not agreed; a bracket inside another is shaded darker. “Option 1”, “Option 2”…
            are alternatives, of which one is to be chosen.
          </p>
        </header>
        {data.clauses.length === 0 ? (
          <p className="empty">This draft has no clauses yet.</p>
        ) : (
          data.clauses.map((clause) => <Clause key={clause.id} clause={clause} data={data} />)
        )}
        {data.facilitatorCopy && (
          <section className="package">
            <h2>The package</h2>
            <p className="note">
              Each side’s final word on the whole text: nothing is agreed until everything is agreed.
            </p>
            <table className="stances">
              <tbody>
                {data.sides.map((side) => {
                  const decision = data.packages.find((entry) => entry.partyId === side.id);
                  return (
                    <tr key={side.id}>
                      <th className="user-text" dir="auto">
                        {side.name}
                      </th>
                      <td className={decision ? 'stance' : 'stance none'}>
                        {decision
                          ? `${PACKAGE_DECISION_LABELS[decision.decision]}, ${day(decision.decidedOn)}`
                          : 'Not decided'}
                      </td>
                      <td className="user-text" dir="auto">
                        {decision?.note ?? ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        )}
        <style dangerouslySetInnerHTML={{ __html: DRAFT_STYLES }} />
      </>
    ),
  });
  const footer = data.facilitatorCopy
    ? `Facilitator’s copy · ${version} · ${NOTHING_AGREED}`
    : `${version} · ${NOTHING_AGREED}`;
  return { title, html, footerTemplate: footerTemplate(footer) };
}

/** The draft's own print styles, added after the shared report stylesheet. */
const DRAFT_STYLES = `
.nothing-agreed { margin: 8pt 0 0; font-weight: 600; }
.pre { white-space: pre-wrap; }
.clause { display: grid; grid-template-columns: 16mm 1fr; gap: 0 4pt; margin: 0 0 7pt; break-inside: avoid; }
.clause.level-1 { margin-left: 8mm; }
.clause.level-2 { margin-left: 16mm; }
.clause-number { font-weight: 600; font-variant-numeric: tabular-nums; padding-top: 1pt; }
.clause-text { margin: 0; font-size: 10.5pt; line-height: 1.55; white-space: pre-wrap; }
.clause-status { margin: 1pt 0 0; font-size: 7.5pt; letter-spacing: 0.05em; text-transform: uppercase; color: #55606e; }
.bracket { background: rgba(29, 37, 48, 0.07); border-radius: 1.5pt; padding: 0 0.5pt; }
.bracket .mark { font-weight: 700; }
.bracket.depth-2 .mark, .bracket.depth-3 .mark, .bracket.depth-4 .mark { font-weight: 800; }
.option { font-weight: 600; }
.private { margin-top: 3pt; padding: 3pt 6pt; border-left: 2pt solid #9aa6b5; background: #f6f7f9; }
.stances { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
.stances th { text-transform: none; letter-spacing: normal; font-size: 8.5pt; color: #1d2530; width: 32mm; padding: 2pt 4pt 2pt 0; border: none; vertical-align: top; }
.stances td { padding: 2pt 4pt; border: none; }
.stances td.stance { width: 46mm; font-weight: 600; }
.stances td.stance.none { font-weight: 400; color: #55606e; }
.hold { margin: 2pt 0 0; font-size: 8.5pt; color: #7a4b00; }
.package { margin-top: 14pt; break-inside: avoid; }
.package h2 { margin-bottom: 2pt; }
`;
