import { format, parseISO } from 'date-fns';
import type { ComparisonStatus } from '../../../shared/agenda/compare';
import { NOTE_KIND_LABELS, NOTE_LEVEL_LABELS } from '../../../shared/domain/note';
import { CONFIDENTIAL_RECORD } from '../../../shared/domain/report';
import { AGENDA_ITEM_KIND_LABELS, REGIME_LABELS } from '../../../shared/domain/session';
import type { SessionSummaryData, SummaryNoteGroup } from '../../services/reports/summary-data';
import { footerTemplate, renderReportHtml } from '../report/report-document';

export interface SessionSummaryReport {
  readonly title: string;
  readonly html: string;
  readonly footerTemplate: string;
}

const STATUS_LABELS: Record<ComparisonStatus, string> = {
  done: 'Ran',
  running: 'Running',
  skipped: 'Skipped',
  'not-run': 'Not run',
};

const minutes = (n: number) => `${n} min`;
const signed = (n: number | null) => (n === null ? '' : n === 0 ? '±0' : n > 0 ? `+${n}` : `\u2212${Math.abs(n)}`);

function heading({ number, title }: SessionSummaryData['session']): string {
  return title ? `Session ${number} — ${title}` : `Session ${number}`;
}

function Codes({ codes, extra }: { codes: readonly string[]; extra: number }) {
  if (codes.length === 0 && extra === 0) return <span className="none">—</span>;
  return (
    <>
      {codes.join(', ')}
      {extra > 0 && `${codes.length > 0 ? ', ' : ''}${extra} without a speaker code`}
    </>
  );
}

