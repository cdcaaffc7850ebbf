import { formatDate } from '../ui/format';

/** A dialogue's dates (calendar days without a zone), in the app's one date format. */
export function formatDay(isoDate: string | null): string {
  return formatDate(isoDate);
}
