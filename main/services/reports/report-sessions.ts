import type { ReportSessionView } from '../../../shared/contract';
import type { Regime } from '../../../shared/domain/session';
import { instantToZoned } from '../../../shared/time/zone';
import { ParleyFault } from '../../errors';
import { notFound, type Db } from '../sessions/common';

/** A session as the reports read it: its facts, its venue and whether it is marked risky. */
export interface ReportSessionRow {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timeZone: string;
  readonly startsLocal: string;
  readonly endsLocal: string;
  readonly regime: Regime;
  readonly venue: { readonly name: string; readonly city: string; readonly country: string } | null;
  readonly risky: boolean;
  readonly venueLabel: string;
}

/** Every session of a dialogue, in time order, with its venue and risk mark. */
export async function reportSessions(db: Db, dialogueId: string): Promise<ReportSessionRow[]> {
  const rows = await db
    .selectFrom('sessions as s')
    .leftJoin('venues as v', 'v.id', 's.venue_id')
    .leftJoin('session_report_marks as m', 'm.session_id', 's.id')
    .select([
      's.id',
      's.number',
      's.title',
      's.starts_at',
      's.ends_at',
      's.time_zone',
      's.regime',
      'v.name as venue_name',
      'v.city as venue_city',
      'v.country as venue_country',
      'm.risky',
      'm.venue_label',
    ])
    .where('s.dialogue_id', '=', dialogueId)
    .orderBy('s.starts_at')
    .orderBy('s.number')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    startsLocal: instantToZoned(row.starts_at, row.time_zone),
    endsLocal: instantToZoned(row.ends_at, row.time_zone),
    regime: row.regime as Regime,
    venue:
      row.venue_name === null
        ? null
        : { name: row.venue_name, city: row.venue_city ?? '', country: row.venue_country ?? '' },
    risky: row.risky === 1,
    venueLabel: row.venue_label ?? '',
  }));
}

/** The working report's choice of sessions: all of them, or those listed. */
export async function reportScope(
  db: Db,
  dialogueId: string,
): Promise<{
  readonly scope: 'all' | 'chosen';
  readonly chosen: ReadonlySet<string>;
  readonly profileId: string | null;
}> {
  const report = await db
    .selectFrom('sponsor_reports')
    .select(['scope', 'profile_id'])
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  if (!report || report.scope === 'all')
    return { scope: 'all', chosen: new Set(), profileId: report?.profile_id ?? null };
  const rows = await db
    .selectFrom('sponsor_report_sessions')
    .select('session_id')
    .where('dialogue_id', '=', dialogueId)
    .execute();
  return { scope: 'chosen', chosen: new Set(rows.map((row) => row.session_id)), profileId: report.profile_id };
}

export function toReportSessionView(row: ReportSessionRow, included: boolean): ReportSessionView {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    startsLocal: row.startsLocal,
    endsLocal: row.endsLocal,
    venueName: row.venue?.name ?? null,
    regime: row.regime,
    included,
    risky: row.risky,
    venueLabel: row.venueLabel,
  };
}

/**
 * The sessions a report covers: those asked for (each must be the dialogue's), else the working
 * report's choice; in time order. A report of no session at all is refused with a sentence.
 */
export async function sessionsCovered(
  db: Db,
  dialogueId: string,
  asked: readonly string[] | undefined,
): Promise<{ readonly all: ReportSessionRow[]; readonly covered: ReportSessionRow[] }> {
  const all = await reportSessions(db, dialogueId);
  let covered: ReportSessionRow[];
  if (asked) {
    const known = new Set(all.map((session) => session.id));
    if (asked.some((id) => !known.has(id))) throw notFound.session();
    covered = all.filter((session) => asked.includes(session.id));
  } else {
    const { scope, chosen } = await reportScope(db, dialogueId);
    covered = scope === 'all' ? all : all.filter((session) => chosen.has(session.id));
  }
  if (covered.length === 0) {
    throw new ParleyFault(
      'SESSION_NOT_FOUND',
      all.length === 0
        ? 'This dialogue has no sessions yet: a sponsor report covers at least one.'
        : 'Choose at least one session for the report.',
    );
  }
  return { all, covered };
}
