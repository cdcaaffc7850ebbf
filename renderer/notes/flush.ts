/**
 * Pending note saves, so nothing typed is lost to a lock. Every open editor registers a flush;
 * the app frame awaits `flushNotesBeforeLock()` before it asks main to lock, so a half-typed note
 * is saved (and its text found again after unlock) rather than dropped with the renderer's state.
 */
const flushes = new Set<() => Promise<unknown>>();

export function registerNoteFlush(flush: () => Promise<unknown>): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Saves every editor's pending text now. Never rejects: a lock must still happen if a save fails. */
export async function flushNotesBeforeLock(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
