import { describe, expect, it } from 'vitest';
import { migrationDatabase, NOW } from './helper';

const { atVersion } = migrationDatabase(1);

describe('migration 001: dialogues and parties', () => {
  it('creates dialogues and parties from an empty workspace', async () => {
    const database = await atVersion(1);
    database
      .prepare(
        `INSERT INTO dialogues (id, code_name, code_name_key, status, track_level, created_at, updated_at)
         VALUES ('d1', 'Cedar', 'cedar', 'active', '2', ?, ?)`,
      )
      .run(NOW, NOW);
    database
      .prepare(
        `INSERT INTO parties (id, dialogue_id, name, name_key, kind, position, created_at)
         VALUES ('p1', 'd1', 'Side A', 'side a', 'side', 0, ?)`,
      )
      .run(NOW);
    expect(database.prepare('SELECT count(*) AS n FROM parties').get()).toEqual({ n: 1 });
  });

  it('enforces status, track level, party kind, unique code names and cascades parties', async () => {
    const database = await atVersion(1);
    const insert = database.prepare(
      `INSERT INTO dialogues (id, code_name, code_name_key, status, track_level, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run('d1', 'Cedar', 'cedar', 'active', '2', NOW, NOW);
    expect(() => insert.run('d2', 'X', 'x', 'bogus', '2', NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('d3', 'Y', 'y', 'active', '4', NOW, NOW)).toThrow(/CHECK/);
    expect(() => insert.run('d4', 'CEDAR', 'cedar', 'active', '2', NOW, NOW)).toThrow(/UNIQUE/);
    const party = database.prepare(
      `INSERT INTO parties (id, dialogue_id, name, name_key, kind, position, created_at) VALUES (?, 'd1', ?, ?, ?, 0, ?)`,
    );
    expect(() => party.run('p0', 'Mediators', 'mediators', 'broker', NOW)).toThrow(/CHECK/);
    party.run('p1', 'Side A', 'side a', 'side', NOW);
    expect(() => party.run('p2', 'SIDE A', 'side a', 'side', NOW)).toThrow(/UNIQUE/);
    database.prepare(`DELETE FROM dialogues WHERE id = 'd1'`).run();
    expect(database.prepare('SELECT count(*) AS n FROM parties').get()).toEqual({ n: 0 });
  });
});
