import type { SessionView } from '../../shared/contract';
import { formatInZone, laptopTimeZone, offsetLabel, zonedToInstant } from '../../shared/time/zone';
import { formatDateRangeIn, formatDateTimeIn, formatTimeIn } from '../ui/format';

/** "Thu 14 May 2026, 09:00" on the venue's clocks. */
export function venueDateTime(instant: string, zone: string): string {
  return formatDateTimeIn(instant, zone, true);
}

/** "14–15 May 2026" / "30 May – 2 Jun 2026" / "14 May 2026", in the venue's calendar. */
export function sessionDates(session: Pick<SessionView, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  return formatDateRangeIn(session.startsAt, session.endsAt, session.timeZone);
}

/**
 * When a session meets, on the venue's clocks, the date named once for a one-day session:
 * "16 May 2024, 09:30–21:00"; "12 Sept 2024, 09:00 – 13 Sept 2024, 17:30" over several days.
 */
export function sessionWhen(session: Pick<SessionView, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const { startsAt, endsAt, timeZone } = session;
  const sameDay = formatInZone(startsAt, timeZone, 'yyyy-MM-dd') === formatInZone(endsAt, timeZone, 'yyyy-MM-dd');
  if (sameDay) return `${sessionDates(session)}, ${formatTimeIn(startsAt, timeZone)}–${formatTimeIn(endsAt, timeZone)}`;
  return `${formatDateTimeIn(startsAt, timeZone)} – ${formatDateTimeIn(endsAt, timeZone)}`;
}

/** Today, on the venue's calendar, falls within the session's dates. */
export function isSessionDay(session: Pick<SessionView, 'startsAt' | 'endsAt' | 'timeZone'>, now: Date): boolean {
  const day = (instant: string | Date) => formatInZone(instant, session.timeZone, 'yyyy-MM-dd');
  return day(session.startsAt) <= day(now) && day(now) <= day(session.endsAt);
}

export interface TwoClocks {
  readonly venue: string;
  /** Null when the laptop is in the venue's zone (or one with the same clock at that moment). */
  readonly laptop: string | null;
  /** The typed time does not exist at the venue (spring-forward gap) and was moved. */
  readonly shifted: boolean;
}

/** A wall-clock time typed for the venue, as the venue's clocks and the laptop's show it. */
export function twoClocks(local: string, zone: string, laptopZone = laptopTimeZone()): TwoClocks | null {
  let converted: ReturnType<typeof zonedToInstant>;
  try {
    converted = zonedToInstant(local, zone);
  } catch {
    return null;
  }
  const { instant, exact } = converted;
  const venue = `${formatDateTimeIn(instant, zone, true)} (${offsetLabel(instant, zone)})`;
  const laptopText = `${formatDateTimeIn(instant, laptopZone, true)} (${offsetLabel(instant, laptopZone)})`;
  const same =
    formatInZone(instant, zone, 'yyyy-MM-dd HH:mm') === formatInZone(instant, laptopZone, 'yyyy-MM-dd HH:mm');
  return { venue, laptop: same ? null : laptopText, shifted: !exact };
}
