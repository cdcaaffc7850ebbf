import { describe, expect, it } from 'vitest';
import { migration008 } from '../../../migrations/008-workspace-lifecycle';
import type { SqliteDatabase } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { count, earlierThan, insert, migrationDatabase, NOW, seedDialogue, upTo } from './helper';

const databases = migrationDatabase(8);
const SHA = 'a'.repeat(64);

/** Every migration before this one (found in the list: the lead may renumber it), with a dialogue in it. */
async function withEarlierData() {
  const database = await databases.before(migration008);
  seedDialogue(database);
  insert(database, 'audit_log', { occurred_on: '2026-01-01', action: 'participant.added', dialogue_id: 'd1' });
  return database;
}

async function migrated() {
  const database = await withEarlierData();
  migrate(database, upTo(migration008));
  return database;
}

const logEntry = (database: SqliteDatabase, values: Record<string, unknown> = {}) =>
  insert(database, 'export_log', {
    exported_at: NOW,
    kind: 'agenda',
    dialogue_id: 'd1',
    sessions: '["s1"]',
    file_name: 'cedar-agenda.pdf',
    bytes: 1024,
    sha256: SHA,
    ...values,
  });

const travel = (database: SqliteDatabase, values: Record<string, unknown> = {}) =>
  insert(database, 'travel', {
    id: 1,
    kept_dialogue_id: 'd1',
    left_at: NOW,
    backup_file_name: 'cedar-travel.parley-backup',
    backup_sha256: SHA,
    ...values,
  });

describe(`migration ${migration008.version}: workspace lifecycle`, () => {
  it('applies after every earlier migration and keeps what was there', async () => {
    const database = await withEarlierData();
    expect(schemaVersion(database)).toBe(earlierThan(migration008).length);
    expect(migrate(database, upTo(migration008))).toBe(migration008.version);
    expect(schemaVersion(database)).toBe(migration008.version);
    for (const table of ['dialogues', 'participants', 'sessions', 'audit_log']) expect(count(database, table)).toBe(1);
    for (const table of ['export_log', 'purge_records', 'travel']) expect(count(database, table), table).toBe(0);
    expect(database.pragma('foreign_key_check')).toEqual([]);
  });

  it('logs an export by base name, size and SHA-256, and keeps it unlinked when its dialogue goes', async () => {
    const database = await migrated();
    logEntry(database);
    logEntry(database, { kind: 'backup', dialogue_id: null, sessions: '[]', profile: null });
    expect(() => logEntry(database, { file_name: 'folder/cedar.pdf' })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { file_name: 'folder\\cedar.pdf' })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { file_name: '' })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { kind: 'Agenda' })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { kind: 'a'.repeat(41) })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { sha256: 'A'.repeat(64) })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { sha256: 'a'.repeat(63) })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { sessions: '{"s1":1}' })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { sessions: 'not json' })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { bytes: -1 })).toThrow(/CHECK/u);
    expect(() => logEntry(database, { dialogue_id: 'nowhere' })).toThrow(/FOREIGN KEY/u);

    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    expect(database.prepare('SELECT kind, dialogue_id FROM export_log ORDER BY id').all()).toEqual([
      { kind: 'agenda', dialogue_id: null },
      { kind: 'backup', dialogue_id: null },
    ]);
  });

  it('records a purge as a digest and a date only, once per subject', async () => {
    const database = await migrated();
    const record = (subject: string, purgedOn = '2026-02-03') =>
      insert(database, 'purge_records', { subject, purged_on: purgedOn });
    record(SHA);
    expect(() => record(SHA, '2026-02-04')).toThrow(/UNIQUE|PRIMARY KEY/u);
    expect(() => record('u1')).toThrow(/CHECK/u);
    expect(() => record('g'.repeat(64))).toThrow(/CHECK/u);
    expect(() => record('b'.repeat(64), '2026-02-03T10:00:00Z')).toThrow(/CHECK/u);
    const columns = (database.prepare('PRAGMA table_info(purge_records)').all() as { name: string }[]).map(
      (column) => column.name,
    );
    expect(columns).toEqual(['subject', 'purged_on']);
  });

  it('holds at most one travel row, which forgets a kept dialogue that is deleted', async () => {
    const database = await migrated();
    travel(database);
    expect(() => travel(database)).toThrow(/UNIQUE|PRIMARY KEY/u);
    expect(() => travel(database, { id: 2 })).toThrow(/CHECK/u);
    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    expect(database.prepare('SELECT id, kept_dialogue_id FROM travel').all()).toEqual([
      { id: 1, kept_dialogue_id: null },
    ]);
  });
});
