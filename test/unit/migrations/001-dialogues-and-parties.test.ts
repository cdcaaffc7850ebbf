import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations';
import { openEncryptedDatabase, type SqliteDatabase } from '../../../main/store/database';
import { migrate } from '../../../main/store/migrate';
import { tempDir } from '../../fixtures/workspace';

let db: SqliteDatabase | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  db?.close();
  await cleanup?.();
});

async function atVersion(version: number) {
  const dir = await tempDir();
  cleanup = dir.remove;
  db = openEncryptedDatabase(join(dir.path, 'workspace.db'), Buffer.alloc(32, 1), { create: true });
  migrate(db, migrations.slice(0, version));
  return db;
}

const now = '2026-01-01T00:00:00.000Z';

describe('migration 001: dialogues and parties', () => {
  it('creates dialogues and parties from an empty workspace', async () => {
    const database = await atVersion(1);
    database
      .prepare(
        `INSERT INTO dialogues (id, code_name, code_name_key, status, track_level, created_at, updated_at)
         VALUES ('d1', 'Cedar', 'cedar', 'active', '2', ?, ?)`,
      )
      .run(now, now);
    database
      .prepare(
        `INSERT INTO parties (id, dialogue_id, name, name_key, kind, position, created_at)
         VALUES ('p1', 'd1', 'Side A', 'side a', 'side', 0, ?)`,
      )
      .run(now);
    expect(database.prepare('SELECT count(*) AS n FROM parties').get()).toEqual({ n: 1 });
  });

  it('enforces status, track level, party kind, unique code names and cascades parties', async () => {
    const database = await atVersion(1);
    const insert = database.prepare(
      `INSERT INTO dialogues (id, code_name, code_name_key, status, track_level, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run('d1', 'Cedar', 'cedar', 'active', '2', now, now);
    expect(() => insert.run('d2', 'X', 'x', 'bogus', '2', now, now)).toThrow(/CHECK/);
    expect(() => insert.run('d3', 'Y', 'y', 'active', '4', now, now)).toThrow(/CHECK/);
    expect(() => insert.run('d4', 'CEDAR', 'cedar', 'active', '2', now, now)).toThrow(/UNIQUE/);
    const party = database.prepare(
      `INSERT INTO parties (id, dialogue_id, name, name_key, kind, position, created_at) VALUES (?, 'd1', ?, ?, ?, 0, ?)`,
    );
    expect(() => party.run('p0', 'Mediators', 'mediators', 'broker', now)).toThrow(/CHECK/);
    party.run('p1', 'Side A', 'side a', 'side', now);
    expect(() => party.run('p2', 'SIDE A', 'side a', 'side', now)).toThrow(/UNIQUE/);
    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    expect(database.prepare('SELECT count(*) AS n FROM parties').get()).toEqual({ n: 0 });
  });
});
