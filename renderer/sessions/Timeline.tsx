import { useEffect, useMemo, useRef } from 'react';
import type { SessionView } from '../../shared/contract';
import { sessionDates } from './format';
import { timelineMonths } from './timeline';

export interface TimelineProps {
  readonly sessions: readonly SessionView[];
  /** `YYYY-MM-DD`, for the month shown before any session exists and for marking today. */
  readonly today: string;
  readonly onOpen: (session: SessionView) => void;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The dialogue's sessions across months, like a wall calendar: each month a grid of weeks, each
 * session day marked with its number. A session is one button per day it covers, named in full,
 * so a screen reader hears "Session 2, Problem-solving workshop, 12–13 Sep 2024".
 */
export function Timeline({ sessions, today, onOpen }: TimelineProps) {
  const months = useMemo(() => timelineMonths(sessions, today), [sessions, today]);
  const strip = useRef<HTMLDivElement>(null);

  // Open on the present: this month if it is drawn, else the last month (the latest session).
  useEffect(() => {
    const wanted = months.find((month) => month.key === today.slice(0, 7)) ?? months.at(-1);
    const element = wanted && strip.current?.querySelector<HTMLElement>(`[data-month="${wanted.key}"]`);
    element?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [months, today]);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="visually-hidden">
        Timeline
      </h2>
      <div className="timeline__months" ref={strip}>
        {months.map((month) => (
          <table key={month.key} className="timeline__month" data-month={month.key}>
            <caption>
              {month.label}
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
                    {day.slice(0, 1)}
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
                      {day.inMonth && (
                        <>
                          <span className="timeline__date" aria-hidden={day.sessions.length > 0 || undefined}>
                            {day.day}
                          </span>
                          {day.sessions.map((session) => (
                            <button
                              key={session.id}
                              type="button"
                              className="timeline__session"
                              onClick={() => onOpen(session)}
                              aria-label={`Session ${session.number}${session.title ? `, ${session.title}` : ''}, ${sessionDates(session)}`}
                              title={session.title}
                            >
                              {session.number}
                            </button>
                          ))}
                        </>
                      )}
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
