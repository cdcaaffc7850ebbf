import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { LATEST_SCHEMA_VERSION } from '../../migrations';
import { ParleyFault, toFault } from '../errors';
import { syncDirectory } from './durable-file';
import { closeDatabase, openEncryptedDatabase, type SqliteDatabase } from './database';
import { DEFAULT_KDF_COST, type KdfCost } from './kdf';
import { createKeyFile, readKeyFile, unlockWithPassphrase } from './keyslots';
import { migrate, schemaVersion } from './migrate';
import type { WorkspaceSchema } from './schema';

/**
 * A workspace is one folder the facilitator can back up, move or delete as a whole:
 *   workspace.db    the SQLCipher-encrypted database (plus -wal / -shm, also encrypted, while open)
 *   workspace.keys  the wrapped database key slots
 * Nothing else is ever written into it.
 */
export const DATABASE_FILE = 'workspace.db';
export const KEY_FILE = 'workspace.keys';

export interface WorkspaceOptions {
  /** Argon2id cost for new key slots; tests pass TEST_KDF_COST, everything else keeps the default. */
  readonly kdfCost?: KdfCost;
}

export interface OpenWorkspace {
  readonly path: string;
  readonly name: string;
  readonly db: Kysely<WorkspaceSchema>;
  /** The driver handle, for the few things Kysely cannot say (pragmas, transactions, FTS). */
  readonly sqlite: SqliteDatabase;
  close(): Promise<void>;
}

export function workspaceFiles(path: string) {
  return { database: join(path, DATABASE_FILE), keys: join(path, KEY_FILE) };
}

export async function isWorkspace(path: string): Promise<boolean> {
  try {
    await stat(workspaceFiles(path).keys);
    await stat(workspaceFiles(path).database);
    return true;
  } catch {
    return false;
  }
}

export async function createWorkspace(
  path: string,
  passphrase: string,
  options: WorkspaceOptions = {},
): Promise<OpenWorkspace> {
  await assertFreeFolder(path);
  const files = workspaceFiles(path);
  let createdFolder = false;
  try {
    createdFolder = (await mkdir(path, { recursive: true, mode: 0o700 })) !== undefined;
    const { databaseKey } = await createKeyFile(files.keys, passphrase, options.kdfCost ?? DEFAULT_KDF_COST);
    try {
      const sqlite = openEncryptedDatabase(files.database, databaseKey, { create: true });
      try {
        migrate(sqlite);
      } catch (error) {
        sqlite.close();
        throw error;
      }
      await syncDirectory(path);
      return wrap(path, sqlite);
    } finally {
      databaseKey.fill(0);
    }
  } catch (error) {
    // Leave nothing half-made behind: a key file without its database is only confusing.
    await rm(files.keys, { force: true }).catch(() => undefined);
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      await rm(files.database + suffix, { force: true }).catch(() => undefined);
    }
    if (createdFolder) await rm(path, { recursive: true, force: true }).catch(() => undefined);
    throw toFault(error);
  }
}

/**
 * Opens an existing workspace. A wrong passphrase is detected on the key slot before the database
 * is touched, so it never changes a byte on disk. With the right key, any failure to read the
 * database is damage or tampering, and says so.
 */
export async function unlockWorkspace(path: string, passphrase: string): Promise<OpenWorkspace> {
  const files = workspaceFiles(path);
  if (!(await isWorkspace(path))) {
    throw new ParleyFault('WORKSPACE_NOT_FOUND', `No Parley workspace at ${basename(path)}.`);
  }
  const keyFile = await readKeyFile(files.keys);
  const databaseKey = await unlockWithPassphrase(keyFile, passphrase);
  let sqlite: SqliteDatabase | undefined;
  try {
    sqlite = openEncryptedDatabase(files.database, databaseKey, { create: false });
    assertIntact(sqlite, 'quick');
    migrate(sqlite);
    return wrap(path, sqlite);
  } catch (error) {
    sqlite?.close();
    throw toFault(error);
  } finally {
    databaseKey.fill(0);
  }
}

export interface VerifyReport {
  readonly cipher: string;
  readonly integrity: 'ok';
  readonly schemaVersion: number;
  readonly latestSchemaVersion: number;
}

/** Full integrity check (every page decrypted and its HMAC verified). Read-only: no migration. */
export async function verifyWorkspace(path: string, passphrase: string): Promise<VerifyReport> {
  const files = workspaceFiles(path);
  if (!(await isWorkspace(path))) {
    throw new ParleyFault('WORKSPACE_NOT_FOUND', `No Parley workspace at ${basename(path)}.`);
  }
  const databaseKey = await unlockWithPassphrase(await readKeyFile(files.keys), passphrase);
  let sqlite: SqliteDatabase | undefined;
  try {
    sqlite = openEncryptedDatabase(files.database, databaseKey, { create: false });
    assertIntact(sqlite, 'full');
    const version = schemaVersion(sqlite);
    const cipher = String(sqlite.pragma('cipher', { simple: true }));
    return { cipher, integrity: 'ok', schemaVersion: version, latestSchemaVersion: LATEST_SCHEMA_VERSION };
  } catch (error) {
    throw toFault(error);
  } finally {
    databaseKey.fill(0);
    if (sqlite) closeDatabase(sqlite);
  }
}

function assertIntact(sqlite: SqliteDatabase, depth: 'quick' | 'full'): void {
  const rows = sqlite.pragma(depth === 'quick' ? 'quick_check' : 'integrity_check') as { [k: string]: string }[];
  const problems = rows.map((row) => Object.values(row)[0]).filter((value) => value !== 'ok');
  if (problems.length > 0) {
    throw new ParleyFault(
      'WORKSPACE_CORRUPT',
      'The workspace file is damaged or has been tampered with. Nothing was changed; restore it from a backup.',
    );
  }
}

async function assertFreeFolder(path: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new ParleyFault('WORKSPACE_EXISTS', `${basename(path)} already exists and is not a folder.`);
    }
    throw toFault(error);
  }
  if (entries.length > 0) {
    throw new ParleyFault('WORKSPACE_EXISTS', `${basename(path)} already exists and is not empty.`);
  }
}

function wrap(path: string, sqlite: SqliteDatabase): OpenWorkspace {
  const db = new Kysely<WorkspaceSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  let closed = false;
  return {
    path,
    name: basename(path),
    db,
    sqlite,
    async close() {
      if (closed) return;
      closed = true;
      // Checkpoint first: Kysely's destroy() closes the handle.
      if (sqlite.open) sqlite.pragma('wal_checkpoint(TRUNCATE)');
      await db.destroy();
      // Kysely only owns the handle once it has run a query; close it ourselves otherwise.
      if (sqlite.open) sqlite.close();
    },
  };
}
