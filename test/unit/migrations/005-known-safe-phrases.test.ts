import { describe, expect, it } from 'vitest';
import { migration005 } from '../../../migrations/005-known-safe-phrases';
import type { SqliteDatabase } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { earlierThan, insert, migrationDatabase, NOW } from './helper';

const before = earlierThan(migration005);
const databases = migrationDatabase(5);

/** A workspace at the version just before this migration, with a dialogue in it. */
async function atPreviousVersion() {
  const db = await databases.before(migration005);
  insert(db, 'dialogues', {
    id: 'd1',
    code_name: 'Cedar',
    code_name_key: 'cedar',
    status: 'active',
    track_level: '2',
    created_at: NOW,
    updated_at: NOW,
  });
  return db;
}
const addPhrase = (database: SqliteDatabase, id: string, phrase: string, key: string, dialogue = 'd1') =>
  database
    .prepare(`INSERT INTO safe_phrases (id, dialogue_id, phrase, phrase_key, created_at) VALUES (?, ?, ?, ?, ?)`)
    .run(id, dialogue, phrase, key, NOW);

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
