import type { Migration } from './types';

/**
 * Notes (issue 5): what was said or observed in a session, their tags, their history and the
 * full-text index.
 *
 * - `notes.seq` is an INTEGER PRIMARY KEY because the search index refers to notes by rowid, and
 *   only an INTEGER PRIMARY KEY is guaranteed to survive VACUUM (and `VACUUM INTO` backups). The
 *   public id is the client-made `id`, so a retried autosave updates rather than duplicates.
 * - Nothing typed is lost through a side effect: deleting a session or a party that still has
 *   notes is refused by the database (no ON DELETE action, checked at the end of the statement),
 *   while deleting a whole dialogue removes its notes with it. A removed agenda item or participant
 *   leaves its notes in place, unlinked.
 * - `note_versions` keeps earlier states (the current one is the note itself). `superseded_at`
 *   lets the service keep at most one version a minute while someone types (autosave).
 * - Tags link to `topics` and `root_causes` when they are ones, or are free words; a topic or root
 *   cause deleted takes its tags with it.
 * - `notes_fts` indexes a folded copy of the text (see shared/text/search-fold.ts: the tokenizer
 *   alone leaves Arabic harakat and alef forms apart), article-stripped extra forms, and filter
 *   tokens (dialogue, session, speaker, level, caucus, tags) so every filter is an index lookup.
 *   It keeps its own copy of what it indexed, on purpose: `secure-delete` can only remove a
 *   note's terms from the index when it can re-read them. A contentless table (measured) leaves
 *   the deleted terms in the index pages behind a tombstone until some later merge. The trigger
 *   keeps the index in step with every delete of a note, including a dialogue's cascade.
 * - `notes_fts_pending` lists notes whose index entry is behind their text. A save records the
 *   note there in its own transaction and the service brings the index up to date shortly after
 *   (and always before a search and before the workspace locks): re-indexing a long note with
 *   secure-delete on costs tens of milliseconds, which must not sit inside the 10 ms of a save. The
 *   queue is durable, so a crash between the two leaves work to finish, never a wrong index.
 *
 * Migrations are frozen once released, so enumerations are spelled out here rather than imported.
 */
export const migration004: Migration = {
  version: 4,
  name: 'notes',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        seq               INTEGER PRIMARY KEY,
        id                TEXT NOT NULL UNIQUE,
        dialogue_id       TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        session_id        TEXT NOT NULL REFERENCES sessions (id),
        agenda_item_id    TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
        speaker_id        TEXT REFERENCES participants (id) ON DELETE SET NULL,
        -- The speaker was purged: shown as "withdrawn participant", with no link back.
        speaker_withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (speaker_withdrawn IN (0, 1)),
        level             TEXT NOT NULL CHECK (level IN ('facilitator', 'participants', 'sponsor')),
        kind              TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'quote')),
        caucus_party_id   TEXT REFERENCES parties (id),
        -- 256 KiB of UTF-8 (NOTE_BODY_MAX_BYTES); the service says so first, with the size.
        body              TEXT NOT NULL CHECK (length(CAST(body AS BLOB)) <= 262144),
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        CHECK (speaker_withdrawn = 0 OR speaker_id IS NULL)
      ) STRICT;
      -- Joint and caucus lists of a session, oldest first.
      CREATE INDEX notes_by_session ON notes (session_id, caucus_party_id, created_at);
      CREATE INDEX notes_by_agenda_item ON notes (agenda_item_id, created_at) WHERE agenda_item_id IS NOT NULL;
      CREATE INDEX notes_by_dialogue ON notes (dialogue_id, created_at);
      -- A purge finds a participant's notes by lookup; a party deletion checks its caucus notes.
      CREATE INDEX notes_by_speaker ON notes (speaker_id) WHERE speaker_id IS NOT NULL;
      CREATE INDEX notes_by_caucus_party ON notes (caucus_party_id) WHERE caucus_party_id IS NOT NULL;

      CREATE TABLE note_versions (
        note_id           TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        version           INTEGER NOT NULL CHECK (version >= 1),
        body              TEXT NOT NULL,
        level             TEXT NOT NULL CHECK (level IN ('facilitator', 'participants', 'sponsor')),
        kind              TEXT NOT NULL CHECK (kind IN ('note', 'quote')),
        speaker_id        TEXT REFERENCES participants (id) ON DELETE SET NULL,
        speaker_withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (speaker_withdrawn IN (0, 1)),
        agenda_item_id    TEXT REFERENCES agenda_items (id) ON DELETE SET NULL,
        caucus_party_id   TEXT REFERENCES parties (id) ON DELETE SET NULL,
        -- When this state was saved, and when a later save replaced it.
        saved_at          TEXT NOT NULL,
        superseded_at     TEXT NOT NULL,
        PRIMARY KEY (note_id, version)
      ) STRICT;
      CREATE INDEX note_versions_by_speaker ON note_versions (speaker_id) WHERE speaker_id IS NOT NULL;
      CREATE INDEX note_versions_by_agenda_item ON note_versions (agenda_item_id) WHERE agenda_item_id IS NOT NULL;
      CREATE INDEX note_versions_by_caucus_party ON note_versions (caucus_party_id) WHERE caucus_party_id IS NOT NULL;

      CREATE TABLE note_tags (
        note_id       TEXT NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
        position      INTEGER NOT NULL CHECK (position >= 0),
        kind          TEXT NOT NULL CHECK (kind IN ('topic', 'root-cause', 'free')),
        topic_id      TEXT REFERENCES topics (id) ON DELETE CASCADE,
        root_cause_id TEXT REFERENCES root_causes (id) ON DELETE CASCADE,
        -- A free tag as typed, and folded (what filters and duplicates compare).
        label         TEXT,
        label_key     TEXT,
        PRIMARY KEY (note_id, position),
        CHECK ((kind = 'topic') = (topic_id IS NOT NULL)),
        CHECK ((kind = 'root-cause') = (root_cause_id IS NOT NULL)),
        CHECK ((kind = 'free') = (label IS NOT NULL AND label_key IS NOT NULL AND label <> ''))
      ) STRICT, WITHOUT ROWID;
      CREATE UNIQUE INDEX note_tags_unique ON note_tags (note_id, kind, coalesce(topic_id, root_cause_id, label_key));
      CREATE INDEX note_tags_by_topic ON note_tags (topic_id) WHERE topic_id IS NOT NULL;
      CREATE INDEX note_tags_by_root_cause ON note_tags (root_cause_id) WHERE root_cause_id IS NOT NULL;
      CREATE INDEX note_tags_by_label ON note_tags (label_key) WHERE label_key IS NOT NULL;

      CREATE VIRTUAL TABLE notes_fts USING fts5 (
        text, extra, meta,
        prefix = '2 3',
        tokenize = "unicode61 remove_diacritics 2"
      );
      INSERT INTO notes_fts (notes_fts, rank) VALUES ('secure-delete', 1);

      CREATE TRIGGER notes_fts_forget AFTER DELETE ON notes BEGIN
        DELETE FROM notes_fts WHERE rowid = old.seq;
      END;

      CREATE TABLE notes_fts_pending (
        seq INTEGER PRIMARY KEY REFERENCES notes (seq) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
