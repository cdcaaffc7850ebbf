import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, PowerMonitor } from 'electron';
import type { WorkspaceStatus } from '../../../shared/contract';
import { createLocker, IDLE_CHECK_MS, lockBeforeQuit, watchForAutoLock, type Locker } from '../../../main/app/lock';
import { FakeEmitter, fakeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

const LOCKED: WorkspaceStatus = { state: 'locked', current: null, available: [{ name: 'cedar' }], autoLockMinutes: 10 };

/** A workspace service stand-in: unlocked until `lock()` is called. */
function workspace(autoLockMinutes = 10) {
  const ws = {
    isUnlocked: true,
    autoLockMinutes,
    lock: vi.fn(async () => {
      ws.isUnlocked = false;
      return LOCKED;
    }),
  };
  return ws;
}

describe('createLocker', () => {
  it('locks the workspace, then sends the reason and the new status', async () => {
    const ws = workspace();
    const notify = vi.fn();
    await createLocker(ws, notify).lock('shortcut');
    expect(ws.lock).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith({ reason: 'shortcut', status: LOCKED });
  });

  it('runs locks one after another, never two at once', async () => {
    let running = 0;
    let overlap = false;
    const ws = {
      lock: vi.fn(async () => {
        overlap ||= running > 0;
        running++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return LOCKED;
      }),
    };
    const notify = vi.fn();
    const locker = createLocker(ws, notify);
    await Promise.all([locker.lock('suspend'), locker.lock('shortcut'), locker.lock('screen-lock')]);
    expect(overlap).toBe(false);
    expect(notify.mock.calls.map(([event]) => event.reason)).toEqual(['suspend', 'shortcut', 'screen-lock']);
  });

  it('never rejects; a failed lock is logged by code only and sends nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const notify = vi.fn();
    const failing = { lock: () => Promise.reject(Object.assign(new Error('disk I/O on /secret'), { code: 'EIO' })) };
    await expect(createLocker(failing, notify).lock('idle')).resolves.toBeUndefined();
    expect(notify).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('parley: lock LOCK_FAILED (EIO)');
    log.mockRestore();
  });

  it('reports a failed notification apart from the lock, which still happened', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ws = workspace();
    const notify = () => {
      throw new TypeError('Object has been destroyed');
    };
    await expect(createLocker(ws, notify).lock('request')).resolves.toBeUndefined();
    expect(ws.lock).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('parley: lock NOTIFY_FAILED');
    log.mockRestore();
  });
});

describe('watchForAutoLock', () => {
  let powerMonitor: FakeEmitter & { getSystemIdleTime: ReturnType<typeof vi.fn> };
  let locker: Locker & { lock: ReturnType<typeof vi.fn> };
  beforeEach(() => {
    vi.useFakeTimers();
    powerMonitor = Object.assign(new FakeEmitter(), { getSystemIdleTime: vi.fn(() => 0) });
    locker = { lock: vi.fn(async () => undefined) };
  });
  afterEach(() => vi.useRealTimers());

  const watch = (ws: ReturnType<typeof workspace>) =>
    watchForAutoLock({ powerMonitor: powerMonitor as unknown as PowerMonitor, workspace: ws, locker });

  it('locks once the system has been idle for the auto-lock time', () => {
    watch(workspace(10));
    powerMonitor.getSystemIdleTime.mockReturnValue(10 * 60 - 1);
    vi.advanceTimersByTime(IDLE_CHECK_MS);
    expect(locker.lock).not.toHaveBeenCalled();
    powerMonitor.getSystemIdleTime.mockReturnValue(10 * 60);
    vi.advanceTimersByTime(IDLE_CHECK_MS);
    expect(locker.lock).toHaveBeenCalledWith('idle');
  });

  it('does nothing while locked, or when auto-lock is off', () => {
    const locked = workspace(10);
    locked.isUnlocked = false;
    watch(locked);
    watch(workspace(0));
    powerMonitor.getSystemIdleTime.mockReturnValue(24 * 3600);
    vi.advanceTimersByTime(IDLE_CHECK_MS * 4);
    expect(locker.lock).not.toHaveBeenCalled();
  });

  it('locks when the system suspends and when the screen locks', () => {
    watch(workspace());
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    expect(locker.lock.mock.calls).toEqual([['suspend'], ['screen-lock']]);
  });

  it('stops watching when asked', () => {
    const stop = watch(workspace(1));
    stop();
    powerMonitor.getSystemIdleTime.mockReturnValue(3600);
    powerMonitor.emit('suspend');
    vi.advanceTimersByTime(IDLE_CHECK_MS * 2);
    expect(locker.lock).not.toHaveBeenCalled();
  });

  it('with the real locker: idle, suspend and screen lock each lock and send the event', async () => {
    vi.useRealTimers();
    for (const [trigger, reason] of [
      ['idle', 'idle'],
      ['suspend', 'suspend'],
      ['lock-screen', 'screen-lock'],
    ] as const) {
      vi.useFakeTimers();
      const ws = workspace(5);
      const notify = vi.fn();
      const stop = watchForAutoLock({
        powerMonitor: powerMonitor as unknown as PowerMonitor,
        workspace: ws,
        locker: createLocker(ws, notify),
      });
      if (trigger === 'idle') {
        powerMonitor.getSystemIdleTime.mockReturnValue(5 * 60 + 30);
        vi.advanceTimersByTime(IDLE_CHECK_MS);
      } else {
        powerMonitor.emit(trigger);
      }
      vi.useRealTimers();
      await vi.waitFor(() => expect(notify).toHaveBeenCalledWith({ reason, status: LOCKED }));
      expect(ws.lock).toHaveBeenCalledTimes(1);
      stop();
      powerMonitor.getSystemIdleTime.mockReturnValue(0);
    }
  });
});

describe('lockBeforeQuit', () => {
  it('holds the quit until the workspace is locked, then quits', async () => {
    const app = Object.assign(new FakeEmitter(), { quit: vi.fn() });
    const ws = workspace();
    const notify = vi.fn();
    lockBeforeQuit(app as unknown as App, ws, createLocker(ws, notify));
    const event = fakeEvent();
    app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    expect(ws.lock).toHaveBeenCalledTimes(1);
    // The second before-quit (from app.quit) goes through.
    const second = fakeEvent();
    app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('does not hold a quit when nothing is open', () => {
    const app = Object.assign(new FakeEmitter(), { quit: vi.fn() });
    const ws = workspace();
    ws.isUnlocked = false;
    lockBeforeQuit(app as unknown as App, ws, createLocker(ws, vi.fn()));
    const event = fakeEvent();
    app.emit('before-quit', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(ws.lock).not.toHaveBeenCalled();
  });
});
