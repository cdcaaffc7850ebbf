import type { Migration } from './types';

/**
 * Known-safe phrases (issue 13): per dialogue, phrases the facilitator has confirmed name no one
 * ("Rose Garden Accord" when a participant is called Rose). The redaction engine does not count a
 * name word inside one. `phrase_key` is the phrase folded as the engine reads it, so one phrase
 * typed twice with other capitals or accents is refused as a duplicate. A dialogue's phrases go
 * with it.
 */
export const migration005: Migration = {
  version: 5,
  name: 'known-safe-phrases',
  up(db) {
    db.exec(`
      CREATE TABLE safe_phrases (
        id          TEXT PRIMARY KEY,
        dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        phrase      TEXT NOT NULL CHECK (length(phrase) BETWEEN 1 AND 200),
        phrase_key  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (dialogue_id, phrase_key)
      ) STRICT;
    `);
  },
};
