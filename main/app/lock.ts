import type { App, PowerMonitor } from 'electron';
import type { LockReason, ParleyEvents, WorkspaceStatus } from '../../shared/contract';
import { report } from './log';

/** The part of the workspace service locking needs. */
export interface Lockable {
  lock(): Promise<WorkspaceStatus>;
  readonly isUnlocked: boolean;
  readonly autoLockMinutes: number;
  /** Called once the database has closed, whoever locked it; returns a function that stops listening. */
  onLocked(listener: () => void): () => void;
}

export interface Locker {
  /** Locks, then tells the page why, so it can show the lock screen. Never rejects. */
  lock(reason: LockReason): Promise<void>;
}

/**
 * How long main waits for the page to save what is being typed and lock by itself. Saving a note
 * takes milliseconds; the wait is there for a busy or slow page, and bounds how long a page that
 * never answers can keep the workspace open.
 */
export const PAGE_FLUSH_GRACE_MS = 2_000;

export interface LockerOptions {
  /** Tells the page the workspace is locked and why, so it shows the lock screen. */
  readonly notify: (event: ParleyEvents['workspace.locked']) => void;
  /**
   * Asks the page to save its notes and lock. Returns whether the request was sent: false when there
   * is no page to ask (no window, or it is gone), so main does not wait for nobody.
   */
  readonly askPage: (event: ParleyEvents['workspace.lock-requested']) => boolean;
}

/**
 * Locks are queued one after another: a shortcut pressed while the system suspends must not
 * close the database twice. Before locking on its own, main asks the page to save a half-typed
 * note and lock itself (it alone holds that text), and waits until it has or the grace time is
 * over — except after a crash, when there is no page left to save anything.
 */
export function createLocker(
  workspace: Pick<Lockable, 'lock' | 'isUnlocked' | 'onLocked'>,
  { notify, askPage }: LockerOptions,
): Locker {
  const letPageLockFirst = (reason: LockReason) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        stopListening();
        resolve();
      };
      const timer = setTimeout(done, PAGE_FLUSH_GRACE_MS);
      // Listening starts before asking: the page may lock before `askPage` has returned.
      const stopListening = workspace.onLocked(done);
      let asked = false;
      try {
        asked = askPage({ reason });
      } catch (error) {
        report('lock', 'ASK_FAILED', error);
      }
      if (!asked) done();
    });

  let queue = Promise.resolve();
  return {
    lock(reason) {
      queue = queue.then(async () => {
        if (reason !== 'crash' && workspace.isUnlocked) await letPageLockFirst(reason);
        let status: WorkspaceStatus;
        try {
          // Also when the page has locked: it costs nothing and gives the status to send.
          status = await workspace.lock();
        } catch (error) {
          report('lock', 'LOCK_FAILED', error);
          return;
        }
        try {
          notify({ reason, status });
        } catch (error) {
          report('lock', 'NOTIFY_FAILED', error);
        }
      });
      return queue;
    },
  };
}

/** How often idle time is sampled; auto-lock is set in minutes, so this is precise enough. */
export const IDLE_CHECK_MS = 15_000;

export interface AutoLockDeps {
  readonly powerMonitor: Pick<PowerMonitor, 'on' | 'off' | 'getSystemIdleTime'>;
  readonly workspace: Pick<Lockable, 'isUnlocked' | 'autoLockMinutes'>;
  readonly locker: Locker;
}

/**
 * Locks when the machine has been idle for the workspace's auto-lock time (system-wide idle, so
 * typing in another app keeps it open), when it goes to sleep and when the screen locks — the
 * moments a laptop is most likely to be left or taken. Returns a function that stops watching.
 */
export function watchForAutoLock({ powerMonitor, workspace, locker }: AutoLockDeps): () => void {
  const onSuspend = () => void locker.lock('suspend');
  const onScreenLock = () => void locker.lock('screen-lock');
  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('lock-screen', onScreenLock);
  const timer = setInterval(() => {
    const minutes = workspace.autoLockMinutes;
    // A value of 0 (or less) means auto-lock is off.
    if (!workspace.isUnlocked || !(minutes > 0)) return;
    if (powerMonitor.getSystemIdleTime() >= minutes * 60) void locker.lock('idle');
  }, IDLE_CHECK_MS);
  return () => {
    clearInterval(timer);
    powerMonitor.off('suspend', onSuspend);
    powerMonitor.off('lock-screen', onScreenLock);
  };
}

/**
 * Quitting holds until the workspace is locked, so the database is closed cleanly (WAL
 * checkpointed, key dropped) however the app ends: menu, Cmd+Q, last window closed, OS logout.
 */
export function lockBeforeQuit(
  app: Pick<App, 'on' | 'quit'>,
  workspace: Pick<Lockable, 'isUnlocked'>,
  locker: Locker,
): void {
  let locking = false;
  app.on('before-quit', (event) => {
    // Second pass (after the lock) or nothing open: let the quit proceed.
    if (locking || !workspace.isUnlocked) return;
    event.preventDefault();
    locking = true;
    void locker.lock('quit').then(() => app.quit());
  });
}
