import { sql } from 'kysely';
import { AGREEMENT_LIMITS } from '../../../shared/domain/agreement';
import type { PurgeStep } from '../purge';
import { identityOf, ofDialogue, redactTable, through, type TextColumn, type TextTable } from '../purge-text';
import { digestOf, versionSnapshot } from './versions';

/**
 * Inside a clause the mark must not bring brackets of its own into the negotiating text (the
 * parser would read them as a bracket), so it is written with parentheses there.
 */
export const CLAUSE_WITHDRAWN_MARK = '(withdrawn participant)';

const clauseText = (column: string, limited = true): TextColumn => ({
  column,
  mark: CLAUSE_WITHDRAWN_MARK,
  ...(limited ? { maxBytes: AGREEMENT_LIMITS.maxClauseBytes } : {}),
});
const plain = (...columns: string[]): TextColumn[] => columns.map((column) => ({ column }));

const ofDrafts = through('draft_id', 'drafts');
const ofClauses = (dialogueId: string) =>
  sql`clause_id IN (SELECT c.id FROM clauses c JOIN drafts d ON d.id = c.draft_id WHERE d.dialogue_id = ${dialogueId})`;
const ofVersions = (dialogueId: string) =>
  sql`version_id IN (SELECT v.id FROM draft_versions v JOIN drafts d ON d.id = v.draft_id WHERE d.dialogue_id = ${dialogueId})`;

/** Every text of a dialogue's agreements, working copy and versions alike. */
const AGREEMENT_TEXT: readonly TextTable[] = [
  { table: 'drafts', key: ['id'], columns: plain('title', 'purpose'), rows: ofDialogue() },
  { table: 'clauses', key: ['id'], columns: [clauseText('text'), clauseText('pending_text')], rows: ofDrafts },
  { table: 'clause_stances', key: ['clause_id', 'party_id'], columns: plain('rationale'), rows: ofClauses },
  // The anchor is rewritten as its clause was, so the hold still finds its bracket.
  {
    table: 'clause_holds',
    key: ['id'],
    columns: [clauseText('anchor_text', false), { column: 'reason' }],
    rows: ofClauses,
  },
  { table: 'draft_packages', key: ['draft_id', 'party_id'], columns: plain('note'), rows: ofDrafts },
  { table: 'draft_versions', key: ['id'], columns: plain('title', 'note'), rows: ofDrafts },
  {
    table: 'draft_version_clauses',
    key: ['version_id', 'position'],
    columns: [clauseText('text', false)],
    rows: ofVersions,
  },
  {
    table: 'draft_version_stances',
    key: ['version_id', 'clause_id', 'party_id'],
    columns: plain('rationale'),
    rows: ofVersions,
  },
  {
    table: 'draft_version_holds',
    key: ['version_id', 'clause_id', 'position'],
    columns: [clauseText('anchor_text', false), { column: 'label' }],
    rows: ofVersions,
  },
  { table: 'commitments', key: ['id'], columns: plain('description', 'evidence', 'owner_role'), rows: ofDrafts },
  {
    table: 'transfers',
    key: ['id'],
    columns: plain('idea_label', 'track_one_role', 'response_notes', 'follow_up'),
    rows: ofDialogue(),
  },
  {
    table: 'outcomes',
    key: ['id'],
    columns: plain('description', 'social_actor', 'place', 'contribution', 'significance', 'verifier_role', 'evidence'),
    rows: ofDialogue(),
  },
];

/**
 * The agreements' share of a participant purge (consent withdrawn), inside the purge's transaction:
 * - a commitment they owned, or a transfer they carried, stays — owned or carried by "withdrawn
 *   participant" (`*_withdrawn`), with no link left to the participant row;
 * - their speaker code, name and aliases are replaced in every text of the dialogue's agreements:
 *   clauses (working copy and every version), rationales, holds, package notes, commitments,
 *   the transfer log and outcomes — matched as search matches, case and accents ignored.
 * Versions are rewritten in place rather than deleted: the negotiating history is the record of the
 * process, and after the rewrite it holds nothing of the person. Their fingerprints are taken again,
 * so "nothing changed since version N" still holds when the working copy was rewritten alike.
 */
export const agreementsPurgeStep: PurgeStep = async (trx, participantId) => {
  await trx
    .updateTable('commitments')
    .set({ owner_participant_id: null, owner_withdrawn: 1 })
    .where('owner_participant_id', '=', participantId)
    .execute();
  await trx
    .updateTable('transfers')
    .set({ carrier_participant_id: null, carrier_withdrawn: 1 })
    .where('carrier_participant_id', '=', participantId)
    .execute();

  const identity = await identityOf(trx, participantId);
  if (!identity) return;
  const versions = new Set<string>();
  for (const table of AGREEMENT_TEXT) {
    const changed = await redactTable(trx, identity, table);
    if (table.table === 'draft_versions') for (const row of changed) versions.add(String(row['id']));
    if (table.table.startsWith('draft_version_')) for (const row of changed) versions.add(String(row['version_id']));
  }
  for (const id of versions) {
    await trx
      .updateTable('draft_versions')
      .set({ digest: digestOf(await versionSnapshot(trx, id)) })
      .where('id', '=', id)
      .execute();
  }
};
