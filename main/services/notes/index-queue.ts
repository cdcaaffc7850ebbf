import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { WorkspaceSchema } from '../../store/schema';
import { reindexNotes } from './search-index';

/**
 * Brings the search index up to date with the notes marked in `notes_fts_pending` (migration 004).
 *
 * Why later and not inside the save: with FTS5's secure-delete on, replacing a note's entry
 * rewrites the index pages of every term it had — measured at 15–110 ms for a note of a few
 * thousand characters in a 100,000-note workspace, against a 10 ms budget for the save. So a save
 * commits the text and a mark, and this queue re-indexes:
 *   - after a pause in saving (DEBOUNCE_MS), and at the latest MAX_WAIT_MS after a first mark,
 *     so a note being typed is re-indexed once per pause, not once per autosave;
 *   - before every search (`flush`), so a search never misses or mis-ranks what was just typed;
 *   - before the workspace locks (the service registers `flush` as a lock listener).
 * Marks survive a crash with the notes; whatever is left is finished by the next flush.
 * One note per transaction, yielding between notes, so other calls are never held up long.
 */
export const DEBOUNCE_MS = 1_500;
export const MAX_WAIT_MS = 10_000;

export interface IndexQueue {
  /** A save marked a note: re-index soon. */
  schedule(): void;
  /** Re-indexes everything marked, now; resolves when the queue is empty. */
  flush(): Promise<void>;
  /** Drops the timer (the workspace is closing). */
  cancel(): void;
}

export function createIndexQueue(db: () => Kysely<WorkspaceSchema>): IndexQueue {
  let timer: NodeJS.Timeout | undefined;
  let firstMarkAt: number | undefined;
  let running: Promise<void> | undefined;

  async function drain(): Promise<void> {
    for (;;) {
      const database = db();
      const batch = await database.selectFrom('notes_fts_pending').select('seq').orderBy('seq').limit(20).execute();
      if (batch.length === 0) return;
      for (const { seq } of batch) {
        await database.transaction().execute(async (trx) => {
          const note = await trx.selectFrom('notes').select('id').where('seq', '=', seq).executeTakeFirst();
          if (note) await reindexNotes(trx, [note.id]);
          else await trx.deleteFrom('notes_fts_pending').where('seq', '=', seq).execute();
        });
        await yieldToEventLoop();
      }
    }
  }

  async function flush(): Promise<void> {
    clear();
    // One drain at a time; a flush that arrives mid-drain waits for it, then drains what is left.
    while (running) await running;
    running = drain().finally(() => {
      running = undefined;
    });
    await running;
  }

  function clear() {
    if (timer) clearTimeout(timer);
    timer = undefined;
    firstMarkAt = undefined;
  }

  return {
    schedule() {
      const now = Date.now();
      firstMarkAt ??= now;
      if (timer) clearTimeout(timer);
      const delay = Math.max(0, Math.min(DEBOUNCE_MS, firstMarkAt + MAX_WAIT_MS - now));
      timer = setTimeout(() => {
        // A locked workspace (or any failure) leaves the marks for the next flush.
        flush().catch(() => undefined);
      }, delay);
      // The CLI must be able to exit while a re-index is merely scheduled.
      timer.unref();
    },
    flush,
    cancel: clear,
  };
}
