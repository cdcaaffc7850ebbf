import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations';
import { migration011 } from '../../../migrations/011-reports';
import { openEncryptedDatabase, type SqliteDatabase } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { tempDir } from '../../fixtures/workspace';

let db: SqliteDatabase | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  db?.close();
  db = undefined;
  await cleanup?.();
});

/** Every migration before this one, from the list (the lead renumbers at merge). */
const before = migrations.slice(0, migrations.indexOf(migration011));

async function beforeThis() {
  const dir = await tempDir();
  cleanup = dir.remove;
  db = openEncryptedDatabase(join(dir.path, 'workspace.db'), Buffer.alloc(32, 9), { create: true });
  migrate(db, before);
  return db;
}

const now = '2026-01-01T00:00:00.000Z';
const digest = 'a'.repeat(64);

const insert = (database: SqliteDatabase, table: string, row: Record<string, unknown>) => {
  const columns = Object.keys(row);
  return database
    .prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...Object.values(row));
};

const count = (database: SqliteDatabase, table: string) =>
  (database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A dialogue with a side, a session and a joint note. */
function seed(database: SqliteDatabase) {
  insert(database, 'dialogues', {
    id: 'd1',
    code_name: 'Cedar',
    code_name_key: 'cedar',
    status: 'active',
    track_level: '2',
    created_at: now,
    updated_at: now,
  });
  insert(database, 'parties', {
    id: 'pa',
    dialogue_id: 'd1',
    name: 'Side A',
    name_key: 'side a',
    kind: 'side',
    position: 0,
    created_at: now,
  });
  insert(database, 'sessions', {
    id: 's1',
    dialogue_id: 'd1',
    number: 1,
    starts_at: '2026-05-14T07:00:00.000Z',
    ends_at: '2026-05-14T15:00:00.000Z',
    time_zone: 'Europe/Zurich',
    created_at: now,
    updated_at: now,
  });
  insert(database, 'notes', {
    id: 'n1',
    dialogue_id: 'd1',
    session_id: 's1',
    level: 'sponsor',
    body: 'Both sides agreed to meet again.',
    created_at: now,
    updated_at: now,
  });
}

function profile(database: SqliteDatabase, values: Record<string, unknown> = {}) {
  insert(database, 'report_profiles', {
    id: 'p1',
    dialogue_id: 'd1',
    name: 'Standard',
    name_key: 'standard',
    sections: '["themes"]',
    created_at: now,
    updated_at: now,
    ...values,
  });
}

describe('migration 011: reports', () => {
  it('applies after every earlier migration, keeps their data and leaves the database consistent', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration011]);
    expect(schemaVersion(database)).toBe(migration011.version);
    expect(count(database, 'notes')).toBe(1);
    profile(database);
    insert(database, 'sponsor_reports', { dialogue_id: 'd1', profile_id: 'p1', scope: 'chosen', updated_at: now });
    insert(database, 'sponsor_report_sessions', { dialogue_id: 'd1', session_id: 's1' });
    insert(database, 'sponsor_report_texts', { dialogue_id: 'd1', section: 'themes', body: 'Water.', updated_at: now });
    insert(database, 'session_report_marks', { session_id: 's1', risky: 1, venue_label: 'a region', updated_at: now });
    insert(database, 'agreed_statements', {
      note_id: 'n1',
      agreed_on: '2026-05-14',
      body_sha256: digest,
      created_at: now,
    });
    expect(database.pragma('foreign_key_check')).toEqual([]);
    expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('checks profiles: sections as a JSON list, the coarsening, k and replacement, one name per dialogue', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration011]);
    expect(() => profile(database, { sections: '{"themes":true}' })).toThrow(/CHECK/);
    expect(() => profile(database, { risky_period: 'week' })).toThrow(/CHECK/);
    expect(() => profile(database, { venue_detail: 'street' })).toThrow(/CHECK/);
    expect(() => profile(database, { min_count: 1 })).toThrow(/CHECK/);
    expect(() => profile(database, { replacement: 'initials' })).toThrow(/CHECK/);
    expect(() => profile(database, { name: '' })).toThrow(/CHECK/);
    profile(database);
    expect(() => profile(database, { id: 'p2' })).toThrow(/UNIQUE/);
  });

  it('checks texts, marks and agreed statements', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration011]);
    expect(() =>
      insert(database, 'sponsor_report_texts', { dialogue_id: 'd1', section: 'gossip', body: '', updated_at: now }),
    ).toThrow(/CHECK/);
    expect(() =>
      insert(database, 'sponsor_report_texts', {
        dialogue_id: 'd1',
        section: 'themes',
        body: 'x'.repeat(20_001),
        updated_at: now,
      }),
    ).toThrow(/CHECK/);
    expect(() => insert(database, 'session_report_marks', { session_id: 's1', risky: 2, updated_at: now })).toThrow(
      /CHECK/,
    );
    expect(() =>
      insert(database, 'agreed_statements', {
        note_id: 'n1',
        agreed_on: '14 May',
        body_sha256: digest,
        created_at: now,
      }),
    ).toThrow(/CHECK/);
    expect(() =>
      insert(database, 'agreed_statements', {
        note_id: 'n1',
        agreed_on: '2026-05-14',
        body_sha256: 'Z'.repeat(64),
        created_at: now,
      }),
    ).toThrow(/CHECK/);
    expect(() =>
      insert(database, 'agreed_statements', {
        note_id: 'nope',
        agreed_on: '2026-05-14',
        body_sha256: digest,
        created_at: now,
      }),
    ).toThrow(/FOREIGN KEY/);
  });

  it('goes with its dialogue, session or note, and a deleted profile leaves the report on the defaults', async () => {
    const database = await beforeThis();
    seed(database);
    migrate(database, [...before, migration011]);
    profile(database);
    insert(database, 'sponsor_reports', { dialogue_id: 'd1', profile_id: 'p1', scope: 'chosen', updated_at: now });
    insert(database, 'sponsor_report_sessions', { dialogue_id: 'd1', session_id: 's1' });
    insert(database, 'session_report_marks', { session_id: 's1', risky: 1, updated_at: now });
    insert(database, 'agreed_statements', {
      note_id: 'n1',
      agreed_on: '2026-05-14',
      body_sha256: digest,
      created_at: now,
    });

    database.prepare("DELETE FROM report_profiles WHERE id = 'p1'").run();
    expect(database.prepare('SELECT profile_id FROM sponsor_reports').get()).toEqual({ profile_id: null });
    database.prepare("DELETE FROM notes WHERE id = 'n1'").run();
    expect(count(database, 'agreed_statements')).toBe(0);
    database.prepare("DELETE FROM sessions WHERE id = 's1'").run();
    expect(count(database, 'sponsor_report_sessions')).toBe(0);
    expect(count(database, 'session_report_marks')).toBe(0);
    database.prepare("DELETE FROM dialogues WHERE id = 'd1'").run();
    expect(count(database, 'sponsor_reports')).toBe(0);
  });
});
