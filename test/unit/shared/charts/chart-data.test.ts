import { describe, expect, it } from 'vitest';
import { isRightToLeft, wrapText } from '../../../../shared/charts/chart-style';
import { describeMovement, overtonChartData } from '../../../../shared/charts/overton-data';
import { describeTrust, splitIndicators, trustChartData } from '../../../../shared/charts/trust-data';
import { A, B, overtonBoard, S, trustBoard } from './fixtures';

describe('trust chart data', () => {
  it('makes one series per pair with a point per session, null where nothing was read', () => {
    const data = trustChartData({ ...trustBoard, readings: trustBoard.readings.slice(1) });
    expect(data.sessions.map((s) => s.label)).toEqual(['S1', 'S2', 'S3']);
    expect(data.series).toHaveLength(1);
    expect(data.series[0]!.label).toBe('Side A – Side B');
    expect(data.series[0]!.points.map((p) => p.rating)).toEqual([null, -2, 1]);
    expect(data.indicatorsUsed).toEqual(['informal-contact', 'first-names', 'walk-out']);
    expect(data.readingCount).toBe(2);
  });

  it('describes each line in words, naming a dip between the first and last reading', () => {
    expect(describeTrust(trustChartData(trustBoard))).toBe(
      'Side A – Side B: from −1 Cold at session 1 to +1 Cordial at session 3, dipping to −2 Hostile at session 2.',
    );
    expect(describeTrust(trustChartData({ ...trustBoard, readings: [] }))).toBe('No trust readings yet.');
  });

  it('splits indicators into those for and against trust', () => {
    expect(splitIndicators(['humour', 'walk-out', 'first-names'])).toEqual({
      positive: ['humour', 'first-names'],
      negative: ['walk-out'],
    });
  });
});

describe('Overton chart data', () => {
  it('makes a row per option and a series per side, keeping every session’s placement', () => {
    const data = overtonChartData(overtonBoard);
    expect(data.rows.map((row) => row.optionTitle)).toEqual([
      'A shared water board',
      'إدارة مشتركة للمياه',
      'Never placed',
    ]);
    const [sideA, sideB] = data.rows[0]!.series;
    expect(sideB!.points.map((p) => p.level)).toEqual(['unthinkable', 'radical', 'sensible']);
    expect(sideB!.moved).toBe(3);
    expect(sideA!.points.map((p) => p.index)).toEqual([2, null, 2]);
    expect(describeMovement(sideB!)).toBe('Unthinkable → Sensible (3 steps toward policy)');
    expect(describeMovement(sideA!)).toBe('Acceptable throughout');
    expect(describeMovement(data.rows[1]!.series[0]!)).toBe('Radical (session 2)');
    expect(describeMovement(data.rows[1]!.series[1]!)).toBe('Not placed');
    expect(overtonChartData(overtonBoard, { placedOnly: true }).rows).toHaveLength(2);
    expect(overtonChartData(overtonBoard, { topicIds: [] }).rows).toEqual([]);
    expect(data.sides.map((s) => s.id)).toEqual([A, B]);
    expect(data.sessions.map((s) => s.id)).toEqual(S);
  });
});

describe('chart text helpers', () => {
  it('tells right-to-left titles by their first letter', () => {
    expect(isRightToLeft('إدارة مشتركة للمياه')).toBe(true);
    expect(isRightToLeft('מועצת מים משותפת')).toBe(true);
    expect(isRightToLeft('2026: إدارة')).toBe(true);
    expect(isRightToLeft('A shared board (مجلس)')).toBe(false);
  });

  it('wraps at spaces within the width and marks what was cut', () => {
    expect(wrapText('A shared water board for the upper valleys', 16, 3)).toEqual([
      'A shared water',
      'board for the',
      'upper valleys',
    ]);
    expect(wrapText('A shared water board for the upper valleys', 16, 2)).toEqual(['A shared water', 'board for the…']);
    expect(wrapText('Internationalisation', 10, 2)).toEqual(['Internati…']);
  });
});
