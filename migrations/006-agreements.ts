import type { Migration } from './types';

/**
 * Agreement drafting (issue 10): drafts of a single negotiating text, their clauses, each side's
 * stance, numbered versions, commitments, the transfer log and harvested outcomes.
 *
 * - `clauses` is the working copy, in reading order: `position` 0…n−1 and `depth` 0–2 (1, 1.1,
 *   1.1 a). Numbers are never stored; they follow from the order. As for agenda items there is no
 *   UNIQUE on position, because a move rewrites positions row by row inside one transaction.
 * - `clauses.text` is always well-formed: the service parses it before writing. What was typed
 *   while a bracket stood open goes to `pending_text` instead, so nothing typed is lost and a broken
 *   structure is never taken for the clause's text (versions and exports refuse while it is there).
 * - A version is a frozen copy: its clauses (by clause id, which is what lets a comparison see a
 *   clause that moved), stances and holds as they read when it was saved. Version rows name their
 *   clause by id without a reference: the clause may since have left the working copy.
 * - Stances, rationales and holds are the facilitator's private record (facilitator-only level).
 * - People appear only as a side, a role, or a participant by reference (shown by speaker code).
 *   A participant purge unlinks them (`*_withdrawn`) and redacts their name from every text here.
 * - Transfer log: an idea is a clause, a topic, or words (`other`). Topic options (issue 9) are
 *   not linked yet; `topic-option` is already an allowed kind so that linking them needs only
 *   `ALTER TABLE transfers ADD COLUMN topic_option_id TEXT REFERENCES topic_options (id)
 *   ON DELETE SET NULL` in a later migration. Until then the service refuses that kind.
 * - A link to a clause, topic or party that is later removed becomes NULL; the row keeps its own
 *   words (a transfer's label, a commitment's description), so the record still reads.
 *
 * Migrations are frozen once released, so enumerations are spelled out here rather than imported.
 */
