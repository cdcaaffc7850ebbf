import { migrations as allMigrations, type Migration } from '../../migrations';
import { ParleyFault } from '../errors';
import type { SqliteDatabase } from './database';

export function schemaVersion(db: SqliteDatabase): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date, one migration per transaction, recording progress in
 * `user_version`. A database written by a newer Parley is refused rather than guessed at.
 */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[] = allMigrations): number {
  assertOrdered(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new ParleyFault(
      'WORKSPACE_TOO_NEW',
      `This workspace was written by a newer version of Parley (schema ${current}; this one knows ${latest}). Update Parley to open it.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersion(db);
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration list out of order at ${migration.name}: expected version ${index + 1}`);
    }
  });
}
