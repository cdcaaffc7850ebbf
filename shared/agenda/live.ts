import { LIVE_THRESHOLDS } from '../domain/session';

/**
 * What live mode shows for an item at a given moment. Pure, so the clock on the wall and the
 * tests agree: the renderer calls it every second with `new Date()`, tests with fixed instants.
 */

export interface LiveItem {
  readonly id: string;
  readonly plannedMinutes: number;
  readonly extraMinutes: number;
  readonly actualStart: string | null;
  readonly actualEnd: string | null;
}

export type LiveStatus = 'pending' | 'running' | 'done';
/**
 * normal: more than 20 % of the time left · amber: 20 % or less · red: 5 % or less ·
 * overrun: past the time allowed (planned plus extensions).
 */
export type LiveTone = 'normal' | 'amber' | 'red' | 'overrun';

export interface LiveState {
  readonly status: LiveStatus;
  /** Time allowed: planned plus extensions. */
  readonly allowedMs: number;
  readonly elapsedMs: number;
  /** Negative once the item runs over. */
  readonly remainingMs: number;
  /** remaining / allowed, clamped to [0, 1]. */
  readonly fractionLeft: number;
  readonly tone: LiveTone;
  readonly overrunMs: number;
}

export function liveState(item: LiveItem, now: Date): LiveState {
  const allowedMs = (item.plannedMinutes + item.extraMinutes) * 60_000;
  const status: LiveStatus = item.actualStart === null ? 'pending' : item.actualEnd === null ? 'running' : 'done';
  const until = item.actualEnd !== null ? new Date(item.actualEnd) : now;
  const elapsedMs = item.actualStart === null ? 0 : Math.max(0, until.getTime() - new Date(item.actualStart).getTime());
  const remainingMs = allowedMs - elapsedMs;
  const fractionLeft = allowedMs === 0 ? 0 : Math.min(1, Math.max(0, remainingMs / allowedMs));
  return {
    status,
    allowedMs,
    elapsedMs,
    remainingMs,
    fractionLeft,
    tone: toneFor(remainingMs, allowedMs),
    overrunMs: Math.max(0, -remainingMs),
  };
}

export function toneFor(remainingMs: number, allowedMs: number): LiveTone {
  if (remainingMs < 0) return 'overrun';
  const left = allowedMs === 0 ? 0 : remainingMs / allowedMs;
  if (left <= LIVE_THRESHOLDS.red) return 'red';
  if (left <= LIVE_THRESHOLDS.amber) return 'amber';
  return 'normal';
}

/** The item being run now (at most one per session: the store enforces it). */
export function runningItem<T extends LiveItem>(items: readonly T[]): T | undefined {
  return items.find((item) => item.actualStart !== null && item.actualEnd === null);
}

/**
 * The item "next" should start: the first not yet started after the running one (or after the
 * last one that ran); items skipped earlier in the agenda are not returned to automatically.
 */
export function nextPendingItem<T extends LiveItem>(items: readonly T[]): T | undefined {
  let lastRun = -1;
  items.forEach((item, index) => {
    if (item.actualStart !== null) lastRun = index;
  });
  return items.slice(lastRun + 1).find((item) => item.actualStart === null);
}

/** `12:05`, `1:02:09`, `-3:10` — a count-down or count-up as live mode shows it. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(hours > 0 ? 2 : 1, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${mm}:${ss}` : `${sign}${mm}:${ss}`;
}

export interface PlannedLiveItem extends LiveItem {
  readonly day: number;
  readonly plannedStart: string;
}

export interface Projection {
  /** When the item is now expected to start. */
  readonly projectedStart: Date;
  /** Minutes late against the plan (negative: ahead of it), whole minutes. */
  readonly lateMinutes: number;
}

/**
 * "Coming up" as the room is actually running: each item not yet run, on the day being run, starts
 * when the one before it is expected to end — the running item at the end of its time allowed (or
 * now, once it has run over), the next ones one after the other at their planned lengths. An item
 * whose planned start is still to come waits for it (a meal booked for 13:00 stays at 13:00).
 * Later days keep their plan.
 */
export function projectTimes<T extends PlannedLiveItem>(
  items: readonly T[],
  now: Date,
  options: { readonly rebase?: boolean } = {},
): Map<string, Projection> {
  const projections = new Map<string, Projection>();
  const running = runningItem(items);
  const next = nextPendingItem(items);
  const anchor = running ?? next;
  if (!anchor) return projections;
  // A rehearsal (or a run on another day than planned) measures against the plan as if the day had
  // started on time: the plan moves to when its first item actually started (or to now).
  let shift = 0;
  if (options.rebase) {
    const first = items.find((item) => item.day === anchor.day && item.actualStart !== null);
    shift = first
      ? new Date(first.actualStart!).getTime() - new Date(first.plannedStart).getTime()
      : now.getTime() - new Date(anchor.plannedStart).getTime();
  }
  const plannedAt = (item: PlannedLiveItem) => new Date(item.plannedStart).getTime() + shift;
  let cursor: number;
  if (running) {
    const end = new Date(running.actualStart!).getTime() + (running.plannedMinutes + running.extraMinutes) * 60_000;
    cursor = Math.max(end, now.getTime());
  } else {
    cursor = Math.max(now.getTime(), plannedAt(next!));
  }
  const from = items.indexOf(running ?? next!);
  for (const item of items.slice(running ? from + 1 : from)) {
    if (item.day !== anchor.day || item.actualStart !== null) continue;
    const planned = plannedAt(item);
    const start = Math.max(cursor, planned);
    projections.set(item.id, { projectedStart: new Date(start), lateMinutes: Math.round((start - planned) / 60_000) });
    cursor = start + item.plannedMinutes * 60_000;
  }
  return projections;
}

/** "on time", "running 12 min late", "5 min ahead": how the day is going against its plan. */
export function lateness(lateMinutes: number): 'on-time' | 'late' | 'ahead' {
  if (lateMinutes > 0) return 'late';
  if (lateMinutes < 0) return 'ahead';
  return 'on-time';
}
