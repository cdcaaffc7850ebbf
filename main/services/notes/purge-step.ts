import { sql, type Transaction } from 'kysely';
import type { WorkspaceSchema } from '../../store/schema';
import type { PurgeStep } from '../purge';
import { redactNames } from './redact';
import { metaFilter, metaToken, reindexNotes } from './search-index';
import { ftsString } from './search-query';
import { NOTE_LIMITS, utf8Bytes } from '../../../shared/domain/note';
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
  const names = await identityOf(trx, participantId);

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
  const mentioning = names ? await redactMentions(trx, names.dialogueId, names.words) : [];

  const quotes = attributed.filter((note) => note.kind === 'quote').map((note) => note.id);
  const kept = attributed.filter((note) => note.kind !== 'quote').map((note) => note.id);
  const touched = [...new Set([...kept, ...inHistory.map((row) => row.note_id), ...mentioning])];

  // Versions and tags go with a deleted quote by cascade, its index entry by trigger.
  for (const ids of chunks(quotes)) await trx.deleteFrom('notes').where('id', 'in', ids).execute();
  for (const ids of chunks(kept)) {
    await trx.updateTable('notes').set({ speaker_id: null, speaker_withdrawn: 1 }).where('id', 'in', ids).execute();
  }
  for (const ids of chunks(touched)) await trx.deleteFrom('note_versions').where('note_id', 'in', ids).execute();
  await reindexNotes(
    trx,
    touched.filter((id) => !quotes.includes(id)),
  );
};

/** The names a participant is known by (code, real name, aliases), read before the roster clears them. */
export async function identityOf(
  trx: Trx,
  participantId: string,
): Promise<{ dialogueId: string; words: string[] } | null> {
  const person = await trx
    .selectFrom('participants')
    .select(['dialogue_id', 'speaker_code', 'real_name'])
    .where('id', '=', participantId)
    .executeTakeFirst();
  if (!person) return null;
  const aliases = await trx
    .selectFrom('participant_aliases')
    .select('alias')
    .where('participant_id', '=', participantId)
    .execute();
  const words = [person.speaker_code ?? '', person.real_name, ...aliases.map((row) => row.alias)].filter(
    (name) => name.trim() !== '',
  );
  return { dialogueId: person.dialogue_id, words };
}

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
      const body = fitting(redactNames(note.body, names), note.body, names);
      if (body === null) continue;
      await trx.updateTable('notes').set({ body }).where('id', '=', note.id).execute();
      changed.push(note.id);
    }
  }
  return changed;
}

/**
 * The mark is longer than a speaker code, so a note at the size limit could outgrow it; then the
 * shortest mark is used, and as a last resort the end of the text is cut. A purge must never fail.
 */
function fitting(redacted: string | null, original: string, names: readonly string[]): string | null {
  if (redacted === null || utf8Bytes(redacted) <= NOTE_LIMITS.maxBodyBytes) return redacted;
  let shorter = redactNames(original, names, '—')!;
  while (utf8Bytes(shorter) > NOTE_LIMITS.maxBodyBytes)
    shorter = shorter.slice(0, -1024).replace(/[\uD800-\uDBFF]$/u, '');
  return shorter;
}

function chunks<T>(items: readonly T[], size = 500): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
