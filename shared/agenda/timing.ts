import { addDays, addMinutes, differenceInMinutes } from 'date-fns';
import { tz } from '@date-fns/tz';
import { atTimeOfDay, calendarDaysApart, localDateAfter, timeInZone } from '../time/zone';

/**
 * Planned times of an agenda, computed — never stored — from the session's start and the items'
 * durations, so that a reorder, an edit or a drag shows new times at once, in main and in the
 * renderer alike. Items run back to back within a day; the first item of each later day starts at
 * the session's daily start time (a "day break"), whatever time the previous day ended.
 */

export interface SessionClock {
  /** Instants (ISO). */
  readonly startsAt: string;
  readonly endsAt: string;
  /** The venue's IANA zone: every day boundary is counted on its clocks. */
  readonly timeZone: string;
  /** `HH:mm`: when the days after the first begin, and when the days before the last end. */
  readonly dailyStartTime: string;
  readonly dailyEndTime: string;
}

export interface TimingItem {
  readonly id: string;
  /** Calendar days after the session's first day (0 = the first day). */
  readonly day: number;
  readonly plannedMinutes: number;
  /** Minutes added in the room (live mode's "extend"); the plan itself is unchanged. */
  readonly extraMinutes?: number;
  readonly actualStart?: string | null;
  readonly actualEnd?: string | null;
}

export interface DayWindow {
  readonly day: number;
  /** Venue-local date `YYYY-MM-DD`. */
  readonly date: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly availableMinutes: number;
  /** False for a day index past the session's last day (items placed there are flagged). */
  readonly withinSession: boolean;
}

export interface TimedItem {
  readonly id: string;
  readonly day: number;
  readonly plannedStart: string;
  readonly plannedEnd: string;
}

export interface DayTiming extends DayWindow {
  readonly plannedMinutes: number;
  /** Minutes the day's items run past the day's end (0 when they fit). */
  readonly overrunMinutes: number;
  readonly itemIds: readonly string[];
}

export type AgendaWarning =
  | {
      /** The items planned for this day run past its end. */
      readonly kind: 'day-overrun';
      readonly day: number;
      readonly overByMinutes: number;
      /** The first item that ends after the day does. */
      readonly itemId: string;
    }
  | {
      /** Items are placed on a day after the session's last day. */
      readonly kind: 'beyond-session';
      readonly day: number;
      readonly itemIds: readonly string[];
    }
  | {
      /** An item ran (or is running) longer than planned plus any extension. */
      readonly kind: 'item-overrun';
      readonly itemId: string;
      readonly overByMinutes: number;
      readonly running: boolean;
    };

export interface AgendaTiming {
  readonly days: readonly DayTiming[];
  readonly items: readonly TimedItem[];
  readonly warnings: readonly AgendaWarning[];
  readonly plannedMinutes: number;
}

/** Number of calendar days the session spans on the venue's clocks (a same-day session = 1). */
export function sessionDayCount(clock: SessionClock): number {
  return calendarDaysApart(clock.startsAt, clock.endsAt, clock.timeZone) + 1;
}

/**
 * The time available on day `day`. The first day begins at the session's start, the last ends at
 * its end; days in between run from the daily start to the daily end time. A first day that starts
 * after the daily end (an evening arrival) runs until midnight; a last day that ends before the
 * daily start (an overnight session) runs from midnight.
 */
export function dayWindow(clock: SessionClock, day: number, count = sessionDayCount(clock)): DayWindow {
  const zone = clock.timeZone;
  const date = localDateAfter(clock.startsAt, zone, day);
  const midnight = atTimeOfDay(date, '00:00', zone);
  const last = day === count - 1;
  let start = day === 0 ? new Date(clock.startsAt) : atTimeOfDay(date, clock.dailyStartTime, zone);
  let end = last ? new Date(clock.endsAt) : atTimeOfDay(date, clock.dailyEndTime, zone);
  // An overnight session ends before its last day's usual start: that day runs from midnight.
  if (last && day > 0 && end <= start) start = midnight;
  // An evening arrival starts after the usual end of day: that day runs until midnight.
  if (end <= start) end = addDays(midnight, 1, { in: tz(zone) });
  return {
    day,
    date,
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
    availableMinutes: differenceInMinutes(end, start),
    withinSession: day < count,
  };
}

/**
 * Planned start and end of every item, per-day totals and warnings. `items` must be in agenda
 * order with non-decreasing days (the store keeps them so). `now` enables the running-item check.
 */
export function computeTiming(clock: SessionClock, items: readonly TimingItem[], now?: Date): AgendaTiming {
  const count = sessionDayCount(clock);
  const lastDay = Math.max(count - 1, ...items.map((item) => item.day));
  const windows = Array.from({ length: lastDay + 1 }, (_, day) => dayWindow(clock, day, count));
  const timed: TimedItem[] = [];
  const warnings: AgendaWarning[] = [];
  const days: DayTiming[] = [];

  for (const window of windows) {
    const dayItems = items.filter((item) => item.day === window.day);
    let cursor = new Date(window.startsAt);
    let firstOver: string | undefined;
    for (const item of dayItems) {
      const end = addMinutes(cursor, item.plannedMinutes);
      timed.push({ id: item.id, day: item.day, plannedStart: cursor.toISOString(), plannedEnd: end.toISOString() });
      if (firstOver === undefined && end.toISOString() > window.endsAt) firstOver = item.id;
      cursor = end;
    }
    const plannedMinutes = dayItems.reduce((sum, item) => sum + item.plannedMinutes, 0);
    const overrunMinutes = Math.max(0, differenceInMinutes(cursor, new Date(window.endsAt)));
    days.push({ ...window, plannedMinutes, overrunMinutes, itemIds: dayItems.map((item) => item.id) });
    if (!window.withinSession && dayItems.length > 0) {
      warnings.push({ kind: 'beyond-session', day: window.day, itemIds: dayItems.map((item) => item.id) });
    } else if (firstOver !== undefined && overrunMinutes > 0) {
      warnings.push({ kind: 'day-overrun', day: window.day, overByMinutes: overrunMinutes, itemId: firstOver });
    }
  }

  for (const item of items) {
    const over = overrunOf(item, now);
    if (over) warnings.push({ kind: 'item-overrun', itemId: item.id, ...over });
  }

  return { days, items: timed, warnings, plannedMinutes: items.reduce((sum, item) => sum + item.plannedMinutes, 0) };
}

function overrunOf(item: TimingItem, now: Date | undefined): { overByMinutes: number; running: boolean } | undefined {
  if (!item.actualStart) return undefined;
  const running = !item.actualEnd;
  if (running && !now) return undefined;
  const end = item.actualEnd ? new Date(item.actualEnd) : now!;
  const allowed = item.plannedMinutes + (item.extraMinutes ?? 0);
  const overByMinutes = Math.floor((end.getTime() - new Date(item.actualStart).getTime()) / 60_000) - allowed;
  return overByMinutes > 0 ? { overByMinutes, running } : undefined;
}

/** `HH:mm` on the venue's clocks, the form agendas print. */
export function venueTime(instant: string, clock: Pick<SessionClock, 'timeZone'>): string {
  return timeInZone(instant, clock.timeZone);
}
