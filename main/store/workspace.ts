import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Kysely } from 'kysely';
import { LATEST_SCHEMA_VERSION } from '../../migrations';
import { ParleyFault, faultMessages, toFault } from '../errors';
import { createCheckpointer } from './checkpoint';
import { closeDatabase, openEncryptedDatabase, type SqliteDatabase } from './database';
import { WorkspaceDialect } from './dialect';
import { syncDirectory } from './durable-file';
import { DEFAULT_KDF_COST, type KdfCost } from './kdf';
import {
  createKeyFile,
  hasRecoverySlot,
  readKeyFile,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  writeKeyFile,
  type KeyFile,
} from './keyslots';
import { migrate, schemaVersion } from './migrate';
import type { WorkspaceSchema } from './schema';
import { runStoreTask, type CheckResult } from './worker';

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

/** What unlocks a workspace: its passphrase, or the recovery key's (checked, normalised) words. */
export type WorkspaceSecret = { readonly passphrase: string } | { readonly recoveryWords: string };

export interface OpenWorkspace {
  readonly path: string;
  readonly name: string;
  /** The random id in the key file, shared by every backup and restore of this workspace. */
  readonly workspaceId: string;
  readonly db: Kysely<WorkspaceSchema>;
  /** The driver handle, for the few things Kysely cannot say (pragmas, transactions, FTS). */
  readonly sqlite: SqliteDatabase;
  /**
   * Lends the database key to work that needs a second connection (a worker's check, a backup).
   * The copy handed out is zeroed when `work` settles; the workspace's own copy when it closes.
   */
  withKey<T>(work: (databaseKey: Buffer) => Promise<T>): Promise<T>;
  readonly isOpen: boolean;
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
    const { keyFile, databaseKey } = await createKeyFile(files.keys, passphrase, options.kdfCost ?? DEFAULT_KDF_COST);
    try {
      const sqlite = openEncryptedDatabase(files.database, databaseKey, { create: true });
      try {
        migrate(sqlite);
      } catch (error) {
        sqlite.close();
        throw error;
      }
      await syncDirectory(path);
      return wrap(path, sqlite, keyFile.workspaceId, databaseKey);
    } finally {
      databaseKey.fill(0);
    }
  } catch (error) {
    // Leave nothing half-made behind: a key file without its database is only confusing.
    await removeWorkspaceFiles(path);
    if (createdFolder) await rm(path, { recursive: true, force: true }).catch(() => undefined);
    throw toFault(error);
  }
}

export async function removeWorkspaceFiles(path: string): Promise<void> {
  const files = workspaceFiles(path);
  await rm(files.keys, { force: true }).catch(() => undefined);
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    await rm(files.database + suffix, { force: true }).catch(() => undefined);
  }
}

async function assertWorkspace(path: string): Promise<void> {
  if (!(await isWorkspace(path))) {
    throw new ParleyFault('WORKSPACE_NOT_FOUND', `No Parley workspace at ${basename(path)}.`);
  }
}

/** The database key behind a secret; reads the key file only, writes nothing. */
export async function databaseKeyFor(keyFile: KeyFile, secret: WorkspaceSecret): Promise<Buffer> {
  return 'passphrase' in secret
    ? unlockWithPassphrase(keyFile, secret.passphrase)
    : unlockWithRecoveryKey(keyFile, secret.recoveryWords);
}

/**
 * Opens an existing workspace. A wrong secret is detected on the key slot before the database is
 * touched, so it never changes a byte on disk. The first page is read at once (a wrong key or a
 * damaged header fails here); the check of every page runs afterwards in a worker
 * (`checkWorkspace`), because on a big workspace it takes seconds.
 */
export async function unlockWorkspace(path: string, secret: string | WorkspaceSecret): Promise<OpenWorkspace> {
  await assertWorkspace(path);
  const keyFile = await readKeyFile(workspaceFiles(path).keys);
  const databaseKey = await databaseKeyFor(keyFile, typeof secret === 'string' ? { passphrase: secret } : secret);
  try {
    const opened = openWithKey(path, keyFile.workspaceId, databaseKey);
    // A key file from before the checksum is rewritten with one, now that it is known to be sound.
    if (keyFile.version === 1) await writeKeyFile(workspaceFiles(path).keys, keyFile).catch(() => undefined);
    return opened;
  } finally {
    databaseKey.fill(0);
  }
}

