import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * A small stand-in for the `electron` module: the real runtime cannot start on our machines, so
 * tests mock `electron` with this and drive the events Electron would emit. It records what the
 * shell asks of Electron (options, handlers, listeners) and nothing more.
 *
 * Usage in a test file:
 *   vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());
 * The instance lives on globalThis, so `fakeElectron()` in the test returns the one the code under
 * test imported, even across `vi.resetModules()`. `resetFakeElectron()` starts a fresh one.
 */

type Listener = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

export class FakeEmitter {
  readonly #listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.#listeners.set(event, [...this.listeners(event), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  off(event: string, listener: Listener): this {
    this.#listeners.set(
      event,
      this.listeners(event).filter((l) => l !== listener),
    );
    return this;
  }
  removeListener(event: string, listener: Listener): this {
    return this.off(event, listener);
  }
  listeners(event: string): Listener[] {
    return this.#listeners.get(event) ?? [];
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return this.listeners(event).map((listener) => listener(...args));
  }
}

/** An Electron-style event whose default can be prevented. */
export function fakeEvent(extra: object = {}) {
  return { preventDefault: vi.fn(), defaultPrevented: false, ...extra };
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly mainFrame = { url: 'app://parley/index.html' };
  readonly send = vi.fn();
  readonly setWebRTCIPHandlingPolicy = vi.fn();
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export class FakeProtocol {
  readonly handlers = new Map<string, (request: Request) => Promise<Response>>();
  readonly registerSchemesAsPrivileged = vi.fn();
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    this.handlers.set(scheme, handler);
  }
}

type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession extends FakeEmitter {
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void) | null =
    null;
  permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  beforeRequest: BeforeRequest | undefined;
  readonly protocol = new FakeProtocol();
  readonly setSpellCheckerEnabled = vi.fn();
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequest) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']) {
    this.devicePermissionHandler = handler;
  }
  /** What the session's webRequest filter answers for a URL: true when cancelled. */
  cancels(url: string): boolean {
    let cancel: boolean | undefined;
    this.beforeRequest!({ url }, (response) => (cancel = response.cancel));
    return cancel === true;
  }
}

export function createFakeElectron() {
  // Inside the run's own folder (test/global-setup.ts), which is removed when the run ends.
  const userData = mkdtempSync(join(process.env.PARLEY_TEST_TMP ?? tmpdir(), 'parley-fake-userdata-'));
  const windows: FakeBrowserWindow[] = [];
  const calls: string[] = [];
  const partitions = new Map<string, FakeSession>();

  class FakeBrowserWindow extends FakeEmitter {
    readonly #webContents = new FakeWebContents();
    #destroyed = false;
    /** Like Electron, a destroyed window throws on access to its web contents. */
    get webContents(): FakeWebContents {
      if (this.#destroyed) throw new TypeError('Object has been destroyed');
      return this.#webContents;
    }
    /** Kept outside the mock, which Vitest clears between tests. */
    readonly loadedUrls: string[] = [];
    readonly loadURL = vi.fn(async (url: string) => {
      this.loadedUrls.push(url);
    });
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    minimized = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      calls.push('new BrowserWindow');
      windows.push(this);
    }
    isMinimized() {
      return this.minimized;
    }
    isDestroyed() {
      return this.#destroyed;
    }
    destroy() {
      this.#destroyed = true;
      this.#webContents.destroyed = true;
      this.emit('closed');
    }
  }

  const app = Object.assign(new FakeEmitter(), {
    isPackaged: false,
    commandLine: {
      hasSwitch: vi.fn((_name: string) => false),
      appendSwitch: vi.fn((name: string, value?: string) => calls.push(`switch ${name}${value ? `=${value}` : ''}`)),
    },
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    getAppPath: vi.fn(() => '/opt/parley'),
    getPath: vi.fn((name: string) => (name === 'userData' ? userData : join(userData, name))),
    whenReady: vi.fn(async () => {
      calls.push('whenReady');
    }),
  });

  const protocol = new FakeProtocol();
  const privilegedSchemes: unknown[] = [];
  protocol.registerSchemesAsPrivileged.mockImplementation((schemes: unknown[]) => {
    calls.push('registerSchemesAsPrivileged');
    privilegedSchemes.push(...schemes);
  });
  const menus: unknown[] = [];

  const ipcMain = {
    handlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
    handle: vi.fn((channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => {
      if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcMain.handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => ipcMain.handlers.delete(channel)),
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol,
    ipcMain,
    session: {
      defaultSession: new FakeSession(),
      fromPartition: vi.fn((name: string) => {
        if (!partitions.has(name)) partitions.set(name, new FakeSession());
        return partitions.get(name)!;
      }),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn((menu: unknown) => menus.push(menu)),
    },
    powerMonitor: Object.assign(new FakeEmitter(), { getSystemIdleTime: vi.fn(() => 0) }),
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: Object.assign(new FakeEmitter(), {
      invoke: vi.fn(async (_channel: string, _payload: unknown): Promise<unknown> => ({ ok: true, value: null })),
    }),
    shell: { openExternal: vi.fn() },
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    },
    crashReporter: { start: vi.fn() },
    // Test-only records of what happened; plain arrays, since Vitest clears mocks between tests.
    windows,
    calls,
    privilegedSchemes,
    menus,
    userData,
  };
  return electron;
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindow = FakeElectron['windows'][number];

const KEY = Symbol.for('parley.fakeElectron');
type Holder = { [KEY]?: FakeElectron };

export function fakeElectron(): FakeElectron {
  const holder = globalThis as Holder;
  holder[KEY] ??= createFakeElectron();
  return holder[KEY];
}

export function resetFakeElectron(): FakeElectron {
  (globalThis as Holder)[KEY] = createFakeElectron();
  return fakeElectron();
}
