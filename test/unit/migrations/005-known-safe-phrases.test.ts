import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations';
import { migration005 } from '../../../migrations/005-known-safe-phrases';
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

const before = migrations.slice(0, migrations.indexOf(migration005));
const now = '2026-01-01T00:00:00.000Z';

/** A workspace at the version just before this migration, with a dialogue in it. */
async function atPreviousVersion() {
  const dir = await tempDir();
  cleanup = dir.remove;
  db = openEncryptedDatabase(join(dir.path, 'workspace.db'), Buffer.alloc(32, 5), { create: true });
  migrate(db, before);
  db.prepare(
    `INSERT INTO dialogues (id, code_name, code_name_key, status, track_level, created_at, updated_at)
     VALUES ('d1', 'Cedar', 'cedar', 'active', '2', ?, ?)`,
  ).run(now, now);
  return db;
}

const addPhrase = (database: SqliteDatabase, id: string, phrase: string, key: string, dialogue = 'd1') =>
  database
    .prepare(`INSERT INTO safe_phrases (id, dialogue_id, phrase, phrase_key, created_at) VALUES (?, ?, ?, ?, ?)`)
    .run(id, dialogue, phrase, key, now);

describe('migration 005: known-safe phrases', () => {
  it('applies after every earlier migration and keeps the data there', async () => {
    const database = await atPreviousVersion();
    migrate(database, [...before, migration005]);
    expect(schemaVersion(database)).toBe(migration005.version);
    expect(database.prepare('SELECT code_name FROM dialogues').pluck().get()).toBe('Cedar');
    addPhrase(database, 'p1', 'Rose Garden Accord', 'rose garden accord');
    expect(database.prepare('SELECT phrase FROM safe_phrases').pluck().all()).toEqual(['Rose Garden Accord']);
  });

  it('refuses a phrase twice in one dialogue, an empty or oversized one, and an unknown dialogue', async () => {
    const database = await atPreviousVersion();
    migrate(database, [...before, migration005]);
    addPhrase(database, 'p1', 'Rose Garden Accord', 'rose garden accord');
    expect(() => addPhrase(database, 'p2', 'rose garden accord', 'rose garden accord')).toThrow(/UNIQUE/u);
    expect(() => addPhrase(database, 'p3', '', '')).toThrow(/CHECK/u);
    expect(() => addPhrase(database, 'p4', 'x'.repeat(201), 'x')).toThrow(/CHECK/u);
    expect(() => addPhrase(database, 'p5', 'Hope Street', 'hope street', 'nope')).toThrow(/FOREIGN KEY/u);
  });

  it('removes a dialogue’s phrases with the dialogue', async () => {
    const database = await atPreviousVersion();
    migrate(database, [...before, migration005]);
    addPhrase(database, 'p1', 'Rose Garden Accord', 'rose garden accord');
    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    expect(database.prepare('SELECT count(*) FROM safe_phrases').pluck().get()).toBe(0);
  });
});
