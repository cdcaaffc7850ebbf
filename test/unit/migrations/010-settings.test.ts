import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations';
import { migration010 } from '../../../migrations/010-settings';
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

// Wherever the lead numbers this migration at merge, the test applies everything before it first.
const position = migrations.indexOf(migration010);

async function beforeSettings() {
  const dir = await tempDir();
  cleanup = dir.remove;
  db = openEncryptedDatabase(join(dir.path, 'workspace.db'), Buffer.alloc(32, 5), { create: true });
  migrate(db, migrations.slice(0, position));
  return db;
}

const now = '2026-01-01T00:00:00.000Z';

describe('migration 010: workspace settings', () => {
  it('is in the list, after every earlier migration', () => {
    expect(position).toBeGreaterThan(0);
    expect(migration010.version).toBe(migrations[position - 1]!.version + 1);
  });

  it('applies on a workspace with data and keeps that data', async () => {
    const database = await beforeSettings();
    database
      .prepare(
        `INSERT INTO dialogues (id, code_name, code_name_key, status, track_level, created_at, updated_at)
         VALUES ('d1', 'Cedar', 'cedar', 'active', '2', ?, ?)`,
      )
      .run(now, now);
    migrate(database, migrations.slice(0, position + 1));
    expect(schemaVersion(database)).toBe(migration010.version);
    expect(database.prepare('SELECT code_name FROM dialogues').all()).toEqual([{ code_name: 'Cedar' }]);
    expect(database.prepare('SELECT count(*) AS n FROM workspace_settings').get()).toEqual({ n: 0 });
  });

  it('keeps one row per setting, its value JSON, its key short', async () => {
    const database = await beforeSettings();
    migrate(database, migrations.slice(0, position + 1));
    const insert = database.prepare('INSERT INTO workspace_settings (key, value, updated_at) VALUES (?, ?, ?)');
    insert.run('theme', '"dark"', now);
    expect(() => insert.run('theme', '"light"', now)).toThrow(/UNIQUE/);
    expect(() => insert.run('privacyScreen', 'not json', now)).toThrow(/CHECK/);
    expect(() => insert.run('', 'true', now)).toThrow(/CHECK/);
    expect(() => insert.run('k'.repeat(65), 'true', now)).toThrow(/CHECK/);
  });
});
