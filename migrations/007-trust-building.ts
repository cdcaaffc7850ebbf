import type { Migration } from './types';

/**
 * Trust-building (issue 9): the facilitator's own exercises, exercise runs with their checklists,
 * observations and counts, trust readings, the Overton window's options and placements, and
 * after-care check-ins.
 *
 * - Built-in exercises live in the code (shared/exercises/library.ts) and are never stored. A run
 *   names either a custom exercise or a built-in key (never both), and keeps its own copy of the
 *   checklist, so ticks always refer to the steps that were shown, whatever the library says later.
 *   Custom exercises are archived, never deleted, so a run's exercise never disappears.
 * - A run belongs to one agenda item. Deleting an item or a session whose run holds records (a
 *   tick, a count, a rating, an observation) is refused by the services first; a run with nothing
 *   recorded goes with its item.
 * - Trust readings and placements refer to their session with no ON DELETE action: a session that
 *   holds them cannot be deleted (the services say so first), while deleting a whole dialogue takes
 *   them with it through `dialogue_id`, in the same statement.
 * - Counts of who took part are per side and never per person: the schema has no place for a name.
 * - A check-in belongs to a participant; a purge deletes them (the participant row itself stays).
 *
 * Migrations are frozen once released, so enumerations are spelled out here rather than imported.
 */
