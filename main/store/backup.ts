import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdtemp, open, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ParleyFault, toFault } from '../errors';
import { syncDirectory } from './durable-file';
import { parseKeyFile, readKeyFile, serializeKeyFile, type KeyFile } from './keyslots';
import { runStoreTask } from './worker';
import { DATABASE_FILE, KEY_FILE, workspaceFiles, type OpenWorkspace } from './workspace';

/**
 * One backup file per workspace, as KeePassXC keeps one database file: everything needed to bring
 * the workspace back, and nothing readable without its passphrase or recovery key.
 *
 *   "PARLEY-BACKUP-1\n"             16 bytes, the format
 *   header length                   4 bytes, big-endian
 *   header (JSON)                   { format, version, workspaceId, keys: <workspace.keys as written> }
 *   database                        the `VACUUM INTO` copy: SQLCipher pages under the workspace's key
 *   HMAC-SHA256                     32 bytes over all of the above, keyed from the database key
 *
 * The database pages are encrypted and authenticated page by page; the HMAC binds them to the key
 * slots and to each other, so a page swapped in from another backup, a truncated file or an
 * edited header is refused before anything is restored. No date, name or count is readable
 * outside: the header holds only the wrapped keys. Every backup is opened and checked page by
 * page after it is written, before Parley says it is done.
 */

const MAGIC = Buffer.from('PARLEY-BACKUP-1\n', 'ascii');
const MAC_BYTES = 32;
const MAX_HEADER_BYTES = 64 * 1024;
export const BACKUP_EXTENSION = 'parleybackup';

export const BACKUP_DAMAGED =
  'This backup file is damaged or is not a Parley backup, so nothing was restored. Try another copy.';

interface BackupHeader {
  readonly format: 'parley-backup';
  readonly version: 1;
  readonly workspaceId: string;
  readonly keys: string;
}

export interface BackupSummary {
  readonly fileName: string;
  readonly bytes: number;
  readonly sha256: string;
}

function macKey(databaseKey: Buffer, workspaceId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', databaseKey, Buffer.from(workspaceId, 'utf8'), 'parley-backup-mac-v1', 32));
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

/** Calls `each` with every chunk of `path` between `start` and `end` (exclusive), in order. */
async function forEachChunk(path: string, start: number, end: number, each: (chunk: Buffer) => Promise<void> | void) {
  if (end <= start) return;
  const stream = createReadStream(path, { start, end: end - 1, highWaterMark: 1024 * 1024 });
  for await (const chunk of stream) await each(chunk as Buffer);
}

/** A private scratch folder beside `near`, for encrypted intermediate files only. */
async function scratchFolder(near: string): Promise<string> {
  return mkdtemp(join(dirname(near), `.parley-${randomBytes(4).toString('hex')}-`));
}

/**
 * Writes a backup of an open workspace to `target` and verifies it by reading it back: the MAC, then
 * every page of the restored copy (SQLite's integrity check) in a worker. Without `overwrite` an
 * existing file is never replaced. The file ends 0600 whatever was there before.
 */
export async function writeBackup(
  workspace: OpenWorkspace,
  target: string,
  options: { readonly overwrite: boolean },
): Promise<BackupSummary> {
  const scratch = await scratchFolder(target);
  const partial = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    const copy = join(scratch, DATABASE_FILE);
    await workspace.withKey((key) =>
      runStoreTask(
        workspaceFiles(workspace.path).database,
        key,
        { op: 'vacuum-into', target: copy },
        { readonly: true },
      ),
    );
    const keyFile = await readKeyFile(workspaceFiles(workspace.path).keys);
    const header: BackupHeader = {
      format: 'parley-backup',
      version: 1,
      workspaceId: keyFile.workspaceId,
      keys: serializeKeyFile(keyFile),
    };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(headerBytes.length);
    const handle = await open(partial, 'wx', 0o600);
    try {
      await workspace.withKey(async (key) => {
        const mac = createHmac('sha256', macKey(key, keyFile.workspaceId));
        for (const part of [MAGIC, length, headerBytes]) {
          mac.update(part);
          await writeAll(handle, part);
        }
        await forEachChunk(copy, 0, (await stat(copy)).size, async (chunk) => {
          mac.update(chunk);
          await writeAll(handle, chunk);
        });
        await writeAll(handle, mac.digest());
      });
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rm(scratch, { recursive: true, force: true });
    await workspace.withKey((key) => verifyBackupFile(partial, key, keyFile.workspaceId));
    if (options.overwrite) await rename(partial, target);
    else {
      await link(partial, target);
      await unlink(partial);
    }
    await syncDirectory(dirname(target));
    const info = await stat(target);
    return { fileName: basename(target), bytes: info.size, sha256: await sha256Of(target) };
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    throw fileFault(error);
  } finally {
    await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await forEachChunk(path, 0, (await stat(path)).size, (chunk) => void hash.update(chunk));
  return hash.digest('hex');
}

export interface BackupFile {
  readonly path: string;
  readonly workspaceId: string;
  readonly keyFile: KeyFile;
  readonly keysText: string;
  readonly databaseStart: number;
  readonly databaseEnd: number;
}

/** Reads a backup's header (the wrapped keys); nothing can be decrypted yet. */
export async function readBackupHeader(path: string): Promise<BackupFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ParleyFault('BACKUP_NOT_FOUND', 'That backup file does not exist. Nothing was changed.');
    }
    throw fileFault(error);
  }
  try {
    const { size } = await handle.stat();
    const start = Buffer.alloc(MAGIC.length + 4);
    const { bytesRead } = await handle.read(start, 0, start.length, 0);
    if (bytesRead < start.length || !start.subarray(0, MAGIC.length).equals(MAGIC)) throw damaged();
    const headerLength = start.readUInt32BE(MAGIC.length);
    const databaseStart = start.length + headerLength;
    if (headerLength > MAX_HEADER_BYTES || databaseStart + MAC_BYTES > size) throw damaged();
    const headerBytes = Buffer.alloc(headerLength);
    await handle.read(headerBytes, 0, headerLength, start.length);
    let header: BackupHeader;
    try {
      header = JSON.parse(headerBytes.toString('utf8')) as BackupHeader;
    } catch {
      throw damaged();
    }
    if (header?.format !== 'parley-backup' || header.version !== 1 || typeof header.keys !== 'string') throw damaged();
    let keyFile: KeyFile;
    try {
      keyFile = parseKeyFile(header.keys);
    } catch {
      throw damaged();
    }
    if (keyFile.workspaceId !== header.workspaceId) throw damaged();
    return {
      path,
      workspaceId: keyFile.workspaceId,
      keyFile,
      keysText: header.keys,
      databaseStart,
      databaseEnd: size - MAC_BYTES,
    };
  } finally {
    await handle.close();
  }
}

