import { sql } from 'kysely';
import type { AgendaView } from '../../../shared/contract/agenda';
import { nextPendingItem } from '../../../shared/agenda/live';
import { AGENDA_LIMITS } from '../../../shared/domain/session';
import { zonedToInstant } from '../../../shared/time/zone';
import { ParleyFault } from '../../errors';
import type { ServiceContext } from '../context';
import { loadAgenda } from './agenda-read';
import { findItemRow, sessionItems } from './agenda-service';
import { findSessionRow, inTransaction, notFound, type Db, type Input } from './common';

export interface LiveService {
  start(input: Input<'live.start'>): Promise<AgendaView>;
  next(input: Input<'live.next'>): Promise<AgendaView>;
  extend(input: Input<'live.extend'>): Promise<AgendaView>;
  finish(input: Input<'live.finish'>): Promise<AgendaView>;
  clear(input: Input<'live.clear'>): Promise<AgendaView>;
  correct(input: Input<'live.correct'>): Promise<AgendaView>;
  reset(input: Input<'live.reset'>): Promise<AgendaView>;
}

/** The longest an item can have run, as corrected by hand. */
const MAX_RUN_MS = 24 * 60 * 60_000;
/** Clocks drift: a correction a minute ahead of main's clock is still "now". */
const CLOCK_SLACK_MS = 60_000;

const nothingLeft = () => new ParleyFault('NOTHING_LEFT', 'Every item of this agenda has already been run.');

/**
 * Live mode records what happened in the room, by main's clock. At most one item runs per
 * session (a partial unique index guarantees it); starting an item finishes the running one at
 * the same instant, so the record has no gap and no overlap.
 */
