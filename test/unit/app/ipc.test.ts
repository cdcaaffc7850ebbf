import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain, WebContents } from 'electron';
import { METHOD_NAMES } from '../../../shared/contract';
import { EVENT_CHANNEL } from '../../../shared/contract/events';
import { registerIpc, sendEvent, senderOf } from '../../../main/app/ipc';
import type { Registry } from '../../../main/ipc';
import { createHarness, type Harness } from '../../fixtures/workspace';
import { FakeWebContents, resetFakeElectron, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

let h: Harness;
let electron: FakeElectron;
beforeEach(async () => {
  h = await createHarness();
  electron = resetFakeElectron();
});
afterEach(async () => h.dispose());

/** An `ipcMain.handle` event as Electron builds it for a call from `frameUrl`. */
function invokeEvent(frameUrl: string | null, { subFrame = false } = {}) {
  const mainFrame = { url: frameUrl ?? '' };
  const senderFrame = frameUrl === null ? null : subFrame ? { url: frameUrl } : mainFrame;
  return { sender: { mainFrame }, senderFrame };
}

function register(registry: Registry = h.registry) {
  return registerIpc(electron.ipcMain as unknown as IpcMain, registry);
}

const call = (channel: string, payload: unknown, event = invokeEvent('app://parley/index.html')) =>
  electron.ipcMain.handlers.get(channel)!(event, payload);

describe('registerIpc', () => {
  it('registers exactly one ipcMain.handle per contract channel', () => {
    register();
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(METHOD_NAMES.length);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('answers a call from the app window through the real registry', async () => {
    register();
    expect(await call('workspace.status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
  });

  it.each([
    'https://evil.example/',
    'file:///home/facilitator/Downloads/page.html',
    'app://other/index.html',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses a call from a foreign frame (%s) with FORBIDDEN_SENDER', async (frameUrl) => {
    register();
    const result = await call('workspace.status', {}, invokeEvent(frameUrl));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('refuses a call from a sub-frame, even of our own origin', async () => {
    register();
    const result = await call('workspace.status', {}, invokeEvent('app://parley/index.html', { subFrame: true }));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  it('refuses a call whose frame is already gone', async () => {
    register();
    expect(await call('workspace.status', {}, invokeEvent(null))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });

  it('still validates payloads (the registry does), so oversized or malformed input is INVALID_INPUT', async () => {
    register();
    expect(await call('workspace.create', { name: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('never lets an exception reach Electron (it would forward the message to the page)', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const throwing: Registry = {
      channels: ['workspace.status'],
      invoke: () => Promise.reject(new Error('SELECT secret FROM notes')),
    };
    register(throwing);
    const result = await call('workspace.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledWith('parley: workspace.status INTERNAL');
    log.mockRestore();
  });

  it('returns a function that removes every handler', () => {
    const dispose = register();
    dispose();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });
});

describe('senderOf', () => {
  it('reports the frame URL and whether it is the main frame', () => {
    expect(senderOf(invokeEvent('app://parley/index.html') as never)).toEqual({
      frameUrl: 'app://parley/index.html',
      isMainFrame: true,
    });
    expect(senderOf(invokeEvent('app://parley/x', { subFrame: true }) as never).isMainFrame).toBe(false);
    expect(senderOf(invokeEvent(null) as never)).toEqual({ frameUrl: undefined, isMainFrame: false });
  });
});

describe('sendEvent', () => {
  const status = { state: 'locked', current: null, available: [], autoLockMinutes: 10 } as const;

  it('sends named events on the one event channel', () => {
    const contents = new FakeWebContents();
    expect(sendEvent(contents as unknown as WebContents, 'workspace.locked', { reason: 'idle', status })).toBe(true);
    expect(contents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      name: 'workspace.locked',
      payload: { reason: 'idle', status },
    });
  });

  it('skips a destroyed or missing window', () => {
    const contents = new FakeWebContents();
    contents.destroyed = true;
    // False, so a caller waiting for the page's answer does not wait for nobody.
    expect(sendEvent(contents as unknown as WebContents, 'workspace.locked', { reason: 'idle', status })).toBe(false);
    expect(sendEvent(undefined, 'workspace.locked', { reason: 'idle', status })).toBe(false);
    expect(contents.send).not.toHaveBeenCalled();
  });
});
