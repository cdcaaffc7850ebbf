import { format } from 'date-fns';
import type { AftercareBoardView, CheckInView, DueCheckInsView } from '../../../shared/contract/aftercare';
import { addDays, CHECK_IN_DUE_SOON_DAYS, checkInState } from '../../../shared/domain/trust';
import { ParleyFault } from '../../errors';
import type { ServiceContext } from '../context';
import { guarded } from '../exercises/guarded';
import { assertParticipantIn } from '../dialogue-scope';
import { assertDialogue, inTransaction, notFound, type Db, type Input } from '../sessions/common';
import { findSessionRow } from '../sessions/common';

export interface AftercareService {
  board(input: Input<'aftercare.board'>): Promise<AftercareBoardView>;
  due(input: Input<'aftercare.due'>): Promise<DueCheckInsView>;
  save(input: Input<'aftercare.save'>): Promise<CheckInView>;
  scheduleForSession(input: Input<'aftercare.scheduleForSession'>): Promise<CheckInView[]>;
  delete(input: Input<'aftercare.delete'>): Promise<{ deleted: true }>;
}

const checkInNotFound = () => new ParleyFault('CHECK_IN_NOT_FOUND', 'That check-in no longer exists.');

/**
 * Check-ins as views, soonest first: the participant by speaker code and pseudonym only (this query
 * never selects a name), the session's number, and where each stands on `today`.
 */
async function checkInViews(
  db: Db,
  where: { dialogueId: string } | { ids: readonly string[] } | { openUntil: string },
  today: string,
): Promise<CheckInView[]> {
  if ('ids' in where && where.ids.length === 0) return [];
  const rows = await db
    .selectFrom('aftercare_checkins as c')
    .innerJoin('participants as p', 'p.id', 'c.participant_id')
    .leftJoin('sessions as s', 's.id', 'c.session_id')
    .selectAll('c')
    .select(['p.speaker_code', 'p.pseudonym', 'p.party_id', 's.number as session_number'])
    .$if('dialogueId' in where, (q) => q.where('c.dialogue_id', '=', (where as { dialogueId: string }).dialogueId))
    .$if('ids' in where, (q) => q.where('c.id', 'in', (where as { ids: string[] }).ids))
    .$if('openUntil' in where, (q) =>
      q.where('c.done_on', 'is', null).where('c.due_on', '<=', (where as { openUntil: string }).openUntil),
    )
    .orderBy('c.due_on')
    .orderBy('p.speaker_code')
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    dialogueId: row.dialogue_id,
    person: {
      participantId: row.participant_id,
      speakerCode: row.speaker_code,
      pseudonym: row.pseudonym,
      partyId: row.party_id,
    },
    sessionId: row.session_id,
    sessionNumber: row.session_number ?? null,
    dueOn: row.due_on,
    doneOn: row.done_on,
    channel: row.channel,
    concern: row.concern,
    followUp: row.follow_up,
    state: checkInState(row.due_on, row.done_on, today),
    updatedAt: row.updated_at,
  }));
}

/** The participant to check in with: on this dialogue's roster and not purged. */
const assertPerson = (db: Db, dialogueId: string, participantId: string) =>
  assertParticipantIn(db, dialogueId, participantId, notFound.participant);

