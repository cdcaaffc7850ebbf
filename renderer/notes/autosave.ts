import type { ParleyError } from '../../shared/contract';

/**
 * The autosave of one note editor, without React: the editor reports changes, this decides when to
 * save. A save starts AUTOSAVE_DELAY_MS after the last change (so within a second of a pause), on
 * `flush()` (blur, Ctrl/Cmd+Enter, close, lock), and never two at once: a change made while a
 * save runs is saved right after it. A failed save keeps the text and is retried on the next change
 * or flush, and by itself after RETRY_MS unless the answer says retrying cannot help.
 */
export const AUTOSAVE_DELAY_MS = 800;
export const RETRY_MS = 4_000;

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: number }
  | { readonly kind: 'failed'; readonly error: ParleyError };

export type SaveResult = { readonly ok: true } | { readonly ok: false; readonly error: ParleyError };

/** Errors a retry cannot fix: the text must change first. */
const FINAL = new Set(['INVALID_INPUT', 'NOTE_TOO_LARGE', 'NOTE_EMPTY', 'SESSION_NOT_FOUND']);

export interface AutosaveOptions {
  /** Saves the editor's current content; `null` from `hasContent` means nothing to save yet. */
  readonly save: () => Promise<SaveResult>;
  /** False while there is nothing worth saving (a new note with no text). */
  readonly hasContent: () => boolean;
  readonly onStatus: (status: SaveStatus) => void;
  readonly delayMs?: number;
  readonly now?: () => number;
  /** Error codes a retry cannot fix (the text must change first); the notes' codes by default. */
  readonly finalCodes?: ReadonlySet<string>;
}

export class Autosave {
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;
  #disposed = false;

  constructor(private readonly options: AutosaveOptions) {}

  /** The text or a field changed. */
  change(): void {
    this.#dirty = true;
    this.options.onStatus({ kind: 'unsaved' });
    this.#schedule(this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  /** Saves now if anything is pending, and resolves when nothing is: true when all is saved. */
  async flush(): Promise<boolean> {
    this.#clear();
    while (this.#running) await this.#running;
    if (this.#dirty) {
      this.#running = this.#saveOnce();
      await this.#running;
    }
    return !this.#dirty;
  }

  get pending(): boolean {
    return this.#dirty;
  }

  dispose(): void {
    this.#disposed = true;
    this.#clear();
  }

  #schedule(delay: number): void {
    this.#clear();
    if (this.#disposed) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, delay);
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  async #saveOnce(): Promise<void> {
    try {
      if (!this.options.hasContent()) {
        this.#dirty = false;
        this.options.onStatus({ kind: 'idle' });
        return;
      }
      // Cleared before the call: a change during the save marks the note dirty again.
      this.#dirty = false;
      this.options.onStatus({ kind: 'saving' });
      let result: SaveResult;
      try {
        result = await this.options.save();
      } catch {
        result = {
          ok: false,
          error: { code: 'INTERNAL', message: 'Parley could not save this note. It will try again.' },
        };
      }
      if (result.ok) {
        if (this.#dirty) {
          this.options.onStatus({ kind: 'unsaved' });
          this.#schedule(0);
        } else {
          this.options.onStatus({ kind: 'saved', at: (this.options.now ?? Date.now)() });
        }
        return;
      }
      this.#dirty = true;
      this.options.onStatus({ kind: 'failed', error: result.error });
      if (!(this.options.finalCodes ?? FINAL).has(result.error.code)) this.#schedule(RETRY_MS);
    } finally {
      this.#running = undefined;
    }
  }
}
