/**
 * Agenda order. Items have a dense position (0…n−1 across the whole session) and a day index
 * that never decreases along the order. Drag-and-drop and the keyboard (Alt+↑/↓) both end in one
 * `move(id, toIndex, toDay)`, computed here so the renderer can show the result at once and main
 * can apply the very same rule.
 */

export interface Placed {
  readonly id: string;
  readonly day: number;
}

export class MoveError extends Error {
  constructor(
    readonly reason: 'unknown-item' | 'index-out-of-range' | 'day-out-of-order',
    message: string,
  ) {
    super(message);
    this.name = 'MoveError';
  }
}

/** The days an item may take at `toIndex` of `rest` (the list without the item). */
export function allowedDays(rest: readonly Placed[], toIndex: number, maxDay: number): { min: number; max: number } {
  const before = rest[toIndex - 1];
  const after = rest[toIndex];
  return { min: before?.day ?? 0, max: after?.day ?? maxDay };
}

/**
 * The list with item `id` moved to `toIndex` (its index in the resulting list). Without `toDay` the
 * item keeps its day if that fits between its new neighbours, else takes the nearest day that does;
 * an explicit `toDay` outside that range is refused, since it would break the day order.
 */
export function moveItem<T extends Placed>(
  items: readonly T[],
  id: string,
  toIndex: number,
  toDay: number | undefined,
  maxDay: number,
): T[] {
  const from = items.findIndex((item) => item.id === id);
  if (from === -1) throw new MoveError('unknown-item', 'That agenda item is not in this session.');
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= items.length) {
    throw new MoveError('index-out-of-range', `Position must be between 1 and ${items.length}.`);
  }
  const item = items[from]!;
  const rest = items.filter((_, index) => index !== from);
  const range = allowedDays(rest, toIndex, Math.max(maxDay, item.day));
  let day: number;
  if (toDay === undefined) {
    day = Math.min(Math.max(item.day, range.min), range.max);
  } else if (toDay < range.min || toDay > range.max) {
    throw new MoveError('day-out-of-order', 'An item cannot go there on that day: days must stay in order.');
  } else {
    day = toDay;
  }
  rest.splice(toIndex, 0, { ...item, day });
  return rest;
}

export type Direction = 'up' | 'down';

/**
 * What Alt+↑ / Alt+↓ does: swap with the neighbour on the same day, or — at the edge of a day —
 * cross into the previous or next day keeping the position. Null when the item cannot go further.
 */
export function keyboardMove(
  items: readonly Placed[],
  id: string,
  direction: Direction,
  dayCount: number,
): { toIndex: number; toDay: number } | null {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return null;
  const item = items[index]!;
  if (direction === 'up') {
    const before = items[index - 1];
    if (before && before.day === item.day) return { toIndex: index - 1, toDay: item.day };
    return item.day > 0 ? { toIndex: index, toDay: item.day - 1 } : null;
  }
  const after = items[index + 1];
  if (after && after.day === item.day) return { toIndex: index + 1, toDay: item.day };
  return item.day < dayCount - 1 ? { toIndex: index, toDay: item.day + 1 } : null;
}

/** True when positions are 0…n−1 in order and days never decrease: the invariant the store keeps. */
export function isWellOrdered(items: readonly (Placed & { readonly position: number })[]): boolean {
  return items.every((item, index) => item.position === index && (index === 0 || item.day >= items[index - 1]!.day));
}
