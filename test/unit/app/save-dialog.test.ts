import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BaseWindow, Dialog, SaveDialogReturnValue } from 'electron';
import { ParleyFault } from '../../../main/errors';
import {
  isInside,
  openDialogSource,
  saveDialogDestination,
  WORKSPACES_FOLDER_REFUSED,
} from '../../../main/app/save-dialog';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

let base: string;
let documents: string;
let workspaces: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'parley-save-dialog-'));
  documents = join(base, 'Documents');
  workspaces = join(base, 'Parley', 'workspaces');
  await mkdir(documents, { recursive: true });
  await mkdir(join(workspaces, 'w1'), { recursive: true });
  // A folder in Documents that is really the workspaces folder.
  await symlink(workspaces, join(documents, 'shortcut'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

function setup(answer: Partial<SaveDialogReturnValue>, parent?: Partial<BaseWindow>) {
  const showSaveDialog = vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePath: '', ...answer }));
  const destination = saveDialogDestination({
    dialog: { showSaveDialog } as unknown as Pick<Dialog, 'showSaveDialog'>,
    window: () => parent as BaseWindow | undefined,
    defaultFolder: () => documents,
    workspacesRoot: workspaces,
    platform: 'linux',
  });
  return { destination, showSaveDialog };
}

const parentWindow = (destroyed = false) => ({ isDestroyed: () => destroyed });

const OPTIONS = () => ({
  title: 'Save PDF',
  defaultPath: join(documents, 'Cedar-session-3-agenda.pdf'),
  filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  properties: ['createDirectory', 'showOverwriteConfirmation'],
});

describe('the save dialog destination', () => {
  it('opens in the default folder with the suggested name, modal on the window', async () => {
    const parent = parentWindow();
    const { destination, showSaveDialog } = setup({ filePath: join(documents, 'agenda.pdf') }, parent);
    await destination.choose('Cedar-session-3-agenda.pdf');
    expect(showSaveDialog).toHaveBeenCalledTimes(1);
    expect(showSaveDialog).toHaveBeenCalledWith(parent, OPTIONS());
  });

  it('opens without a parent when there is no window, or it is gone', async () => {
    for (const parent of [undefined, parentWindow(true)]) {
      const { destination, showSaveDialog } = setup({ filePath: join(documents, 'agenda.pdf') }, parent);
      await destination.choose('Cedar-session-3-agenda.pdf');
      expect(showSaveDialog.mock.calls[0]).toEqual([OPTIONS()]);
    }
  });

  it('returns the chosen path, replacing a file the dialog asked about', async () => {
    const { destination } = setup({ filePath: join(documents, 'agenda.pdf') }, parentWindow());
    await expect(destination.choose('x.pdf')).resolves.toEqual({
      path: join(documents, 'agenda.pdf'),
      overwrite: true,
    });
  });

  it('returns null when the facilitator cancels', async () => {
    const { destination } = setup({ canceled: true, filePath: '' });
    await expect(destination.choose('x.pdf')).resolves.toBeNull();
    const { destination: empty } = setup({ canceled: false, filePath: '' });
    await expect(empty.choose('x.pdf')).resolves.toBeNull();
  });

  it('adds .pdf to a name without extension, and then replaces nothing (the dialog never asked)', async () => {
    const { destination } = setup({ filePath: join(documents, 'agenda') });
    await expect(destination.choose('x.pdf')).resolves.toEqual({
      path: join(documents, 'agenda.pdf'),
      overwrite: false,
    });
    const { destination: other } = setup({ filePath: join(documents, 'agenda.v2.PDF') });
    await expect(other.choose('x.pdf')).resolves.toEqual({ path: join(documents, 'agenda.v2.PDF'), overwrite: true });
  });

  it.each([
    ['a file in it', () => join(workspaces, 'agenda.pdf')],
    ['a file in a workspace', () => join(workspaces, 'w1', 'agenda.pdf')],
    ['a new sub-folder', () => join(workspaces, 'new', 'deeper', 'agenda')],
    ['a path that walks into it', () => join(documents, '..', 'Parley', 'workspaces', 'agenda.pdf')],
    ['a symbolic link to it', () => join(documents, 'shortcut', 'agenda.pdf')],
  ])('refuses %s', async (_name, path) => {
    const { destination } = setup({ filePath: path() });
    const refusal = destination.choose('x.pdf');
    await expect(refusal).rejects.toBeInstanceOf(ParleyFault);
    await expect(refusal).rejects.toMatchObject({ code: 'IO_ERROR', message: WORKSPACES_FOLDER_REFUSED });
  });

  it('accepts folders beside it, even with a similar name', async () => {
    for (const path of [join(base, 'Parley', 'workspaces-old', 'a.pdf'), join(base, 'Parley', 'a.pdf')]) {
      const { destination } = setup({ filePath: path });
      await expect(destination.choose('x.pdf')).resolves.toEqual({ path, overwrite: true });
    }
  });
});

