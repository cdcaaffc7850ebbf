import { sql } from 'kysely';
import { ParleyFault } from '../../errors';
import type { Db } from '../sessions/common';

/**
 * What the facilitator recorded in trust-building is never lost through a side effect: an agenda
 * item whose exercise run holds a tick, a count, a rating or an observation is not deleted with
 * the item, and a session holding such runs, trust readings or option placements is not deleted.
 * The agenda and session services ask here before they delete.
 */

type Where = { readonly itemId: string } | { readonly sessionId: string };

/** Runs (of an item, or of a session) holding anything recorded. */
export async function recordedRunCount(db: Db, where: Where): Promise<number> {
  const filter = 'itemId' in where ? sql`r.agenda_item_id = ${where.itemId}` : sql`r.session_id = ${where.sessionId}`;
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM exercise_runs r
    WHERE ${filter} AND (
      r.landed IS NOT NULL OR r.landed_word <> ''
      OR EXISTS (SELECT 1 FROM exercise_run_steps s WHERE s.run_id = r.id AND s.done_at IS NOT NULL)
      OR EXISTS (SELECT 1 FROM exercise_run_counts c WHERE c.run_id = r.id)
      OR EXISTS (SELECT 1 FROM exercise_observations o WHERE o.run_id = r.id)
    )`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export const runRecorded = () =>
  new ParleyFault(
    'EXERCISE_RUN_RECORDED',
    'This exercise has been run: its checklist, counts, rating or observations are recorded. Unlink the exercise from the item first if you really mean to discard them.',
  );

/** Refuses to delete an agenda item whose exercise run holds records. */
export async function assertNoRecordedRun(db: Db, itemId: string): Promise<void> {
  if ((await recordedRunCount(db, { itemId })) > 0) throw runRecorded();
}

/** Refuses to delete a session that holds exercise records, trust readings or option placements. */
export async function assertNoTrustRecords(db: Db, sessionId: string): Promise<void> {
  const readings = await db
    .selectFrom('trust_readings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  const placements = await db
    .selectFrom('option_placements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  const runs = await recordedRunCount(db, { sessionId });
  if (Number(readings.n) + Number(placements.n) + runs > 0) {
    throw new ParleyFault(
      'SESSION_HAS_TRUST_RECORDS',
      'This session holds trust-building records (exercise runs, trust readings or option placements), so it cannot be deleted.',
    );
  }
}
