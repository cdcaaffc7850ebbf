import { join } from 'node:path';
import { afterEach } from 'vitest';
import { migrations, type Migration } from '../../../migrations';
import { openEncryptedDatabase, type SqliteDatabase } from '../../../main/store/database';
import { migrate } from '../../../main/store/migrate';
import { tempDir } from '../../fixtures/workspace';

/** The one timestamp migration tests write: the schema only checks its shape. */
export const NOW = '2026-01-01T00:00:00.000Z';

/**
 * A real encrypted database for each test of a migration file, closed and removed after the test.
 * Migrations are found in the list, never by number: the lead renumbers them when branches merge.
 */
export function migrationDatabase(keyByte: number) {
  let db: SqliteDatabase | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    db?.close();
    db = undefined;
    await cleanup?.();
    cleanup = undefined;
  });

  async function withMigrations(list: readonly Migration[]): Promise<SqliteDatabase> {
    const dir = await tempDir();
    cleanup = dir.remove;
    db = openEncryptedDatabase(join(dir.path, 'workspace.db'), Buffer.alloc(32, keyByte), { create: true });
    migrate(db, list);
    return db;
  }

  return {
    /** Nothing applied yet. */
    fresh: () => withMigrations([]),
    /** The first `version` migrations applied. */
    atVersion: (version: number) => withMigrations(migrations.slice(0, version)),
    /** Every migration listed before `migration` applied. */
    before: (migration: Migration) => withMigrations(earlierThan(migration)),
  };
}

export const earlierThan = (migration: Migration): Migration[] => migrations.slice(0, migrations.indexOf(migration));
export const upTo = (migration: Migration): Migration[] => migrations.slice(0, migrations.indexOf(migration) + 1);

export function insert(database: SqliteDatabase, table: string, row: Record<string, unknown>) {
  const columns = Object.keys(row);
  return database
    .prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...Object.values(row));
}

export const count = (database: SqliteDatabase, table: string) =>
  (database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

export interface DialogueSeed {
  /** [id, name, kind] in their order; default: Side A (pa) and Side B (pb). */
  readonly parties?: readonly (readonly [string, string, 'side' | 'facilitation'])[];
  /** [id, party id, speaker code]: named `Person <code>`; default: A1 (u1) of Side A. */
  readonly participants?: readonly (readonly [string, string, string])[];
  /** Session s1 starts 2026-05-14T07:00Z and ends here. */
  readonly sessionEndsAt?: string;
}

export const TWO_SIDES = [
  ['pa', 'Side A', 'side'],
  ['pb', 'Side B', 'side'],
] as const;

/** Dialogue d1 "Cedar" with its parties, participants and one session (s1), as the roster and sessions made them. */
export function seedDialogue(database: SqliteDatabase, seed: DialogueSeed = {}) {
  const { parties = TWO_SIDES, participants = [['u1', 'pa', 'A1']], sessionEndsAt = '2026-05-15T15:00:00.000Z' } = seed;
  insert(database, 'dialogues', {
    id: 'd1',
    code_name: 'Cedar',
    code_name_key: 'cedar',
    status: 'active',
    track_level: '2',
    created_at: NOW,
    updated_at: NOW,
  });
  parties.forEach(([id, name, kind], position) =>
    insert(database, 'parties', {
      id,
      dialogue_id: 'd1',
      name,
      name_key: name.toLowerCase(),
      kind,
      position,
      created_at: NOW,
    }),
  );
  for (const [id, party, code] of participants) {
    insert(database, 'participants', {
      id,
      dialogue_id: 'd1',
      party_id: party,
      real_name: `Person ${code}`,
      pseudonym: `Pseudonym ${code}`,
      pseudonym_key: `pseudonym ${code.toLowerCase()}`,
      speaker_code: code,
      search_key: '',
      status: 'confirmed',
      created_at: NOW,
      updated_at: NOW,
    });
  }
  insert(database, 'sessions', {
    id: 's1',
    dialogue_id: 'd1',
    number: 1,
    starts_at: '2026-05-14T07:00:00.000Z',
    ends_at: sessionEndsAt,
    time_zone: 'Europe/Zurich',
    created_at: NOW,
    updated_at: NOW,
  });
}
