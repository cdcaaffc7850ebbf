import { sql } from 'kysely';
import type { ExerciseRunView, ObservationView, SessionChecklistProgress } from '../../../shared/contract/exercise-run';
import { EXERCISE_LIMITS } from '../../../shared/domain/exercise';
import { ParleyFault } from '../../errors';
import type { ServiceContext } from '../context';
import { findSessionRow } from '../sessions/common';
import { assertDialogue, inTransaction, notFound, type Db, type Input } from '../sessions/common';
import { guarded } from './guarded';
import { findExercise } from './library-read';
import { recordedRunCount, runRecorded } from './records';
import { loadRun, loadRuns, runNotFound } from './run-read';
import { insertRun } from './run-write';

export interface ExerciseRunService {
  forSession(input: Input<'exerciseRun.forSession'>): Promise<ExerciseRunView[]>;
  get(input: Input<'exerciseRun.get'>): Promise<ExerciseRunView>;
  progress(input: Input<'exerciseRun.progress'>): Promise<SessionChecklistProgress[]>;
  link(input: Input<'exerciseRun.link'>): Promise<ExerciseRunView>;
  unlink(input: Input<'exerciseRun.unlink'>): Promise<{ unlinked: true }>;
  tick(input: Input<'exerciseRun.tick'>): Promise<ExerciseRunView>;
  record(input: Input<'exerciseRun.record'>): Promise<ExerciseRunView>;
  saveObservation(input: Input<'exerciseRun.saveObservation'>): Promise<ObservationView>;
  deleteObservation(input: Input<'exerciseRun.deleteObservation'>): Promise<{ deleted: true }>;
}

