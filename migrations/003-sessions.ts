import type { Migration } from './types';

/**
 * Sessions, venues, attendance, agendas, topics and agenda templates (issue 4).
 *
 * Times: a session's start and end are instants (ISO 8601, UTC) plus the venue's IANA zone, so that
 * the wall-clock times survive a change of daylight saving and the laptop's own zone never enters.
 * Planned item times are not stored: they follow from the session start and the durations, so a
 * reorder cannot leave a stale time behind. Live mode stores actual instants.
 *
 * Agenda order: `position` is 0…n−1 across the session and `day` (calendar days after the first)
 * never decreases along it. The service keeps both in one transaction; there is no UNIQUE on
 * position because a reorder rewrites positions row by row.
 */
export const migration003: Migration = {
  version: 3,
  name: 'sessions, venues and agendas',
  up(db) {
    db.exec(`
      CREATE TABLE venues (
        id               TEXT PRIMARY KEY,
        dialogue_id      TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        name             TEXT NOT NULL,
        name_key         TEXT NOT NULL,
        city             TEXT NOT NULL DEFAULT '',
        country          TEXT NOT NULL DEFAULT '',
        time_zone        TEXT NOT NULL,
        suitability      TEXT NOT NULL DEFAULT '',
        comfort_notes    TEXT NOT NULL DEFAULT '',
        discretion_notes TEXT NOT NULL DEFAULT '',
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        UNIQUE (dialogue_id, name_key)
      ) STRICT;

      -- Arrangements so the sides need not meet outside the sessions (separate dining, briefing room…).
      CREATE TABLE venue_separations (
        venue_id TEXT NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        kind     TEXT NOT NULL
                 CHECK (kind IN ('dining', 'briefing-room', 'accommodation', 'entrance', 'transport', 'other')),
        party_id TEXT REFERENCES parties (id) ON DELETE SET NULL,
        note     TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (venue_id, position)
      ) STRICT;
      CREATE INDEX venue_separations_by_party ON venue_separations (party_id);

      CREATE TABLE sessions (
        id               TEXT PRIMARY KEY,
        dialogue_id      TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        number           INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
        title            TEXT NOT NULL DEFAULT '',
        starts_at        TEXT NOT NULL,
        ends_at          TEXT NOT NULL,
        time_zone        TEXT NOT NULL,
        daily_start_time TEXT NOT NULL DEFAULT '09:00' CHECK (daily_start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        daily_end_time   TEXT NOT NULL DEFAULT '18:00' CHECK (daily_end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        venue_id         TEXT REFERENCES venues (id) ON DELETE SET NULL,
        objectives       TEXT NOT NULL DEFAULT '',
        regime           TEXT NOT NULL DEFAULT 'chatham-house'
                         CHECK (regime IN ('on-the-record', 'chatham-house', 'chatham-house-plus', 'off-the-record')),
        outcome_summary  TEXT NOT NULL DEFAULT '',
        aftercare_on     TEXT,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        UNIQUE (dialogue_id, number),
        CHECK (ends_at > starts_at)
      ) STRICT;
      CREATE INDEX sessions_by_dialogue_time ON sessions (dialogue_id, starts_at);
      CREATE INDEX sessions_by_venue ON sessions (venue_id);

      CREATE TABLE session_attendance (
        session_id     TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        status         TEXT NOT NULL CHECK (status IN ('invited', 'attended', 'absent')),
        updated_at     TEXT NOT NULL,
        PRIMARY KEY (session_id, participant_id)
      ) STRICT, WITHOUT ROWID;
      -- A participant purge deletes by participant: keep that a lookup, not a scan.
      CREATE INDEX session_attendance_by_participant ON session_attendance (participant_id);

      CREATE TABLE topics (
        id          TEXT PRIMARY KEY,
        dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        title       TEXT NOT NULL,
        title_key   TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (dialogue_id, title_key)
      ) STRICT;

      CREATE TABLE agenda_items (
        id                  TEXT PRIMARY KEY,
        session_id          TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position            INTEGER NOT NULL CHECK (position >= 0),
        day                 INTEGER NOT NULL DEFAULT 0 CHECK (day BETWEEN 0 AND 30),
        kind                TEXT NOT NULL
                            CHECK (kind IN ('plenary', 'breakout', 'exercise', 'informal', 'meal', 'break', 'caucus')),
        -- Only a caucus meets with one party; it becomes NULL if that party is removed.
        caucus_party_id     TEXT REFERENCES parties (id) ON DELETE SET NULL,
        title               TEXT NOT NULL,
        planned_minutes     INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 720),
        extra_minutes       INTEGER NOT NULL DEFAULT 0 CHECK (extra_minutes BETWEEN 0 AND 720),
        lead_kind           TEXT NOT NULL DEFAULT 'none' CHECK (lead_kind IN ('none', 'facilitator', 'participant')),
        -- A purged participant leaves the lead as "participant" with no one behind it.
        lead_participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        notes               TEXT NOT NULL DEFAULT '',
        -- NULL: the session's regime applies.
        regime              TEXT
                            CHECK (regime IN ('on-the-record', 'chatham-house', 'chatham-house-plus', 'off-the-record')),
        actual_start        TEXT,
        actual_end          TEXT,
        created_at          TEXT NOT NULL,
        updated_at          TEXT NOT NULL,
        CHECK (caucus_party_id IS NULL OR kind = 'caucus'),
        CHECK (lead_participant_id IS NULL OR lead_kind = 'participant'),
        CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start))
      ) STRICT;
      CREATE INDEX agenda_items_by_session ON agenda_items (session_id, position);
      CREATE INDEX agenda_items_by_caucus_party ON agenda_items (caucus_party_id);
      CREATE INDEX agenda_items_by_lead ON agenda_items (lead_participant_id);
      -- Live mode runs one item at a time per session.
      CREATE UNIQUE INDEX agenda_items_one_running ON agenda_items (session_id)
        WHERE actual_start IS NOT NULL AND actual_end IS NULL;

      CREATE TABLE agenda_item_topics (
        agenda_item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        topic_id       TEXT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
        position       INTEGER NOT NULL CHECK (position >= 0),
        PRIMARY KEY (agenda_item_id, topic_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX agenda_item_topics_by_topic ON agenda_item_topics (topic_id);

      -- The facilitator's own templates (built-in ones live in the code). Workspace-wide, and they
      -- hold no people: a lead is the facilitator or nobody, a caucus names a party by its place.
      CREATE TABLE agenda_templates (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        name_key    TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE agenda_template_items (
        template_id           TEXT NOT NULL REFERENCES agenda_templates (id) ON DELETE CASCADE,
        position              INTEGER NOT NULL CHECK (position >= 0),
        day                   INTEGER NOT NULL CHECK (day BETWEEN 0 AND 30),
        kind                  TEXT NOT NULL
                              CHECK (kind IN ('plenary', 'breakout', 'exercise', 'informal', 'meal', 'break', 'caucus')),
        title                 TEXT NOT NULL,
        planned_minutes       INTEGER NOT NULL CHECK (planned_minutes BETWEEN 1 AND 720),
        lead_kind             TEXT NOT NULL CHECK (lead_kind IN ('none', 'facilitator')),
        notes                 TEXT NOT NULL DEFAULT '',
        regime                TEXT
                              CHECK (regime IN ('on-the-record', 'chatham-house', 'chatham-house-plus', 'off-the-record')),
        caucus_party_position INTEGER CHECK (caucus_party_position IS NULL OR (kind = 'caucus' AND caucus_party_position >= 0)),
        PRIMARY KEY (template_id, position)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
