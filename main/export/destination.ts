import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ParleyFault } from '../errors';

/**
 * What a file holds, so the save and open dialogs can name it and filter by it. `export` is any
 * file Parley may have written (opened to check it against the export log).
 */
export type FileKind = 'pdf' | 'csv' | 'backup' | 'export';

/** Where an export goes: the app asks with a save dialog, the CLI takes --out. */
export interface ExportDestination {
  /**
   * An absolute path to write `suggestedName` to, or null when the facilitator cancels. `overwrite`
   * says whether an existing file there may be replaced (the save dialog asked already).
   */
  choose(
    suggestedName: string,
    kind?: FileKind,
  ): Promise<{ readonly path: string; readonly overwrite: boolean } | null>;
}

/** Where a file Parley reads comes from (a backup to restore): main's open dialog, or the CLI's argument. */
export interface FileSource {
  /** An absolute path, or null when the facilitator cancels. */
  pick(kind: FileKind): Promise<string | null>;
}

/** The path with symbolic links resolved as far as it exists (the file itself usually does not). */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

/** True when `path` is `folder` or anything below it, through symbolic links too. */
export function isInside(folder: string, path: string, platform: NodeJS.Platform = process.platform): boolean {
  const fold = platform === 'win32' || platform === 'darwin' ? (p: string) => p.toLowerCase() : (p: string) => p;
  const inside = relative(fold(realPath(folder)), fold(realPath(path)));
  return inside === '' || (!isAbsolute(inside) && inside.split(sep)[0] !== '..');
}

export const INSIDE_WORKSPACE_REFUSED =
  'Parley keeps nothing but encrypted files in a workspace folder: choose another folder. Nothing was written.';

/**
 * A fixed path, as the CLI's `--out FILE` gives it. Paths inside any of `refuse` (the workspace
 * folder), through symbolic links too, are refused again at the moment of writing.
 */
export function fixedDestination(path: string, overwrite: boolean, refuse: readonly string[] = []): ExportDestination {
  return {
    choose: async () => {
      if (refuse.some((folder) => isInside(folder, path))) throw new ParleyFault('IO_ERROR', INSIDE_WORKSPACE_REFUSED);
      return { path, overwrite };
    },
  };
}

export function fixedSource(path: string): FileSource {
  return { pick: async () => path };
}
