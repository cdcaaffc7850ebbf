import { useId, useState } from 'react';
import type { ReportSessionView, SponsorReportView } from '../../shared/contract';
import { DEFAULT_RISKY_VENUE, exactPeriod, REPORT_LIMITS } from '../../shared/domain/report';
import { REGIME_LABELS } from '../../shared/domain/session';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { ErrorBanner } from '../ui/ErrorBanner';
import { MSG } from './messages';

/** The session's days on the venue's calendar, as the report prints them when the session is not risky. */
const dates = (session: ReportSessionView) => exactPeriod(session.startsLocal, session.endsLocal);

/**
 * Which sessions the report covers, and which of them are risky (their period coarsened, their
 * venue named only as the facilitator describes it). Each change is saved at once.
 */
export function ReportSessions({
  report,
  onChange,
}: {
  readonly report: SponsorReportView;
  readonly onChange: (report: SponsorReportView) => void;
}) {
  const api = useApi();
  const { run, error } = useCall();
  const ids = useId();
  // Venue descriptions as typed, saved when the field is left.
  const [labels, setLabels] = useState<Readonly<Record<string, string>>>(() =>
    Object.fromEntries(report.sessions.map((session) => [session.id, session.venueLabel])),
  );

  const choose = async (sessionIds: string[] | null) => {
    const next = await run(() => api.sponsorReport.setSessions({ dialogueId: report.dialogueId, sessionIds }));
    if (next) onChange(next);
  };
  const included = report.sessions.filter((session) => session.included).map((session) => session.id);

  const mark = async (session: ReportSessionView, risky: boolean, venueLabel: string) => {
    const saved = await run(() => api.sponsorReport.markSession({ sessionId: session.id, risky, venueLabel }));
    if (saved) onChange({ ...report, sessions: report.sessions.map((s) => (s.id === saved.id ? saved : s)) });
  };

  return (
    <section className="card reports-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="reports-card__title">
        {MSG.sponsor.sessionsTitle}
      </h2>
      <p className="reports-card__intro">{MSG.sponsor.sessionsHelp}</p>
      {error && <ErrorBanner title={error.message} />}
      {report.sessions.length === 0 ? (
        <p className="reports-empty">{MSG.sponsor.noSessions}</p>
      ) : (
        <>
          <div className="reports-radios" role="radiogroup" aria-label={MSG.sponsor.sessionsTitle}>
            <label className="checkbox">
              <input
                type="radio"
                name={`${ids}-scope`}
                checked={report.scope === 'all'}
                onChange={() => void choose(null)}
              />
              {MSG.sponsor.allSessions}
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name={`${ids}-scope`}
                checked={report.scope === 'chosen'}
                onChange={() => void choose(report.sessions.map((session) => session.id))}
              />
              {MSG.sponsor.chosenSessions}
            </label>
          </div>
          <ul className="report-sessions">
            {report.sessions.map((session) => (
              <li
                key={session.id}
                className={['report-session', session.risky ? 'is-risky' : ''].filter(Boolean).join(' ')}
              >
                <label className="checkbox report-session__include">
                  <input
                    type="checkbox"
                    checked={session.included}
                    disabled={report.scope === 'all'}
                    aria-label={MSG.sponsor.includeSession(session.number)}
                    onChange={(event) => {
                      const next = event.target.checked
                        ? [...included, session.id]
                        : included.filter((id) => id !== session.id);
                      if (next.length > 0) void choose(next);
                    }}
                  />
                  <span className="report-session__name">
                    <bdi>{MSG.sponsor.sessionLine(session.number, session.title)}</bdi>
                  </span>
                </label>
                <span className="report-session__facts">
                  {dates(session)}
                  {session.venueName && (
                    <>
                      {' · '}
                      <bdi>{session.venueName}</bdi>
                    </>
                  )}
                  {' · '}
                  {REGIME_LABELS[session.regime]}
                </span>
                <label className="checkbox report-session__risky">
                  <input
                    type="checkbox"
                    checked={session.risky}
                    aria-label={MSG.sponsor.riskyLabel(session.number)}
                    onChange={(event) => void mark(session, event.target.checked, labels[session.id] ?? '')}
                  />
                  <span aria-hidden="true">{MSG.sponsor.risky}</span>
                </label>
                {session.risky && (
                  <label className="report-session__venue-label" htmlFor={`${ids}-venue-${session.id}`}>
                    {MSG.sponsor.venueNamed}
                  </label>
                )}
                {session.risky && (
                  <input
                    id={`${ids}-venue-${session.id}`}
                    className="control report-session__venue"
                    dir="auto"
                    aria-label={MSG.sponsor.venueLabel(session.number)}
                    placeholder={DEFAULT_RISKY_VENUE}
                    maxLength={REPORT_LIMITS.venueLabelChars}
                    value={labels[session.id] ?? ''}
                    onChange={(event) => setLabels((all) => ({ ...all, [session.id]: event.target.value }))}
                    onBlur={() => {
                      if ((labels[session.id] ?? '') !== session.venueLabel)
                        void mark(session, true, labels[session.id] ?? '');
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
