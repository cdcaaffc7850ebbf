import { describe, expect, it } from 'vitest';
import type { Migration } from '../../../migrations';
import { migrations } from '../../../migrations';
import type { SqliteDatabase } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { migrationDatabase } from './helper';

const { fresh: freshDatabase } = migrationDatabase(7);
const tables = (database: SqliteDatabase) =>
  (
    database.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
  ).map((row) => row.name);

describe('migration runner', () => {
  it('numbers migrations 1..n in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('brings an empty database to the latest version and is idempotent', async () => {
    const database = await freshDatabase();
    expect(migrate(database)).toBe(migrations.length);
    expect(migrate(database)).toBe(migrations.length);
    expect(schemaVersion(database)).toBe(migrations.length);
  });

  it('refuses a database written by a newer Parley with WORKSPACE_TOO_NEW', async () => {
    const database = await freshDatabase();
    migrate(database);
    database.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(database)).toThrow(expect.objectContaining({ code: 'WORKSPACE_TOO_NEW' }));
  });

  it('rolls a failing migration back entirely, keeping the previous version', async () => {
    const database = await freshDatabase();
    const failing: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (x INTEGER) STRICT') },
      {
        version: 2,
        name: 'two',
        up: (d) => {
          d.exec('CREATE TABLE two (x INTEGER) STRICT');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(database, failing)).toThrow('boom');
    expect(schemaVersion(database)).toBe(1);
    expect(tables(database)).toEqual(['one']);
  });

  it('refuses a list with a gap', async () => {
    const database = await freshDatabase();
    const gap: Migration[] = [{ version: 2, name: 'two', up: () => undefined }];
    expect(() => migrate(database, gap)).toThrow(/out of order/);
  });
});
