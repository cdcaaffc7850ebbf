import { TZDate, tz } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format } from 'date-fns';

/**
 * Wall-clock time in a named place. Sessions are stored as instants plus the venue's IANA zone;
 * the facilitator types and reads times as the venue's clock shows them. Every conversion goes
 * through @date-fns/tz so that daylight-saving changes are handled in one place.
 */

/** `YYYY-MM-DDTHH:mm`, a wall-clock time with no zone, as typed in a form. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
/** `HH:mm`, a time of day. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

// IANA names only ("Europe/Vienna", "UTC"): raw offsets such as "+02:00" are refused because they
// ignore daylight saving, which is exactly what a venue's zone must follow.
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

export function isTimeZone(name: string): boolean {
  if (name.length > 64 || !IANA_SHAPE.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The laptop's own zone, for showing a second clock beside the venue's. */
export function laptopTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

export function parseLocalDateTime(value: string): LocalParts | undefined {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  // Reject 31 February and friends rather than let Date roll them into March.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return { year, month, day, hour, minute };
}

export function parseTimeOfDay(value: string): { hour: number; minute: number } | undefined {
  const match = TIME_OF_DAY.exec(value);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : undefined;
}

/**
 * The instant at which the clocks in `zone` show `local`. A time that does not exist there (inside
 * a spring-forward gap) moves forward by the gap, as the clocks do; a time that exists twice (the
 * autumn fold) resolves to one of the two, and `zonedToInstant(...).exact` tells whether the
 * round trip gave back what was typed.
 */
export function zonedToInstant(local: string, zone: string): { instant: Date; exact: boolean } {
  const parts = parseLocalDateTime(local);
  if (!parts) throw new RangeError('not a local date-time');
  const zoned = new TZDate(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, zone);
  const instant = new Date(zoned.getTime());
  if (Number.isNaN(instant.getTime())) throw new RangeError('unknown time zone');
  return { instant, exact: instantToZoned(instant, zone) === local };
}

/** The wall-clock time `YYYY-MM-DDTHH:mm` that clocks in `zone` show at `instant`. */
export function instantToZoned(instant: Date | string, zone: string): string {
  // TZDate's getters rather than date-fns' format(): agendas format dozens of times per read,
  // and the getters cost a third as much.
  const d = new TZDate(new Date(instant).getTime(), zone);
  return `${ymd(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `HH:mm` on the clocks of `zone`. */
export function timeInZone(instant: Date | string, zone: string): string {
  const d = new TZDate(new Date(instant).getTime(), zone);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** Formats an instant as the clocks in `zone` show it, with a date-fns pattern. */
export function formatInZone(instant: Date | string, zone: string, pattern: string): string {
  return format(new Date(instant), pattern, { in: tz(zone) });
}

/** "GMT+2", "GMT-4:30", "GMT": the zone's offset from UTC at that instant, for labels. */
export function offsetLabel(instant: Date | string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(
    new Date(instant),
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** Calendar days between two instants as counted on the clocks of `zone` (same day = 0). */
export function calendarDaysApart(from: Date | string, to: Date | string, zone: string): number {
  return differenceInCalendarDays(new TZDate(new Date(to).getTime(), zone), new TZDate(new Date(from).getTime(), zone));
}

/** The venue-local date `YYYY-MM-DD` that is `offset` calendar days after the day of `instant`. */
export function localDateAfter(instant: Date | string, zone: string, offset: number): string {
  return ymd(addDays(new TZDate(new Date(instant).getTime(), zone), offset));
}

/** The instant at which `date` (`YYYY-MM-DD`) reaches `time` (`HH:mm`) on the clocks of `zone`. */
export function atTimeOfDay(date: string, time: string, zone: string): Date {
  return zonedToInstant(`${date}T${time}`, zone).instant;
}
