import { addDays, addMonths, endOfMonth, endOfWeek, format, startOfMonth, startOfWeek } from 'date-fns';
import type { SessionView } from '../../shared/contract';

/**
 * The calendar behind the sessions timeline: whole months, weeks from Monday, each day with the
 * sessions held on it — counted in the venue's calendar, since "14 May" at the venue is what
 * everyone who was there remembers.
 */

export interface TimelineDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly day: number;
  readonly inMonth: boolean;
  readonly sessions: readonly SessionView[];
}

export interface TimelineMonth {
  /** `YYYY-MM`. */
  readonly key: string;
  readonly weeks: readonly (readonly TimelineDay[])[];
  readonly sessionCount: number;
}

/** At most this many months are drawn; a longer process scrolls by range. */
export const MAX_MONTHS = 24;

/** The venue-local dates (`YYYY-MM-DD`) a session covers. */
export function sessionDates(session: SessionView): string[] {
  const first = session.startsLocal.slice(0, 10);
  const last = session.endsLocal.slice(0, 10);
  const dates: string[] = [];
  for (let d = dateOf(first); dates.length < 62; d = addDays(d, 1)) {
    const key = format(d, 'yyyy-MM-dd');
    dates.push(key);
    if (key >= last) break;
  }
  return dates;
}

/**
 * Months from the first session's to the last session's (at most MAX_MONTHS, ending with the
 * last), or the month of `today` when there are no sessions yet.
 */
export function timelineMonths(sessions: readonly SessionView[], today: string): TimelineMonth[] {
  const byDate = new Map<string, SessionView[]>();
  for (const session of sessions) {
    for (const date of sessionDates(session)) byDate.set(date, [...(byDate.get(date) ?? []), session]);
  }
  const dates = [...byDate.keys()].sort();
  const lastMonth = startOfMonth(dateOf(dates.at(-1) ?? today));
  let firstMonth = startOfMonth(dateOf(dates[0] ?? today));
  const earliest = addMonths(lastMonth, -(MAX_MONTHS - 1));
  if (firstMonth < earliest) firstMonth = earliest;

  const months: TimelineMonth[] = [];
  for (let month = firstMonth; month <= lastMonth; month = addMonths(month, 1)) {
    const weeks: TimelineDay[][] = [];
    const end = endOfWeek(endOfMonth(month), { weekStartsOn: 1 });
    let week: TimelineDay[] = [];
    for (let d = startOfWeek(month, { weekStartsOn: 1 }); d <= end; d = addDays(d, 1)) {
      const date = format(d, 'yyyy-MM-dd');
      const inMonth = d.getMonth() === month.getMonth();
      week.push({ date, day: d.getDate(), inMonth, sessions: inMonth ? (byDate.get(date) ?? []) : [] });
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
    }
    const held = new Set(weeks.flat().flatMap((day) => day.sessions.map((s) => s.id)));
    months.push({ key: format(month, 'yyyy-MM'), weeks, sessionCount: held.size });
  }
  return months;
}

/** A calendar date as a local Date at noon: no daylight-saving edge can move it to another day. */
function dateOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}
