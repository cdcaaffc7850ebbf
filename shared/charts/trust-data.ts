import type { TrustBoardView } from '../contract/trust';
import {
  formatTrustRating,
  NEGATIVE_INDICATORS,
  TRUST_INDICATORS,
  type TrustIndicator,
  type TrustRating,
} from '../domain/trust';

/**
 * The trust chart's data, computed from the board main returns: one series per pair of sides, one
 * point per session (null where no reading was made, so the line breaks rather than inventing a
 * value), with the indicators seen. Pure: the renderer, the table beside the chart and a report
 * all read the same numbers.
 */
export interface TrustPoint {
  readonly sessionId: string;
  readonly sessionNumber: number;
  readonly rating: TrustRating | null;
  readonly indicators: readonly TrustIndicator[];
  readonly rationale: string;
}

export interface TrustSeries {
  readonly key: string;
  /** "Side A – Side B". */
  readonly label: string;
  readonly partyAId: string;
  readonly partyBId: string;
  readonly points: readonly TrustPoint[];
}

export interface ChartSession {
  readonly id: string;
  readonly number: number;
  /** "S3": the axis label; the table says "Session 3". */
  readonly label: string;
}

export interface TrustChartData {
  readonly sessions: readonly ChartSession[];
  readonly series: readonly TrustSeries[];
  /** Indicators that appear at least once, in their order: the legend lists only these. */
  readonly indicatorsUsed: readonly TrustIndicator[];
  readonly readingCount: number;
}

export function chartSessions(sessions: TrustBoardView['sessions']): ChartSession[] {
  return sessions.map((session) => ({ id: session.id, number: session.number, label: `S${session.number}` }));
}

export function trustChartData(board: TrustBoardView): TrustChartData {
  const names = new Map(board.sides.map((side) => [side.id, side.name]));
  const sessions = chartSessions(board.sessions);
  const readings = new Map(board.readings.map((r) => [`${r.sessionId}|${r.partyAId}:${r.partyBId}`, r]));
  const used = new Set<TrustIndicator>();
  const series = board.pairs.map((pair): TrustSeries => ({
    key: pair.key,
    label: `${names.get(pair.partyAId) ?? '?'} – ${names.get(pair.partyBId) ?? '?'}`,
    partyAId: pair.partyAId,
    partyBId: pair.partyBId,
    points: sessions.map((session) => {
      const reading = readings.get(`${session.id}|${pair.key}`);
      for (const indicator of reading?.indicators ?? []) used.add(indicator);
      return {
        sessionId: session.id,
        sessionNumber: session.number,
        rating: reading?.rating ?? null,
        indicators: reading?.indicators ?? [],
        rationale: reading?.rationale ?? '',
      };
    }),
  }));
  return {
    sessions,
    series,
    indicatorsUsed: TRUST_INDICATORS.filter((indicator) => used.has(indicator)),
    readingCount: board.readings.length,
  };
}

/** Indicators for or against trust, each in the chart's order. */
export function splitIndicators(indicators: readonly TrustIndicator[]) {
  return {
    positive: indicators.filter((indicator) => !NEGATIVE_INDICATORS.has(indicator)),
    negative: indicators.filter((indicator) => NEGATIVE_INDICATORS.has(indicator)),
  };
}

/**
 * One sentence per pair for the chart's text description: first and last reading, and the lowest
 * when it lies between them ("a dip"), so a screen reader hears the shape of the line.
 */
export function describeTrust(data: TrustChartData): string {
  if (data.readingCount === 0) return 'No trust readings yet.';
  return data.series
    .map((series) => {
      const rated = series.points.filter((point) => point.rating !== null);
      if (rated.length === 0) return `${series.label}: no readings.`;
      const first = rated[0]!;
      const last = rated.at(-1)!;
      const lowest = rated.reduce((low, point) => (point.rating! < low.rating! ? point : low));
      const from = `${formatTrustRating(first.rating!)} at session ${first.sessionNumber}`;
      if (rated.length === 1) return `${series.label}: ${from}.`;
      const dip =
        lowest !== first && lowest !== last && lowest.rating! < Math.min(first.rating!, last.rating!)
          ? `, dipping to ${formatTrustRating(lowest.rating!)} at session ${lowest.sessionNumber}`
          : '';
      return `${series.label}: from ${from} to ${formatTrustRating(last.rating!)} at session ${last.sessionNumber}${dip}.`;
    })
    .join(' ');
}
