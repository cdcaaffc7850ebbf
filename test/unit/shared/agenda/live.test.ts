import { describe, expect, it } from 'vitest';
import { formatClock, liveState, nextPendingItem, runningItem, type LiveItem } from '../../../../shared/agenda/live';

const start = '2026-05-14T09:00:00.000Z';
const at = (minutes: number, seconds = 0) => new Date(Date.parse(start) + minutes * 60_000 + seconds * 1000);
const running = (plannedMinutes: number, extraMinutes = 0): LiveItem => ({
  id: 'x',
  plannedMinutes,
  extraMinutes,
  actualStart: start,
  actualEnd: null,
});

describe('live state', () => {
  it('counts elapsed and remaining time of the running item', () => {
    const state = liveState(running(60), at(15));
    expect(state).toMatchObject({
      status: 'running',
      elapsedMs: 15 * 60_000,
      remainingMs: 45 * 60_000,
      tone: 'normal',
    });
    expect(state.fractionLeft).toBe(0.75);
  });

  it('turns amber at 20 % left and red at 5 % left, exactly at the thresholds', () => {
    expect(liveState(running(100), at(79, 59)).tone).toBe('normal');
    expect(liveState(running(100), at(80)).tone).toBe('amber');
    expect(liveState(running(100), at(94, 59)).tone).toBe('amber');
    expect(liveState(running(100), at(95)).tone).toBe('red');
    expect(liveState(running(100), at(100)).tone).toBe('red');
  });

  it('reports an overrun once the time allowed is used up, counting extensions', () => {
    const over = liveState(running(30), at(32));
    expect(over).toMatchObject({ tone: 'overrun', overrunMs: 2 * 60_000, remainingMs: -2 * 60_000, fractionLeft: 0 });
    const extended = liveState(running(30, 10), at(32));
    expect(extended).toMatchObject({ tone: 'amber', overrunMs: 0, allowedMs: 40 * 60_000 });
  });

  it('freezes a finished item at its recorded end and shows nothing elapsed before a start', () => {
    const done = liveState({ ...running(30), actualEnd: at(25).toISOString() }, at(500));
    expect(done).toMatchObject({ status: 'done', elapsedMs: 25 * 60_000 });
    const pending = liveState({ ...running(30), actualStart: null }, at(500));
    expect(pending).toMatchObject({ status: 'pending', elapsedMs: 0, tone: 'normal' });
  });

  it('finds the running item and the next one to start, skipping nothing already run', () => {
    const items: LiveItem[] = [
      { id: 'a', plannedMinutes: 10, extraMinutes: 0, actualStart: start, actualEnd: at(10).toISOString() },
      { id: 'b', plannedMinutes: 10, extraMinutes: 0, actualStart: null, actualEnd: null },
      { id: 'c', plannedMinutes: 10, extraMinutes: 0, actualStart: at(10).toISOString(), actualEnd: null },
      { id: 'd', plannedMinutes: 10, extraMinutes: 0, actualStart: null, actualEnd: null },
    ];
    expect(runningItem(items)?.id).toBe('c');
    // b was skipped on purpose; "next" goes on after c.
    expect(nextPendingItem(items)?.id).toBe('d');
    expect(nextPendingItem(items.slice(0, 3))).toBeUndefined();
  });

  it('formats count-downs and overruns', () => {
    expect(formatClock(5 * 60_000 + 7_000)).toBe('5:07');
    expect(formatClock(65 * 60_000)).toBe('1:05:00');
    expect(formatClock(-(3 * 60_000 + 10_000))).toBe('-3:10');
    expect(formatClock(0)).toBe('0:00');
  });
});
