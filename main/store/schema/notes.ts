import type { Generated } from 'kysely';
import type { NoteKind, NoteLevel } from '../../../shared/domain/note';
import type { Flag } from './roster';

export interface NotesTable {
  /** The rowid the search index refers to; never shown. */
  seq: Generated<number>;
  id: string;
  dialogue_id: string;
  session_id: string;
  agenda_item_id: string | null;
  speaker_id: string | null;
  speaker_withdrawn: Flag;
  level: NoteLevel;
  kind: NoteKind;
  caucus_party_id: string | null;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface NoteVersionsTable {
  note_id: string;
  version: number;
  body: string;
  level: NoteLevel;
  kind: NoteKind;
  speaker_id: string | null;
  speaker_withdrawn: Flag;
  agenda_item_id: string | null;
  caucus_party_id: string | null;
  saved_at: string;
  superseded_at: string;
}

export type NoteTagKind = 'topic' | 'root-cause' | 'free';

export interface NoteTagsTable {
  note_id: string;
  position: number;
  kind: NoteTagKind;
  topic_id: string | null;
  root_cause_id: string | null;
  label: string | null;
  label_key: string | null;
}

/** Notes whose search-index entry is behind their text (see migration 004). */
export interface NotesFtsPendingTable {
  seq: number;
}

export interface NoteTables {
  notes: NotesTable;
  note_versions: NoteVersionsTable;
  note_tags: NoteTagsTable;
  notes_fts_pending: NotesFtsPendingTable;
}
