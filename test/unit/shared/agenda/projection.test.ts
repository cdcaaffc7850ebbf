import { describe, expect, it } from 'vitest';
import { lateness, projectTimes } from '../../../../shared/agenda/live';
import {
  freshRehearsal,
  rehearseClear,
  rehearseExtend,
  rehearseFinish,
  rehearseNext,
  rehearseStart,
} from '../../../../shared/agenda/rehearsal';

const at = (hhmm: string) => new Date(`2026-05-14T${hhmm}:00.000Z`);
const item = (id: string, start: string, minutes: number, day = 0) => ({
  id,
  day,
  plannedStart: at(start).toISOString(),
  plannedMinutes: minutes,
  extraMinutes: 0,
  actualStart: null as string | null,
  actualEnd: null as string | null,
});
const plan = [
  item('opening', '09:00', 30),
  item('needs', '09:30', 60),
  item('break', '10:30', 15),
  item('lunch', '13:00', 60),
  item('tomorrow', '09:00', 30, 1),
];

describe('projected times ("Coming up")', () => {
  it('runs the day late by as much as the running item is behind, one item after the other', () => {
    const running = plan.map((i) => (i.id === 'opening' ? { ...i, actualStart: at('09:12').toISOString() } : i));
    const projected = projectTimes(running, at('09:20'));
    expect(projected.get('needs')).toEqual({ projectedStart: at('09:42'), lateMinutes: 12 });
    expect(projected.get('break')).toEqual({ projectedStart: at('10:42'), lateMinutes: 12 });
    // A meal booked for 13:00 waits for 13:00; the next day keeps its plan.
    expect(projected.get('lunch')).toEqual({ projectedStart: at('13:00'), lateMinutes: 0 });
    expect(projected.has('tomorrow')).toBe(false);
    expect(projected.has('opening')).toBe(false);
  });

  it('counts an overrun from now, and the time added to the running item', () => {
    const overrun = plan.map((i) =>
      i.id === 'opening' ? { ...i, actualStart: at('09:00').toISOString(), extraMinutes: 5 } : i,
    );
    expect(projectTimes(overrun, at('09:20')).get('needs')?.lateMinutes).toBe(5);
    expect(projectTimes(overrun, at('09:50')).get('needs')?.lateMinutes).toBe(20);
  });

  it('between items the next one starts now or at its planned time, whichever is later', () => {
    const done = plan.map((i) =>
      i.id === 'opening' ? { ...i, actualStart: at('09:00').toISOString(), actualEnd: at('09:25').toISOString() } : i,
    );
    expect(projectTimes(done, at('09:26')).get('needs')).toEqual({ projectedStart: at('09:30'), lateMinutes: 0 });
    expect(projectTimes(done, at('09:37')).get('break')?.lateMinutes).toBe(7);
    expect(projectTimes(plan, at('08:00')).get('opening')?.lateMinutes).toBe(0);
  });

  it('in a rehearsal (or on another day) measures against the plan moved to when the day started', () => {
    // A rehearsal the evening before: the plan is for tomorrow morning.
    const evening = (hhmm: string) => new Date(`2026-05-13T${hhmm}:00.000Z`);
    const started = plan.map((i) => (i.id === 'opening' ? { ...i, actualStart: evening('20:00').toISOString() } : i));
    const projected = projectTimes(started, evening('20:40'), { rebase: true });
    expect(projected.get('needs')?.lateMinutes).toBe(10);
    expect(projected.get('needs')?.projectedStart).toEqual(evening('20:40'));
    // Without rebasing it would wait for tomorrow's plan; a past session would run "days late".
    expect(projectTimes(started, evening('20:40')).get('needs')!.projectedStart).toEqual(at('09:30'));
    const dayAfter = new Date('2026-05-15T10:00:00.000Z');
    const late = plan.map((i) => (i.id === 'opening' ? { ...i, actualStart: dayAfter.toISOString() } : i));
    expect(projectTimes(late, dayAfter).get('needs')!.lateMinutes).toBeGreaterThan(1000);
    expect(projectTimes(late, dayAfter, { rebase: true }).get('needs')!.lateMinutes).toBe(0);
    // Nothing run yet: the next item starts now, on time.
    expect(projectTimes(plan, evening('20:00'), { rebase: true }).get('opening')?.lateMinutes).toBe(0);
  });

  it('says late, ahead or on time', () => {
    expect([lateness(12), lateness(-3), lateness(0)]).toEqual(['late', 'ahead', 'on-time']);
  });
});

describe('a rehearsal', () => {
  it('runs the same steps as the room, in memory, from a fresh start', () => {
    const recorded = plan.map((i) => ({ ...i, actualStart: at('08:00').toISOString(), extraMinutes: 10 }));
    let items = freshRehearsal(recorded);
    expect(items.every((i) => i.actualStart === null && i.extraMinutes === 0)).toBe(true);
    items = rehearseStart(items, at('09:01'));
    expect(items[0]).toMatchObject({ actualStart: at('09:01').toISOString(), actualEnd: null });
    items = rehearseExtend(items, 5);
    expect(items[0]!.extraMinutes).toBe(5);
    items = rehearseNext(items, at('09:40'));
    expect(items[0]!.actualEnd).toBe(at('09:40').toISOString());
    expect(items[1]).toMatchObject({ actualStart: at('09:40').toISOString(), actualEnd: null });
    items = rehearseStart(items, at('09:45'), 'lunch');
    expect(items[1]!.actualEnd).toBe(at('09:45').toISOString());
    expect(items[3]!.actualStart).toBe(at('09:45').toISOString());
    // An item that ran is not started again until it is cleared.
    expect(rehearseStart(items, at('09:50'), 'opening')).toEqual(items);
    items = rehearseFinish(items, at('10:00'));
    expect(items.every((i) => i.actualStart === null || i.actualEnd !== null)).toBe(true);
    expect(rehearseClear(items, 'opening')[0]).toMatchObject({ actualStart: null, actualEnd: null, extraMinutes: 0 });
    expect(rehearseClear(items).every((i) => i.actualStart === null)).toBe(true);
  });
});