export const migration007: Migration = {
  version: 7,
  name: 'trust-building',
  up(db) {
    db.exec(`
      CREATE TABLE exercises (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL CHECK (name <> ''),
        name_key        TEXT NOT NULL UNIQUE,
        purpose         TEXT NOT NULL CHECK (purpose <> ''),
        stage           TEXT NOT NULL CHECK (stage IN ('opening', 'deepening', 'problem-solving', 'closing')),
        agenda_kind     TEXT NOT NULL
                        CHECK (agenda_kind IN ('exercise', 'plenary', 'breakout', 'informal', 'meal', 'caucus')),
        min_minutes     INTEGER NOT NULL CHECK (min_minutes BETWEEN 5 AND 720),
        max_minutes     INTEGER NOT NULL CHECK (max_minutes BETWEEN 5 AND 720),
        min_people      INTEGER NOT NULL CHECK (min_people BETWEEN 2 AND 200),
        max_people      INTEGER CHECK (max_people IS NULL OR max_people BETWEEN 2 AND 200),
        materials       TEXT NOT NULL DEFAULT '',
        interpretation  TEXT NOT NULL DEFAULT '',
        -- Where a duplicate came from: a built-in key or a custom exercise's id.
        duplicated_from TEXT,
        archived_at     TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        CHECK (max_minutes >= min_minutes),
        CHECK (max_people IS NULL OR max_people >= min_people)
      ) STRICT;

      CREATE TABLE exercise_flags (
        exercise_id TEXT NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
        flag        TEXT NOT NULL
                    CHECK (flag IN ('personal-sharing', 'retraumatising', 'separation', 'needs-trust', 'opt-out')),
        caution     TEXT NOT NULL CHECK (caution <> ''),
        PRIMARY KEY (exercise_id, flag)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exercise_steps (
        exercise_id TEXT NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
        phase       TEXT NOT NULL CHECK (phase IN ('prepare', 'room', 'aftercare')),
        position    INTEGER NOT NULL CHECK (position >= 0),
        text        TEXT NOT NULL CHECK (text <> ''),
        PRIMARY KEY (exercise_id, phase, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exercise_runs (
        id               TEXT PRIMARY KEY,
        session_id       TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        agenda_item_id   TEXT NOT NULL UNIQUE REFERENCES agenda_items (id) ON DELETE CASCADE,
        exercise_id      TEXT REFERENCES exercises (id),
        builtin_exercise TEXT CHECK (builtin_exercise IS NULL OR builtin_exercise GLOB 'builtin:*'),
        landed           INTEGER CHECK (landed IS NULL OR landed BETWEEN 1 AND 5),
        landed_word      TEXT NOT NULL DEFAULT '',
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        CHECK ((exercise_id IS NULL) <> (builtin_exercise IS NULL))
      ) STRICT;
      CREATE INDEX exercise_runs_by_session ON exercise_runs (session_id);
      CREATE INDEX exercise_runs_by_exercise ON exercise_runs (exercise_id) WHERE exercise_id IS NOT NULL;

      CREATE TABLE exercise_run_steps (
        run_id   TEXT NOT NULL REFERENCES exercise_runs (id) ON DELETE CASCADE,
        phase    TEXT NOT NULL CHECK (phase IN ('prepare', 'room', 'aftercare')),
        position INTEGER NOT NULL CHECK (position >= 0),
        text     TEXT NOT NULL CHECK (text <> ''),
        done_at  TEXT,
        PRIMARY KEY (run_id, phase, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE exercise_run_counts (
        run_id    TEXT NOT NULL REFERENCES exercise_runs (id) ON DELETE CASCADE,
        party_id  TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
        took_part INTEGER CHECK (took_part IS NULL OR took_part BETWEEN 0 AND 500),
        opted_out INTEGER CHECK (opted_out IS NULL OR opted_out BETWEEN 0 AND 500),
        PRIMARY KEY (run_id, party_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX exercise_run_counts_by_party ON exercise_run_counts (party_id);

      CREATE TABLE exercise_observations (
        id         TEXT PRIMARY KEY,
        run_id     TEXT NOT NULL REFERENCES exercise_runs (id) ON DELETE CASCADE,
        level      TEXT NOT NULL CHECK (level IN ('facilitator', 'participants', 'sponsor')),
        body       TEXT NOT NULL CHECK (body <> '' AND length(body) <= 20000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exercise_observations_by_run ON exercise_observations (run_id, created_at);

      CREATE TABLE trust_readings (
        dialogue_id      TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        session_id       TEXT NOT NULL REFERENCES sessions (id),
        party_a_id       TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
        party_b_id       TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
        rating           INTEGER NOT NULL CHECK (rating BETWEEN -2 AND 2),
        informal_contact INTEGER NOT NULL DEFAULT 0 CHECK (informal_contact IN (0, 1)),
        humour           INTEGER NOT NULL DEFAULT 0 CHECK (humour IN (0, 1)),
        first_names      INTEGER NOT NULL DEFAULT 0 CHECK (first_names IN (0, 1)),
        joint_proposals  INTEGER NOT NULL DEFAULT 0 CHECK (joint_proposals IN (0, 1)),
        walk_out         INTEGER NOT NULL DEFAULT 0 CHECK (walk_out IN (0, 1)),
        hostile_incident INTEGER NOT NULL DEFAULT 0 CHECK (hostile_incident IN (0, 1)),
        rationale        TEXT NOT NULL DEFAULT '' CHECK (length(rationale) <= 2000),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        PRIMARY KEY (session_id, party_a_id, party_b_id),
        CHECK (party_a_id <> party_b_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX trust_readings_by_dialogue ON trust_readings (dialogue_id);
      CREATE INDEX trust_readings_by_party_a ON trust_readings (party_a_id);
      CREATE INDEX trust_readings_by_party_b ON trust_readings (party_b_id);

      CREATE TABLE topic_options (
        id                  TEXT PRIMARY KEY,
        topic_id            TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
        title               TEXT NOT NULL CHECK (title <> ''),
        title_key           TEXT NOT NULL,
        added_in_session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        UNIQUE (topic_id, title_key)
      ) STRICT;
      CREATE INDEX topic_options_by_session ON topic_options (added_in_session_id)
        WHERE added_in_session_id IS NOT NULL;

      CREATE TABLE option_placements (
        option_id   TEXT NOT NULL REFERENCES topic_options (id) ON DELETE CASCADE,
        session_id  TEXT NOT NULL REFERENCES sessions (id),
        dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        party_id    TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
        level       TEXT NOT NULL
                    CHECK (level IN ('unthinkable', 'radical', 'acceptable', 'sensible', 'popular', 'policy')),
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (option_id, session_id, party_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX option_placements_by_session ON option_placements (session_id);
      CREATE INDEX option_placements_by_dialogue ON option_placements (dialogue_id);
      CREATE INDEX option_placements_by_party ON option_placements (party_id);

      CREATE TABLE aftercare_checkins (
        id             TEXT PRIMARY KEY,
        dialogue_id    TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        session_id     TEXT REFERENCES sessions (id) ON DELETE SET NULL,
        due_on         TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        done_on        TEXT CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        channel        TEXT CHECK (channel IS NULL OR channel IN
                         ('in-person', 'phone', 'video', 'secure-message', 'through-a-colleague')),
        concern        TEXT NOT NULL DEFAULT '',
        follow_up      TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX aftercare_checkins_by_dialogue ON aftercare_checkins (dialogue_id, due_on);
      CREATE INDEX aftercare_checkins_by_participant ON aftercare_checkins (participant_id);
      CREATE INDEX aftercare_checkins_by_session ON aftercare_checkins (session_id) WHERE session_id IS NOT NULL;
      CREATE INDEX aftercare_checkins_open ON aftercare_checkins (due_on) WHERE done_on IS NULL;
    `);
  },
};
