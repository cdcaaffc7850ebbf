import { format } from 'date-fns';

/** A note's time as the facilitator reads it, on this laptop's clock: "14 May, 09:12". */
export function formatNoteTime(iso: string): string {
  return format(new Date(iso), 'd MMM, HH:mm');
}
