import type { AgendaExercise } from '../../export/agenda/agenda-document';
import { CHECKLIST_PHASES } from '../../../shared/domain/exercise';
import type { Db } from '../sessions/common';
import { loadRuns } from './run-read';

/** A session's exercise runs as the agenda PDF prints them, by agenda item id. */
export async function agendaExercises(db: Db, sessionId: string): Promise<ReadonlyMap<string, AgendaExercise>> {
  const runs = await loadRuns(db, { sessionId });
  return new Map(
    runs.map((run) => [
      run.agendaItemId,
      {
        name: run.exercise.name,
        personalSharing: run.exercise.flags.some((flag) => flag.flag === 'personal-sharing'),
        checklist: CHECKLIST_PHASES.map((phase) => ({
          phase,
          steps: run.steps
            .filter((step) => step.phase === phase)
            .map((step) => ({ text: step.text, done: step.doneAt !== null })),
        })),
      },
    ]),
  );
}
