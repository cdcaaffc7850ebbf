import { describe, expect, it } from 'vitest';
import { migration006 } from '../../../migrations/006-agreements';
import type { SqliteDatabase } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { count, insert, migrationDatabase, NOW, seedDialogue, upTo } from './helper';

const databases = migrationDatabase(5);
/** A workspace with every migration before this one applied (found in the list: the lead may renumber it). */
const beforeMine = () => databases.before(migration006);

/** What the workspace held before: a dialogue, two sides, a participant, a topic and a session. */
function seedEarlier(database: SqliteDatabase) {
  seedDialogue(database);
  insert(database, 'topics', {
    id: 't1',
    dialogue_id: 'd1',
    title: 'Security',
    title_key: 'security',
    created_at: NOW,
  });
}

const draft = (database: SqliteDatabase, values: Record<string, unknown> = {}) =>
  insert(database, 'drafts', {
    id: 'dr1',
    dialogue_id: 'd1',
    title: 'Joint statement on water',
    stage: 'pre-negotiation',
    created_at: NOW,
    updated_at: NOW,
    ...values,
  });
const clause = (database: SqliteDatabase, values: Record<string, unknown> = {}) =>
  insert(database, 'clauses', {
    id: 'c1',
    draft_id: 'dr1',
    position: 0,
    depth: 0,
    text: 'The parties [shall] meet.',
    created_at: NOW,
    updated_at: NOW,
    ...values,
  });

/** A draft with two clauses, a version, a stance, a hold, a commitment, a transfer and an outcome. */
function seedAgreement(database: SqliteDatabase) {
  draft(database);
  clause(database);
  clause(database, { id: 'c2', position: 1, depth: 1, text: 'Data is exchanged.' });
  insert(database, 'clause_stances', {
    clause_id: 'c1',
    party_id: 'pa',
    stance: 'reservation',
    rationale: 'Wants “shall” softened.',
    updated_at: NOW,
  });
  insert(database, 'clause_holds', {
    id: 'h1',
    clause_id: 'c1',
    anchor_text: 'shall',
    pending_kind: 'clause',
    pending_clause_id: 'c2',
    created_at: NOW,
  });
  insert(database, 'draft_versions', {
    id: 'v1',
    draft_id: 'dr1',
    number: 1,
    title: 'Joint statement on water',
    stage: 'pre-negotiation',
    status: 'working',
    saved_at: NOW,
    clause_count: 1,
    digest: 'x'.repeat(64),
  });
  insert(database, 'draft_version_clauses', {
    version_id: 'v1',
    position: 0,
    clause_id: 'c1',
    depth: 0,
    text: 'The parties [shall] meet.',
    status: 'bracketed',
  });
  insert(database, 'commitments', {
    id: 'k1',
    draft_id: 'dr1',
    clause_id: 'c2',
    description: 'Technical teams meet',
    owner_kind: 'participant',
    owner_participant_id: 'u1',
    due_on: '2026-03-01',
    created_at: NOW,
    updated_at: NOW,
  });
  insert(database, 'transfers', {
    id: 'tr1',
    dialogue_id: 'd1',
    idea_kind: 'clause',
    clause_id: 'c1',
    idea_label: 'Clause 1: the parties meet',
    track_one_role: 'Deputy foreign minister',
    role_party_id: 'pb',
    carried_on: '2026-02-01',
    carrier_kind: 'facilitation',
    channel: 'in-person',
    created_at: NOW,
    updated_at: NOW,
  });
  insert(database, 'outcomes', {
    id: 'o1',
    dialogue_id: 'd1',
    description: 'The basin directorate began sharing gauge data.',
    social_actor: 'Basin directorate, Side B',
    created_at: NOW,
    updated_at: NOW,
  });
  insert(database, 'outcome_sessions', { outcome_id: 'o1', session_id: 's1' });
  insert(database, 'outcome_clauses', { outcome_id: 'o1', clause_id: 'c2' });
  insert(database, 'outcome_transfers', { outcome_id: 'o1', transfer_id: 'tr1' });
}