function damaged(): ParleyFault {
  return new ParleyFault('BACKUP_DAMAGED', BACKUP_DAMAGED);
}

/** Checks the whole file's MAC with the database key; throws BACKUP_DAMAGED if a byte differs. */
async function assertAuthentic(backup: BackupFile, databaseKey: Buffer): Promise<void> {
  const mac = createHmac('sha256', macKey(databaseKey, backup.workspaceId));
  await forEachChunk(backup.path, 0, backup.databaseEnd, (chunk) => void mac.update(chunk));
  const expected = mac.digest();
  const stored = Buffer.alloc(MAC_BYTES);
  const handle = await open(backup.path, 'r');
  try {
    await handle.read(stored, 0, MAC_BYTES, backup.databaseEnd);
  } finally {
    await handle.close();
  }
  if (!timingSafeEqual(expected, stored)) throw damaged();
}

/**
 * Unpacks an authenticated backup into `folder` (a new, private folder): workspace.keys as it was at
 * backup time and the database, then checks every page in a worker. The caller opens it.
 */
export async function unpackBackup(backup: BackupFile, databaseKey: Buffer, folder: string): Promise<void> {
  await assertAuthentic(backup, databaseKey);
  const keysPath = join(folder, KEY_FILE);
  const databasePath = join(folder, DATABASE_FILE);
  const keys = await open(keysPath, 'wx', 0o600);
  try {
    await writeAll(keys, Buffer.from(serializeKeyFile(backup.keyFile), 'utf8'));
    await keys.sync();
  } finally {
    await keys.close();
  }
  const database = await open(databasePath, 'wx', 0o600);
  try {
    await forEachChunk(backup.path, backup.databaseStart, backup.databaseEnd, (chunk) => writeAll(database, chunk));
    await database.sync();
  } finally {
    await database.close();
  }
  await syncDirectory(folder);
  const check = await runStoreTask(databasePath, databaseKey, { op: 'check', depth: 'full' });
  if (check.problems.length > 0 || check.schemaVersion === 0) throw damaged();
}

/** Opened and checked page by page: the proof a backup can be restored, run right after writing. */
async function verifyBackupFile(path: string, databaseKey: Buffer, workspaceId: string): Promise<void> {
  const backup = await readBackupHeader(path);
  if (backup.workspaceId !== workspaceId) throw damaged();
  const scratch = await scratchFolder(path);
  try {
    await unpackBackup(backup, databaseKey, scratch);
  } catch (error) {
    if (error instanceof ParleyFault && error.code === 'BACKUP_DAMAGED') {
      throw new ParleyFault(
        'BACKUP_UNVERIFIED',
        'The backup was written but did not read back whole, so it was removed. Try another drive.',
      );
    }
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}

function fileFault(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EEXIST')
    return new ParleyFault('FILE_EXISTS', 'A file with that name already exists. Nothing was written.');
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new ParleyFault('IO_ERROR', 'The folder to save in does not exist. Nothing was written.', { cause: error });
  }
  return toFault(error);
}

/** A new private folder in `root` to restore into; renamed into place once the workspace is ready. */
export async function stagingFolder(root: string): Promise<string> {
  return mkdtemp(join(root, '.restoring-'));
}

export { rename as moveFolder };
