import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceStatus, WorkspaceSummary } from '../../../shared/contract';
import { checkRecoveryKey } from '../../../shared/recovery/recovery-key';
import { ParleyFault, faultMessages } from '../../errors';
import type { KdfCost } from '../../store/kdf';
import {
  checkWorkspace,
  createWorkspace,
  isWorkspace,
  unlockWorkspace,
  type OpenWorkspace,
  type WorkspaceSecret,
} from '../../store/workspace';

export interface WorkspaceServiceOptions {
  /** The folder that holds one sub-folder per workspace. */
  readonly root: string;
  readonly kdfCost?: KdfCost;
  readonly autoLockMinutes?: number;
  /** Told when work registered with onBeforeLock fails; the lock goes ahead regardless. */
  readonly onLockListenerError?: (error: unknown) => void;
  /**
   * The check of every page that runs after an unlock found damage. The app locks through its
   * locker (so the page is told why); without this the service locks by itself.
   */
  readonly onDamage?: () => void;
  /** Skip the background page check after unlocking (the bench measures unlock alone). */
  readonly checkAfterUnlock?: boolean;
}

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

/** Judges a new passphrase with the app's own rules; loaded on demand (zxcvbn's dictionaries cost ~37 MB). */
export async function assertStrongPassphrase(passphrase: string, context: readonly string[]): Promise<void> {
  const { assessPassphrase } = await import('../../../shared/passphrase/strength');
  const strength = assessPassphrase(passphrase, context);
  if (!strength.acceptable) {
    throw new ParleyFault('WEAK_PASSPHRASE', `That passphrase is too easy to guess. ${strength.hint}`);
  }
}

/** A typed recovery key, checked word by word before any key derivation runs. */
export function recoveryWordsOf(typed: string): string {
  const checked = checkRecoveryKey(typed);
  if (!checked.ok) throw new ParleyFault('RECOVERY_KEY_INVALID', checked.message);
  return checked.normalized;
}

/**
 * Owns the one open workspace of this process. Locking closes the database and drops the handle,
 * so nothing that could decrypt the file stays in main after a lock.
 */
export class WorkspaceService {
  #open: OpenWorkspace | undefined;
  /** Bumped by every lock, so an unlock that was still deriving its key when a lock came is dropped. */
  #generation = 0;
  readonly #lockListeners = new Set<() => Promise<void> | void>();
  readonly #lockedListeners = new Set<() => void>();
  /** The close in flight: a lock that arrives meanwhile waits for it rather than closing twice. */
  #closing: Promise<void> | undefined;
  /** The workspace locked because its check found damage, until the next unlock. */
  #damaged: WorkspaceSummary | null = null;
  /** The background check in flight, for tests and for a clean shutdown. */
  #checking: Promise<void> = Promise.resolve();
  /** Ends the check's worker when the workspace locks. */
  #stopCheck: AbortController | undefined;

  constructor(private readonly options: WorkspaceServiceOptions) {}

  get root(): string {
    return this.options.root;
  }

  get kdfCost(): KdfCost | undefined {
    return this.options.kdfCost;
  }

  get autoLockMinutes(): number {
    return this.options.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES;
  }

  /** The open workspace, or a WORKSPACE_LOCKED fault for the caller to return. */
  current = (): OpenWorkspace => {
    if (!this.#open) throw new ParleyFault('WORKSPACE_LOCKED', faultMessages.WORKSPACE_LOCKED);
    return this.#open;
  };

  get isUnlocked(): boolean {
    return this.#open !== undefined;
  }

  /** Resolves when the page check started by the last unlock has finished. */
  get checked(): Promise<void> {
    return this.#checking;
  }

  async status(): Promise<WorkspaceStatus> {
    return {
      state: this.#open ? 'unlocked' : 'locked',
      current: this.#open ? { name: this.#open.name } : null,
      available: await this.available(),
      autoLockMinutes: this.autoLockMinutes,
      damaged: this.#damaged,
    };
  }

  async create(input: { name: string; passphrase: string }): Promise<WorkspaceSummary> {
    await assertStrongPassphrase(input.passphrase, [input.name]);
    await this.lock();
    const generation = this.#generation;
    const created = await createWorkspace(join(this.options.root, input.name), input.passphrase, {
      kdfCost: this.options.kdfCost,
    });
    await this.#dropIfLockedSince(created, generation);
    this.#open = created;
    return { name: created.name };
  }

  async unlock(input: { name: string; passphrase: string }): Promise<WorkspaceSummary> {
    return this.#unlockWith(input.name, { passphrase: input.passphrase });
  }

  /** Opens with the recovery key (checked for typos first). */
  async unlockWithRecoveryKey(name: string, recoveryKey: string): Promise<OpenWorkspace> {
    await this.#unlockWith(name, { recoveryWords: recoveryWordsOf(recoveryKey) });
    return this.current();
  }

  async #unlockWith(name: string, secret: WorkspaceSecret): Promise<WorkspaceSummary> {
    const generation = this.#generation;
    const opened = await unlockWorkspace(join(this.options.root, name), secret);
    return this.adopt(opened, generation);
  }

