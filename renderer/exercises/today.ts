import { formatInZone, laptopTimeZone } from '../../shared/time/zone';

/** The laptop's calendar day, `YYYY-MM-DD`: what "overdue" means to the facilitator looking at it. */
export function todayOnLaptop(now = new Date()): string {
  return formatInZone(now, laptopTimeZone(), 'yyyy-MM-dd');
}
