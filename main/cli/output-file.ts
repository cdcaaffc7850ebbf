import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isInside } from '../export/destination';
import type { PdfEngine } from '../export/pdf/engine';
import { ParleyFault } from '../errors';
import { CliError, EXIT, usageError } from './exit-codes';
import type { CliIo } from './io';
import type { WorkspaceTarget } from './workspace';

/**
 * `--out FILE` for every export: resolved against the working folder, and refused when it lands
 * inside the workspace folder — through a symbolic link too (the real path is compared, as the
 * app's save dialog does), since that folder holds encrypted files and nothing else, ever.
 */
export function resolveOutput(io: CliIo, target: WorkspaceTarget, out: string, command: string): string {
  const path = resolve(io.cwd, out);
  if (isInside(target.path, path)) {
    throw usageError('--out must not be inside the workspace folder: choose a file elsewhere.', command);
  }
  return path;
}

/** Refuses an existing file (without --force), a folder, or a missing folder, before any passphrase is asked. */
export async function assertWritable(path: string, label: string, force: boolean): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing && !force) throw new CliError(EXIT.FAILURE, `${label} already exists. Add --force to replace it.`);
  if (existing?.isDirectory()) throw new CliError(EXIT.USAGE, `${label} is a folder: give a file name.`);
  const folder = await stat(dirname(path)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new CliError(EXIT.USAGE, `Cannot write ${label}: its folder does not exist.`);
}

/** For commands that write no PDF. */
export const noPdf = (): PdfEngine => {
  throw new ParleyFault('PDF_UNAVAILABLE', 'This command prints no PDF.');
};
