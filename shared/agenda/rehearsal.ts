import { nextPendingItem, runningItem, type LiveItem } from './live';

/**
 * A rehearsal of live mode: the same steps as in the room (start, next, extend, finish, clear) on a
 * copy of the agenda in memory, by the same rules main applies when it records — and nothing is
 * recorded. Pure: each step returns new items.
 */

type Rehearsed<T> = T & { readonly actualStart: string | null; readonly actualEnd: string | null };

/** The agenda as a rehearsal begins: nothing has run. */
export function freshRehearsal<T extends LiveItem>(items: readonly T[]): T[] {
  return items.map((item) => ({ ...item, actualStart: null, actualEnd: null, extraMinutes: 0 }));
}

function finishRunning<T extends LiveItem>(items: readonly T[], at: string): Rehearsed<T>[] {
  return items.map((item) =>
    item.actualStart !== null && item.actualEnd === null
      ? { ...item, actualEnd: item.actualStart > at ? item.actualStart : at }
      : item,
  );
}

/** Starts `itemId` (not run yet), or the next item not yet run; the running one finishes now. */
export function rehearseStart<T extends LiveItem>(items: readonly T[], now: Date, itemId?: string): T[] {
  const at = now.toISOString();
  const target = itemId !== undefined ? items.find((item) => item.id === itemId) : nextPendingItem(items);
  if (!target || target.actualStart !== null) return [...items];
  return finishRunning(items, at).map((item) =>
    item.id === target.id ? { ...item, actualStart: at, actualEnd: null } : item,
  );
}

/** Finishes the running item and starts the next one not yet run. */
export function rehearseNext<T extends LiveItem>(items: readonly T[], now: Date): T[] {
  const next = nextPendingItem(items);
  return next ? rehearseStart(items, now, next.id) : finishRunning(items, now.toISOString());
}

export function rehearseExtend<T extends LiveItem>(items: readonly T[], minutes: number): T[] {
  const running = runningItem(items);
  return items.map((item) => (item === running ? { ...item, extraMinutes: item.extraMinutes + minutes } : item));
}

export function rehearseFinish<T extends LiveItem>(items: readonly T[], now: Date): T[] {
  return finishRunning(items, now.toISOString());
}

export function rehearseClear<T extends LiveItem>(items: readonly T[], itemId?: string): T[] {
  return items.map((item) =>
    itemId === undefined || item.id === itemId
      ? { ...item, actualStart: null, actualEnd: null, extraMinutes: 0 }
      : item,
  );
}

export function rehearseCorrect<T extends LiveItem>(
  items: readonly T[],
  itemId: string,
  actualStart: string,
  actualEnd: string | null,
): T[] {
  return items.map((item) => (item.id === itemId ? { ...item, actualStart, actualEnd } : item));
}
