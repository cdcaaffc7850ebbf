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
