import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkspaceStatus, WorkspaceSummary } from '../../../shared/contract';
import { ParleyFault, faultMessages } from '../../errors';
import type { KdfCost } from '../../store/kdf';
import { createWorkspace, isWorkspace, unlockWorkspace, type OpenWorkspace } from '../../store/workspace';

export interface WorkspaceServiceOptions {
  /** The folder that holds one sub-folder per workspace. */
  readonly root: string;
  readonly kdfCost?: KdfCost;
  readonly autoLockMinutes?: number;
  /** Told when work registered with onBeforeLock fails; the lock goes ahead regardless. */
  readonly onLockListenerError?: (error: unknown) => void;
}

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

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

  constructor(private readonly options: WorkspaceServiceOptions) {}

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

  async status(): Promise<WorkspaceStatus> {
    return {
      state: this.#open ? 'unlocked' : 'locked',
      current: this.#open ? { name: this.#open.name } : null,
      available: await this.available(),
      autoLockMinutes: this.autoLockMinutes,
    };
  }

  async create(input: { name: string; passphrase: string }): Promise<WorkspaceSummary> {
    // Loaded on demand: zxcvbn's dictionaries cost ~37 MB, needed only when a workspace is created.
    const { assessPassphrase } = await import('../../../shared/passphrase/strength');
    const strength = assessPassphrase(input.passphrase, [input.name]);
    if (!strength.acceptable) {
      throw new ParleyFault('WEAK_PASSPHRASE', `That passphrase is too easy to guess. ${strength.hint}`);
    }
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
    const generation = this.#generation;
    const opened = await unlockWorkspace(join(this.options.root, input.name), input.passphrase);
    await this.#dropIfLockedSince(opened, generation);
    await this.lock(); // closes the workspace open until now, if any
    await this.#dropIfLockedSince(opened, generation + 1);
    this.#open = opened;
    return { name: opened.name };
  }

  /** Key derivation takes a while: a lock (sleep, screen lock…) that arrived meanwhile wins. */
  async #dropIfLockedSince(opened: OpenWorkspace, generation: number): Promise<void> {
    if (this.#generation === generation) return;
    await opened.close();
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
    const open = this.#open;
    if (!open) return;
    for (const listener of this.#lockListeners) {
      // A listener that fails (a last autosave on a full disk) must not keep the workspace open.
      await Promise.resolve()
        .then(listener)
        .catch((error: unknown) => this.options.onLockListenerError?.(error));
    }
    this.#open = undefined;
    await open.close();
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
        .filter((entry) => entry.isDirectory())
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
