import { useEffect, useId, useState } from 'react';
import type { SponsorReportView, StatementList, StatementView } from '../../shared/contract';
import { useApi } from '../api';
import { todayOnLaptop } from '../exercises/today';
import { useCall } from '../ui/useCall';
import { ErrorBanner } from '../ui/ErrorBanner';
import { MSG } from './messages';
import { Checkbox } from '../ui/Checkbox';

const LIMIT = 500;

/**
 * The joint notes that can reach the report: sponsor-shareable ones (printed as points of their
 * meeting) and those the participants agreed to share (printed as agreed statements). Marking a
 * note agreed records the day and the words agreed: an edit afterwards takes it out until it is
 * agreed again.
 */
export function StatementsPanel({ report }: { readonly report: SponsorReportView }) {
  const api = useApi();
  const { run, error, setError } = useCall();
  const ids = useId();
  const [all, setAll] = useState(false);
  const [list, setList] = useState<StatementList | null>(null);

  useEffect(() => {
    let current = true;
    void run(() => api.sponsorReport.statements({ dialogueId: report.dialogueId, all, limit: LIMIT })).then(
      (loaded) => {
        if (current && loaded) setList(loaded);
      },
    );
    return () => {
      current = false;
    };
  }, [api, report.dialogueId, all, run]);

  const covered = new Set(report.sessions.filter((session) => session.included).map((session) => session.id));
  const shown = (list?.statements ?? []).filter((statement) => covered.has(statement.sessionId));

  const replace = (statement: StatementView) =>
    setList(
      (current) =>
        current && {
          ...current,
          statements: current.statements.map((s) => (s.noteId === statement.noteId ? statement : s)),
        },
    );

  const agree = async (statement: StatementView, agreedOn: string | null) => {
    const saved = await run(() =>
      agreedOn === null
        ? api.sponsorReport.unmarkAgreed({ noteId: statement.noteId })
        : api.sponsorReport.markAgreed({ noteId: statement.noteId, agreedOn }),
    );
    if (saved) replace(saved);
  };

  return (
    <section className="card reports-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="reports-card__title">
        {MSG.sponsor.statementsTitle}
      </h2>
      <p className="reports-card__intro">{MSG.sponsor.statementsHelp}</p>
      <Checkbox checked={all} onChange={setAll}>
        {MSG.sponsor.showAllJoint}
      </Checkbox>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {list && shown.length === 0 && <p className="reports-empty">{MSG.sponsor.noStatements}</p>}
      <ul className="statements">
        {shown.map((statement) => (
          <li key={statement.noteId} className="statement">
            <div className="statement__meta">
              <span>
                <bdi>{MSG.sponsor.sessionLine(statement.sessionNumber, statement.agendaItemTitle ?? '')}</bdi>
              </span>
              <span className={`statement__level statement__level--${statement.level}`}>
                {MSG.sponsor.levelBadge[statement.level]}
              </span>
            </div>
            <p className="statement__body" dir="auto">
              {statement.body}
            </p>
            <div className="statement__agreed">
              <Checkbox
                checked={statement.agreed !== null}
                onChange={(on) => void agree(statement, on ? todayOnLaptop() : null)}
              >
                {MSG.sponsor.agreed}
              </Checkbox>
              {statement.agreed && (
                <input
                  type="date"
                  className="control statement__date"
                  aria-label={MSG.sponsor.agreedOn(statement.sessionNumber)}
                  value={statement.agreed.agreedOn}
                  max={todayOnLaptop()}
                  onChange={(event) => {
                    if (event.target.value) void agree(statement, event.target.value);
                  }}
                />
              )}
              {statement.agreed && !statement.agreed.current && (
                <span className="statement__changed" role="note">
                  {MSG.sponsor.agreedChanged}
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
      {list && list.total > list.statements.length && (
        <p className="reports-empty">{MSG.sponsor.moreStatements(list.statements.length, list.total)}</p>
      )}
    </section>
  );
}
