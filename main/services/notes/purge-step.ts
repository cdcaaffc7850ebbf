import { sql, type Transaction } from 'kysely';
import type { WorkspaceSchema } from '../../store/schema';
import type { PurgeStep } from '../purge';
import { chunks } from '../sessions/common';
import { identityOf, redactTable, redactWithin, through, type TextTable } from '../purge-text';
import { freeTagKey } from './note-write';
import { metaFilter, metaToken, reindexNotes } from './search-index';
import { ftsString } from './search-query';
import { NOTE_LIMITS } from '../../../shared/domain/note';
import { searchWords } from '../../../shared/text/search-fold';

type Trx = Transaction<WorkspaceSchema>;

/**
 * The notes' share of a participant purge (consent withdrawn), inside the purge's transaction:
 * - their quotes are deleted outright: a verbatim quote identifies its speaker even unattributed;
 * - their other notes stay, attributed to "withdrawn participant" (`speaker_withdrawn`), with no
 *   link left to the participant row;
 * - mentions of their speaker code, name or aliases in the text of the dialogue's notes become
 *   "[withdrawn participant]" — when the roster still holds them as the step runs (see the report:
 *   the roster must run the steps before it clears the row, or there is nothing left to look for);
 * - every earlier version of every note touched is deleted, since those carried the identity;
 * - the search index is rewritten for the notes kept and loses the deleted ones, with FTS5's
 *   secure-delete removing the old terms from the index pages.
 */
export const notesPurgeStep: PurgeStep = async (trx, participantId) => {
  const identity = await identityOf(trx, participantId);

  const attributed = await trx
    .selectFrom('notes')
    .select(['id', 'kind'])
    .where('speaker_id', '=', participantId)
    .execute();
  const inHistory = await trx
    .selectFrom('note_versions')
    .select('note_id')
    .distinct()
    .where('speaker_id', '=', participantId)
    .execute();
  const mentioning = identity ? await redactMentions(trx, identity.dialogueId, identity.names) : [];

  const quotes = attributed.filter((note) => note.kind === 'quote').map((note) => note.id);
  const kept = attributed.filter((note) => note.kind !== 'quote').map((note) => note.id);
  const touched = [...new Set([...kept, ...inHistory.map((row) => row.note_id), ...mentioning])];

  // Versions and tags go with a deleted quote by cascade, its index entry by trigger.
  for (const ids of chunks(quotes)) await trx.deleteFrom('notes').where('id', 'in', ids).execute();
  for (const ids of chunks(kept)) {
    await trx.updateTable('notes').set({ speaker_id: null, speaker_withdrawn: 1 }).where('id', 'in', ids).execute();
  }
  for (const ids of chunks(touched)) await trx.deleteFrom('note_versions').where('note_id', 'in', ids).execute();
  // Earlier states of notes that mention them no more, and free tags, lose their names too.
  const retagged = identity ? await redactTable(trx, identity, FREE_TAGS) : [];
  if (identity) await redactTable(trx, identity, EARLIER_STATES);
  await reindexNotes(trx, [
    ...new Set([...touched.filter((id) => !quotes.includes(id)), ...retagged.map((row) => String(row['note_id']))]),
  ]);
};

const ofNotes = through('note_id', 'notes');

const EARLIER_STATES: TextTable = {
  table: 'note_versions',
  key: ['note_id', 'version'],
  columns: [{ column: 'body', maxBytes: NOTE_LIMITS.maxBodyBytes }],
  rows: ofNotes,
};

const FREE_TAGS: TextTable = {
  table: 'note_tags',
  key: ['note_id', 'position'],
  columns: [{ column: 'label', maxChars: NOTE_LIMITS.maxFreeTagChars }],
  unique: { column: 'label', key: 'label_key', within: ['note_id', 'kind'], fold: freeTagKey },
  rows: (dialogueId) => sql`kind = 'free' AND ${ofNotes(dialogueId)}`,
};

/** Rewrites the dialogue's notes that mention any of `names`; returns their ids. */
async function redactMentions(trx: Trx, dialogueId: string, names: readonly string[]): Promise<string[]> {
  const phrases = names.map((name) => searchWords(name)).filter((words) => words.length > 0);
  if (phrases.length === 0) return [];
  // The index finds the candidates (accents and case folded, as the redaction matches).
  const expression =
    `{text} : (${phrases.map((words) => ftsString(words.join(' '))).join(' OR ')})` +
    ` AND ${metaFilter(metaToken.dialogue(dialogueId))}`;
  const { rows } = await sql<{ rowid: number }>`
    SELECT rowid FROM notes_fts WHERE notes_fts MATCH ${expression}`.execute(trx);
  // Notes saved moments ago may not be in the index yet: their text is read directly.
  const pending = await trx
    .selectFrom('notes_fts_pending as q')
    .innerJoin('notes as n', 'n.seq', 'q.seq')
    .select('q.seq')
    .where('n.dialogue_id', '=', dialogueId)
    .execute();
  const candidates = [...new Set([...rows.map((row) => row.rowid), ...pending.map((row) => row.seq)])];
  const changed: string[] = [];
  for (const seqs of chunks(candidates)) {
    const notes = await trx.selectFrom('notes').select(['id', 'body']).where('seq', 'in', seqs).execute();
    for (const note of notes) {
      // The mark is longer than a speaker code: a note at the size limit could outgrow it.
      const body = redactWithin(note.body, names, { maxBytes: NOTE_LIMITS.maxBodyBytes });
      if (body === null) continue;
      await trx.updateTable('notes').set({ body }).where('id', '=', note.id).execute();
      changed.push(note.id);
    }
  }
  return changed;
}
