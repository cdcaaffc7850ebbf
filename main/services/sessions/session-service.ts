import type { Selectable } from 'kysely';
import type { AttendanceView, SessionView } from '../../../shared/contract/session';
import { sessionDayCount } from '../../../shared/agenda/timing';
import { AGENDA_LIMITS } from '../../../shared/domain/session';
import { calendarDaysApart, instantToZoned, zonedToInstant } from '../../../shared/time/zone';
import { ParleyFault } from '../../errors';
import { assertNoTrustRecords } from '../exercises/records';
import type { SessionsTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import {
  assertDialogue,
  assertParticipantOf,
  findSessionRow,
  inTransaction,
  isConstraint,
  notFound,
  type Db,
  type Input,
} from './common';
import { notesReferencing } from './agenda-read';
import { findVenueRow, venueViews } from './venue-service';

export interface SessionService {
  create(input: Input<'session.create'>): Promise<SessionView>;
  update(input: Input<'session.update'>): Promise<SessionView>;
  get(input: Input<'session.get'>): Promise<SessionView>;
  list(input: Input<'session.list'>): Promise<SessionView[]>;
  delete(input: Input<'session.delete'>): Promise<{ deleted: true }>;
  attendance(input: Input<'session.attendance'>): Promise<AttendanceView[]>;
  setAttendance(input: Input<'session.setAttendance'>): Promise<AttendanceView[]>;
}

/**
 * Turns the wall-clock times typed for the venue into instants, refusing an end not after the
 * start and a session longer than the agenda can hold.
 */
export function sessionInstants(startsLocal: string, endsLocal: string, zone: string) {
  const start = zonedToInstant(startsLocal, zone).instant;
  const end = zonedToInstant(endsLocal, zone).instant;
  if (end <= start) {
    throw new ParleyFault('END_BEFORE_START', 'The session must end after it starts. Check the dates and times.');
  }
  if (calendarDaysApart(start, end, zone) + 1 > AGENDA_LIMITS.maxSessionDays) {
    throw new ParleyFault(
      'SESSION_TOO_LONG',
      `A session spans at most ${AGENDA_LIMITS.maxSessionDays} days. Split a longer process into several sessions.`,
    );
  }
  return { startsAt: start.toISOString(), endsAt: end.toISOString() };
}

async function sessionViews(db: Db, rows: readonly Selectable<SessionsTable>[]): Promise<SessionView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const venueIds = [...new Set(rows.map((row) => row.venue_id).filter((id): id is string => id !== null))];
  const venues =
    venueIds.length === 0
      ? []
      : await venueViews(db, await db.selectFrom('venues').selectAll().where('id', 'in', venueIds).execute());
  const venueById = new Map(venues.map((venue) => [venue.id, venue]));
  const totals = await db
    .selectFrom('agenda_items')
    .select((eb) => [
      'session_id',
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('planned_minutes').as('minutes'),
    ])
    .where('session_id', 'in', ids)
    .groupBy('session_id')
    .execute();
  const totalOf = new Map(totals.map((row) => [row.session_id, row]));
  return rows.map((row) => {
    const total = totalOf.get(row.id);
    return {
      id: row.id,
      dialogueId: row.dialogue_id,
      number: row.number,
      title: row.title,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      timeZone: row.time_zone,
      startsLocal: instantToZoned(row.starts_at, row.time_zone),
      endsLocal: instantToZoned(row.ends_at, row.time_zone),
      dailyStartTime: row.daily_start_time,
      dailyEndTime: row.daily_end_time,
      dayCount: sessionDayCount({
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        timeZone: row.time_zone,
        dailyStartTime: row.daily_start_time,
        dailyEndTime: row.daily_end_time,
      }),
      venue: row.venue_id === null ? null : (venueById.get(row.venue_id) ?? null),
      objectives: row.objectives,
      regime: row.regime,
      outcomeSummary: row.outcome_summary,
      aftercareOn: row.aftercare_on,
      itemCount: Number(total?.n ?? 0),
      plannedMinutes: Number(total?.minutes ?? 0),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

const hasNotes = () =>
  new ParleyFault(
    'SESSION_HAS_NOTES',
    'Notes were taken in this session, so it cannot be deleted. Move or delete the notes first.',
  );

const numberTaken = (number: number) =>
  new ParleyFault('SESSION_NUMBER_TAKEN', `This dialogue already has a session ${number}. Choose another number.`);

export function createSessionService(ctx: ServiceContext): SessionService {
  const db = () => ctx.workspace().db;

  async function view(id: string): Promise<SessionView> {
    const [session] = await sessionViews(db(), [await findSessionRow(db(), id)]);
    return session!;
  }

  async function venueOf(trx: Db, dialogueId: string, venueId: string | null) {
    if (venueId === null) return null;
    const venue = await findVenueRow(trx, venueId);
    if (venue.dialogue_id !== dialogueId) throw notFound.venue();
    return venue;
  }

  async function attendanceOf(trx: Db, sessionId: string, dialogueId: string): Promise<AttendanceView[]> {
    const rows = await trx
      .selectFrom('participants')
      .innerJoin('parties', 'parties.id', 'participants.party_id')
      .leftJoin('session_attendance', (join) =>
        join
          .onRef('session_attendance.participant_id', '=', 'participants.id')
          .on('session_attendance.session_id', '=', sessionId),
      )
      .select([
        'participants.id as participantId',
        'participants.party_id as partyId',
        'participants.speaker_code as speakerCode',
        'participants.pseudonym as pseudonym',
        'session_attendance.status as status',
      ])
      .where('participants.dialogue_id', '=', dialogueId)
      .orderBy('parties.position')
      .orderBy('participants.speaker_code')
      .orderBy('participants.id')
      .execute();
    return rows.map((row) => ({
      participantId: row.participantId,
      partyId: row.partyId,
      speakerCode: row.speakerCode ?? null,
      pseudonym: row.pseudonym ?? null,
      status: row.status ?? null,
    }));
  }

  return {
    async create(input) {
      const id = ctx.newId();
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        const venue = await venueOf(trx, input.dialogueId, input.venueId);
        const zone = input.timeZone ?? venue?.time_zone;
        if (zone === undefined) {
          throw new ParleyFault('TIME_ZONE_REQUIRED', 'Choose a venue or the time zone the session’s times are in.');
        }
        const { startsAt, endsAt } = sessionInstants(input.startsAt, input.endsAt, zone);
        let number = input.number;
        if (number === undefined) {
          const { last } = await trx
            .selectFrom('sessions')
            .select((eb) => eb.fn.max<number | null>('number').as('last'))
            .where('dialogue_id', '=', input.dialogueId)
            .executeTakeFirstOrThrow();
          number = Math.min(Number(last ?? 0) + 1, AGENDA_LIMITS.maxSessionNumber);
        }
        try {
          await trx
            .insertInto('sessions')
            .values({
              id,
              dialogue_id: input.dialogueId,
              number,
              title: input.title,
              starts_at: startsAt,
              ends_at: endsAt,
              time_zone: zone,
              daily_start_time: input.dailyStartTime,
              daily_end_time: input.dailyEndTime,
              venue_id: input.venueId,
              objectives: input.objectives,
              regime: input.regime,
              outcome_summary: input.outcomeSummary,
              aftercare_on: input.aftercareOn,
              created_at: now,
              updated_at: now,
            })
            .execute();
        } catch (error) {
          if (isConstraint(error, 'UNIQUE')) throw numberTaken(number);
          throw error;
        }
      });
      return view(id);
    },

    async update(input) {
      await inTransaction(db(), async (trx) => {
        const current = await findSessionRow(trx, input.id);
        const venueId = input.venueId === undefined ? current.venue_id : input.venueId;
        if (input.venueId !== undefined) await venueOf(trx, current.dialogue_id, venueId);
        const zone = input.timeZone ?? current.time_zone;
        // Untouched times keep their wall-clock reading: 09:00 stays 09:00 at the venue.
        const startsLocal = input.startsAt ?? instantToZoned(current.starts_at, current.time_zone);
        const endsLocal = input.endsAt ?? instantToZoned(current.ends_at, current.time_zone);
        const { startsAt, endsAt } = sessionInstants(startsLocal, endsLocal, zone);
        const number = input.number ?? current.number;
        try {
          await trx
            .updateTable('sessions')
            .set({
              number,
              title: input.title ?? current.title,
              starts_at: startsAt,
              ends_at: endsAt,
              time_zone: zone,
              daily_start_time: input.dailyStartTime ?? current.daily_start_time,
              daily_end_time: input.dailyEndTime ?? current.daily_end_time,
              venue_id: venueId,
              objectives: input.objectives ?? current.objectives,
              regime: input.regime ?? current.regime,
              outcome_summary: input.outcomeSummary ?? current.outcome_summary,
              aftercare_on: input.aftercareOn === undefined ? current.aftercare_on : input.aftercareOn,
              updated_at: ctx.now().toISOString(),
            })
            .where('id', '=', input.id)
            .execute();
        } catch (error) {
          if (isConstraint(error, 'UNIQUE')) throw numberTaken(number);
          throw error;
        }
      });
      return view(input.id);
    },

    async get(input) {
      return view(input.id);
    },

    async list(input) {
      await assertDialogue(db(), input.dialogueId);
      const rows = await db()
        .selectFrom('sessions')
        .selectAll()
        .where('dialogue_id', '=', input.dialogueId)
        .orderBy('starts_at')
        .orderBy('number')
        .execute();
      return sessionViews(db(), rows);
    },

    async delete(input) {
      await inTransaction(db(), async (trx) => {
        await findSessionRow(trx, input.id);
        if ((await notesReferencing(trx, { sessionId: input.id })) > 0) throw hasNotes();
        await assertNoTrustRecords(trx, input.id);
        try {
          await trx.deleteFrom('sessions').where('id', '=', input.id).execute();
        } catch (error) {
          if (isConstraint(error, 'FOREIGNKEY')) throw hasNotes();
          throw error;
        }
      });
      return { deleted: true };
    },

    async attendance(input) {
      const session = await findSessionRow(db(), input.sessionId);
      return attendanceOf(db(), session.id, session.dialogue_id);
    },

    async setAttendance(input) {
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        const session = await findSessionRow(trx, input.sessionId);
        for (const entry of input.entries) {
          await assertParticipantOf(trx, session.dialogue_id, entry.participantId);
          if (entry.status === null) {
            await trx
              .deleteFrom('session_attendance')
              .where('session_id', '=', session.id)
              .where('participant_id', '=', entry.participantId)
              .execute();
          } else {
            await trx
              .insertInto('session_attendance')
              .values({
                session_id: session.id,
                participant_id: entry.participantId,
                status: entry.status,
                updated_at: now,
              })
              .onConflict((oc) =>
                oc.columns(['session_id', 'participant_id']).doUpdateSet({ status: entry.status!, updated_at: now }),
              )
              .execute();
          }
        }
        return attendanceOf(trx, session.id, session.dialogue_id);
      });
    },
  };
}
