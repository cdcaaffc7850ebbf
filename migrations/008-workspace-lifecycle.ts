import type { Migration } from './types';

/**
 * Workspace lifecycle (issue 11): the export log and the purge records.
 *
 * - `export_log` records every file Parley writes out, whatever its kind (agenda, summary,
 *   sponsor-report, draft, roster-csv, backup, travel-backup, recovery-sheet…): when, which
 *   dialogue and sessions, which report profile, the file's base name (never a path — a path says
 *   where the facilitator keeps things), its size and SHA-256, so a PDF forwarded months later can
 *   be checked against what was written, and so a purge can name the backups that predate it.
 *   Deleting a dialogue keeps its exports' rows (unlinked); travel mode removes them explicitly.
 * - `purge_records` remembers that a participant purge happened, so that restoring an older
 *   backup can purge the same person again before it opens. It names no one: `subject` is a
 *   SHA-256 digest of the participant's random id, which identifies nobody without an older copy
 *   of the roster — and that older copy is exactly where it must match.
 *
 * - `travel` holds at most one row while travel mode is on: which dialogue stayed on the laptop,
 *   since when, and the travel backup's name and SHA-256 (to recognise it on return).
 *
 * Migrations are frozen once released, so the kinds are not constrained here beyond their shape.
 */
export const migration008: Migration = {
  version: 8,
  name: 'workspace-lifecycle',
  up(db) {
    db.exec(`
      CREATE TABLE export_log (
        id           INTEGER PRIMARY KEY,
        exported_at  TEXT NOT NULL,
        kind         TEXT NOT NULL CHECK (kind GLOB '[a-z]*' AND length(kind) <= 40),
        dialogue_id  TEXT REFERENCES dialogues (id) ON DELETE SET NULL,
        -- JSON array of session ids the export covers; '[]' when none.
        sessions     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sessions) AND json_type(sessions) = 'array'),
        profile      TEXT,
        file_name    TEXT NOT NULL CHECK (
          file_name <> '' AND instr(file_name, '/') = 0 AND instr(file_name, char(92)) = 0
        ),
        bytes        INTEGER NOT NULL CHECK (bytes >= 0),
        sha256       TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')
      ) STRICT;
      CREATE INDEX export_log_by_kind ON export_log (kind, exported_at);
      CREATE INDEX export_log_by_dialogue ON export_log (dialogue_id, exported_at);

      CREATE TABLE purge_records (
        subject    TEXT PRIMARY KEY CHECK (length(subject) = 64 AND subject NOT GLOB '*[^0-9a-f]*'),
        purged_on  TEXT NOT NULL CHECK (purged_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE travel (
        id                INTEGER PRIMARY KEY CHECK (id = 1),
        kept_dialogue_id  TEXT REFERENCES dialogues (id) ON DELETE SET NULL,
        left_at           TEXT NOT NULL,
        backup_file_name  TEXT NOT NULL,
        backup_sha256     TEXT NOT NULL
      ) STRICT;
    `);
  },
};