export function createLiveService(ctx: ServiceContext): LiveService {
  const db = () => ctx.workspace().db;

  async function finishRunning(trx: Db, sessionId: string, at: string): Promise<boolean> {
    const result = await trx
      .updateTable('agenda_items')
      // Never before its start, even if the system clock was set back meanwhile.
      .set({ actual_end: sql<string>`max(actual_start, ${at})`, updated_at: at })
      .where('session_id', '=', sessionId)
      .where('actual_start', 'is not', null)
      .where('actual_end', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async function startItem(trx: Db, itemId: string, at: string) {
    await trx
      .updateTable('agenda_items')
      .set({ actual_start: at, actual_end: null, updated_at: at })
      .where('id', '=', itemId)
      .execute();
  }

  return {
    async start(input) {
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        await findSessionRow(trx, input.sessionId);
        const items = await sessionItems(trx, input.sessionId);
        let target: string;
        if (input.itemId !== undefined) {
          const item = items.find((row) => row.id === input.itemId);
          if (!item) throw notFound.item();
          if (item.actual_start !== null && item.actual_end === null)
            return loadAgenda(trx, input.sessionId, ctx.now());
          if (item.actual_start !== null) {
            throw new ParleyFault(
              'ITEM_ALREADY_RUN',
              'That item has already been run. Clear its recorded times to run it again.',
            );
          }
          target = item.id;
        } else {
          const next = nextPendingItem(live(items));
          if (!next) throw nothingLeft();
          target = next.id;
        }
        await finishRunning(trx, input.sessionId, now);
        await startItem(trx, target, now);
        return loadAgenda(trx, input.sessionId, ctx.now());
      });
    },

    async next(input) {
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        await findSessionRow(trx, input.sessionId);
        const items = await sessionItems(trx, input.sessionId);
        const next = nextPendingItem(live(items));
        const finished = await finishRunning(trx, input.sessionId, now);
        if (next) await startItem(trx, next.id, now);
        else if (!finished) throw nothingLeft();
        return loadAgenda(trx, input.sessionId, ctx.now());
      });
    },

    async extend(input) {
      return inTransaction(db(), async (trx) => {
        const item = await findItemRow(trx, input.itemId);
        if (item.actual_start === null || item.actual_end !== null) {
          throw new ParleyFault('ITEM_NOT_RUNNING', 'Only the item running now can be extended.');
        }
        const extra = item.extra_minutes + input.minutes;
        if (extra > AGENDA_LIMITS.maxExtraMinutes) {
          throw new ParleyFault(
            'EXTEND_LIMIT',
            `An item can be extended by ${AGENDA_LIMITS.maxExtraMinutes / 60} hours at most in all.`,
          );
        }
        await trx
          .updateTable('agenda_items')
          .set({ extra_minutes: extra, updated_at: ctx.now().toISOString() })
          .where('id', '=', item.id)
          .execute();
        return loadAgenda(trx, item.session_id, ctx.now());
      });
    },

    async finish(input) {
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        await findSessionRow(trx, input.sessionId);
        if (!(await finishRunning(trx, input.sessionId, now))) {
          throw new ParleyFault('NOTHING_RUNNING', 'No agenda item is running.');
        }
        return loadAgenda(trx, input.sessionId, ctx.now());
      });
    },

    async correct(input) {
      return inTransaction(db(), async (trx) => {
        const item = await findItemRow(trx, input.itemId);
        const session = await findSessionRow(trx, item.session_id);
        const instant = (local: string) => zonedToInstant(local, session.time_zone).instant;
        const start = instant(input.actualStart);
        const end = input.actualEnd === null ? null : instant(input.actualEnd);
        const latest = ctx.now().getTime() + CLOCK_SLACK_MS;
        if (start.getTime() > latest || (end !== null && end.getTime() > latest)) {
          throw new ParleyFault(
            'ACTUAL_TIMES_INVALID',
            'Recorded times cannot lie in the future. Nothing was changed.',
          );
        }
        if (end !== null && end.getTime() <= start.getTime()) {
          throw new ParleyFault('ACTUAL_TIMES_INVALID', 'The end must come after the start. Nothing was changed.');
        }
        if (end !== null && end.getTime() - start.getTime() > MAX_RUN_MS) {
          throw new ParleyFault(
            'ACTUAL_TIMES_INVALID',
            'An item cannot have run for more than a day. Check the dates.',
          );
        }
        const running = item.actual_start !== null && item.actual_end === null;
        if (end === null && !running) {
          throw new ParleyFault(
            'ITEM_NOT_RUNNING',
            'Only the item running now can be left without an end. Give the end time too.',
          );
        }
        await trx
          .updateTable('agenda_items')
          .set({
            actual_start: start.toISOString(),
            actual_end: end?.toISOString() ?? null,
            updated_at: ctx.now().toISOString(),
          })
          .where('id', '=', item.id)
          .execute();
        return loadAgenda(trx, item.session_id, ctx.now());
      });
    },

    async reset(input) {
      return inTransaction(db(), async (trx) => {
        await findSessionRow(trx, input.sessionId);
        await trx
          .updateTable('agenda_items')
          .set({ actual_start: null, actual_end: null, extra_minutes: 0, updated_at: ctx.now().toISOString() })
          .where('session_id', '=', input.sessionId)
          .execute();
        return loadAgenda(trx, input.sessionId, ctx.now());
      });
    },

    async clear(input) {
      return inTransaction(db(), async (trx) => {
        const item = await findItemRow(trx, input.itemId);
        await trx
          .updateTable('agenda_items')
          .set({ actual_start: null, actual_end: null, extra_minutes: 0, updated_at: ctx.now().toISOString() })
          .where('id', '=', item.id)
          .execute();
        return loadAgenda(trx, item.session_id, ctx.now());
      });
    },
  };
}

function live(rows: Awaited<ReturnType<typeof sessionItems>>) {
  return rows.map((row) => ({
    id: row.id,
    plannedMinutes: row.planned_minutes,
    extraMinutes: row.extra_minutes,
    actualStart: row.actual_start,
    actualEnd: row.actual_end,
  }));
}
