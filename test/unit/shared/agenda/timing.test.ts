import { afterEach, describe, expect, it } from 'vitest';
import {
  computeTiming,
  dayWindow,
  sessionDayCount,
  venueTime,
  type SessionClock,
} from '../../../../shared/agenda/timing';
import { zonedToInstant } from '../../../../shared/time/zone';

const laptopZone = process.env.TZ;
afterEach(() => {
  if (laptopZone === undefined) delete process.env.TZ;
  else process.env.TZ = laptopZone;
});

function clock(zone: string, start: string, end: string, daily: [string, string] = ['09:00', '18:00']): SessionClock {
  return {
    startsAt: zonedToInstant(start, zone).instant.toISOString(),
    endsAt: zonedToInstant(end, zone).instant.toISOString(),
    timeZone: zone,
    dailyStartTime: daily[0],
    dailyEndTime: daily[1],
  };
}

const item = (id: string, day: number, plannedMinutes: number, extra: object = {}) => ({
  id,
  day,
  plannedMinutes,
  ...extra,
});
const localTimes = (c: SessionClock, timing: ReturnType<typeof computeTiming>) =>
  timing.items.map((t) => `${t.id} ${venueTime(t.plannedStart, c)}-${venueTime(t.plannedEnd, c)}`);

describe('agenda timing', () => {
  it('runs items back to back from the session start', () => {
    const c = clock('Europe/Vienna', '2026-05-14T09:00', '2026-05-14T17:00');
    const timing = computeTiming(c, [item('a', 0, 60), item('b', 0, 20), item('c', 0, 95)]);
    expect(localTimes(c, timing)).toEqual(['a 09:00-10:00', 'b 10:00-10:20', 'c 10:20-11:55']);
    expect(timing.plannedMinutes).toBe(175);
    expect(timing.warnings).toEqual([]);
    expect(timing.days).toHaveLength(1);
    expect(timing.days[0]).toMatchObject({ date: '2026-05-14', availableMinutes: 480, plannedMinutes: 175 });
  });

  it('restarts each later day at the daily start time, whatever time the day before ended', () => {
    const c = clock('Europe/Vienna', '2026-05-14T14:00', '2026-05-15T16:00', ['09:30', '19:00']);
    const timing = computeTiming(c, [item('a', 0, 60), item('b', 0, 30), item('c', 1, 45), item('d', 1, 60)]);
    expect(localTimes(c, timing)).toEqual(['a 14:00-15:00', 'b 15:00-15:30', 'c 09:30-10:15', 'd 10:15-11:15']);
    expect(sessionDayCount(c)).toBe(2);
    expect(timing.days.map((d) => [d.date, d.availableMinutes])).toEqual([
      ['2026-05-14', 300],
      ['2026-05-15', 390],
    ]);
  });

  it('keeps an empty day in between (a rest day) and counts days on the venue clocks', () => {
    const c = clock('Asia/Tokyo', '2026-05-14T09:00', '2026-05-16T12:00');
    const timing = computeTiming(c, [item('a', 0, 60), item('c', 2, 60)]);
    expect(timing.days.map((d) => [d.date, d.itemIds])).toEqual([
      ['2026-05-14', ['a']],
      ['2026-05-15', []],
      ['2026-05-16', ['c']],
    ]);
    expect(localTimes(c, timing)).toEqual(['a 09:00-10:00', 'c 09:00-10:00']);
  });

  it('crosses the spring-forward change: day two starts at 09:00 on the venue clocks, one hour less of UTC', () => {
    const c = clock('Europe/Berlin', '2026-03-28T09:00', '2026-03-29T17:00');
    const timing = computeTiming(c, [item('a', 0, 60), item('b', 1, 60)]);
    expect(timing.items.map((t) => t.plannedStart)).toEqual(['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z']);
    expect(localTimes(c, timing)).toEqual(['a 09:00-10:00', 'b 09:00-10:00']);
  });

  it('counts real minutes through the night of the change: an hour from 01:30 ends at 03:30', () => {
    const night = clock('Europe/Berlin', '2026-03-29T00:30', '2026-03-29T06:00');
    const run = computeTiming(night, [item('x', 0, 60), item('y', 0, 60), item('z', 0, 60)]);
    expect(localTimes(night, run)).toEqual(['x 00:30-01:30', 'y 01:30-03:30', 'z 03:30-04:30']);
    expect(run.days[0]!.availableMinutes).toBe(270);
  });

  it('starts the last day of an overnight session at midnight when it ends before the daily start', () => {
    const c = clock('Europe/Berlin', '2026-10-24T22:00', '2026-10-25T04:00');
    expect(dayWindow(c, 0)).toMatchObject({ date: '2026-10-24', availableMinutes: 120 });
    // The autumn change repeats 02:00–03:00: midnight to 04:00 is five real hours.
    expect(dayWindow(c, 1)).toMatchObject({ date: '2026-10-25', availableMinutes: 300 });
  });

  it('shows the same agenda on the venue clocks whatever the laptop zone', () => {
    const results = ['America/Los_Angeles', 'Asia/Kolkata', 'UTC'].map((laptop) => {
      process.env.TZ = laptop;
      const c = clock('Asia/Amman', '2026-11-02T10:00', '2026-11-03T15:00');
      return localTimes(c, computeTiming(c, [item('a', 0, 90), item('b', 1, 30)]));
    });
    expect(results[0]).toEqual(['a 10:00-11:30', 'b 09:00-09:30']);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('warns when a day is planned longer than it lasts, naming the first item past the end', () => {
    const c = clock('Europe/Vienna', '2026-05-14T09:00', '2026-05-15T12:00');
    const timing = computeTiming(c, [item('a', 0, 400), item('b', 0, 100), item('c', 0, 60), item('d', 1, 200)]);
    expect(timing.warnings).toEqual([
      { kind: 'day-overrun', day: 0, overByMinutes: 20, itemId: 'c' },
      { kind: 'day-overrun', day: 1, overByMinutes: 20, itemId: 'd' },
    ]);
    expect(timing.days.map((d) => d.overrunMinutes)).toEqual([20, 20]);
  });

  it('warns about items placed after the session’s last day', () => {
    const c = clock('Europe/Vienna', '2026-05-14T09:00', '2026-05-14T17:00');
    const timing = computeTiming(c, [item('a', 0, 60), item('b', 2, 60)]);
    expect(timing.warnings).toEqual([{ kind: 'beyond-session', day: 2, itemIds: ['b'] }]);
    expect(timing.days[2]).toMatchObject({ withinSession: false });
  });

  it('warns about an item that ran, or is running, over its time plus extensions', () => {
    const c = clock('UTC', '2026-05-14T09:00', '2026-05-14T17:00');
    const timing = computeTiming(
      c,
      [
        item('done', 0, 30, { actualStart: '2026-05-14T09:00:00Z', actualEnd: '2026-05-14T09:45:00Z' }),
        item('ok', 0, 30, { extraMinutes: 15, actualStart: '2026-05-14T09:45:00Z', actualEnd: '2026-05-14T10:30:00Z' }),
        item('live', 0, 10, { actualStart: '2026-05-14T10:30:00Z', actualEnd: null }),
      ],
      new Date('2026-05-14T10:42:30Z'),
    );
    expect(timing.warnings).toEqual([
      { kind: 'item-overrun', itemId: 'done', overByMinutes: 15, running: false },
      { kind: 'item-overrun', itemId: 'live', overByMinutes: 2, running: true },
    ]);
  });

  it('lets a day whose daily end is before its start (evening arrival) run to midnight', () => {
    const c = clock('Europe/Vienna', '2026-05-14T19:00', '2026-05-16T13:00');
    expect(dayWindow(c, 0)).toMatchObject({ availableMinutes: 300 });
    expect(dayWindow(c, 1)).toMatchObject({ availableMinutes: 540 });
    expect(dayWindow(c, 2)).toMatchObject({ availableMinutes: 240 });
  });
});
