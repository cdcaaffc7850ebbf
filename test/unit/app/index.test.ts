import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { METHOD_NAMES } from '../../../shared/contract';
import { EVENT_CHANNEL } from '../../../shared/contract/events';
import { IDLE_CHECK_MS } from '../../../main/app/lock';
import { LOCK_MENU_ID } from '../../../main/app/menu';
import { PASSPHRASE } from '../../fixtures/workspace';
import { fakeEvent, resetFakeElectron, type FakeBrowserWindow, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());
// The real services, with cheap key derivation so the test does not spend seconds in Argon2.
vi.mock('../../../main/services', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../main/services')>();
  const { TEST_KDF_COST } = await import('../../../main/store/kdf');
  return {
    ...real,
    createServices: (options: Parameters<typeof real.createServices>[0]) =>
      real.createServices({ ...options, kdfCost: TEST_KDF_COST }),
  };
});

/** Loads the entry module against a fresh fake Electron, as `electron .` would run it. */
async function boot(): Promise<FakeElectron> {
  const electron = resetFakeElectron();
  await import('../../../main/app/index');
  return electron;
}

describe('the first instance', () => {
  let electron: FakeElectron;
  let window: FakeBrowserWindow;
  let mainFrame: { url: string };
  const trusted = () => ({ sender: { mainFrame }, senderFrame: mainFrame });
  const call = (channel: string, payload: unknown = {}) => electron.ipcMain.handlers.get(channel)!(trusted(), payload);
  const unlock = async () =>
    expect(await call('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  const events = () =>
    window.webContents.send.mock.calls.filter(([channel]) => channel === EVENT_CHANNEL).map(([, message]) => message);

  beforeAll(async () => {
    // Only intervals are faked: the idle check is one; everything else runs for real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    electron = await boot();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    window = electron.windows[0]!;
    mainFrame = window.webContents.mainFrame;
    // The page answers a lock request as the renderer does: it saves its notes, then locks.
    window.webContents.send.mockImplementation((channel: string, message: { name: string }) => {
      if (channel === EVENT_CHANNEL && message.name === 'workspace.lock-requested') void call('workspace.lock');
    });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await call('workspace.lock');
  });

  it('sets privacy switches, the sandbox and the app:// scheme before the app is ready', () => {
    const { calls } = electron;
    const ready = calls.indexOf('whenReady');
    for (const step of [
      'switch disk-cache-size=0',
      'switch disable-http-cache',
      'enableSandbox',
      'registerSchemesAsPrivileged',
    ]) {
      expect(calls.indexOf(step), step).toBeGreaterThanOrEqual(0);
      expect(calls.indexOf(step), step).toBeLessThan(ready);
    }
    expect(electron.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('opens one sandboxed window on app://parley/ in an in-memory session', () => {
    const pageSession = electron.session.fromPartition('parley');
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      session: pageSession,
      preload: join('/opt/parley', 'dist', 'preload', 'index.cjs'),
      devTools: true, // the fake app is not packaged
    });
    expect(window.loadedUrls).toEqual(['app://parley/index.html']);
    expect(pageSession.protocol.handlers.has('app')).toBe(true);
  });

  it('hardens the page session and the default session before the window exists', () => {
    for (const session of [electron.session.defaultSession, electron.session.fromPartition('parley')]) {
      expect(session.cancels('https://example.org/')).toBe(true);
      expect(session.cancels('app://parley/index.html')).toBe(false);
      expect(session.permissionCheckHandler!(null, 'media')).toBe(false);
    }
    expect(electron.app.listeners('web-contents-created')).toHaveLength(1);
  });

  it('registers every contract channel, refusing foreign frames through the real registry', async () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
    const foreign = {
      sender: { mainFrame: { url: 'https://evil.example/' } },
      senderFrame: { url: 'https://evil.example/' },
    };
    foreign.senderFrame = foreign.sender.mainFrame;
    expect(await electron.ipcMain.handlers.get('workspace.status')!(foreign, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });

  it('keeps workspaces under userData/workspaces', async () => {
    expect(await call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    expect(existsSync(join(electron.userData, 'workspaces', 'cedar'))).toBe(true);
  });

  it('exports through the save dialog, parented to the window, opening no other window when cancelled', async () => {
    await unlock();
    const dialogue = (await call('dialogue.create', { codeName: 'Cedar' })) as { value: { id: string } };
    const session = (await call('session.create', {
      dialogueId: dialogue.value.id,
      startsAt: '2026-05-14T09:00',
      endsAt: '2026-05-14T17:00',
      timeZone: 'Europe/Zurich',
    })) as { value: { id: string } };
    await call('agenda.add', { sessionId: session.value.id, kind: 'plenary', title: 'Opening', plannedMinutes: 30 });

    // The facilitator cancels the dialog: nothing is printed or written.
    expect(await call('export.agendaPdf', { sessionId: session.value.id })).toEqual({
      ok: true,
      value: { saved: false },
    });
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      defaultPath: join(electron.userData, 'documents', 'Cedar-session-1-agenda.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(electron.windows).toHaveLength(1);
  });

  it('locks on Ctrl/Cmd+L from the application menu, asking the page to save and lock first', async () => {
    expect(electron.menus).toHaveLength(1);
    const menu = electron.menus[0] as { template: MenuItemConstructorOptions[] };
    const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);
    const lock = flat(menu.template).find((item) => item.id === LOCK_MENU_ID)!;
    expect(lock.accelerator).toBe('CmdOrCtrl+L');
    lock.click!(lock as never, undefined, { triggeredByAccelerator: true } as never);
    await vi.waitFor(() =>
      expect(events()).toEqual([
        { name: 'workspace.lock-requested', payload: { reason: 'shortcut' } },
        {
          name: 'workspace.locked',
          payload: { reason: 'shortcut', status: expect.objectContaining({ state: 'locked', current: null }) },
        },
      ]),
    );
    expect(await call('workspace.status')).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it.each([
    ['suspend', 'suspend'],
    ['lock-screen', 'screen-lock'],
  ])('locks on powerMonitor %s and tells the page', async (trigger, reason) => {
    await unlock();
    electron.powerMonitor.emit(trigger);
    await vi.waitFor(() =>
      expect(events().slice(-2)).toEqual([
        { name: 'workspace.lock-requested', payload: { reason } },
        {
          name: 'workspace.locked',
          payload: { reason, status: expect.objectContaining({ state: 'locked' }) },
        },
      ]),
    );
  });

  it('locks after the auto-lock time of system idleness', async () => {
    await unlock();
    electron.powerMonitor.getSystemIdleTime.mockReturnValue(10 * 60);
    vi.advanceTimersByTime(IDLE_CHECK_MS);
    await vi.waitFor(() =>
      expect(events().at(-1)).toMatchObject({ name: 'workspace.locked', payload: { reason: 'idle' } }),
    );
    expect(events().at(-2)).toEqual({ name: 'workspace.lock-requested', payload: { reason: 'idle' } });
    electron.powerMonitor.getSystemIdleTime.mockReturnValue(0);
    expect(await call('workspace.status')).toMatchObject({ value: { state: 'locked' } });
  });

  it('locks when the page crashes', async () => {
    await unlock();
    window.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed' });
    await vi.waitFor(() =>
      expect(events().at(-1)).toMatchObject({ name: 'workspace.locked', payload: { reason: 'crash' } }),
    );
    expect(await call('workspace.status')).toMatchObject({ value: { state: 'locked' } });
    // A crashed page has nothing left to save: it is not asked.
    expect(events()).not.toContainEqual({ name: 'workspace.lock-requested', payload: { reason: 'crash' } });
  });

  it('focuses the existing window when a second instance starts', () => {
    window.minimized = true;
    electron.app.emit('second-instance', fakeEvent(), [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits when the window is closed, on every platform', () => {
    electron.app.quit.mockClear();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('locks before quitting, also after the window has gone', async () => {
    await unlock();
    electron.app.quit.mockClear();
    const log = vi.spyOn(console, 'error');
    window.destroy();
    const event = fakeEvent();
    electron.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    expect(await call('workspace.status')).toMatchObject({ value: { state: 'locked' } });
    expect(log).not.toHaveBeenCalled();
  });
});
