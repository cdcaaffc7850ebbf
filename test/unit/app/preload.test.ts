import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, METHOD_NAMES, type ParleyApi } from '../../../shared/contract';
import { EVENT_CHANNEL } from '../../../shared/contract/events';
import { resetFakeElectron, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

let electron: FakeElectron;
let api: ParleyApi;

beforeAll(async () => {
  electron = resetFakeElectron();
  vi.resetModules();
  await import('../../../main/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, value] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(key).toBe('parley');
  api = value as ParleyApi;
});

const byNamespace = () => {
  const groups: Record<string, string[]> = {};
  for (const name of METHOD_NAMES) {
    const [namespace, action] = name.split('.') as [string, string];
    (groups[namespace] ??= []).push(action);
  }
  return groups;
};

describe('preload', () => {
  it('exposes exactly the contract namespaces plus `on`', () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(byNamespace()), 'on'].sort());
  });

  it('exposes exactly each namespace’s methods, as functions, and nothing raw', () => {
    for (const [namespace, actions] of Object.entries(byNamespace())) {
      const group = (api as unknown as Record<string, Record<string, unknown>>)[namespace]!;
      expect(Object.keys(group).sort(), namespace).toEqual([...actions].sort());
      for (const action of actions) expect(typeof group[action]).toBe('function');
    }
    const flat = JSON.stringify(Object.keys(api));
    for (const raw of ['ipcRenderer', 'send', 'invoke', 'sendSync', 'require', 'process']) {
      expect(flat).not.toContain(`"${raw}"`);
    }
  });

  it('invokes the method’s own channel with the payload', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    const result = await api.dialogue.list({});
    expect(result).toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('dialogue.list', {});
    for (const name of METHOD_NAMES) {
      const [namespace, action] = name.split('.') as [string, string];
      await (api as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>)[namespace]![
        action
      ]!({ probe: name });
      expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(name, { probe: name });
    }
  });

  it('delivers only the subscribed event’s payload, never the IPC event, until unsubscribed', () => {
    expect(EVENT_NAMES).toContain('workspace.locked');
    const listener = vi.fn();
    const off = api.on('workspace.locked', listener);
    const ipcEvent = { sender: electron.ipcRenderer };
    const payload = { reason: 'shortcut', status: { state: 'locked' } };
    electron.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, { name: 'workspace.locked', payload });
    electron.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, { name: 'something.else', payload: 1 });
    electron.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'garbage');
    electron.ipcRenderer.emit('another-channel', ipcEvent, { name: 'workspace.locked', payload: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(payload);
    off();
    expect(electron.ipcRenderer.listeners(EVENT_CHANNEL)).toHaveLength(0);
    electron.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, { name: 'workspace.locked', payload });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('lets the page hear a lock request from main, kept apart from the lock itself', () => {
    expect(EVENT_NAMES).toContain('workspace.lock-requested');
    const requested = vi.fn();
    const locked = vi.fn();
    const offRequested = api.on('workspace.lock-requested', requested);
    const offLocked = api.on('workspace.locked', locked);
    const ipcEvent = { sender: electron.ipcRenderer };
    electron.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, {
      name: 'workspace.lock-requested',
      payload: { reason: 'idle' },
    });
    expect(requested).toHaveBeenCalledExactlyOnceWith({ reason: 'idle' });
    expect(locked).not.toHaveBeenCalled();
    offRequested();
    offLocked();
    expect(electron.ipcRenderer.listeners(EVENT_CHANNEL)).toHaveLength(0);
  });

  it('refuses to subscribe to an event the contract does not declare', () => {
    expect(() => api.on('nope' as never, vi.fn())).toThrow(/Unknown Parley event/);
  });
});
