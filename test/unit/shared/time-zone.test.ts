import { afterEach, describe, expect, it } from 'vitest';
import {
  calendarDaysApart,
  formatInZone,
  instantToZoned,
  isTimeZone,
  offsetLabel,
  parseLocalDateTime,
  zonedToInstant,
} from '../../../shared/time/zone';

const laptopZone = process.env.TZ;
afterEach(() => {
  if (laptopZone === undefined) delete process.env.TZ;
  else process.env.TZ = laptopZone;
});

describe('time zones', () => {
  it('accepts IANA names and refuses offsets, unknown names and junk', () => {
    for (const zone of ['Europe/Vienna', 'Asia/Amman', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+3']) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
    for (const zone of ['', '+02:00', 'Mars/Olympus', 'Europe/Vienna\n', 'x'.repeat(10_000), 'Europe/../etc', '🌲']) {
      expect(isTimeZone(zone), zone).toBe(false);
    }
  });

  it('parses wall-clock times strictly (no 31 February, no 24:00)', () => {
    expect(parseLocalDateTime('2026-05-14T09:30')).toEqual({ year: 2026, month: 5, day: 14, hour: 9, minute: 30 });
    for (const bad of ['2026-02-31T09:00', '2026-05-14T24:00', '2026-05-14 09:00', '2026-5-14T9:00', '']) {
      expect(parseLocalDateTime(bad), bad).toBeUndefined();
    }
  });

  it('converts venue wall-clock time to an instant whatever the laptop zone is', () => {
    process.env.TZ = 'America/Los_Angeles';
    const { instant, exact } = zonedToInstant('2026-05-14T09:00', 'Asia/Tokyo');
    expect(instant.toISOString()).toBe('2026-05-14T00:00:00.000Z');
    expect(exact).toBe(true);
    expect(instantToZoned(instant, 'Asia/Tokyo')).toBe('2026-05-14T09:00');
    expect(instantToZoned(instant, 'America/Los_Angeles')).toBe('2026-05-13T17:00');
    process.env.TZ = 'Asia/Kolkata';
    expect(zonedToInstant('2026-05-14T09:00', 'Asia/Tokyo').instant.toISOString()).toBe('2026-05-14T00:00:00.000Z');
    expect(formatInZone(instant, 'Asia/Tokyo', 'HH:mm')).toBe('09:00');
  });

  it('moves a time in the spring-forward gap forward, and says it was not exact', () => {
    const { instant, exact } = zonedToInstant('2026-03-29T02:30', 'Europe/Berlin');
    expect(exact).toBe(false);
    expect(instantToZoned(instant, 'Europe/Berlin')).toBe('2026-03-29T03:30');
  });

  it('labels offsets and counts calendar days on the venue clocks, not UTC', () => {
    expect(offsetLabel('2026-07-01T00:00:00Z', 'Europe/Berlin')).toBe('GMT+2');
    expect(offsetLabel('2026-01-01T00:00:00Z', 'Europe/Berlin')).toBe('GMT+1');
    // 23:30 UTC on the 14th is already the 15th in Tokyo.
    expect(calendarDaysApart('2026-05-14T01:00:00Z', '2026-05-14T23:30:00Z', 'Asia/Tokyo')).toBe(1);
    expect(calendarDaysApart('2026-05-14T01:00:00Z', '2026-05-14T23:30:00Z', 'UTC')).toBe(0);
  });
});
