import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebPreferences } from 'electron';
import { report } from './log';
import { APP_ENTRY_URL } from './protocol';

export interface WindowSettings {
  /** dist/preload/index.cjs: the only bridge between the page and main. */
  readonly preload: string;
  /** The in-memory session the page runs in (see index.ts). */
  readonly session: Session;
  /** DevTools only in an unpackaged build: in the field they would open the page to anyone. */
  readonly devTools: boolean;
}

/**
 * The page is treated like a hostile web page: it renders user text and holds no key. Every
 * option is spelled out, even where it is Electron's default, so a changed default cannot
 * loosen it silently and the unit test reads as the policy.
 */
export function webPreferences(settings: WindowSettings): WebPreferences {
  return {
    preload: settings.preload,
    session: settings.session,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium's spellchecker downloads dictionaries: no network, ever.
    spellcheck: false,
    devTools: settings.devTools,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // V8's code cache would store compiled page code on disk.
    v8CacheOptions: 'none',
  };
}

export function mainWindowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Parley',
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    // Shown once painted, so the facilitator never sees a blank white frame.
    show: false,
    backgroundColor: '#f4f5f7',
    webPreferences: webPreferences(settings),
  };
}

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(Window: BrowserWindowClass, settings: WindowSettings): BrowserWindow {
  const window = new Window(mainWindowOptions(settings));
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => report('window', 'LOAD_FAILED', error));
  return window;
}
