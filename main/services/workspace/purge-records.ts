import { createHash } from 'node:crypto';
import { format } from 'date-fns';
import type { Kysely, Transaction } from 'kysely';
import type { WorkspaceSchema } from '../../store/schema';
import type { PurgeStep } from '../purge';
import { purgeParticipant } from '../roster/purge';

type Db = Kysely<WorkspaceSchema> | Transaction<WorkspaceSchema>;

export interface PurgeRecord {
  readonly subject: string;
  readonly purgedOn: string;
}

/**
 * Who a purge was about, in a form that names no one: a digest of the participant's random id.
 * It means nothing without a copy of the roster that still holds that id — an older backup — and
 * there it is exactly what finds the person again.
 */
export function purgeSubject(participantId: string): string {
  return createHash('sha256').update(`parley-purge:v1:${participantId}`).digest('hex');
}

/** The purge step that remembers a purge (runs inside the purge's transaction, with the date only). */
export function purgeRecordStep(now: () => Date): PurgeStep {
  return async (trx, participantId) => {
    // The same local date the purge's audit entry carries.
    const purgedOn = format(now(), 'yyyy-MM-dd');
    await trx
      .insertInto('purge_records')
      .values({ subject: purgeSubject(participantId), purged_on: purgedOn })
      .onConflict((oc) => oc.column('subject').doNothing())
      .execute();
  };
}

export async function readPurgeRecords(db: Db): Promise<PurgeRecord[]> {
  const rows = await db.selectFrom('purge_records').select(['subject', 'purged_on']).execute();
  return rows.map((row) => ({ subject: row.subject, purgedOn: row.purged_on }));
}

/**
 * Carries out again, in `db`, every recorded purge whose participant is still there with an
 * identity: an older backup restored, a travel return. Each runs as a normal purge (every domain's
 * step, the page-level erasure) and the records themselves are merged, so the restored copy
 * remembers them too. Returns how many participants were purged.
 */
export async function reapplyPurges(
  db: Kysely<WorkspaceSchema>,
  records: readonly PurgeRecord[],
  steps: readonly PurgeStep[],
  now: Date,
): Promise<number> {
  if (records.length === 0) return 0;
  const wanted = new Map(records.map((record) => [record.subject, record]));
  const living = await db
    .selectFrom('participants')
    .select(['id', 'dialogue_id'])
    .where('purged_at', 'is', null)
    .execute();
  let purged = 0;
  for (const participant of living) {
    if (!wanted.has(purgeSubject(participant.id))) continue;
    await purgeParticipant(db, { id: participant.id, dialogueId: participant.dialogue_id }, steps, now);
    purged += 1;
  }
  for (const record of records) {
    await db
      .insertInto('purge_records')
      .values({ subject: record.subject, purged_on: record.purgedOn })
      .onConflict((oc) => oc.column('subject').doNothing())
      .execute();
  }
  return purged;
}
