import type { Migration } from './types';

/**
 * Reports (issue 13): what the session summary and the sanitized sponsor report need beyond the
 * records other features keep.
 *
 * - `report_profiles`: per dialogue, named choices for a sponsor report — which sections it
 *   carries, how far a risky session's period is coarsened (month or quarter), how precisely a
 *   venue is named otherwise, the smallest count printed as a number (k, small-cell suppression)
 *   and what a participant's name becomes ("a participant", "a participant from Side A", nothing).
 *   The profile's name goes into the export log.
 * - `sponsor_reports` / `sponsor_report_sessions`: the dialogue's working sponsor report — its
 *   profile and which sessions it covers (`scope` 'all', or the sessions listed).
 * - `sponsor_report_texts`: the sections the facilitator writes (themes, convergence, divergence,
 *   new options, process and relationship results, risks and do-no-harm notes, next steps),
 *   autosaved like notes.
 * - `session_report_marks`: a session marked risky — its period is coarsened and its venue named
 *   only as the facilitator describes it ("a third country", "the Eastern Mediterranean").
 * - `agreed_statements`: a joint note the participants agreed may go to sponsors. The note's text
 *   is not copied: `body_sha256` is the digest of the text that was agreed, so an edit afterwards
 *   takes the statement out of the report until it is agreed again.
 *
 * Every row hangs off a dialogue, session or note by foreign key, so travel mode carries it with
 * its dialogue and deleting the dialogue removes it. Migrations are frozen once released, so the
 * enumerations are spelled out here rather than imported.
 */
export const migration011: Migration = {
  version: 11,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE report_profiles (
        id           TEXT PRIMARY KEY,
        dialogue_id  TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        name_key     TEXT NOT NULL,
        -- JSON array of the optional sections included, in no particular order.
        sections     TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'),
        risky_period TEXT NOT NULL DEFAULT 'month' CHECK (risky_period IN ('month', 'quarter')),
        venue_detail TEXT NOT NULL DEFAULT 'city' CHECK (venue_detail IN ('venue', 'city', 'country')),
        min_count    INTEGER NOT NULL DEFAULT 3 CHECK (min_count BETWEEN 2 AND 20),
        replacement  TEXT NOT NULL DEFAULT 'participant'
                     CHECK (replacement IN ('participant', 'participant-with-side', 'remove')),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        UNIQUE (dialogue_id, name_key)
      ) STRICT;

      CREATE TABLE sponsor_reports (
        dialogue_id TEXT PRIMARY KEY REFERENCES dialogues (id) ON DELETE CASCADE,
        profile_id  TEXT REFERENCES report_profiles (id) ON DELETE SET NULL,
        scope       TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('all', 'chosen')),
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sponsor_reports_by_profile ON sponsor_reports (profile_id);

      CREATE TABLE sponsor_report_sessions (
        dialogue_id TEXT NOT NULL REFERENCES sponsor_reports (dialogue_id) ON DELETE CASCADE,
        session_id  TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        PRIMARY KEY (dialogue_id, session_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX sponsor_report_sessions_by_session ON sponsor_report_sessions (session_id);

      CREATE TABLE sponsor_report_texts (
        dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        section     TEXT NOT NULL CHECK (section IN (
                      'themes', 'convergence', 'divergence', 'new-options',
                      'process', 'relationships', 'risks', 'next-steps')),
        body        TEXT NOT NULL CHECK (length(body) <= 20000),
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (dialogue_id, section)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE session_report_marks (
        session_id  TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        risky       INTEGER NOT NULL CHECK (risky IN (0, 1)),
        venue_label TEXT NOT NULL DEFAULT '' CHECK (length(venue_label) <= 120),
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE agreed_statements (
        note_id     TEXT PRIMARY KEY REFERENCES notes (id) ON DELETE CASCADE,
        agreed_on   TEXT NOT NULL CHECK (agreed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        body_sha256 TEXT NOT NULL CHECK (length(body_sha256) = 64 AND body_sha256 NOT GLOB '*[^0-9a-f]*'),
        created_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
