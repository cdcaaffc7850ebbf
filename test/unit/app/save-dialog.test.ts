import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BaseWindow, Dialog, SaveDialogReturnValue } from 'electron';
import { ParleyFault } from '../../../main/errors';
import { isInside, saveDialogDestination, WORKSPACES_FOLDER_REFUSED } from '../../../main/app/save-dialog';

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
