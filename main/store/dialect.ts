import { SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import { ParleyFault, faultMessages } from '../errors';
import type { SqliteDatabase } from './database';

/**
 * Kysely's SQLite driver, made honest about two failures:
 * - after SQLITE_FULL or an I/O error SQLite has already rolled the transaction back; Kysely's own
 *   ROLLBACK then fails with "cannot rollback - no transaction is active" and that error replaced
 *   the real one, so a full disk answered INTERNAL. Rolling back only what is still open keeps the
 *   first error, which the registry maps to DISK_FULL.
 * - a call that reaches the handle after a lock closed it is WORKSPACE_LOCKED, not a crash.
 */
class WorkspaceDriver extends SqliteDriver {
  readonly #sqlite: SqliteDatabase;

  constructor(sqlite: SqliteDatabase) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  /**
   * Never throws here: Kysely holds its connection lock while this runs and would not release it on
   * a throw, so every later query would wait forever. The connection refuses instead.
   */
  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    const sqlite = this.#sqlite;
    return {
      executeQuery(query) {
        if (!sqlite.open) return Promise.reject(new ParleyFault('WORKSPACE_LOCKED', faultMessages.WORKSPACE_LOCKED));
        return connection.executeQuery(query);
      },
      streamQuery(query, chunkSize) {
        if (!sqlite.open) throw new ParleyFault('WORKSPACE_LOCKED', faultMessages.WORKSPACE_LOCKED);
        return connection.streamQuery(query, chunkSize);
      },
    };
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#sqlite.open || !this.#sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

export class WorkspaceDialect extends SqliteDialect {
  readonly #sqlite: SqliteDatabase;

  constructor(sqlite: SqliteDatabase) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    return new WorkspaceDriver(this.#sqlite);
  }
}
