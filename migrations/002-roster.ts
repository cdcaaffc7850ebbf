import type { Migration } from './types';

/**
 * The roster (issue 3): the dialogue's sponsors and root causes, participants with everything the
 * facilitator records about them, and the audit log.
 *
 * Identity lives in few places on purpose, so a purge knows exactly what to clear: the
 * participant row (names, contacts, risk notes, rationale), its aliases, its decision-maker links
 * and its consent register. The CHECK constraints at the end of `participants` make the database
 * itself refuse a purged row that still carries any of it.
 *
 * Migrations are frozen once released, so enumerations are spelled out here rather than imported.
 */
export const migration002: Migration = {
  version: 2,
  name: 'roster',
  up(db) {
    db.exec(`
      -- Lets a participant reference its party together with its dialogue, so a participant can
      -- never belong to a party of another dialogue.
      CREATE UNIQUE INDEX parties_id_in_dialogue ON parties (id, dialogue_id);

      -- Sponsors in the order the facilitator lists them; rewritten as a whole on each edit.
      CREATE TABLE dialogue_sponsors (
        dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL CHECK (position >= 0),
        name        TEXT NOT NULL CHECK (name <> ''),
        name_key    TEXT NOT NULL,
        PRIMARY KEY (dialogue_id, position),
        UNIQUE (dialogue_id, name_key)
      ) STRICT;

      -- Rows of their own with stable ids, so notes, topics and agreements can link to them.
      CREATE TABLE root_causes (
        id          TEXT PRIMARY KEY,
        dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL CHECK (position >= 0),
        title       TEXT NOT NULL CHECK (title <> ''),
        title_key   TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        UNIQUE (dialogue_id, title_key)
      ) STRICT;
      CREATE INDEX root_causes_by_dialogue ON root_causes (dialogue_id, position);

      CREATE TABLE participants (
        id                    TEXT PRIMARY KEY,
        dialogue_id           TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        party_id              TEXT NOT NULL,
        real_name             TEXT NOT NULL,
        pseudonym             TEXT NOT NULL CHECK (pseudonym <> ''),
        -- folded pseudonym: two participants of a dialogue may not share one
        pseudonym_key         TEXT NOT NULL,
        -- NULL only once purged: the code is how notes attributed, so it goes with the identity
        speaker_code          TEXT,
        -- folded names, aliases, pseudonym and code: what the roster filter searches
        search_key            TEXT NOT NULL,
        affiliation           TEXT NOT NULL DEFAULT '',
        affiliation_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (affiliation_sensitive IN (0, 1)),
        role                  TEXT NOT NULL DEFAULT '',
        track_level           TEXT CHECK (track_level IN ('1', '1.5', '2', '3')),
        sector                TEXT CHECK (sector IN ('government', 'professional', 'business', 'private-citizen',
                                'research-education', 'activism', 'religion', 'funding', 'media')),
        languages             TEXT NOT NULL DEFAULT '[]'
                                CHECK (json_valid(languages) AND json_type(languages) = 'array'),
        email                 TEXT NOT NULL DEFAULT '',
        phone                 TEXT NOT NULL DEFAULT '',
        messaging             TEXT NOT NULL DEFAULT '',
        influence             TEXT CHECK (influence IN ('low', 'medium', 'high')),
        open_mindedness       TEXT CHECK (open_mindedness IN ('low', 'medium', 'high')),
        access                TEXT CHECK (access IN ('low', 'medium', 'high')),
        personal_capacity     TEXT CHECK (personal_capacity IN ('low', 'medium', 'high')),
        selection_notes       TEXT NOT NULL DEFAULT '',
        risk_travel           TEXT NOT NULL DEFAULT '',
        risk_safety           TEXT NOT NULL DEFAULT '',
        status                TEXT NOT NULL
                                CHECK (status IN ('prospect', 'invited', 'confirmed', 'declined', 'withdrawn')),
        purged_at             TEXT,
        created_at            TEXT NOT NULL,
        updated_at            TEXT NOT NULL,
        FOREIGN KEY (party_id, dialogue_id) REFERENCES parties (id, dialogue_id),
        CHECK (purged_at IS NOT NULL OR (real_name <> '' AND speaker_code IS NOT NULL)),
        CHECK (purged_at IS NULL OR (
          real_name = '' AND speaker_code IS NULL AND affiliation = '' AND role = '' AND email = ''
          AND phone = '' AND messaging = '' AND selection_notes = '' AND risk_travel = ''
          AND risk_safety = '' AND languages = '[]' AND track_level IS NULL AND sector IS NULL
          AND influence IS NULL AND open_mindedness IS NULL AND access IS NULL
          AND personal_capacity IS NULL AND status = 'withdrawn'
        ))
      ) STRICT;
      -- Speaker codes are unique within a dialogue (SQLite lets the NULLs of purged rows coexist).
      CREATE UNIQUE INDEX participants_speaker_code ON participants (dialogue_id, speaker_code);
      CREATE UNIQUE INDEX participants_pseudonym ON participants (dialogue_id, pseudonym_key)
        WHERE purged_at IS NULL;
      -- The roster list: one dialogue, grouped by party; the status filter.
      CREATE INDEX participants_by_party ON participants (dialogue_id, party_id);
      CREATE INDEX participants_by_status ON participants (dialogue_id, status);

      -- Spellings, transliterations and nicknames: the redaction of reports searches for each.
      CREATE TABLE participant_aliases (
        participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        position       INTEGER NOT NULL CHECK (position >= 0),
        alias          TEXT NOT NULL CHECK (alias <> ''),
        alias_key      TEXT NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('spelling', 'transliteration', 'nickname', 'other')),
        PRIMARY KEY (participant_id, position),
        UNIQUE (participant_id, alias_key)
      ) STRICT;

      -- Decision makers are shared by the participants who reach them (the influence map's nodes).
      CREATE TABLE decision_makers (
        id          TEXT PRIMARY KEY,
        dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        name        TEXT NOT NULL CHECK (name <> ''),
        name_key    TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        UNIQUE (dialogue_id, name_key)
      ) STRICT;

      CREATE TABLE decision_maker_links (
        participant_id    TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        decision_maker_id TEXT NOT NULL REFERENCES decision_makers (id) ON DELETE CASCADE,
        position          INTEGER NOT NULL CHECK (position >= 0),
        closeness         TEXT NOT NULL CHECK (closeness IN ('direct', 'one-step')),
        channel           TEXT NOT NULL CHECK (channel IN ('formal', 'informal')),
        note              TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (participant_id, decision_maker_id)
      ) STRICT;
      CREATE INDEX decision_maker_links_by_maker ON decision_maker_links (decision_maker_id);

      -- The consent register: every consent given, newest last; a withdrawal closes the current one.
      CREATE TABLE participant_consents (
        id              TEXT PRIMARY KEY,
        participant_id  TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        given_on        TEXT NOT NULL CHECK (given_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        scope_notes       INTEGER NOT NULL CHECK (scope_notes IN (0, 1)),
        scope_quotes      INTEGER NOT NULL CHECK (scope_quotes IN (0, 1)),
        scope_attribution INTEGER NOT NULL CHECK (scope_attribution IN (0, 1)),
        scope_photos      INTEGER NOT NULL CHECK (scope_photos IN (0, 1)),
        note            TEXT NOT NULL DEFAULT '',
        withdrawn_on    TEXT CHECK (withdrawn_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        withdrawal_note TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX participant_consents_by_participant ON participant_consents (participant_id, created_at);

      -- What happened, never to whom: entries carry a date (not a time) and neutral details only.
      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        occurred_on TEXT NOT NULL CHECK (occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        action      TEXT NOT NULL CHECK (action GLOB '[a-z]*.[a-z]*'),
        dialogue_id TEXT REFERENCES dialogues (id) ON DELETE SET NULL,
        detail      TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX audit_log_by_dialogue ON audit_log (dialogue_id, id);
    `);
  },
};
