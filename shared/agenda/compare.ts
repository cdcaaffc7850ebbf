import type { TimedItem } from './timing';

/**
 * Plan against reality after (or during) a session: how long each item ran compared with its
 * plan, how late it started, and which items were skipped. Minutes are whole, rounded to nearest.
 */

export interface ComparableItem {
  readonly id: string;
  readonly plannedMinutes: number;
  readonly extraMinutes: number;
  readonly actualStart: string | null;
  readonly actualEnd: string | null;
}

export type ComparisonStatus = 'not-run' | 'running' | 'skipped' | 'done';

export interface ComparisonRow {
  readonly itemId: string;
  readonly status: ComparisonStatus;
  readonly plannedStart: string;
  readonly plannedMinutes: number;
  readonly extraMinutes: number;
  readonly actualStart: string | null;
  readonly actualEnd: string | null;
  readonly actualMinutes: number | null;
  /** actual − planned duration; positive = ran long. */
  readonly durationDeltaMinutes: number | null;
  /** actual − planned start; positive = started late. */
  readonly startDriftMinutes: number | null;
}

export interface Comparison {
  readonly rows: readonly ComparisonRow[];
  readonly plannedMinutes: number;
  /** Of the items that ran to the end. */
  readonly actualMinutes: number;
  readonly ranCount: number;
  readonly skippedCount: number;
}

const minutesBetween = (from: string, to: string) =>
  Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60_000);

export function comparePlanWithActual(items: readonly ComparableItem[], timed: readonly TimedItem[]): Comparison {
  const plannedById = new Map(timed.map((item) => [item.id, item]));
  let lastRun = -1;
  items.forEach((item, index) => {
    if (item.actualStart !== null) lastRun = index;
  });
  const rows = items.map((item, index): ComparisonRow => {
    const plannedStart = plannedById.get(item.id)?.plannedStart ?? '';
    const actualMinutes =
      item.actualStart !== null && item.actualEnd !== null ? minutesBetween(item.actualStart, item.actualEnd) : null;
    const status: ComparisonStatus =
      item.actualStart === null
        ? index < lastRun
          ? 'skipped'
          : 'not-run'
        : item.actualEnd === null
          ? 'running'
          : 'done';
    return {
      itemId: item.id,
      status,
      plannedStart,
      plannedMinutes: item.plannedMinutes,
      extraMinutes: item.extraMinutes,
      actualStart: item.actualStart,
      actualEnd: item.actualEnd,
      actualMinutes,
      durationDeltaMinutes: actualMinutes === null ? null : actualMinutes - item.plannedMinutes,
      startDriftMinutes:
        item.actualStart === null || plannedStart === '' ? null : minutesBetween(plannedStart, item.actualStart),
    };
  });
  const done = rows.filter((row) => row.status === 'done');
  return {
    rows,
    plannedMinutes: items.reduce((sum, item) => sum + item.plannedMinutes, 0),
    actualMinutes: done.reduce((sum, row) => sum + (row.actualMinutes ?? 0), 0),
    ranCount: done.length,
    skippedCount: rows.filter((row) => row.status === 'skipped').length,
  };
}
