import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, PowerMonitor } from 'electron';
import type { WorkspaceStatus } from '../../../shared/contract';
import {
  createLocker,
  IDLE_CHECK_MS,
  lockBeforeQuit,
  PAGE_FLUSH_GRACE_MS,
  watchForAutoLock,
  type Locker,
} from '../../../main/app/lock';
import { FakeEmitter, fakeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

const LOCKED: WorkspaceStatus = { state: 'locked', current: null, available: [{ name: 'cedar' }], autoLockMinutes: 10 };

/** A workspace service stand-in: unlocked until `lock()` is called, which tells `onLocked` listeners once. */
function workspace(autoLockMinutes = 10) {
  const lockedListeners = new Set<() => void>();
  const ws = {
    isUnlocked: true,
    autoLockMinutes,
    lock: vi.fn(async () => {
      if (ws.isUnlocked) {
        ws.isUnlocked = false;
        for (const listener of lockedListeners) listener();
      }
      return LOCKED;
    }),
    onLocked: vi.fn((listener: () => void) => {
      lockedListeners.add(listener);
      return () => void lockedListeners.delete(listener);
    }),
  };
  return ws;
}

/** No window to ask: main locks at once. */
const noPage = () => false;

/** A page that answers as the renderer does: it saves its notes, then locks the workspace itself. */
function answeringPage(ws: ReturnType<typeof workspace>) {
  return vi.fn((_event: { reason: string }) => {
    void Promise.resolve().then(() => ws.lock());
    return true;
  });
}

/** A page that was sent the request but never answers (busy, hung, not yet loaded). */
const silentPage = () => vi.fn((_event: { reason: string }) => true);

/** Whether a promise has settled, checked without waiting for it. */
function observe(promise: Promise<unknown>) {
  const state = { settled: false };
  void promise.then(() => (state.settled = true));
  return state;
}

describe('createLocker', () => {
  afterEach(() => vi.useRealTimers());

  it('locks the workspace, then sends the reason and the new status', async () => {
    const ws = workspace();
    const notify = vi.fn();
    await createLocker(ws, { notify, askPage: noPage }).lock('shortcut');
    expect(ws.lock).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith({ reason: 'shortcut', status: LOCKED });
  });

  it('asks the page first, and locks as soon as the page has locked, without waiting out the grace time', async () => {
    vi.useFakeTimers();
    const ws = workspace();
    const notify = vi.fn();
    const askPage = answeringPage(ws);
    const locking = observe(createLocker(ws, { notify, askPage }).lock('idle'));
    // Only promises run here, no timer: the lock cannot have waited for the grace timeout.
    await vi.advanceTimersByTimeAsync(0);
    expect(askPage).toHaveBeenCalledWith({ reason: 'idle' });
    expect(locking.settled).toBe(true);
    expect(notify).toHaveBeenCalledWith({ reason: 'idle', status: LOCKED });
    // The page's lock closed the database; main's own lock only read the status.
    expect(ws.lock).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('locks anyway once the grace time is over when the page never answers', async () => {
    vi.useFakeTimers();
    const ws = workspace();
    const notify = vi.fn();
    const askPage = silentPage();
    const locking = observe(createLocker(ws, { notify, askPage }).lock('suspend'));
    await vi.advanceTimersByTimeAsync(PAGE_FLUSH_GRACE_MS - 1);
    expect(askPage).toHaveBeenCalledWith({ reason: 'suspend' });
    expect(ws.lock).not.toHaveBeenCalled();
    expect(notify).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(locking.settled).toBe(true);
    expect(ws.lock).toHaveBeenCalledTimes(1);
    expect(ws.isUnlocked).toBe(false);
    expect(notify).toHaveBeenCalledWith({ reason: 'suspend', status: LOCKED });
  });

  it('does not ask a crashed page: it locks at once', async () => {
    vi.useFakeTimers();
    const ws = workspace();
    const notify = vi.fn();
    const askPage = silentPage();
    const locking = observe(createLocker(ws, { notify, askPage }).lock('crash'));
    await vi.advanceTimersByTimeAsync(0);
    expect(locking.settled).toBe(true);
    expect(askPage).not.toHaveBeenCalled();
    expect(ws.lock).toHaveBeenCalledTimes(1);
    expect(notify).toHaveBeenCalledWith({ reason: 'crash', status: LOCKED });
  });

  it('does not ask when nothing is open, and does not wait when there is no page to ask', async () => {
    vi.useFakeTimers();
    const locked = workspace();
    locked.isUnlocked = false;
    const askPage = silentPage();
    const notify = vi.fn();
    const first = observe(createLocker(locked, { notify, askPage }).lock('idle'));
    const open = workspace();
    const second = observe(createLocker(open, { notify, askPage: noPage }).lock('quit'));
    await vi.advanceTimersByTimeAsync(0);
    expect(first.settled && second.settled).toBe(true);
    expect(askPage).not.toHaveBeenCalled();
    expect(open.isUnlocked).toBe(false);
    expect(notify.mock.calls.map(([event]) => event.reason)).toEqual(['idle', 'quit']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds later locks back while the page is being waited for, then runs them in order', async () => {
    vi.useFakeTimers();
    const ws = workspace();
    const notify = vi.fn();
    const askPage = silentPage();
    const locker = createLocker(ws, { notify, askPage });
    const both = observe(Promise.all([locker.lock('idle'), locker.lock('shortcut')]));
    await vi.advanceTimersByTimeAsync(PAGE_FLUSH_GRACE_MS - 1);
    expect(ws.lock).not.toHaveBeenCalled();
    expect(askPage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(both.settled).toBe(true);
    // The second found the workspace locked already: nothing to ask, nothing to wait for.
    expect(askPage).toHaveBeenCalledTimes(1);
    expect(notify.mock.calls.map(([event]) => event.reason)).toEqual(['idle', 'shortcut']);
  });

  it('runs locks one after another, never two at once', async () => {
    let running = 0;
    let overlap = false;
    const ws = workspace();
    const lock = ws.lock.getMockImplementation()!;
    ws.lock.mockImplementation(async () => {
      overlap ||= running > 0;
      running++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return lock();
    });
    const notify = vi.fn();
    const locker = createLocker(ws, { notify, askPage: noPage });
    await Promise.all([locker.lock('suspend'), locker.lock('shortcut'), locker.lock('screen-lock')]);
    expect(ws.lock).toHaveBeenCalledTimes(3);
    expect(overlap).toBe(false);
    expect(notify.mock.calls.map(([event]) => event.reason)).toEqual(['suspend', 'shortcut', 'screen-lock']);
  });

  it('never rejects; a failed lock is logged by code only and sends nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const notify = vi.fn();
    const failing = workspace();
    failing.lock.mockRejectedValue(Object.assign(new Error('disk I/O on /secret'), { code: 'EIO' }));
    await expect(createLocker(failing, { notify, askPage: noPage }).lock('idle')).resolves.toBeUndefined();
    expect(notify).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('parley: lock LOCK_FAILED (EIO)');
    log.mockRestore();
  });

  it('never rejects when asking the page fails: logs it by code and locks at once', async () => {
    vi.useFakeTimers();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ws = workspace();
    const notify = vi.fn();
    const askPage = () => {
      throw new TypeError('Object has been destroyed');
    };
    const locking = observe(createLocker(ws, { notify, askPage }).lock('menu'));
    await vi.advanceTimersByTimeAsync(0);
    expect(locking.settled).toBe(true);
    expect(ws.isUnlocked).toBe(false);
    expect(notify).toHaveBeenCalledWith({ reason: 'menu', status: LOCKED });
    expect(log).toHaveBeenCalledWith('parley: lock ASK_FAILED');
    log.mockRestore();
  });

  it('reports a failed notification apart from the lock, which still happened', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const ws = workspace();
    const notify = () => {
      throw new TypeError('Object has been destroyed');
    };
    await expect(createLocker(ws, { notify, askPage: noPage }).lock('request')).resolves.toBeUndefined();
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
        locker: createLocker(ws, { notify, askPage: noPage }),
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
    lockBeforeQuit(app as unknown as App, ws, createLocker(ws, { notify, askPage: noPage }));
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
    lockBeforeQuit(app as unknown as App, ws, createLocker(ws, { notify: vi.fn(), askPage: noPage }));
    const event = fakeEvent();
    app.emit('before-quit', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(ws.lock).not.toHaveBeenCalled();
  });
});
