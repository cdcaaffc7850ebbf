import { format } from 'date-fns';
import { sql, type Kysely } from 'kysely';
import { PARTICIPANT_LIMITS } from '../../../shared/contract/participant';
import { foldName, PURGED_PSEUDONYM } from '../../../shared/domain/participant';
import type { WorkspaceSchema } from '../../store/schema';
import type { PurgeStep } from '../purge';
import { ofDialogue, textPurgeStep, through } from '../purge-text';
import { writeAudit } from './audit';
import { removeOrphanDecisionMakers } from './write';

const ofRoster = through('participant_id', 'participants');

/** What the rest of the roster says about them: others' notes, roles, consents, decision makers. */
const rosterMentions = textPurgeStep([
  {
    table: 'participants',
    key: ['id'],
    columns: [
      { column: 'affiliation', maxChars: PARTICIPANT_LIMITS.affiliation },
      { column: 'role', maxChars: PARTICIPANT_LIMITS.role },
      { column: 'messaging', maxChars: PARTICIPANT_LIMITS.messaging },
      { column: 'selection_notes', maxChars: PARTICIPANT_LIMITS.longText },
      { column: 'risk_travel', maxChars: PARTICIPANT_LIMITS.longText },
      { column: 'risk_safety', maxChars: PARTICIPANT_LIMITS.longText },
    ],
    rows: ofDialogue(),
  },
  {
    table: 'participant_consents',
    key: ['id'],
    columns: [
      { column: 'note', maxChars: PARTICIPANT_LIMITS.shortNote },
      { column: 'withdrawal_note', maxChars: PARTICIPANT_LIMITS.shortNote },
    ],
    rows: ofRoster,
  },
  {
    table: 'decision_maker_links',
    key: ['participant_id', 'decision_maker_id'],
    columns: [{ column: 'note', maxChars: PARTICIPANT_LIMITS.shortNote }],
    rows: ofRoster,
  },
  {
    table: 'decision_makers',
    key: ['id'],
    columns: [{ column: 'name', maxChars: PARTICIPANT_LIMITS.decisionMaker }],
    unique: { column: 'name', key: 'name_key', within: ['dialogue_id'], fold: foldName },
    rows: ofDialogue(),
  },
]);

/**
 * Consent withdrawn, identity removed (DOMAIN.md: consent register and purge).
 *
 * In one transaction: the participant's aliases, decision-maker links and consent register are
 * deleted; the row itself is kept as a neutral "withdrawn participant" so that notes attributed to
 * it still read sensibly, but every identifying column is cleared (the table's CHECK constraint
 * refuses a purged row that keeps any); every domain's PurgeStep runs, and what the rest of the
 * roster says of them (another's notes, a decision maker's name) loses their names; the audit log
 * records that a purge happened, on which date, and nothing about whom.
 *
 * Then no copy may survive: `secure_delete` (on for every connection) has already zeroed the
 * freed cells and pages; VACUUM rewrites the whole database so no page keeps stale bytes in its
 * free space, and a TRUNCATE checkpoint empties the WAL, which held the old page images. VACUUM's
 * scratch database is in memory (`temp_store = MEMORY`), so nothing decrypted touches the disk.
 */
export async function purgeParticipant(
  db: Kysely<WorkspaceSchema>,
  participant: { readonly id: string; readonly dialogueId: string },
  steps: readonly PurgeStep[],
  now: Date,
): Promise<{ purgedOn: string; compacted: boolean }> {
  // A date, not a time: the audit must not let anyone line a purge up with a session's minutes.
  const purgedOn = format(now, 'yyyy-MM-dd');
  await db.transaction().execute(async (trx) => {
    // Steps run first, while the name, aliases and code are still readable: they redact them from
    // their own data (e.g. a name typed into a note) before the identity itself is cleared.
    for (const step of steps) await step(trx, participant.id);
    await rosterMentions(trx, participant.id);
    await trx.deleteFrom('participant_aliases').where('participant_id', '=', participant.id).execute();
    await trx.deleteFrom('decision_maker_links').where('participant_id', '=', participant.id).execute();
    await trx.deleteFrom('participant_consents').where('participant_id', '=', participant.id).execute();
    await removeOrphanDecisionMakers(trx, participant.dialogueId);
    await trx
      .updateTable('participants')
      .set({
        real_name: '',
        pseudonym: PURGED_PSEUDONYM,
        pseudonym_key: foldName(PURGED_PSEUDONYM),
        speaker_code: null,
        search_key: foldName(PURGED_PSEUDONYM),
        affiliation: '',
        affiliation_sensitive: 0,
        role: '',
        track_level: null,
        sector: null,
        languages: '[]',
        email: '',
        phone: '',
        messaging: '',
        influence: null,
        open_mindedness: null,
        access: null,
        personal_capacity: null,
        selection_notes: '',
        risk_travel: '',
        risk_safety: '',
        status: 'withdrawn',
        purged_at: purgedOn,
        // When the person was added could point at them too; the row now only knows the purge date.
        created_at: purgedOn,
        updated_at: purgedOn,
      })
      .where('id', '=', participant.id)
      .execute();
    await writeAudit(trx, { on: purgedOn, action: 'participant.purged', dialogueId: participant.dialogueId });
  });
  return { purgedOn, compacted: await compact(db) };
}

/**
 * Rewrites the database and empties the WAL. Through Kysely so that it waits for any other
 * transaction on the connection to finish first. A failure here (a full disk: VACUUM needs room
 * for a second copy) leaves the purge itself committed and secure-deleted; it is reported, not thrown.
 */
export async function compact(db: Kysely<WorkspaceSchema>): Promise<boolean> {
  let vacuumed = true;
  try {
    await sql`VACUUM`.execute(db);
  } catch {
    vacuumed = false;
  }
  try {
    const { rows } = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    // busy = 1: another reader held the WAL open, so it was not emptied.
    return vacuumed && rows[0]?.busy === 0;
  } catch {
    return false;
  }
}
