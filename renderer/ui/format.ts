/**
 * How dates read on screen, one way everywhere: the app's locale (the system's, as the window
 * reports it), day month year, never an ISO string. Times of day are 24-hour "HH:mm" like the
 * agenda's. A calendar date (YYYY-MM-DD, no zone) is shown as written; an instant is shown on a
 * named clock (the venue's, or the laptop's).
 */

export function appLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${appLocale()}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(appLocale(), options);
    cache.set(key, found);
  }
  return found;
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** A calendar date at noon UTC, so no zone can move it to another day. */
function calendarDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
}

/** "12 Sept 2024" (en-GB), "Sep 12, 2024" (en-US): a calendar date such as a consent's. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = calendarDate(isoDate);
  return date ? formatter({ ...DATE, timeZone: 'UTC' }).format(date) : isoDate;
}

/** The date an instant falls on, on the clocks of `zone`. */
export function formatDateIn(instant: string | Date, zone: string, weekday = false): string {
  return formatter({ ...DATE, ...(weekday ? { weekday: 'short' } : {}), timeZone: zone }).format(new Date(instant));
}

/** "14:05" on the clocks of `zone`. */
export function formatTimeIn(instant: string | Date, zone: string): string {
  return formatter({ ...TIME, timeZone: zone }).format(new Date(instant));
}

/** "12 Sept 2024, 14:05" on the clocks of `zone`. */
export function formatDateTimeIn(instant: string | Date, zone: string, weekday = false): string {
  return `${formatDateIn(instant, zone, weekday)}, ${formatTimeIn(instant, zone)}`;
}

/**
 * The days from one instant to another on the clocks of `zone`, the date named once:
 * "16 May 2024" for one day, "12–13 Sept 2024" for two.
 */
export function formatDateRangeIn(start: string | Date, end: string | Date, zone: string): string {
  const format = formatter({ ...DATE, timeZone: zone });
  const from = new Date(start);
  const to = new Date(end);
  if (format.format(from) === format.format(to)) return format.format(from);
  return format.formatRange(from, to);
}

/** "12–13 Sept 2024" from calendar dates (YYYY-MM-DD). */
export function formatDateRange(first: string, last: string): string {
  const from = calendarDate(first);
  const to = calendarDate(last);
  if (!from || !to) return `${first} – ${last}`;
  const format = formatter({ ...DATE, timeZone: 'UTC' });
  return first === last ? format.format(from) : format.formatRange(from, to);
}

/** "September 2024": a month heading of the calendar. */
export function formatMonth(isoMonth: string): string {
  const date = calendarDate(`${isoMonth}-01`);
  return date ? formatter({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date) : isoMonth;
}

/** "Thu 12 Sept": a day heading inside a session whose year is already on screen. */
export function formatDayIn(instant: string | Date, zone: string): string {
  return formatter({ weekday: 'short', day: 'numeric', month: 'short', timeZone: zone }).format(new Date(instant));
}