describe(`migration ${migration006.version}: agreements`, () => {
  it('applies after every earlier migration, keeping what was there', async () => {
    const database = await beforeMine();
    seedEarlier(database);
    migrate(database, upTo(migration006));
    expect(schemaVersion(database)).toBe(migration006.version);
    expect(count(database, 'participants')).toBe(1);
    seedAgreement(database);
    expect(database.pragma('foreign_key_check')).toEqual([]);
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('enforces stages, statuses, depths, the clause size and a final date only on final drafts', async () => {
    const database = await beforeMine();
    seedEarlier(database);
    migrate(database, upTo(migration006));
    expect(() => draft(database, { stage: 'peace' })).toThrow(/CHECK/);
    expect(() => draft(database, { status: 'final' })).toThrow(/CHECK/);
    expect(() => draft(database, { final_on: '2026-01-01' })).toThrow(/CHECK/);
    expect(() => draft(database, { title: '' })).toThrow(/CHECK/);
    draft(database, { status: 'final', final_on: '2026-01-01' });
    expect(() => clause(database, { depth: 3 })).toThrow(/CHECK/);
    expect(() => clause(database, { status: 'done' })).toThrow(/CHECK/);
    expect(() => clause(database, { text: 'x'.repeat(262_145) })).toThrow(/CHECK/);
    expect(() => clause(database, { pending_text: 'x'.repeat(262_145) })).toThrow(/CHECK/);
    clause(database, { text: 'x'.repeat(262_144) });
  });

  it('keeps people to sides, roles and unlinked participants, and ideas to their own kind', async () => {
    const database = await beforeMine();
    seedEarlier(database);
    migrate(database, upTo(migration006));
    seedAgreement(database);
    const commitment = (values: Record<string, unknown>) =>
      insert(database, 'commitments', {
        id: `k-${Math.random()}`,
        draft_id: 'dr1',
        description: 'Something',
        due_on: '2026-03-01',
        created_at: NOW,
        updated_at: NOW,
        ...values,
      });
    expect(() => commitment({ owner_kind: 'party', owner_participant_id: 'u1' })).toThrow(/CHECK/);
    expect(() => commitment({ owner_kind: 'role', owner_role: '' })).toThrow(/CHECK/);
    expect(() => commitment({ owner_kind: 'participant', owner_participant_id: 'u1', owner_withdrawn: 1 })).toThrow(
      /CHECK/,
    );
    commitment({ owner_kind: 'participant', owner_withdrawn: 1 });
    const transfer = (values: Record<string, unknown>) =>
      insert(database, 'transfers', {
        id: `t-${Math.random()}`,
        dialogue_id: 'd1',
        idea_label: 'An idea',
        track_one_role: 'Adviser',
        carried_on: '2026-02-01',
        carrier_kind: 'facilitation',
        channel: 'call',
        created_at: NOW,
        updated_at: NOW,
        ...values,
      });
    expect(() => transfer({ idea_kind: 'topic', clause_id: 'c1' })).toThrow(/CHECK/);
    expect(() => transfer({ idea_kind: 'other', topic_id: 't1' })).toThrow(/CHECK/);
    expect(() => transfer({ idea_kind: 'other', carrier_participant_id: 'u1' })).toThrow(/CHECK/);
    expect(() => transfer({ idea_kind: 'other', track_one_role: '' })).toThrow(/CHECK/);
    // The slot issue 9's options will fill: the kind exists, its link column comes later.
    transfer({ idea_kind: 'topic-option', topic_id: 't1' });
  });

  it('unlinks what points at a removed clause or participant, and a dialogue takes everything with it', async () => {
    const database = await beforeMine();
    seedEarlier(database);
    migrate(database, upTo(migration006));
    seedAgreement(database);
    database.prepare(`DELETE FROM clauses WHERE id = 'c2'`).run();
    expect(database.prepare(`SELECT clause_id FROM commitments WHERE id = 'k1'`).get()).toEqual({ clause_id: null });
    expect(database.prepare(`SELECT pending_clause_id FROM clause_holds WHERE id = 'h1'`).get()).toEqual({
      pending_clause_id: null,
    });
    expect(count(database, 'outcome_clauses')).toBe(0);
    // The version keeps its copy of the text.
    expect(count(database, 'draft_version_clauses')).toBe(1);
    database.prepare(`DELETE FROM participants WHERE id = 'u1'`).run();
    expect(database.prepare(`SELECT owner_participant_id FROM commitments WHERE id = 'k1'`).get()).toEqual({
      owner_participant_id: null,
    });
    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    for (const table of [
      'drafts',
      'clauses',
      'clause_stances',
      'clause_holds',
      'draft_versions',
      'draft_version_clauses',
      'commitments',
      'transfers',
      'outcomes',
      'outcome_sessions',
      'outcome_transfers',
    ]) {
      expect(count(database, table), table).toBe(0);
    }
  });
});
