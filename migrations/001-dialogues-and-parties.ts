import type { Migration } from './types';

export const migration001: Migration = {
  version: 1,
  name: 'dialogues and parties',
  up(db) {
    db.exec(`
      CREATE TABLE dialogues (
        id            TEXT PRIMARY KEY,
        code_name     TEXT NOT NULL,
        -- folded code name (case and accents removed), so "Cedar" and "cédar" cannot coexist
        code_name_key TEXT NOT NULL UNIQUE,
        conflict      TEXT NOT NULL DEFAULT '',
        objectives    TEXT NOT NULL DEFAULT '',
        status        TEXT NOT NULL CHECK (status IN ('exploring', 'active', 'paused', 'concluded')),
        track_level   TEXT NOT NULL CHECK (track_level IN ('1.5', '2', '3')),
        started_on    TEXT,
        archived_at   TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      ) STRICT;

      CREATE TABLE parties (
        id          TEXT PRIMARY KEY,
        dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        name_key    TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('side', 'facilitation')),
        position    INTEGER NOT NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (dialogue_id, name_key)
      ) STRICT;

      CREATE INDEX parties_by_dialogue ON parties (dialogue_id, position);
    `);
  },
};