describe('isInside', () => {
  it('counts the folder itself as inside', () => {
    expect(isInside(workspaces, workspaces, 'linux')).toBe(true);
    expect(isInside(workspaces, join(workspaces, '..'), 'linux')).toBe(false);
  });

  it('ignores case where the file system does', () => {
    const upper = join(workspaces.toUpperCase(), 'a.pdf');
    expect(isInside(workspaces, upper, 'linux')).toBe(false);
    expect(isInside(workspaces, upper, 'darwin')).toBe(true);
    expect(isInside(workspaces, upper, 'win32')).toBe(true);
  });
});

describe('the save dialog for a backup', () => {
  it('names and filters the backup file, adds its extension, and keeps it out of the workspaces folder', async () => {
    const { destination, showSaveDialog } = setup({ filePath: join(documents, 'cedar-2026') }, parentWindow());
    await expect(destination.choose('cedar-2026-05-14.parleybackup', 'backup')).resolves.toEqual({
      path: join(documents, 'cedar-2026.parleybackup'),
      overwrite: false,
    });
    expect(showSaveDialog.mock.calls[0]![1]).toMatchObject({
      title: 'Save encrypted backup',
      defaultPath: join(documents, 'cedar-2026-05-14.parleybackup'),
      filters: [{ name: 'Parley backup', extensions: ['parleybackup'] }],
    });
    const { destination: inside } = setup({ filePath: join(documents, 'shortcut', 'b.parleybackup') });
    await expect(inside.choose('b.parleybackup', 'backup')).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringMatching(/Keep backups away from the workspaces folder/),
    });
  });
});

describe('the open dialog source', () => {
  function openSetup(answer: { canceled: boolean; filePaths: string[] }, parent?: Partial<BaseWindow>) {
    const showOpenDialog = vi.fn(async (..._args: unknown[]) => answer);
    const source = openDialogSource({
      dialog: { showOpenDialog } as unknown as Pick<Dialog, 'showOpenDialog'>,
      window: () => parent as BaseWindow | undefined,
      defaultFolder: () => documents,
    });
    return { source, showOpenDialog };
  }

  it('asks for one backup file, modal on the window, and returns its absolute path', async () => {
    const parent = parentWindow();
    const { source, showOpenDialog } = openSetup(
      { canceled: false, filePaths: [join(documents, 'b.parleybackup')] },
      parent,
    );
    await expect(source.pick('backup')).resolves.toBe(join(documents, 'b.parleybackup'));
    expect(showOpenDialog).toHaveBeenCalledWith(parent, {
      title: 'Open a Parley backup',
      defaultPath: documents,
      filters: [{ name: 'Parley backup', extensions: ['parleybackup'] }],
      properties: ['openFile'],
    });
  });

  it('returns null when cancelled or empty', async () => {
    await expect(openSetup({ canceled: true, filePaths: [] }).source.pick('backup')).resolves.toBeNull();
    await expect(openSetup({ canceled: false, filePaths: [] }).source.pick('backup')).resolves.toBeNull();
  });
});
