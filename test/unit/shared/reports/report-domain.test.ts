import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coarsePeriod, exactPeriod, suppressCounts } from '../../../../shared/domain/report';
import { meetingsLabel } from '../../../../main/services/reports/sponsor-data';

describe('small-cell suppression', () => {
  it('prints a count under k as "fewer than k", and none as 0', () => {
    const counts = [
      { label: 'Side A', count: 5 },
      { label: 'Side B', count: 2 },
      { label: 'Side C', count: 0 },
    ];
    expect(suppressCounts(counts, 3).cells).toEqual([
      { label: 'Side A', shown: '5', suppressed: false },
      { label: 'Side B', shown: 'fewer than 3', suppressed: true },
      { label: 'Side C', shown: '0', suppressed: false },
    ]);
    expect(suppressCounts(counts, 2).cells.map((cell) => cell.shown)).toEqual(['5', '2', '0']);
  });

  it('withholds the total when it would give one hidden count away', () => {
    expect(
      suppressCounts(
        [
          { label: 'A', count: 3 },
          { label: 'B', count: 2 },
        ],
        3,
      ).total,
    ).toBeNull();
    expect(
      suppressCounts(
        [
          { label: 'A', count: 3 },
          { label: 'B', count: 4 },
        ],
        3,
      ).total,
    ).toBe('7');
    // Two hidden counts that add up to k or more: the total tells only their sum.
    expect(
      suppressCounts(
        [
          { label: 'A', count: 2 },
          { label: 'B', count: 2 },
        ],
        3,
      ).total,
    ).toBe('4');
    expect(
      suppressCounts(
        [
          { label: 'A', count: 1 },
          { label: 'B', count: 1 },
        ],
        3,
      ).total,
    ).toBeNull();
  });

  it('never lets a hidden count be worked out from what is printed (any counts, any k)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 2, max: 6 }),
        (ns, k) => {
          const { cells, total } = suppressCounts(
            ns.map((count, i) => ({ label: `S${i}`, count })),
            k,
          );
          ns.forEach((n, i) => expect(cells[i]!.suppressed).toBe(n > 0 && n < k));
          const hidden = ns.filter((n) => n > 0 && n < k);
          if (total !== null && hidden.length > 0) {
            // What subtraction gives is the sum of two or more hidden counts, itself k or more.
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(k);
          }
          if (total !== null && hidden.length === 0) expect(total).toBe(String(ns.reduce((a, b) => a + b, 0)));
        },
      ),
    );
  });
});

describe('periods', () => {
  it('prints a session’s dates on the venue’s calendar', () => {
    expect(exactPeriod('2026-03-12T09:00', '2026-03-12T17:00')).toBe('12 March 2026');
    expect(exactPeriod('2026-03-12T09:00', '2026-03-14T17:00')).toBe('12–14 March 2026');
    expect(exactPeriod('2026-03-30T09:00', '2026-04-02T17:00')).toBe('30 March – 2 April 2026');
    expect(exactPeriod('2026-12-30T09:00', '2027-01-02T17:00')).toBe('30 December 2026 – 2 January 2027');
  });

  it('coarsens a risky session to its month or quarter, never a day', () => {
    expect(coarsePeriod('2026-04-20T09:00', '2026-04-21T17:00', 'month')).toBe('April 2026');
    expect(coarsePeriod('2026-04-30T09:00', '2026-05-01T17:00', 'month')).toBe('April–May 2026');
    expect(coarsePeriod('2026-04-20T09:00', '2026-04-21T17:00', 'quarter')).toBe('April–June 2026');
    expect(coarsePeriod('2026-03-30T09:00', '2026-04-02T17:00', 'quarter')).toBe('January–June 2026');
    expect(coarsePeriod('2026-12-30T09:00', '2027-01-02T17:00', 'month')).toBe('December 2026 – January 2027');
    expect(coarsePeriod('2026-12-30T09:00', '2027-01-02T17:00', 'quarter')).toBe('October 2026 – March 2027');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (date) => {
          const local = date.toISOString().slice(0, 16);
          for (const granularity of ['month', 'quarter'] as const) {
            expect(coarsePeriod(local, local, granularity)).not.toMatch(/\b\d{1,2} [A-Z]/u);
          }
        },
      ),
    );
  });

  it('names the meetings covered as a sponsor reads them', () => {
    expect(meetingsLabel([2])).toBe('Meeting 2');
    expect(meetingsLabel([3, 1, 2])).toBe('Meetings 1–3');
    expect(meetingsLabel([1, 3])).toBe('Meetings 1 and 3');
    expect(meetingsLabel([1, 3, 5, 6])).toBe('Meetings 1, 3 and 5–6');
  });
});
