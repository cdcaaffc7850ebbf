import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { NoteLevel } from '../../../shared/domain/note';
import { extraForms, searchWords } from '../../../shared/text/search-fold';
import type { WorkspaceSchema } from '../../store/schema';
import type { NoteTagKind } from '../../store/schema/notes';
import { chunks } from '../sessions/common';
import { ftsString } from './search-query';

/**
 * The notes' entries in `notes_fts` (migration 004). Three columns:
 *   text   the body folded for search (shared/text/search-fold.ts), word by word
 *   extra  the article-stripped forms of its Arabic and Hebrew words (weighted lower)
 *   meta   filter tokens: dialogue, session, speaker, level, caucus (and whose), tags, and `note`
 * Filters are index lookups intersected with the words, so a search never scans notes to apply
 * them; user words are confined to `text` and `extra`, so they never match a filter token.
 */

export type Db = Kysely<WorkspaceSchema> | Transaction<WorkspaceSchema>;

export interface IndexedNote {
  readonly seq: number;
  readonly dialogueId: string;
  readonly sessionId: string;
  readonly speakerId: string | null;
  readonly level: NoteLevel;
  readonly caucusPartyId: string | null;
  readonly body: string;
  readonly tags: readonly TagRef[];
}

export interface TagRef {
  readonly kind: NoteTagKind;
  readonly topicId?: string | null;
  readonly rootCauseId?: string | null;
  readonly labelKey?: string | null;
}

/** Ids as index tokens: letters and digits only, so the tokenizer keeps each one whole. */
const compact = (id: string) => id.toLowerCase().replace(/[^0-9a-z]/gu, '');

export const metaToken = {
  dialogue: (id: string) => `d${compact(id)}`,
  session: (id: string) => `s${compact(id)}`,
  speaker: (id: string) => `p${compact(id)}`,
  level: (level: NoteLevel) => `lv${level}`,
  /** On every note: the base of a search with neither words nor filters. */
  every: () => 'note',
  /** On every caucus note, whatever the party: what the joint view excludes. */
  anyCaucus: () => 'caucus',
  caucus: (partyId: string) => `c${compact(partyId)}`,
  tag: (tag: TagRef) => {
    if (tag.kind === 'topic') return `tt${compact(tag.topicId ?? '')}`;
    if (tag.kind === 'root-cause') return `tr${compact(tag.rootCauseId ?? '')}`;
    // A free tag may hold any characters: its folded form is hashed into a token.
    return `tf${createHash('sha256')
      .update(tag.labelKey ?? '')
      .digest('hex')
      .slice(0, 24)}`;
  },
};

export function metaOf(note: IndexedNote): string {
  return [
    metaToken.dialogue(note.dialogueId),
    metaToken.session(note.sessionId),
    note.speakerId === null ? '' : metaToken.speaker(note.speakerId),
    metaToken.level(note.level),
    metaToken.every(),
    ...(note.caucusPartyId === null ? [] : [metaToken.anyCaucus(), metaToken.caucus(note.caucusPartyId)]),
    ...note.tags.map(metaToken.tag),
  ]
    .filter((token) => token !== '')
    .join(' ');
}

/** A filter on one meta token, as an FTS5 expression. */
export const metaFilter = (token: string) => `meta : ${ftsString(token)}`;
export const anyOf = (tokens: readonly string[]) => `(${tokens.map(metaFilter).join(' OR ')})`;

/** Writes (or rewrites) one note's entry. FTS5's REPLACE removes the old terms first (secure-delete). */
export async function writeIndex(db: Db, note: IndexedNote): Promise<void> {
  const words = searchWords(note.body);
  await sql`INSERT OR REPLACE INTO notes_fts (rowid, text, extra, meta)
            VALUES (${note.seq}, ${words.join(' ')}, ${extraForms(words)}, ${metaOf(note)})`.execute(db);
}

/** Rebuilds the entries of the given notes from what is stored, and clears their pending marks. */
export async function reindexNotes(db: Db, noteIds: readonly string[]): Promise<void> {
  for (const ids of chunks(noteIds)) {
    const rows = await db.selectFrom('notes').selectAll().where('id', 'in', ids).execute();
    const tags = await db
      .selectFrom('note_tags')
      .select(['note_id', 'kind', 'topic_id', 'root_cause_id', 'label_key'])
      .where('note_id', 'in', ids)
      .execute();
    const tagsByNote = Map.groupBy(tags, (tag) => tag.note_id);
    for (const row of rows) {
      await writeIndex(db, {
        seq: row.seq,
        dialogueId: row.dialogue_id,
        sessionId: row.session_id,
        speakerId: row.speaker_id,
        level: row.level,
        caucusPartyId: row.caucus_party_id,
        body: row.body,
        tags: (tagsByNote.get(row.id) ?? []).map((tag) => ({
          kind: tag.kind,
          topicId: tag.topic_id,
          rootCauseId: tag.root_cause_id,
          labelKey: tag.label_key,
        })),
      });
      await db.deleteFrom('notes_fts_pending').where('seq', '=', row.seq).execute();
    }
  }
}
