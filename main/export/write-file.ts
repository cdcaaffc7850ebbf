import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ParleyFault, toFault } from '../errors';

export interface WriteOptions {
  /** Replace an existing file (the app's save dialog has asked already); otherwise refuse. */
  readonly overwrite: boolean;
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return; // Windows cannot open a folder; its rename is durable enough.
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes an export so that a crash or a full disk never leaves a half-written file under the
 * chosen name: the bytes go to a temporary file beside it, are flushed to disk, and only then take
 * the name (atomically; without `overwrite`, only if the name is still free).
 */
export async function writeFileDurably(path: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  const folder = dirname(path);
  const partial = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    const handle = await open(partial, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await rename(partial, path);
    } else {
      await link(partial, path);
      await unlink(partial);
    }
    await syncFolder(folder);
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    throw writeFault(error);
  }
}

function writeFault(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EEXIST')
    return new ParleyFault('FILE_EXISTS', 'A file with that name already exists. Nothing was written.');
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new ParleyFault('IO_ERROR', 'The folder to save in does not exist. Nothing was written.', { cause: error });
  }
  return toFault(error);
}

/**
 * A file name the facilitator can keep: the parts joined by dashes, letters of any script kept,
 * characters no file system accepts (and control characters) dropped.
 */
export function exportFileName(parts: readonly string[], extension: string): string {
  const stem = parts
    .map((part) =>
      part
        .normalize('NFC')
        .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ')
        .trim(),
    )
    .filter((part) => part !== '')
    .join(' ')
    .replace(/\s+/gu, '-')
    .replace(/^[.-]+|[.-]+$/gu, '')
    .slice(0, 120);
  return `${stem || 'parley-export'}.${extension}`;
}
