import { sql } from 'kysely';
import type { AgendaItemView, AgendaView, LeadView } from '../../../shared/contract/agenda';
import { computeTiming, sessionDayCount, venueTime, type SessionClock } from '../../../shared/agenda/timing';
import { findSessionRow, type Db } from './common';

/**
 * Builds the agenda read model. Planned times come from the shared timing rules, so the renderer
 * (which recomputes them while the facilitator drags) and exports can never disagree with main.
 * Leads come out as speaker codes: this query never selects a participant's name.
 */
export async function loadAgenda(db: Db, sessionId: string, now: Date): Promise<AgendaView> {
  const session = await findSessionRow(db, sessionId);
  const venue = session.venue_id
    ? await db
        .selectFrom('venues')
        .select(['id', 'name', 'city', 'country'])
        .where('id', '=', session.venue_id)
        .executeTakeFirst()
    : undefined;
  const rows = await db
    .selectFrom('agenda_items')
    .leftJoin('parties', 'parties.id', 'agenda_items.caucus_party_id')
    .leftJoin('participants', 'participants.id', 'agenda_items.lead_participant_id')
    .selectAll('agenda_items')
    .select(['parties.name as caucus_party_name', 'participants.speaker_code as lead_speaker_code'])
    .where('agenda_items.session_id', '=', sessionId)
    .orderBy('agenda_items.position')
    .execute();
  const topicRows = rows.length
    ? await db
        .selectFrom('agenda_item_topics')
        .innerJoin('topics', 'topics.id', 'agenda_item_topics.topic_id')
        .select(['agenda_item_topics.agenda_item_id as itemId', 'topics.id as id', 'topics.title as title'])
        .where(
          'agenda_item_topics.agenda_item_id',
          'in',
          rows.map((row) => row.id),
        )
        .orderBy('agenda_item_topics.agenda_item_id')
        .orderBy('agenda_item_topics.position')
        .execute()
    : [];
  const topicsByItem = Map.groupBy(topicRows, (row) => row.itemId);

  const clock: SessionClock = {
    startsAt: session.starts_at,
    endsAt: session.ends_at,
    timeZone: session.time_zone,
    dailyStartTime: session.daily_start_time,
    dailyEndTime: session.daily_end_time,
  };
  const timing = computeTiming(
    clock,
    rows.map((row) => ({
      id: row.id,
      day: row.day,
      plannedMinutes: row.planned_minutes,
      extraMinutes: row.extra_minutes,
      actualStart: row.actual_start,
      actualEnd: row.actual_end,
    })),
    now,
  );
  const timedById = new Map(timing.items.map((item) => [item.id, item]));

  const items = rows.map((row): AgendaItemView => {
    const timed = timedById.get(row.id)!;
    return {
      id: row.id,
      sessionId: row.session_id,
      position: row.position,
      day: row.day,
      kind: row.kind,
      title: row.title,
      plannedMinutes: row.planned_minutes,
      extraMinutes: row.extra_minutes,
      lead: leadView(row.lead_kind, row.lead_participant_id, row.lead_speaker_code ?? null),
      notes: row.notes,
      topics: (topicsByItem.get(row.id) ?? []).map((topic) => ({ id: topic.id, title: topic.title })),
      regime: row.regime,
      effectiveRegime: row.regime ?? session.regime,
      caucusParty: row.caucus_party_id !== null ? { id: row.caucus_party_id, name: row.caucus_party_name ?? '' } : null,
      plannedStart: timed.plannedStart,
      plannedEnd: timed.plannedEnd,
      localStart: venueTime(timed.plannedStart, clock),
      localEnd: venueTime(timed.plannedEnd, clock),
      actualStart: row.actual_start,
      actualEnd: row.actual_end,
    };
  });

  return {
    session: {
      id: session.id,
      dialogueId: session.dialogue_id,
      number: session.number,
      title: session.title,
      startsAt: session.starts_at,
      endsAt: session.ends_at,
      timeZone: session.time_zone,
      dailyStartTime: session.daily_start_time,
      dailyEndTime: session.daily_end_time,
      regime: session.regime,
      venue: venue ?? null,
    },
    dayCount: sessionDayCount(clock),
    days: timing.days,
    items,
    warnings: timing.warnings,
    plannedMinutes: timing.plannedMinutes,
    runningItemId: rows.find((row) => row.actual_start !== null && row.actual_end === null)?.id ?? null,
  };
}

function leadView(kind: AgendaItemView['lead']['kind'], participantId: string | null, code: string | null): LeadView {
  if (kind === 'participant') return { kind, participantId, speakerCode: participantId === null ? null : code };
  return { kind };
}

/**
 * How many notes were taken in a session or on an agenda item. The notes table arrives with a
 * later migration; until it exists the answer is simply none.
 */
export async function notesReferencing(db: Db, where: { sessionId: string } | { itemId: string }): Promise<number> {
  const exists = await sql<{
    n: number;
  }>`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = 'notes'`.execute(db);
  if (!exists.rows[0]?.n) return 0;
  const result =
    'sessionId' in where
      ? await sql<{ n: number }>`SELECT count(*) AS n FROM notes WHERE session_id = ${where.sessionId}`.execute(db)
      : await sql<{ n: number }>`SELECT count(*) AS n FROM notes WHERE agenda_item_id = ${where.itemId}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}
