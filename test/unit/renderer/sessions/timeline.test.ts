import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../../../shared/contract';
import { MAX_MONTHS, sessionDates, timelineMonths } from '../../../../renderer/sessions/timeline';
import { twoClocks } from '../../../../renderer/sessions/format';
import { formatMonth } from '../../../../renderer/ui/format';

const session = (id: string, startsLocal: string, endsLocal: string) =>
  ({ id, number: 1, title: id, startsLocal, endsLocal }) as SessionView;

describe('timeline', () => {
  it('lists the venue dates a session covers, across a month end', () => {
    expect(sessionDates(session('a', '2026-05-30T09:00', '2026-06-02T12:00'))).toEqual([
      '2026-05-30',
      '2026-05-31',
      '2026-06-01',
      '2026-06-02',
    ]);
  });

  it('draws whole months from the first session to the last, weeks from Monday', () => {
    const months = timelineMonths(
      [session('a', '2026-05-14T09:00', '2026-05-15T17:00'), session('b', '2026-07-01T09:00', '2026-07-01T12:00')],
      '2026-01-10',
    );
    expect(months.map((m) => [m.key, formatMonth(m.key), m.sessionCount])).toEqual([
      ['2026-05', 'May 2026', 1],
      ['2026-06', 'June 2026', 0],
      ['2026-07', 'July 2026', 1],
    ]);
    const may = months[0]!;
    // 1 May 2026 is a Friday: the first week starts on Monday 27 April, outside the month.
    expect(may.weeks[0]!.map((d) => [d.day, d.inMonth])).toEqual([
      [27, false],
      [28, false],
      [29, false],
      [30, false],
      [1, true],
      [2, true],
      [3, true],
    ]);
    const marked = may.weeks
      .flat()
      .filter((d) => d.sessions.length > 0)
      .map((d) => d.date);
    expect(marked).toEqual(['2026-05-14', '2026-05-15']);
  });

  it('shows the current month when there is nothing yet, and at most two years', () => {
    expect(timelineMonths([], '2026-03-05').map((m) => m.key)).toEqual(['2026-03']);
    const long = timelineMonths(
      [session('a', '2020-01-01T09:00', '2020-01-01T10:00'), session('b', '2026-06-01T09:00', '2026-06-01T10:00')],
      '2026-01-01',
    );
    expect(long).toHaveLength(MAX_MONTHS);
    expect(long.at(-1)!.key).toBe('2026-06');
  });

  it('shows a typed venue time on the venue clock and the laptop clock, and flags a time in a DST gap', () => {
    expect(twoClocks('2026-05-14T09:00', 'Asia/Tokyo', 'Europe/London')).toEqual({
      venue: 'Thu, 14 May 2026, 09:00 (GMT+9)',
      laptop: 'Thu, 14 May 2026, 01:00 (GMT+1)',
      shifted: false,
    });
    expect(twoClocks('2026-05-14T09:00', 'Asia/Tokyo', 'Asia/Tokyo')?.laptop).toBeNull();
    expect(twoClocks('2026-03-29T02:30', 'Europe/Berlin', 'Europe/Berlin')).toMatchObject({ shifted: true });
    expect(twoClocks('not a time', 'Europe/Berlin')).toBeNull();
  });
});
