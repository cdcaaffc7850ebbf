import type { OvertonBoardView } from '../contract/trust';
import { OVERTON_LEVEL_LABELS, OVERTON_LEVELS, overtonIndex, type OvertonLevel } from '../domain/trust';
import { chartSessions, type ChartSession } from './trust-data';

/**
 * The Overton small multiples' data: one row per option, one series per side, one point per
 * session (null where the option was not placed for that side). Pure, from the board main returns.
 */
export interface OvertonPoint {
  readonly sessionId: string;
  readonly sessionNumber: number;
  readonly level: OvertonLevel | null;
  /** 0 (unthinkable) … 5 (policy), or null. */
  readonly index: number | null;
}

export interface OvertonSeries {
  readonly sideId: string;
  readonly sideName: string;
  readonly points: readonly OvertonPoint[];
  readonly first: OvertonPoint | null;
  readonly last: OvertonPoint | null;
  /** Steps moved from the first placement to the last: positive toward policy. */
  readonly moved: number;
}

export interface OvertonRow {
  readonly optionId: string;
  readonly optionTitle: string;
  readonly topicId: string;
  readonly topicTitle: string;
  readonly series: readonly OvertonSeries[];
}

export interface OvertonChartData {
  readonly sessions: readonly ChartSession[];
  readonly sides: readonly { readonly id: string; readonly name: string }[];
  readonly rows: readonly OvertonRow[];
}

export interface OvertonChartOptions {
  /** Only these topics' options (all when absent). */
  readonly topicIds?: readonly string[];
  /** Leave out options never placed. */
  readonly placedOnly?: boolean;
}

export function overtonChartData(board: OvertonBoardView, options: OvertonChartOptions = {}): OvertonChartData {
  const sessions = chartSessions(board.sessions);
  const topics = options.topicIds ? board.topics.filter((t) => options.topicIds!.includes(t.id)) : board.topics;
  const rows: OvertonRow[] = [];
  for (const topic of topics) {
    for (const option of topic.options) {
      if (options.placedOnly && option.placements.length === 0) continue;
      const placed = new Map(option.placements.map((p) => [`${p.sessionId}|${p.partyId}`, p.level]));
      rows.push({
        optionId: option.id,
        optionTitle: option.title,
        topicId: topic.id,
        topicTitle: topic.title,
        series: board.sides.map((side): OvertonSeries => {
          const points = sessions.map((session): OvertonPoint => {
            const level = placed.get(`${session.id}|${side.id}`) ?? null;
            return {
              sessionId: session.id,
              sessionNumber: session.number,
              level,
              index: level === null ? null : overtonIndex(level),
            };
          });
          const rated = points.filter((point) => point.index !== null);
          const first = rated[0] ?? null;
          const last = rated.at(-1) ?? null;
          return {
            sideId: side.id,
            sideName: side.name,
            points,
            first,
            last,
            moved: first && last ? last.index! - first.index! : 0,
          };
        }),
      });
    }
  }
  return { sessions, sides: board.sides.map((side) => ({ id: side.id, name: side.name })), rows };
}

/** "Unthinkable → Sensible (3 steps toward policy)", "Radical throughout", "Not placed". */
export function describeMovement(series: OvertonSeries): string {
  const { first, last, moved } = series;
  if (!first || !last) return 'Not placed';
  const from = OVERTON_LEVEL_LABELS[first.level!];
  const to = OVERTON_LEVEL_LABELS[last.level!];
  if (first === last) return `${from} (session ${first.sessionNumber})`;
  if (moved === 0) return `${from} throughout`;
  const steps = Math.abs(moved) === 1 ? '1 step' : `${Math.abs(moved)} steps`;
  return `${from} → ${to} (${steps} ${moved > 0 ? 'toward policy' : 'back'})`;
}

export const OVERTON_AXIS = OVERTON_LEVELS.map((level, index) => ({
  level,
  index,
  label: OVERTON_LEVEL_LABELS[level],
}));