export function createAftercareService(ctx: ServiceContext): AftercareService {
  const db = () => ctx.workspace().db;
  // The laptop's calendar day unless the page says which day it is.
  const todayOf = (given: string | undefined) => given ?? format(ctx.now(), 'yyyy-MM-dd');

  return {
    board: (input) =>
      guarded(async () => {
        await assertDialogue(db(), input.dialogueId);
        const today = todayOf(input.today);
        const people = await db()
          .selectFrom('participants as p')
          .innerJoin('parties as pa', 'pa.id', 'p.party_id')
          .select(['p.id as participantId', 'p.speaker_code as speakerCode', 'p.pseudonym', 'p.party_id as partyId'])
          .where('p.dialogue_id', '=', input.dialogueId)
          .where('p.purged_at', 'is', null)
          .orderBy('pa.position')
          .orderBy('p.speaker_code')
          .execute();
        const sessions = await db()
          .selectFrom('sessions')
          .select(['id', 'number', 'title'])
          .where('dialogue_id', '=', input.dialogueId)
          .orderBy('starts_at')
          .execute();
        return {
          dialogueId: input.dialogueId,
          today,
          people,
          sessions,
          checkIns: await checkInViews(db(), { dialogueId: input.dialogueId }, today),
        };
      }),

    due: (input) =>
      guarded(async () => {
        const today = todayOf(input.today);
        const dialogues = await db()
          .selectFrom('dialogues')
          .select(['id', 'code_name'])
          .where('archived_at', 'is', null)
          .orderBy('code_name_key')
          .execute();
        const open = await checkInViews(db(), { openUntil: addDays(today, CHECK_IN_DUE_SOON_DAYS) }, today);
        const byDialogue = Map.groupBy(open, (checkIn) => checkIn.dialogueId);
        return {
          today,
          dialogues: dialogues
            .map((dialogue) => {
              const checkIns = byDialogue.get(dialogue.id) ?? [];
              return {
                dialogueId: dialogue.id,
                codeName: dialogue.code_name,
                overdue: checkIns.filter((checkIn) => checkIn.state === 'overdue'),
                dueSoon: checkIns.filter((checkIn) => checkIn.state === 'due'),
              };
            })
            .filter((entry) => entry.overdue.length + entry.dueSoon.length > 0),
        };
      }),

    async save(input) {
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        const existing = await trx
          .selectFrom('aftercare_checkins')
          .select(['dialogue_id', 'participant_id'])
          .where('id', '=', input.id)
          .executeTakeFirst();
        // Ids are made by the form; one naming another dialogue's check-in is not this one.
        if (existing && existing.dialogue_id !== input.dialogueId) throw checkInNotFound();
        if (existing?.participant_id !== input.participantId)
          await assertPerson(trx, input.dialogueId, input.participantId);
        if (input.sessionId !== null) {
          const session = await findSessionRow(trx, input.sessionId);
          if (session.dialogue_id !== input.dialogueId) throw notFound.session();
        }
        const values = {
          participant_id: input.participantId,
          session_id: input.sessionId,
          due_on: input.dueOn,
          done_on: input.doneOn,
          channel: input.channel,
          concern: input.concern,
          follow_up: input.followUp,
          updated_at: now,
        };
        if (existing) {
          await trx.updateTable('aftercare_checkins').set(values).where('id', '=', input.id).execute();
        } else {
          await trx
            .insertInto('aftercare_checkins')
            .values({ id: input.id, dialogue_id: input.dialogueId, created_at: now, ...values })
            .execute();
        }
      });
      const [view] = await guarded(() => checkInViews(db(), { ids: [input.id] }, todayOf(input.today)));
      return view!;
    },

    async scheduleForSession(input) {
      const now = ctx.now().toISOString();
      const ids = await inTransaction(db(), async (trx) => {
        const session = await findSessionRow(trx, input.sessionId);
        const dueOn = input.dueOn ?? session.aftercare_on;
        if (!dueOn) {
          throw new ParleyFault(
            'AFTERCARE_DATE_REQUIRED',
            'Give the check-in date, or set the session’s after-care date first.',
          );
        }
        const attended = await trx
          .selectFrom('session_attendance as a')
          .innerJoin('participants as p', 'p.id', 'a.participant_id')
          .select('p.id')
          .where('a.session_id', '=', session.id)
          .where('a.status', '=', 'attended')
          .where('p.purged_at', 'is', null)
          .execute();
        if (attended.length === 0) {
          throw new ParleyFault(
            'NOBODY_ATTENDED',
            'Nobody is marked as having attended this session. Record attendance first.',
          );
        }
        const already = new Set(
          (
            await trx
              .selectFrom('aftercare_checkins')
              .select('participant_id')
              .where('session_id', '=', session.id)
              .execute()
          ).map((row) => row.participant_id),
        );
        const made: string[] = [];
        for (const person of attended) {
          if (already.has(person.id)) continue;
          const id = ctx.newId();
          await trx
            .insertInto('aftercare_checkins')
            .values({
              id,
              dialogue_id: session.dialogue_id,
              participant_id: person.id,
              session_id: session.id,
              due_on: dueOn,
              done_on: null,
              channel: null,
              concern: '',
              follow_up: '',
              created_at: now,
              updated_at: now,
            })
            .execute();
          made.push(id);
        }
        return made;
      });
      return guarded(() => checkInViews(db(), { ids }, todayOf(input.today)));
    },

    async delete(input) {
      const result = await inTransaction(db(), (trx) =>
        trx.deleteFrom('aftercare_checkins').where('id', '=', input.id).executeTakeFirst(),
      );
      if (Number(result.numDeletedRows) === 0) throw checkInNotFound();
      return { deleted: true };
    },
  };
}
