import type { BaseWindow, Dialog, SaveDialogOptions } from 'electron';
import { realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ExportDestination } from '../export/destination';
import { ParleyFault } from '../errors';

export const WORKSPACES_FOLDER_REFUSED =
  'Parley keeps nothing but encrypted files in its workspaces folder: choose another folder for the PDF. Nothing was written.';

export interface SaveDialogSettings {
  readonly dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The window the dialog belongs to (modal on it), when there is one. */
  readonly window: () => BaseWindow | undefined;
  /** Where the dialog opens: `() => app.getPath('documents')`. */
  readonly defaultFolder: () => string;
  /** The workspaces folder, where no plaintext may ever be written. */
  readonly workspacesRoot: string;
  /** Windows and macOS file systems ignore case; tests set it. */
  readonly platform?: NodeJS.Platform;
}

/** The path with symbolic links resolved as far as it exists (the file itself usually does not). */
function realPath(path: string): string {
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

/**
 * The app's export destination: the OS save dialog, opening in the Documents folder with the
 * suggested name. The dialog itself asks before replacing a file; a name typed without extension
 * gets `.pdf`, and since the dialog never asked about that name, it does not replace a file.
 */
export function saveDialogDestination(settings: SaveDialogSettings): ExportDestination {
  return {
    async choose(suggestedName) {
      const options: SaveDialogOptions = {
        title: 'Save PDF',
        defaultPath: join(settings.defaultFolder(), suggestedName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = settings.window();
      const result =
        parent && !parent.isDestroyed()
          ? await settings.dialog.showSaveDialog(parent, options)
          : await settings.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const chosen = resolve(result.filePath);
      const path = extname(chosen) === '' ? `${chosen}.pdf` : chosen;
      if (isInside(settings.workspacesRoot, path, settings.platform)) {
        throw new ParleyFault('IO_ERROR', WORKSPACES_FOLDER_REFUSED);
      }
      return { path, overwrite: path === chosen };
    },
  };
}
