import { laptopTimeZone } from '../../shared/time/zone';
import { formatDateTimeIn } from '../ui/format';

/**
 * A note's time on the venue's clocks, as the agenda shows its times: "12 Sept 2024, 10:05". When
 * the laptop keeps another time, the line says which clock it is.
 */
export function formatNoteTime(iso: string, zone: string): string {
  return formatDateTimeIn(iso, zone);
}

/** The zone to name beside a note's time, or null when the laptop is in it. */
export function zoneLabel(zone: string): string | null {
  return zone === laptopTimeZone() ? null : zone;
}
