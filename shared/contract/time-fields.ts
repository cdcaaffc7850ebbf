import { z } from 'zod';
import { isTimeZone, parseLocalDateTime, parseTimeOfDay } from '../time/zone';

/** Contract fields for wall-clock times and zones (sessions, agendas). */

export const TimeZone = z
  .string()
  .max(64, { message: 'Not a known time zone: use a name such as Europe/Vienna.' })
  .refine(isTimeZone, { message: 'Not a known time zone: use a name such as Europe/Vienna or Asia/Amman.' });

/** A wall-clock time on the venue's clocks, as typed: `YYYY-MM-DDTHH:mm`. */
export const LocalDateTime = z
  .string()
  .max(16, { message: 'Must be a date and time (YYYY-MM-DDTHH:mm).' })
  .refine((value) => parseLocalDateTime(value) !== undefined, {
    message: 'Must be a date and time (YYYY-MM-DDTHH:mm).',
  });

export const TimeOfDay = z
  .string()
  .max(5, { message: 'Must be a time of day (HH:mm).' })
  .refine((value) => parseTimeOfDay(value) !== undefined, { message: 'Must be a time of day (HH:mm).' });
