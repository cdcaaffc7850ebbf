import type { ExerciseRunView, PartyCountView, RunItemState, RunStepView } from '../../../shared/contract/exercise-run';
import { CHECKLIST_PHASES, type Landed } from '../../../shared/domain/exercise';
import { builtInExercise } from '../../../shared/exercises/library';
import { checklistProgress } from '../../../shared/exercises/progress';
import { ParleyFault } from '../../errors';
import type { Db } from '../sessions/common';
import { customExercises } from './library-read';

export const runNotFound = () =>
  new ParleyFault(
    'EXERCISE_RUN_NOT_FOUND',
    'That exercise run no longer exists (its agenda item may have been removed).',
  );

type Where = { readonly sessionId: string } | { readonly runId: string } | { readonly itemId: string };

const phaseOrder = new Map(CHECKLIST_PHASES.map((phase, index) => [phase, index]));

/**
 * Exercise runs as views: the item they belong to (title, place, live state), the exercise's name,
 * stage and do-no-harm flags, the run's own copy of the checklist with its ticks, counts per side
 * (every side listed, counted or not), and observations oldest first. In agenda order.
 */
export async function loadRuns(db: Db, where: Where): Promise<ExerciseRunView[]> {
  const runs = await db
    .selectFrom('exercise_runs as r')
    .innerJoin('agenda_items as i', 'i.id', 'r.agenda_item_id')
    .innerJoin('sessions as s', 's.id', 'r.session_id')
    .selectAll('r')
    .select([
      'i.title as item_title',
      'i.kind as item_kind',
      'i.day as item_day',
      'i.position as item_position',
      'i.actual_start',
      'i.actual_end',
      's.dialogue_id',
    ])
    .$if('sessionId' in where, (q) => q.where('r.session_id', '=', (where as { sessionId: string }).sessionId))
    .$if('runId' in where, (q) => q.where('r.id', '=', (where as { runId: string }).runId))
    .$if('itemId' in where, (q) => q.where('r.agenda_item_id', '=', (where as { itemId: string }).itemId))
    .orderBy('i.position')
    .execute();
  if (runs.length === 0) return [];
  const runIds = runs.map((run) => run.id);
  const dialogueIds = [...new Set(runs.map((run) => run.dialogue_id))];
  const [steps, counts, observations, sides, custom] = await Promise.all([
    db.selectFrom('exercise_run_steps').selectAll().where('run_id', 'in', runIds).execute(),
    db.selectFrom('exercise_run_counts').selectAll().where('run_id', 'in', runIds).execute(),
    db
      .selectFrom('exercise_observations')
      .selectAll()
      .where('run_id', 'in', runIds)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('parties')
      .select(['id', 'name', 'dialogue_id'])
      .where('dialogue_id', 'in', dialogueIds)
      .where('kind', '=', 'side')
      .orderBy('position')
      .execute(),
    customExercises(db, {
      ids: [...new Set(runs.flatMap((run) => (run.exercise_id === null ? [] : [run.exercise_id])))],
    }),
  ]);
  const stepsOf = Map.groupBy(steps, (step) => step.run_id);
  const countsOf = Map.groupBy(counts, (count) => count.run_id);
  const observationsOf = Map.groupBy(observations, (observation) => observation.run_id);
  const sidesOf = Map.groupBy(sides, (side) => side.dialogue_id);
  const customById = new Map(custom.map((exercise) => [exercise.id, exercise]));

  return runs.map((run): ExerciseRunView => {
    const exercise =
      run.exercise_id !== null ? customById.get(run.exercise_id) : builtInExercise(run.builtin_exercise ?? '');
    const runSteps = (stepsOf.get(run.id) ?? [])
      .map((step): RunStepView => ({
        phase: step.phase,
        position: step.position,
        text: step.text,
        doneAt: step.done_at,
      }))
      .sort((a, b) => phaseOrder.get(a.phase)! - phaseOrder.get(b.phase)! || a.position - b.position);
    const counted = new Map((countsOf.get(run.id) ?? []).map((count) => [count.party_id, count]));
    const runCounts = (sidesOf.get(run.dialogue_id) ?? []).map((side): PartyCountView => ({
      partyId: side.id,
      partyName: side.name,
      tookPart: counted.get(side.id)?.took_part ?? null,
      optedOut: counted.get(side.id)?.opted_out ?? null,
    }));
    const runObservations = (observationsOf.get(run.id) ?? []).map((observation) => ({
      id: observation.id,
      runId: observation.run_id,
      body: observation.body,
      level: observation.level,
      createdAt: observation.created_at,
      updatedAt: observation.updated_at,
    }));
    const state: RunItemState = run.actual_start === null ? 'planned' : run.actual_end === null ? 'running' : 'done';
    return {
      id: run.id,
      sessionId: run.session_id,
      agendaItemId: run.agenda_item_id,
      item: {
        title: run.item_title,
        kind: run.item_kind,
        day: run.item_day,
        position: run.item_position,
        state,
      },
      exercise: {
        id: exercise?.id ?? run.exercise_id ?? run.builtin_exercise ?? '',
        // A built-in removed from a later library still shows what it was called.
        name: exercise?.name ?? 'Exercise no longer in the library',
        builtIn: run.exercise_id === null,
        stage: exercise?.stage ?? 'opening',
        archived: exercise?.archived ?? true,
        minMinutes: exercise?.minMinutes ?? 0,
        maxMinutes: exercise?.maxMinutes ?? 0,
        flags: exercise?.flags ?? [],
      },
      steps: runSteps,
      progress: checklistProgress(runSteps),
      landed: run.landed as Landed | null,
      landedWord: run.landed_word,
      counts: runCounts,
      observations: runObservations,
      recorded:
        runSteps.some((step) => step.doneAt !== null) ||
        run.landed !== null ||
        run.landed_word !== '' ||
        counted.size > 0 ||
        runObservations.length > 0,
      updatedAt: run.updated_at,
    };
  });
}

export async function loadRun(db: Db, runId: string): Promise<ExerciseRunView> {
  const [run] = await loadRuns(db, { runId });
  if (!run) throw runNotFound();
  return run;
}