async function runRow(db: Db, id: string) {
  const row = await db
    .selectFrom('exercise_runs as r')
    .innerJoin('sessions as s', 's.id', 'r.session_id')
    .select(['r.id', 'r.session_id', 's.dialogue_id'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) throw runNotFound();
  return row;
}

const touch = (db: Db, runId: string, now: string) =>
  db.updateTable('exercise_runs').set({ updated_at: now }).where('id', '=', runId).execute();

export function createExerciseRunService(ctx: ServiceContext): ExerciseRunService {
  const db = () => ctx.workspace().db;

  return {
    forSession: (input) =>
      guarded(async () => {
        await findSessionRow(db(), input.sessionId);
        return loadRuns(db(), { sessionId: input.sessionId });
      }),

    get: (input) => guarded(() => loadRun(db(), input.id)),

    progress: (input) =>
      guarded(async () => {
        await assertDialogue(db(), input.dialogueId);
        const { rows } = await sql<{ session_id: string; runs: number; total: number; done: number }>`
        SELECT r.session_id,
               count(DISTINCT r.id) AS runs,
               count(st.run_id) AS total,
               count(st.done_at) AS done
        FROM exercise_runs r
        JOIN sessions s ON s.id = r.session_id
        LEFT JOIN exercise_run_steps st ON st.run_id = r.id
        WHERE s.dialogue_id = ${input.dialogueId}
        GROUP BY r.session_id`.execute(db());
        return rows.map((row) => ({
          sessionId: row.session_id,
          runs: Number(row.runs),
          total: Number(row.total),
          done: Number(row.done),
        }));
      }),

    async link(input) {
      const exercise = await guarded(() => findExercise(db(), input.exerciseId));
      if (exercise.archived) {
        throw new ParleyFault(
          'EXERCISE_ARCHIVED',
          'That exercise is archived. Restore it to the library to plan it again.',
        );
      }
      const now = ctx.now().toISOString();
      const runId = ctx.newId();
      await inTransaction(db(), async (trx) => {
        const item = await trx
          .selectFrom('agenda_items')
          .select(['id', 'session_id'])
          .where('id', '=', input.itemId)
          .executeTakeFirst();
        if (!item) throw notFound.item();
        if ((await recordedRunCount(trx, { itemId: item.id })) > 0) throw runRecorded();
        await trx.deleteFrom('exercise_runs').where('agenda_item_id', '=', item.id).execute();
        await insertRun(trx, { id: runId, sessionId: item.session_id, itemId: item.id, exercise, now });
      });
      return guarded(() => loadRun(db(), runId));
    },

    async unlink(input) {
      await inTransaction(db(), async (trx) => {
        const run = await trx
          .selectFrom('exercise_runs')
          .select('id')
          .where('agenda_item_id', '=', input.itemId)
          .executeTakeFirst();
        if (!run) throw runNotFound();
        if (!input.discardRecords && (await recordedRunCount(trx, { itemId: input.itemId })) > 0) throw runRecorded();
        // Steps, counts and observations go with it (ON DELETE CASCADE), secure-deleted.
        await trx.deleteFrom('exercise_runs').where('id', '=', run.id).execute();
      });
      return { unlinked: true };
    },

    async tick(input) {
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        await runRow(trx, input.runId);
        const step = await trx
          .selectFrom('exercise_run_steps')
          .select('done_at')
          .where('run_id', '=', input.runId)
          .where('phase', '=', input.phase)
          .where('position', '=', input.position)
          .executeTakeFirst();
        if (!step) {
          throw new ParleyFault('STEP_NOT_FOUND', 'That checklist step is not part of this run. Reload the checklist.');
        }
        // Ticking a ticked step again keeps the time it was first done.
        if ((step.done_at !== null) === input.done) return;
        await trx
          .updateTable('exercise_run_steps')
          .set({ done_at: input.done ? now : null })
          .where('run_id', '=', input.runId)
          .where('phase', '=', input.phase)
          .where('position', '=', input.position)
          .execute();
        await touch(trx, input.runId, now);
      });
      return guarded(() => loadRun(db(), input.runId));
    },

    async record(input) {
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const run = await runRow(trx, input.runId);
        if (input.landed !== undefined || input.landedWord !== undefined) {
          await trx
            .updateTable('exercise_runs')
            .set({
              ...(input.landed !== undefined ? { landed: input.landed } : {}),
              ...(input.landedWord !== undefined ? { landed_word: input.landedWord } : {}),
            })
            .where('id', '=', run.id)
            .execute();
        }
        for (const count of input.counts ?? []) {
          const party = await trx
            .selectFrom('parties')
            .select(['kind', 'dialogue_id'])
            .where('id', '=', count.partyId)
            .executeTakeFirst();
          if (!party || party.dialogue_id !== run.dialogue_id) {
            throw new ParleyFault('PARTY_NOT_FOUND', 'That side is not part of this dialogue. Nothing was recorded.');
          }
          if (party.kind !== 'side') {
            throw new ParleyFault(
              'NOT_A_SIDE',
              'Participation is counted per side; the facilitation team is not counted. Nothing was recorded.',
            );
          }
          if (count.tookPart === null && count.optedOut === null) {
            await trx
              .deleteFrom('exercise_run_counts')
              .where('run_id', '=', run.id)
              .where('party_id', '=', count.partyId)
              .execute();
            continue;
          }
          await trx
            .insertInto('exercise_run_counts')
            .values({ run_id: run.id, party_id: count.partyId, took_part: count.tookPart, opted_out: count.optedOut })
            .onConflict((oc) =>
              oc.columns(['run_id', 'party_id']).doUpdateSet({ took_part: count.tookPart, opted_out: count.optedOut }),
            )
            .execute();
        }
        await touch(trx, run.id, now);
      });
      return guarded(() => loadRun(db(), input.runId));
    },

    async saveObservation(input) {
      const now = ctx.now().toISOString();
      const row = await inTransaction(db(), async (trx) => {
        const run = await runRow(trx, input.runId);
        const existing = await trx
          .selectFrom('exercise_observations')
          .selectAll()
          .where('id', '=', input.id)
          .executeTakeFirst();
        // Ids are made by the editor; one that names another run's observation is not this one.
        if (existing && existing.run_id !== run.id) throw runNotFound();
        if (!existing) {
          if (input.body.trim() === '') {
            throw new ParleyFault('OBSERVATION_EMPTY', 'The observation is empty. Write what you saw before saving.');
          }
          const { n } = await trx
            .selectFrom('exercise_observations')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('run_id', '=', run.id)
            .executeTakeFirstOrThrow();
          if (Number(n) >= EXERCISE_LIMITS.observationsPerRun) {
            throw new ParleyFault(
              'TOO_MANY_OBSERVATIONS',
              `A run holds at most ${EXERCISE_LIMITS.observationsPerRun} observations. Add to an existing one instead.`,
            );
          }
          const created = {
            id: input.id,
            run_id: run.id,
            level: input.level ?? ('facilitator' as const),
            body: input.body,
            created_at: now,
            updated_at: now,
          };
          await trx.insertInto('exercise_observations').values(created).execute();
          await touch(trx, run.id, now);
          return created;
        }
        // Emptied by the editor: the observation is removed rather than kept blank.
        if (input.body.trim() === '') {
          await trx.deleteFrom('exercise_observations').where('id', '=', existing.id).execute();
          await touch(trx, run.id, now);
          return { ...existing, body: '', updated_at: now };
        }
        const next = { level: input.level ?? existing.level, body: input.body };
        if (next.level === existing.level && next.body === existing.body) return existing;
        await trx
          .updateTable('exercise_observations')
          .set({ ...next, updated_at: now })
          .where('id', '=', existing.id)
          .execute();
        await touch(trx, run.id, now);
        return { ...existing, ...next, updated_at: now };
      });
      return {
        id: row.id,
        runId: row.run_id,
        body: row.body,
        level: row.level,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
    },

    async deleteObservation(input) {
      const result = await inTransaction(db(), (trx) =>
        trx.deleteFrom('exercise_observations').where('id', '=', input.id).executeTakeFirst(),
      );
      if (Number(result.numDeletedRows) === 0) {
        throw new ParleyFault('OBSERVATION_NOT_FOUND', 'That observation no longer exists.');
      }
      return { deleted: true };
    },
  };
}
