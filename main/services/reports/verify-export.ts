import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { VerifyExportResult } from '../../../shared/contract';
import { ParleyFault, toFault } from '../../errors';
import { realPath, type FileSource } from '../../export/destination';
import type { Db } from '../sessions/common';
import { exportsWithDigest } from '../workspace/export-log';

const NO_SOURCE = () => new ParleyFault('EXPORT_UNAVAILABLE', 'This copy of Parley cannot open files.');

/** SHA-256 of a file, read as a stream: a backup can be gigabytes. */
async function digestOf(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Whether a file is one this workspace wrote (issue 13, item 7): the file the facilitator picks (a
 * PDF a sponsor forwarded "from you") is hashed and its SHA-256 looked up in the export log. The
 * path never leaves main; the answer names the file by its base name.
 */
export async function verifyExport(db: Db, source: FileSource | undefined): Promise<VerifyExportResult> {
  if (!source) throw NO_SOURCE();
  const picked = await source.pick('export');
  if (!picked) return { picked: false };
  const path = realPath(picked);
  let sha256: string;
  let bytes: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ParleyFault('FILE_NOT_FOUND', 'That is not a file: choose the file to check.');
    bytes = info.size;
    sha256 = await digestOf(path);
  } catch (error) {
    if (error instanceof ParleyFault) throw error;
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ParleyFault('FILE_NOT_FOUND', 'That file does not exist (any more).', { cause: error });
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
      throw new ParleyFault('IO_ERROR', 'That file cannot be read here: check its permissions.', { cause: error });
    }
    throw toFault(error);
  }
  return { picked: true, fileName: basename(path), bytes, sha256, matches: await exportsWithDigest(db, sha256) };
}
