import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { extname, join, resolve } from 'node:path';
import { isInside, type ExportDestination, type FileKind, type FileSource } from '../export/destination';
import { ParleyFault } from '../errors';

export const WORKSPACES_FOLDER_REFUSED =
  'Parley keeps nothing but encrypted files in its workspaces folder: choose another folder for the PDF. Nothing was written.';

/** How each kind of file is named in the dialogs. */
const KINDS: Record<
  FileKind,
  { title: string; open: string; filter: { name: string; extensions: string[] }; refused: string }
> = {
  pdf: {
    title: 'Save PDF',
    open: 'Open PDF',
    filter: { name: 'PDF document', extensions: ['pdf'] },
    refused: WORKSPACES_FOLDER_REFUSED,
  },
  csv: {
    title: 'Save CSV',
    open: 'Open CSV',
    filter: { name: 'CSV spreadsheet', extensions: ['csv'] },
    refused:
      'Parley keeps nothing but encrypted files in its workspaces folder: choose another folder for the CSV. Nothing was written.',
  },
  backup: {
    title: 'Save encrypted backup',
    open: 'Open a Parley backup',
    filter: { name: 'Parley backup', extensions: ['parleybackup'] },
    refused:
      'Keep backups away from the workspaces folder (a separate drive is best): choose another folder. Nothing was written.',
  },
  export: {
    title: 'Save',
    open: 'Check a file against the export log',
    filter: { name: 'Files Parley writes', extensions: ['pdf', 'csv', 'parleybackup'] },
    refused: WORKSPACES_FOLDER_REFUSED,
  },
};

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

export { isInside };

/**
 * The app's export destination: the OS save dialog, opening in the Documents folder with the
 * suggested name. The dialog itself asks before replacing a file; a name typed without extension
 * gets `.pdf`, and since the dialog never asked about that name, it does not replace a file.
 */
export function saveDialogDestination(settings: SaveDialogSettings): ExportDestination {
  return {
    async choose(suggestedName, kind = 'pdf') {
      const { title, filter, refused } = KINDS[kind];
      const options: SaveDialogOptions = {
        title,
        defaultPath: join(settings.defaultFolder(), suggestedName),
        filters: [filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = settings.window();
      const result =
        parent && !parent.isDestroyed()
          ? await settings.dialog.showSaveDialog(parent, options)
          : await settings.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const chosen = resolve(result.filePath);
      const path = extname(chosen) === '' ? `${chosen}.${filter.extensions[0]}` : chosen;
      if (isInside(settings.workspacesRoot, path, settings.platform)) {
        throw new ParleyFault('IO_ERROR', refused);
      }
      return { path, overwrite: path === chosen };
    },
  };
}

export interface OpenDialogSettings {
  readonly dialog: Pick<Dialog, 'showOpenDialog'>;
  readonly window: () => BaseWindow | undefined;
  readonly defaultFolder: () => string;
}

/**
 * The app's file source: the OS open dialog, for the one file the facilitator means (a backup to
 * restore). The page never names a path; it only asks main to ask.
 */
export function openDialogSource(settings: OpenDialogSettings): FileSource {
  return {
    async pick(kind) {
      const { open, filter } = KINDS[kind];
      const options: OpenDialogOptions = {
        title: open,
        defaultPath: settings.defaultFolder(),
        filters: [filter],
        properties: ['openFile'],
      };
      const parent = settings.window();
      const result =
        parent && !parent.isDestroyed()
          ? await settings.dialog.showOpenDialog(parent, options)
          : await settings.dialog.showOpenDialog(options);
      const [path] = result.filePaths;
      return result.canceled || !path ? null : resolve(path);
    },
  };
}
