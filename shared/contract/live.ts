import { z } from 'zod';
import { AGENDA_LIMITS } from '../domain/session';
import type { AgendaView } from './agenda';
import { Id } from './fields';
import { LocalDateTime } from './time-fields';
import { as, method } from './method';

/**
 * Running a session in the room. Actual start and end times are recorded by main's clock; at most
 * one item runs at a time, and starting one finishes the one that was running.
 */

const liveErrors = ['WORKSPACE_LOCKED', 'DISK_FULL', 'WORKSPACE_CORRUPT'] as const;

export const liveContract = {
  /** Starts `itemId`, or the next item not yet run. */
  'live.start': method({
    input: z.object({ sessionId: Id, itemId: Id.optional() }).strict(),
    output: as<AgendaView>(),
    errors: [...liveErrors, 'SESSION_NOT_FOUND', 'AGENDA_ITEM_NOT_FOUND', 'ITEM_ALREADY_RUN', 'NOTHING_LEFT'],
  }),
  /** Finishes the running item and starts the next one not yet run (if any). */
  'live.next': method({
    input: z.object({ sessionId: Id }).strict(),
    output: as<AgendaView>(),
    errors: [...liveErrors, 'SESSION_NOT_FOUND', 'NOTHING_LEFT'],
  }),
  /** Gives the running item more time; the plan is kept for comparison. */
  'live.extend': method({
    input: z
      .object({
        itemId: Id,
        minutes: z
          .number({ message: 'Must be a number of minutes.' })
          .int({ message: 'Must be a whole number of minutes.' })
          .min(1, { message: 'Extend by at least 1 minute.' })
          .max(AGENDA_LIMITS.maxExtendMinutes, {
            message: `Extend by at most ${AGENDA_LIMITS.maxExtendMinutes} minutes at once.`,
          }),
      })
      .strict(),
    output: as<AgendaView>(),
    errors: [...liveErrors, 'AGENDA_ITEM_NOT_FOUND', 'ITEM_NOT_RUNNING', 'EXTEND_LIMIT'],
  }),
  /** Finishes the running item without starting another. */
  'live.finish': method({
    input: z.object({ sessionId: Id }).strict(),
    output: as<AgendaView>(),
    errors: [...liveErrors, 'SESSION_NOT_FOUND', 'NOTHING_RUNNING'],
  }),
  /**
   * Corrects an item's recorded times, typed on the venue's clocks (a start pressed late, an end
   * forgotten). With `actualEnd: null` only the running item's start moves. Times may not lie in
   * the future, the end comes after the start, and an item runs a day at most.
   */
  'live.correct': method({
    input: z
      .object({
        itemId: Id,
        actualStart: LocalDateTime,
        actualEnd: LocalDateTime.nullable(),
      })
      .strict(),
    output: as<AgendaView>(),
    errors: [...liveErrors, 'AGENDA_ITEM_NOT_FOUND', 'ITEM_NOT_RUNNING', 'ACTUAL_TIMES_INVALID'],
  }),
  /** Forgets every recorded time and extension of the session (a rehearsal recorded by mistake). */
  'live.reset': method({
    input: z.object({ sessionId: Id }).strict(),
    output: as<AgendaView>(),
    errors: [...liveErrors, 'SESSION_NOT_FOUND'],
  }),
  /** Forgets an item's recorded times and extensions (started by mistake). */
  'live.clear': method({
    input: z.object({ itemId: Id }).strict(),
    output: as<AgendaView>(),
    errors: [...liveErrors, 'AGENDA_ITEM_NOT_FOUND'],
  }),
};
