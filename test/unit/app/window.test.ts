import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { createMainWindow, mainWindowOptions, webPreferences, type BrowserWindowClass } from '../../../main/app/window';
import { fakeElectron, FakeSession } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

const session = new FakeSession() as unknown as Session;
const settings = { preload: '/opt/parley/dist/preload/index.cjs', session, devTools: false };

describe('main window webPreferences', () => {
  it('sets every security option explicitly', () => {
    expect(webPreferences(settings)).toEqual({
      preload: '/opt/parley/dist/preload/index.cjs',
      session,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      v8CacheOptions: 'none',
    });
  });

  it('enables DevTools only when asked (unpackaged builds)', () => {
    expect(webPreferences({ ...settings, devTools: true }).devTools).toBe(true);
  });

  it('opens hidden and shows once painted', () => {
    const options = mainWindowOptions(settings);
    expect(options.show).toBe(false);
    expect(options.title).toBe('Parley');
    expect(options.webPreferences).toEqual(webPreferences(settings));
  });
});

describe('createMainWindow', () => {
  it('loads app://parley/index.html and shows on ready-to-show', async () => {
    const { BrowserWindow } = fakeElectron();
    const window = createMainWindow(BrowserWindow as unknown as BrowserWindowClass, settings);
    const fake = window as unknown as InstanceType<typeof BrowserWindow>;
    expect(fake.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(fake.loadURL).toHaveBeenCalledWith('app://parley/index.html');
    expect(fake.show).not.toHaveBeenCalled();
    fake.emit('ready-to-show');
    expect(fake.show).toHaveBeenCalledTimes(1);
  });

  it('logs a failed load by code only', async () => {
    const { BrowserWindow } = fakeElectron();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Failing = class extends BrowserWindow {
      override readonly loadURL = vi.fn(() =>
        Promise.reject(Object.assign(new Error('net::ERR_FAILED loading app://parley/secret'), { code: 'ERR_FAILED' })),
      );
    };
    createMainWindow(Failing as unknown as BrowserWindowClass, settings);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('parley: window LOAD_FAILED (ERR_FAILED)'));
    log.mockRestore();
  });
});