export const migration006: Migration = {
  version: 6,
  name: 'agreements',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        id          TEXT PRIMARY KEY,
        dialogue_id TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        title       TEXT NOT NULL CHECK (title <> ''),
        purpose     TEXT NOT NULL DEFAULT '',
        stage       TEXT NOT NULL CHECK (stage IN ('pre-negotiation', 'ceasefire', 'framework-partial',
                                                  'framework-comprehensive', 'implementation', 'renewal')),
        status      TEXT NOT NULL DEFAULT 'working' CHECK (status IN ('working', 'tabled', 'final', 'abandoned')),
        -- The day the draft was marked final: the orphan-risk rule counts from it.
        final_on    TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        CHECK ((status = 'final') = (final_on IS NOT NULL))
      ) STRICT;
      CREATE INDEX drafts_by_dialogue ON drafts (dialogue_id, updated_at);

      CREATE TABLE clauses (
        id           TEXT PRIMARY KEY,
        draft_id     TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        position     INTEGER NOT NULL CHECK (position >= 0),
        depth        INTEGER NOT NULL CHECK (depth BETWEEN 0 AND 2),
        -- 256 KiB of UTF-8 (AGREEMENT_LIMITS.maxClauseBytes); the service says so first, with the size.
        text         TEXT NOT NULL CHECK (length(CAST(text AS BLOB)) <= 262144),
        pending_text TEXT CHECK (pending_text IS NULL OR length(CAST(pending_text AS BLOB)) <= 262144),
        status       TEXT NOT NULL DEFAULT 'proposed'
                     CHECK (status IN ('bracketed', 'proposed', 'agreed-ad-referendum', 'agreed')),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX clauses_by_draft ON clauses (draft_id, position);

      CREATE TABLE clause_stances (
        clause_id  TEXT NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
        party_id   TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
        stance     TEXT NOT NULL CHECK (stance IN ('accepts', 'reservation', 'cannot-accept', 'no-position')),
        rationale  TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (clause_id, party_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX clause_stances_by_party ON clause_stances (party_id);

      -- A bracket held pending another clause, a topic, or something said in words. The bracket is
      -- found again by its words (see shared/agreements/holds.ts).
      CREATE TABLE clause_holds (
        id                TEXT PRIMARY KEY,
        clause_id         TEXT NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
        anchor_text       TEXT NOT NULL,
        anchor_occurrence INTEGER NOT NULL DEFAULT 0 CHECK (anchor_occurrence >= 0),
        pending_kind      TEXT NOT NULL CHECK (pending_kind IN ('clause', 'topic', 'other')),
        pending_clause_id TEXT REFERENCES clauses (id) ON DELETE SET NULL,
        pending_topic_id  TEXT REFERENCES topics (id) ON DELETE SET NULL,
        reason            TEXT NOT NULL DEFAULT '',
        created_at        TEXT NOT NULL,
        CHECK (pending_clause_id IS NULL OR pending_kind = 'clause'),
        CHECK (pending_topic_id IS NULL OR pending_kind = 'topic'),
        CHECK (pending_kind <> 'other' OR reason <> '')
      ) STRICT;
      CREATE INDEX clause_holds_by_clause ON clause_holds (clause_id);
      CREATE INDEX clause_holds_by_pending_clause ON clause_holds (pending_clause_id) WHERE pending_clause_id IS NOT NULL;
      CREATE INDEX clause_holds_by_pending_topic ON clause_holds (pending_topic_id) WHERE pending_topic_id IS NOT NULL;

      -- "Nothing is agreed until everything is agreed": each side's yes or no to the whole text.
      CREATE TABLE draft_packages (
        draft_id   TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        party_id   TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
        decision   TEXT NOT NULL CHECK (decision IN ('yes', 'no')),
        decided_on TEXT NOT NULL,
        note       TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (draft_id, party_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX draft_packages_by_party ON draft_packages (party_id);

      CREATE TABLE draft_versions (
        id           TEXT PRIMARY KEY,
        draft_id     TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        number       INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
        note         TEXT NOT NULL DEFAULT '',
        title        TEXT NOT NULL,
        stage        TEXT NOT NULL,
        status       TEXT NOT NULL,
        saved_at     TEXT NOT NULL,
        clause_count INTEGER NOT NULL CHECK (clause_count >= 0),
        -- SHA-256 of the frozen content (clauses, stances, holds): "nothing changed since version N"
        -- is then one comparison, not a re-read of the whole version.
        digest       TEXT NOT NULL,
        UNIQUE (draft_id, number)
      ) STRICT;

      CREATE TABLE draft_version_clauses (
        version_id TEXT NOT NULL REFERENCES draft_versions (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL CHECK (position >= 0),
        clause_id  TEXT NOT NULL,
        depth      INTEGER NOT NULL CHECK (depth BETWEEN 0 AND 2),
        text       TEXT NOT NULL,
        status     TEXT NOT NULL CHECK (status IN ('bracketed', 'proposed', 'agreed-ad-referendum', 'agreed')),
        PRIMARY KEY (version_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE draft_version_stances (
        version_id TEXT NOT NULL REFERENCES draft_versions (id) ON DELETE CASCADE,
        clause_id  TEXT NOT NULL,
        party_id   TEXT NOT NULL REFERENCES parties (id) ON DELETE CASCADE,
        stance     TEXT NOT NULL CHECK (stance IN ('accepts', 'reservation', 'cannot-accept', 'no-position')),
        rationale  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (version_id, clause_id, party_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX draft_version_stances_by_party ON draft_version_stances (party_id);

      -- A hold as it read when the version was saved ("pending clause 4"): versions do not change.
      CREATE TABLE draft_version_holds (
        version_id        TEXT NOT NULL REFERENCES draft_versions (id) ON DELETE CASCADE,
        clause_id         TEXT NOT NULL,
        position          INTEGER NOT NULL CHECK (position >= 0),
        anchor_text       TEXT NOT NULL,
        anchor_occurrence INTEGER NOT NULL,
        label             TEXT NOT NULL,
        PRIMARY KEY (version_id, clause_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE commitments (
        id                   TEXT PRIMARY KEY,
        draft_id             TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        clause_id            TEXT REFERENCES clauses (id) ON DELETE SET NULL,
        description          TEXT NOT NULL CHECK (description <> ''),
        owner_kind           TEXT NOT NULL CHECK (owner_kind IN ('party', 'role', 'participant')),
        -- The side owing it; for a role, the side the role belongs to (optional).
        owner_party_id       TEXT REFERENCES parties (id) ON DELETE SET NULL,
        owner_role           TEXT NOT NULL DEFAULT '',
        owner_participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        owner_withdrawn      INTEGER NOT NULL DEFAULT 0 CHECK (owner_withdrawn IN (0, 1)),
        due_on               TEXT NOT NULL,
        status               TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in-progress', 'done', 'lapsed')),
        evidence             TEXT NOT NULL DEFAULT '',
        created_at           TEXT NOT NULL,
        updated_at           TEXT NOT NULL,
        CHECK (owner_participant_id IS NULL OR owner_kind = 'participant'),
        CHECK (owner_kind <> 'role' OR owner_role <> ''),
        CHECK (owner_withdrawn = 0 OR owner_participant_id IS NULL)
      ) STRICT;
      CREATE INDEX commitments_by_draft ON commitments (draft_id, due_on);
      CREATE INDEX commitments_by_clause ON commitments (clause_id) WHERE clause_id IS NOT NULL;
      CREATE INDEX commitments_by_owner_party ON commitments (owner_party_id) WHERE owner_party_id IS NOT NULL;
      CREATE INDEX commitments_by_owner_participant ON commitments (owner_participant_id)
        WHERE owner_participant_id IS NOT NULL;

      CREATE TABLE transfers (
        id                     TEXT PRIMARY KEY,
        dialogue_id            TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        idea_kind              TEXT NOT NULL CHECK (idea_kind IN ('clause', 'topic', 'topic-option', 'other')),
        clause_id              TEXT REFERENCES clauses (id) ON DELETE SET NULL,
        topic_id               TEXT REFERENCES topics (id) ON DELETE SET NULL,
        -- The idea in words, as carried: still readable when its clause or topic is gone.
        idea_label             TEXT NOT NULL CHECK (idea_label <> ''),
        -- A Track One role ("deputy foreign minister"), never a name; and the side it serves.
        track_one_role         TEXT NOT NULL CHECK (track_one_role <> ''),
        role_party_id          TEXT REFERENCES parties (id) ON DELETE SET NULL,
        carried_on             TEXT NOT NULL,
        carrier_kind           TEXT NOT NULL CHECK (carrier_kind IN ('facilitation', 'participant')),
        carrier_participant_id TEXT REFERENCES participants (id) ON DELETE SET NULL,
        carrier_withdrawn      INTEGER NOT NULL DEFAULT 0 CHECK (carrier_withdrawn IN (0, 1)),
        channel                TEXT NOT NULL CHECK (channel IN ('in-person', 'written', 'call', 'intermediary', 'other')),
        response               TEXT NOT NULL DEFAULT 'awaiting'
                               CHECK (response IN ('awaiting', 'noted', 'interested', 'adopted', 'rejected')),
        response_notes         TEXT NOT NULL DEFAULT '',
        follow_up              TEXT NOT NULL DEFAULT '',
        follow_up_on           TEXT,
        created_at             TEXT NOT NULL,
        updated_at             TEXT NOT NULL,
        CHECK (clause_id IS NULL OR idea_kind = 'clause'),
        CHECK (topic_id IS NULL OR idea_kind IN ('topic', 'topic-option')),
        CHECK (carrier_participant_id IS NULL OR carrier_kind = 'participant'),
        CHECK (carrier_withdrawn = 0 OR carrier_participant_id IS NULL)
      ) STRICT;
      CREATE INDEX transfers_by_dialogue ON transfers (dialogue_id, carried_on);
      CREATE INDEX transfers_by_clause ON transfers (clause_id) WHERE clause_id IS NOT NULL;
      CREATE INDEX transfers_by_topic ON transfers (topic_id) WHERE topic_id IS NOT NULL;
      CREATE INDEX transfers_by_role_party ON transfers (role_party_id) WHERE role_party_id IS NOT NULL;
      CREATE INDEX transfers_by_carrier ON transfers (carrier_participant_id) WHERE carrier_participant_id IS NOT NULL;

      -- Outcome harvesting: a change in a social actor's behaviour, relations, policies or practice.
      CREATE TABLE outcomes (
        id             TEXT PRIMARY KEY,
        dialogue_id    TEXT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
        description    TEXT NOT NULL CHECK (description <> ''),
        -- Who changed, by role ("the water ministry's basin directorate, Side B"), never a name.
        social_actor   TEXT NOT NULL CHECK (social_actor <> ''),
        observed_on    TEXT,
        place          TEXT NOT NULL DEFAULT '',
        contribution   TEXT NOT NULL DEFAULT '',
        significance   TEXT NOT NULL DEFAULT '',
        verifier_role  TEXT NOT NULL DEFAULT '',
        substantiation TEXT NOT NULL DEFAULT 'not-yet'
                       CHECK (substantiation IN ('not-yet', 'substantiated', 'partly', 'disputed')),
        evidence       TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outcomes_by_dialogue ON outcomes (dialogue_id, observed_on);

      CREATE TABLE outcome_sessions (
        outcome_id TEXT NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        PRIMARY KEY (outcome_id, session_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX outcome_sessions_by_session ON outcome_sessions (session_id);

      CREATE TABLE outcome_clauses (
        outcome_id TEXT NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
        clause_id  TEXT NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
        PRIMARY KEY (outcome_id, clause_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX outcome_clauses_by_clause ON outcome_clauses (clause_id);

      CREATE TABLE outcome_transfers (
        outcome_id  TEXT NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
        transfer_id TEXT NOT NULL REFERENCES transfers (id) ON DELETE CASCADE,
        PRIMARY KEY (outcome_id, transfer_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX outcome_transfers_by_transfer ON outcome_transfers (transfer_id);
    `);
  },
};