/** Opens a workspace folder whose key is already known (a restore, a travel return). */
export function openWithKey(path: string, workspaceId: string, databaseKey: Buffer): OpenWorkspace {
  let sqlite: SqliteDatabase | undefined;
  try {
    sqlite = openEncryptedDatabase(workspaceFiles(path).database, databaseKey, { create: false });
    if (schemaVersion(sqlite) === 0) throw new ParleyFault('WORKSPACE_CORRUPT', faultMessages.WORKSPACE_CORRUPT);
    migrate(sqlite);
    return wrap(path, sqlite, workspaceId, databaseKey);
  } catch (error) {
    if (sqlite) closeDatabase(sqlite);
    throw toFault(error);
  }
}

/** Runs SQLite's check of every page of an open workspace in a worker; main keeps answering. */
export async function checkWorkspace(
  open: OpenWorkspace,
  depth: 'quick' | 'full',
  signal?: AbortSignal,
): Promise<CheckResult> {
  return open.withKey((key) =>
    runStoreTask(workspaceFiles(open.path).database, key, { op: 'check', depth }, { readonly: true, signal }),
  );
}

export interface VerifyReport {
  readonly cipher: string;
  readonly integrity: 'ok';
  readonly schemaVersion: number;
  readonly latestSchemaVersion: number;
  readonly recoveryKey: boolean;
}

/** Full integrity check (every page decrypted and its HMAC verified), in a worker. Read-only: no migration. */
export async function verifyWorkspace(path: string, passphrase: string): Promise<VerifyReport> {
  await assertWorkspace(path);
  const keyFile = await readKeyFile(workspaceFiles(path).keys);
  const databaseKey = await unlockWithPassphrase(keyFile, passphrase);
  try {
    const database = workspaceFiles(path).database;
    // The same refusals as an unlock (empty file, no schema) before the long check.
    closeDatabase(openEncryptedDatabase(database, databaseKey, { create: false, readonly: true }));
    const result = await runStoreTask(database, databaseKey, { op: 'check', depth: 'full' }, { readonly: true });
    if (result.problems.length > 0 || result.schemaVersion === 0) {
      throw new ParleyFault('WORKSPACE_CORRUPT', faultMessages.WORKSPACE_CORRUPT);
    }
    return {
      cipher: result.cipher,
      integrity: 'ok',
      schemaVersion: result.schemaVersion,
      latestSchemaVersion: LATEST_SCHEMA_VERSION,
      recoveryKey: hasRecoverySlot(keyFile),
    };
  } catch (error) {
    throw toFault(error);
  } finally {
    databaseKey.fill(0);
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

function wrap(path: string, sqlite: SqliteDatabase, workspaceId: string, databaseKey: Buffer): OpenWorkspace {
  const db = new Kysely<WorkspaceSchema>({ dialect: new WorkspaceDialect(sqlite) });
  const checkpointer = createCheckpointer(sqlite, `${workspaceFiles(path).database}-wal`);
  // Our own copy, zeroed at close: the caller zeroes the one it passed in.
  const key = Buffer.alloc(databaseKey.length);
  databaseKey.copy(key);
  let closed = false;
  return {
    path,
    name: basename(path),
    workspaceId,
    db,
    sqlite,
    get isOpen() {
      return !closed;
    },
    async withKey(work) {
      if (closed) throw new ParleyFault('WORKSPACE_LOCKED', faultMessages.WORKSPACE_LOCKED);
      const copy = Buffer.alloc(key.length);
      key.copy(copy);
      try {
        return await work(copy);
      } finally {
        copy.fill(0);
      }
    },
    /**
     * Always closes the handle, whatever the checkpoint does (a full disk, a reader in the same
     * tick): a lock that reported "locked" over an open decrypting handle was the worst of both.
     */
    async close() {
      if (closed) return;
      closed = true;
      key.fill(0);
      checkpointer.stop();
      const failure = closeDatabase(sqlite);
      await db.destroy().catch(() => undefined);
      if (failure !== undefined) throw toFault(failure);
    },
  };
}
