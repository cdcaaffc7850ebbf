import type { Transaction } from 'kysely';
import type { ExerciseView } from '../../../shared/contract/exercise';
import { CHECKLIST_PHASES } from '../../../shared/domain/exercise';
import type { WorkspaceSchema } from '../../store/schema';

/**
 * Makes the run of an agenda item: which exercise, and its own copy of the exercise's checklist.
 * The copy is what gets ticked, so editing a custom exercise later (or a library update) never
 * changes what a past run's ticks refer to.
 */
export async function insertRun(
  trx: Transaction<WorkspaceSchema>,
  run: {
    readonly id: string;
    readonly sessionId: string;
    readonly itemId: string;
    readonly exercise: ExerciseView;
    readonly now: string;
  },
): Promise<void> {
  await trx
    .insertInto('exercise_runs')
    .values({
      id: run.id,
      session_id: run.sessionId,
      agenda_item_id: run.itemId,
      exercise_id: run.exercise.builtIn ? null : run.exercise.id,
      builtin_exercise: run.exercise.builtIn ? run.exercise.id : null,
      landed: null,
      landed_word: '',
      created_at: run.now,
      updated_at: run.now,
    })
    .execute();
  const steps = CHECKLIST_PHASES.flatMap((phase) =>
    run.exercise.steps[phase].map((text, position) => ({ run_id: run.id, phase, position, text, done_at: null })),
  );
  if (steps.length > 0) await trx.insertInto('exercise_run_steps').values(steps).execute();
}