function NoteGroups({ groups }: { groups: readonly SummaryNoteGroup[] }) {
  return (
    <>
      {groups.map((group, index) => (
        <div key={index} className="note-group">
          <h3>
            {group.itemLabel ? (
              <>
                {group.itemLabel} · <bdi>{group.itemTitle}</bdi>
              </>
            ) : (
              'Outside the agenda'
            )}
          </h3>
          {group.notes.map((note, i) => (
            <div key={i} className={`summary-note level-${note.level}`}>
              <div className="note-meta">
                <span className="at">{note.at}</span>
                <span className="speaker">{note.speaker ?? 'No speaker'}</span>
                <span className="level">{NOTE_LEVEL_LABELS[note.level]}</span>
                {note.kind === 'quote' && <span className="level">{NOTE_KIND_LABELS.quote}</span>}
                {note.agreedForSponsors && <span className="level agreed">Agreed for sponsors</span>}
                {note.tags.length > 0 && (
                  <span className="tags">
                    {note.tags.map((tag, t) => (
                      <span key={t}>
                        {t > 0 && ', '}
                        <bdi>{tag}</bdi>
                      </span>
                    ))}
                  </span>
                )}
              </div>
              <p className="note-body user-text" dir="auto">
                {note.body}
              </p>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

/**
 * The internal session summary (issue 13, item 1) as a printable document: "Confidential —
 * facilitator's record" at the top and in every page's footer; the session's facts; attendance by
 * speaker code and side; the agenda as run against the plan; joint notes grouped by agenda item with
 * speaker codes and levels; each party's caucus notes in a section of their own; exercise runs; the
 * trust readings; commitments not yet done. A pure function of its input.
 */
export function sessionSummaryReport(data: SessionSummaryData, fontCss: string): SessionSummaryReport {
  const { session } = data;
  const title = `${data.codeName} — ${heading(session)} — summary`;
  const html = renderReportHtml({
    title,
    fontCss,
    children: (
      <>
        <header className="report-header">
          <p className="eyebrow confidential">
            {CONFIDENTIAL_RECORD} · <bdi>{data.codeName}</bdi>
          </p>
          <h1 className="user-text" dir="auto">
            {heading(session)}
          </h1>
          <dl className="facts">
            <dt>When</dt>
            <dd>
              {session.when} <span className="zone">({session.timeZone})</span>
            </dd>
            <dt>Venue</dt>
            <dd className="user-text" dir="auto">
              {session.venue ?? 'Not recorded'}
            </dd>
            <dt>Rule</dt>
            <dd>{REGIME_LABELS[session.regime]}</dd>
            <dt>Notes included</dt>
            <dd>
              {data.levels.map((level) => NOTE_LEVEL_LABELS[level]).join(' · ')}
              {data.includeCaucus ? '; caucus notes in their own section' : '; caucus notes left out'}
            </dd>
            {session.objectives.trim() !== '' && (
              <>
                <dt>Objectives</dt>
                <dd className="user-text pre" dir="auto">
                  {session.objectives}
                </dd>
              </>
            )}
            {session.outcomeSummary.trim() !== '' && (
              <>
                <dt>Outcome</dt>
                <dd className="user-text pre" dir="auto">
                  {session.outcomeSummary}
                </dd>
              </>
            )}
          </dl>
        </header>

        <section className="summary-section">
          <h2>Attendance</h2>
          {data.attendance.length === 0 ? (
            <p className="empty">No attendance recorded.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Side</th>
                  <th>Attended</th>
                  <th>Absent</th>
                  <th>Invited, no answer</th>
                </tr>
              </thead>
              <tbody>
                {data.attendance.map((entry, index) => (
                  <tr key={index}>
                    <td className="user-text" dir="auto">
                      {entry.party}
                    </td>
                    <td>
                      <Codes codes={entry.codes.attended} extra={entry.withoutCode.attended} />
                    </td>
                    <td>
                      <Codes codes={entry.codes.absent} extra={entry.withoutCode.absent} />
                    </td>
                    <td>
                      <Codes codes={entry.codes.invited} extra={entry.withoutCode.invited} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="summary-section">
          <h2>The agenda as run</h2>
          {data.agenda.length === 0 ? (
            <p className="empty">The session has no agenda.</p>
          ) : (
            <>
              <table className="as-run">
                <thead>
                  <tr>
                    <th>#</th>
                    <th>Planned</th>
                    <th>Item</th>
                    <th className="num">Plan</th>
                    <th>Ran</th>
                    <th className="num">Took</th>
                    <th className="num">±</th>
                  </tr>
                </thead>
                <tbody>
                  {data.agenda.map((row) => (
                    <tr key={row.number} className={row.status === 'skipped' ? 'skipped' : undefined}>
                      <td className="num">{row.number}</td>
                      <td className="time">
                        {data.agenda.some((other) => other.day > 1) && <div className="day">Day {row.day}</div>}
                        {row.planned}
                      </td>
                      <td>
                        <span className="kind">{AGENDA_ITEM_KIND_LABELS[row.kind]}</span>
                        <span className="user-text" dir="auto">
                          {row.title}
                        </span>
                        {(row.lead !== '—' || row.caucusParty) && (
                          <div className="detail">
                            {row.lead !== '—' && `Lead: ${row.lead}`}
                            {row.lead !== '—' && row.caucusParty && ' · '}
                            {row.caucusParty && (
                              <>
                                With <bdi>{row.caucusParty}</bdi> only
                              </>
                            )}
                          </div>
                        )}
                      </td>
                      <td className="num">{minutes(row.plannedMinutes)}</td>
                      <td className="time">{row.actual ?? STATUS_LABELS[row.status]}</td>
                      <td className="num">{row.actualMinutes === null ? '' : minutes(row.actualMinutes)}</td>
                      <td className="num">{signed(row.deltaMinutes)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="note">
                Planned {minutes(data.ran.plannedMinutes)}; the items that ran to the end took{' '}
                {minutes(data.ran.actualMinutes)}
                {data.ran.skipped > 0 && `; ${data.ran.skipped} skipped`}. Times on the venue’s clocks.
              </p>
            </>
          )}
        </section>

        <section className="summary-section">
          <h2>Notes</h2>
          {data.notes.length === 0 ? (
            <p className="empty">No joint notes at the levels chosen.</p>
          ) : (
            <NoteGroups groups={data.notes} />
          )}
        </section>

        {data.includeCaucus && (
          <section className="summary-section caucus">
            <div className="keep-with-next">
              <h2>Caucus notes</h2>
              <p className="note">
                Notes from separate meetings with one party. They are kept apart here and never appear in a joint
                summary or a sponsor report.
              </p>
            </div>
            {data.caucus.length === 0 ? (
              <p className="empty">No caucus notes at the levels chosen.</p>
            ) : (
              data.caucus.map((entry, index) => (
                <div key={index} className="caucus-party">
                  <h3 className="caucus-heading">
                    Caucus with <bdi>{entry.party}</bdi>
                  </h3>
                  <NoteGroups groups={entry.groups} />
                </div>
              ))
            )}
          </section>
        )}

        {data.exercises.length > 0 && (
          <section className="summary-section">
            <h2>Exercises</h2>
            {data.exercises.map((exercise, index) => (
              <div key={index} className="exercise">
                <h3>
                  {exercise.itemLabel} · <bdi>{exercise.name}</bdi>
                </h3>
                <dl className="facts">
                  <dt>Checklist</dt>
                  <dd>
                    {exercise.checklist.done} of {exercise.checklist.total} steps done
                  </dd>
                  <dt>How it landed</dt>
                  <dd>
                    {exercise.landed ?? 'Not recorded'}
                    {exercise.landedWord && (
                      <>
                        {' '}
                        — <bdi>{exercise.landedWord}</bdi>
                      </>
                    )}
                  </dd>
                  <dt>Taking part</dt>
                  <dd>
                    {exercise.counts.map((count, i) => (
                      <span key={i}>
                        {i > 0 && ' · '}
                        <bdi>{count.party}</bdi>: {count.tookPart ?? '—'} took part, {count.optedOut ?? '—'} passed
                      </span>
                    ))}
                  </dd>
                </dl>
                {exercise.observations.map((observation, i) => (
                  <div key={i} className={`summary-note level-${observation.level}`}>
                    <div className="note-meta">
                      <span className="speaker">Observation</span>
                      <span className="level">{NOTE_LEVEL_LABELS[observation.level]}</span>
                    </div>
                    <p className="note-body user-text" dir="auto">
                      {observation.body}
                    </p>
                  </div>
                ))}
              </div>
            ))}
          </section>
        )}

        {data.trust && (
          <section className="summary-section">
            <h2>Trust reading</h2>
            {data.trust.length === 0 ? (
              <p className="empty">No trust reading recorded for this session.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>Sides</th>
                    <th>Relations</th>
                    <th>What was seen</th>
                    <th>Why</th>
                  </tr>
                </thead>
                <tbody>
                  {data.trust.map((reading, index) => (
                    <tr key={index}>
                      <td className="user-text" dir="auto">
                        {reading.pair}
                      </td>
                      <td className="rating">{reading.rating}</td>
                      <td>{reading.indicators.join(', ') || '—'}</td>
                      <td className="user-text pre" dir="auto">
                        {reading.rationale}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )}

        <section className="summary-section">
          <h2>Commitments due</h2>
          {data.commitments.length === 0 ? (
            <p className="empty">No open commitments in this dialogue.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Commitment</th>
                  <th>Owner</th>
                  <th>Due</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {data.commitments.map((commitment, index) => (
                  <tr key={index} className={commitment.overdue ? 'overdue' : undefined}>
                    <td>
                      <span className="user-text" dir="auto">
                        {commitment.description}
                      </span>
                      <div className="detail">
                        <bdi>{commitment.draft}</bdi>
                        {commitment.clause && `, clause ${commitment.clause}`}
                      </div>
                    </td>
                    <td>
                      <bdi>{commitment.owner}</bdi>
                    </td>
                    <td className="time">{format(parseISO(commitment.dueOn), 'd MMM yyyy')}</td>
                    <td>
                      {commitment.status}
                      {commitment.overdue && <div className="detail overdue-mark">Overdue</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <style dangerouslySetInnerHTML={{ __html: SUMMARY_STYLES }} />
      </>
    ),
  });
  return {
    title,
    html,
    footerTemplate: footerTemplate(`${CONFIDENTIAL_RECORD} · Session ${session.number}`),
  };
}

/** The summary's own print styles, after the shared report stylesheet. */
const SUMMARY_STYLES = `
.confidential { color: #7a1f1f; }
.pre { white-space: pre-wrap; }
.zone { color: #55606e; }
.summary-section { margin-top: 14pt; }
.summary-section h2 { margin: 0 0 5pt; padding-bottom: 2pt; border-bottom: 0.75pt solid #c5ccd6; break-after: avoid; }
.summary-section h3 { margin: 8pt 0 3pt; font-size: 9.5pt; font-weight: 600; break-after: avoid; }
.caucus h2 { border-bottom-color: #7a1f1f; }
.caucus-party { margin-top: 6pt; padding: 2pt 0 2pt 8pt; border-left: 2.5pt solid #7a1f1f; }
.caucus-heading { color: #7a1f1f; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.day { font-size: 7.5pt; color: #55606e; }
.none { color: #8a94a3; }
tr.skipped td { color: #55606e; }
tr.overdue td { background: #fbf3f1; }
.overdue-mark { color: #7a1f1f; font-weight: 600; }
.rating { white-space: nowrap; font-weight: 600; }
.summary-note { margin: 0 0 5pt; padding: 3pt 6pt; border-left: 2pt solid #c5ccd6; break-inside: avoid; }
.summary-note.level-facilitator { border-left-color: #7a4b00; }
.summary-note.level-sponsor { border-left-color: #1b5a31; }
.note-meta { display: flex; flex-wrap: wrap; gap: 0 8pt; font-size: 7.5pt; color: #55606e; }
.note-meta .speaker { font-weight: 600; color: #1d2530; }
.note-meta .level { text-transform: uppercase; letter-spacing: 0.05em; }
.note-body { margin: 1pt 0 0; white-space: pre-wrap; }
.exercise { margin-bottom: 8pt; break-inside: avoid; }
.keep-with-next { break-inside: avoid; break-after: avoid; }
.note-meta .agreed { color: #1b5a31; font-weight: 600; }
.exercise .facts { font-size: 8.5pt; margin-bottom: 4pt; }
`;
