import type { SessionView } from '../../shared/contract';
import { formatInZone, laptopTimeZone, offsetLabel, zonedToInstant } from '../../shared/time/zone';

/** "Thu 14 May 2026, 09:00" on the venue's clocks. */
export function venueDateTime(instant: string, zone: string): string {
  return formatInZone(instant, zone, 'EEE d MMM yyyy, HH:mm');
}

/** "14–15 May 2026" / "30 May – 2 Jun 2026" / "14 May 2026", in the venue's calendar. */
export function sessionDates(session: Pick<SessionView, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const zone = session.timeZone;
  const start = (pattern: string) => formatInZone(session.startsAt, zone, pattern);
  const end = (pattern: string) => formatInZone(session.endsAt, zone, pattern);
  if (start('yyyy-MM-dd') === end('yyyy-MM-dd')) return start('d MMM yyyy');
  if (start('yyyy-MM') === end('yyyy-MM')) return `${start('d')}–${end('d MMM yyyy')}`;
  if (start('yyyy') === end('yyyy')) return `${start('d MMM')} – ${end('d MMM yyyy')}`;
  return `${start('d MMM yyyy')} – ${end('d MMM yyyy')}`;
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
  const venue = `${formatInZone(instant, zone, 'EEE d MMM, HH:mm')} (${offsetLabel(instant, zone)})`;
  const laptopText = `${formatInZone(instant, laptopZone, 'EEE d MMM, HH:mm')} (${offsetLabel(instant, laptopZone)})`;
  const same =
    formatInZone(instant, zone, 'yyyy-MM-dd HH:mm') === formatInZone(instant, laptopZone, 'yyyy-MM-dd HH:mm');
  return { venue, laptop: same ? null : laptopText, shifted: !exact };
}
