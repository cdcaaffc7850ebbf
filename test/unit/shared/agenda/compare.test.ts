import { describe, expect, it } from 'vitest';
import { comparePlanWithActual } from '../../../../shared/agenda/compare';

const t = (h: number, m: number) => new Date(Date.UTC(2026, 4, 14, h, m)).toISOString();

describe('plan against actual', () => {
  it('compares durations and start drift, and marks skipped and unrun items', () => {
    const items = [
      { id: 'a', plannedMinutes: 30, extraMinutes: 0, actualStart: t(9, 5), actualEnd: t(9, 45) },
      { id: 'b', plannedMinutes: 20, extraMinutes: 0, actualStart: null, actualEnd: null },
      { id: 'c', plannedMinutes: 60, extraMinutes: 10, actualStart: t(9, 45), actualEnd: t(10, 40) },
      { id: 'd', plannedMinutes: 15, extraMinutes: 0, actualStart: t(10, 40), actualEnd: null },
      { id: 'e', plannedMinutes: 15, extraMinutes: 0, actualStart: null, actualEnd: null },
    ];
    const timed = [
      { id: 'a', day: 0, plannedStart: t(9, 0), plannedEnd: t(9, 30) },
      { id: 'b', day: 0, plannedStart: t(9, 30), plannedEnd: t(9, 50) },
      { id: 'c', day: 0, plannedStart: t(9, 50), plannedEnd: t(10, 50) },
      { id: 'd', day: 0, plannedStart: t(10, 50), plannedEnd: t(11, 5) },
      { id: 'e', day: 0, plannedStart: t(11, 5), plannedEnd: t(11, 20) },
    ];
    const result = comparePlanWithActual(items, timed);
    expect(
      result.rows.map((r) => [r.itemId, r.status, r.actualMinutes, r.durationDeltaMinutes, r.startDriftMinutes]),
    ).toEqual([
      ['a', 'done', 40, 10, 5],
      ['b', 'skipped', null, null, null],
      ['c', 'done', 55, -5, -5],
      ['d', 'running', null, null, -10],
      ['e', 'not-run', null, null, null],
    ]);
    expect(result).toMatchObject({ plannedMinutes: 140, actualMinutes: 95, ranCount: 2, skippedCount: 1 });
  });
});
