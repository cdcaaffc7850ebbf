import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { SessionView } from '../../shared/contract';
import { Button } from '../ui/Button';
import { formatMonth } from '../ui/format';
import { sessionDates } from './format';
import { timelineMonths } from './timeline';

export interface TimelineProps {
  readonly sessions: readonly SessionView[];
  /** `YYYY-MM-DD`, for the month shown before any session exists and for marking today. */
  readonly today: string;
  readonly onOpen: (session: SessionView) => void;
}

/** Months shown at once; on a narrow window they stack instead of scrolling sideways. */
export const MONTHS_SHOWN = 3;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The dialogue's sessions on a calendar: each month a grid of weeks with every date written, and
 * each session day marked (filled, with a dot under the date). A marked day is a button named in
 * full, so a screen reader hears "12, session 2, Problem-solving workshop, 12–13 Sept 2024". Three
 * months at a time, opening on the next session to come (else the latest); Earlier and Later page.
 */
export function Timeline({ sessions, today, onOpen }: TimelineProps) {
  const months = useMemo(() => timelineMonths(sessions, today), [sessions, today]);
  const focus = useMemo(() => {
    const upcoming = [...sessions]
      .filter((s) => s.endsLocal.slice(0, 10) >= today)
      .sort((a, b) => a.startsLocal.localeCompare(b.startsLocal))[0];
    const month = (upcoming ?? sessions.at(-1))?.startsLocal.slice(0, 7) ?? today.slice(0, 7);
    const index = months.findIndex((m) => m.key === month);
    return Math.max(0, Math.min(index < 0 ? months.length - 1 : index, months.length - MONTHS_SHOWN));
  }, [months, sessions, today]);
  const [chosen, setChosen] = useState<number | null>(null);
  const start = Math.max(0, Math.min(chosen ?? focus, Math.max(0, months.length - MONTHS_SHOWN)));
  const shown = months.slice(start, start + MONTHS_SHOWN);
  const range =
    shown.length > 1 ? `${formatMonth(shown[0]!.key)} – ${formatMonth(shown.at(-1)!.key)}` : formatMonth(shown[0]!.key);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline__bar">
        <h2 id="timeline-heading" className="timeline__heading">
          Calendar <span className="muted">· {range}</span>
        </h2>
        {months.length > MONTHS_SHOWN && (
          <div className="timeline__paging">
            <Button
              size="small"
              variant="quiet"
              icon={<ChevronLeft size={14} aria-hidden="true" />}
              aria-disabled={start === 0 || undefined}
              onClick={() => start > 0 && setChosen(Math.max(0, start - MONTHS_SHOWN))}
            >
              Earlier
            </Button>
            <Button
              size="small"
              variant="quiet"
              aria-disabled={start + MONTHS_SHOWN >= months.length || undefined}
              onClick={() =>
                start + MONTHS_SHOWN < months.length &&
                setChosen(Math.min(months.length - MONTHS_SHOWN, start + MONTHS_SHOWN))
              }
            >
              Later <ChevronRight size={14} aria-hidden="true" />
            </Button>
          </div>
        )}
      </div>
      <div className="timeline__months">
        {shown.map((month) => (
          <table key={month.key} className="timeline__month" data-month={month.key}>
            <caption>
              {formatMonth(month.key)}
              {month.sessionCount > 0 && (
                <span className="timeline__count">
                  {month.sessionCount === 1 ? '1 session' : `${month.sessionCount} sessions`}
                </span>
              )}
            </caption>
            <thead>
              <tr>
                {WEEKDAYS.map((day) => (
                  <th key={day} scope="col" abbr={day}>
                    {day.slice(0, 2)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {month.weeks.map((week) => (
                <tr key={week[0]!.date}>
                  {week.map((day) => (
                    <td
                      key={day.date}
                      className={[
                        'timeline__day',
                        day.inMonth ? '' : 'is-outside',
                        day.sessions.length > 0 ? 'has-session' : '',
                        day.date === today ? 'is-today' : '',
                      ]
                        .filter(Boolean)
                        .join(' ')}
                    >
                      {day.inMonth &&
                        (day.sessions.length === 0 ? (
                          <span className="timeline__date">{day.day}</span>
                        ) : (
                          day.sessions.map((session, index) => (
                            <button
                              key={session.id}
                              type="button"
                              className="timeline__session"
                              onClick={() => onOpen(session)}
                              title={`Session ${session.number}${session.title ? `: ${session.title}` : ''}`}
                            >
                              {/* The name starts with what is seen (the date), then says which session. */}
                              <span className="timeline__date">{index === 0 ? day.day : ''}</span>
                              <span className="visually-hidden">
                                {`, session ${session.number}${session.title ? `, ${session.title}` : ''}, ${sessionDates(session)}`}
                              </span>
                              <span className="timeline__marker" aria-hidden="true" />
                            </button>
                          ))
                        ))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}