  /**
   * Makes `opened` the open workspace (after an unlock, a restore), unless a lock came while it
   * was being opened, and starts the check of every page in a worker.
   */
  async adopt(opened: OpenWorkspace, generation: number = this.#generation): Promise<WorkspaceSummary> {
    await this.#dropIfLockedSince(opened, generation);
    await this.lock(); // closes the workspace open until now, if any
    await this.#dropIfLockedSince(opened, generation + 1);
    this.#open = opened;
    this.#damaged = null;
    if (this.options.checkAfterUnlock !== false) {
      this.#stopCheck = new AbortController();
      this.#checking = this.#checkInBackground(opened, this.#stopCheck.signal);
    }
    return { name: opened.name };
  }

  get generation(): number {
    return this.#generation;
  }

  /**
   * SQLite's check of every page, in a worker with its own connection (seconds on a big
   * workspace, which must not hold up the unlock). Damage found locks the workspace and says so.
   */
  async #checkInBackground(opened: OpenWorkspace, signal: AbortSignal): Promise<void> {
    let damaged: boolean;
    try {
      damaged = (await checkWorkspace(opened, 'quick', signal)).problems.length > 0;
    } catch (error) {
      // Locked meanwhile: nothing to check any more. Anything else the check could not read is damage.
      if (signal.aborted || !opened.isOpen || (error as ParleyFault).code === 'WORKSPACE_LOCKED') return;
      damaged = true;
    }
    if (!damaged || this.#open !== opened) return;
    this.#damaged = { name: opened.name };
    if (this.options.onDamage) this.options.onDamage();
    // Not awaited: the lock waits for this check to end, which is now.
    else void this.lock();
  }

  /** Key derivation takes a while: a lock (sleep, screen lock…) that arrived meanwhile wins. */
  async #dropIfLockedSince(opened: OpenWorkspace, generation: number): Promise<void> {
    if (this.#generation === generation) return;
    await opened.close().catch(() => undefined);
    throw new ParleyFault('WORKSPACE_LOCKED', 'Parley locked while the workspace was opening. Unlock it again.');
  }

  /**
   * Runs the lock listeners (e.g. flush pending autosaves) before the database closes. Locks come
   * from the page and from main at once (a shortcut while the system suspends): a second call while
   * the first is closing waits for that same close, so nothing runs twice and neither returns early.
   */
  async lock(): Promise<WorkspaceStatus> {
    this.#generation += 1;
    this.#closing ??= this.#close().finally(() => (this.#closing = undefined));
    await this.#closing;
    return this.status();
  }

  async #close(): Promise<void> {
    // The checker's own connection goes first: no decrypting handle outlives a lock.
    this.#stopCheck?.abort();
    this.#stopCheck = undefined;
    await this.#checking;
    const open = this.#open;
    if (!open) return;
    for (const listener of this.#lockListeners) {
      // A listener that fails (a last autosave on a full disk) must not keep the workspace open.
      await Promise.resolve()
        .then(listener)
        .catch((error: unknown) => this.options.onLockListenerError?.(error));
    }
    this.#open = undefined;
    // The handle is closed even when the checkpoint fails (full disk); the failure is reported, and
    // the WAL it left is encrypted and folded in at the next unlock.
    await open.close().catch((error: unknown) => this.options.onLockListenerError?.(error));
    for (const listener of this.#lockedListeners) listener();
  }

  onBeforeLock(listener: () => Promise<void> | void): () => void {
    this.#lockListeners.add(listener);
    return () => this.#lockListeners.delete(listener);
  }

  /**
   * Called once the database is closed, whoever asked for the lock: main waits on it for the page
   * to save and lock before locking on its own.
   */
  onLocked(listener: () => void): () => void {
    this.#lockedListeners.add(listener);
    return () => this.#lockedListeners.delete(listener);
  }

  private async available(): Promise<WorkspaceSummary[]> {
    let names: string[];
    try {
      names = (await readdir(this.options.root, { withFileTypes: true }))
        // Dot folders are Parley's own scratch space (a restore being prepared), never a workspace.
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
        .map((entry) => entry.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const found: WorkspaceSummary[] = [];
    for (const name of names.sort((a, b) => a.localeCompare(b))) {
      if (await isWorkspace(join(this.options.root, name))) found.push({ name });
    }
    return found;
  }
}
