import type { ChecklistCount, ChecklistProgress, RunStepView } from '../contract/exercise-run';
import { CHECKLIST_PHASES, type ChecklistPhase } from '../domain/exercise';

/** Ticked and total steps, per part and in all: what the builder, live mode and the session list show. */
export function checklistProgress(steps: readonly Pick<RunStepView, 'phase' | 'doneAt'>[]): ChecklistProgress {
  const byPhase = Object.fromEntries(CHECKLIST_PHASES.map((phase) => [phase, { done: 0, total: 0 }])) as Record<
    ChecklistPhase,
    { done: number; total: number }
  >;
  for (const step of steps) {
    byPhase[step.phase].total += 1;
    if (step.doneAt !== null) byPhase[step.phase].done += 1;
  }
  const done = CHECKLIST_PHASES.reduce((sum, phase) => sum + byPhase[phase].done, 0);
  const total = CHECKLIST_PHASES.reduce((sum, phase) => sum + byPhase[phase].total, 0);
  return { done, total, byPhase };
}

/** "7 of 12 steps", "All 12 steps", "No steps". */
export function formatProgress({ done, total }: ChecklistCount): string {
  if (total === 0) return 'No steps';
  if (done === total) return total === 1 ? 'The one step done' : `All ${total} steps done`;
  return `${done} of ${total} steps`;
}

/**
 * The part of the checklist that matters now: preparation before the item starts, the room while
 * it runs, after-care once it is over (DOMAIN.md: prepare before, steps during, after-care after).
 */
export function currentPhase(state: 'planned' | 'running' | 'done'): ChecklistPhase {
  return state === 'planned' ? 'prepare' : state === 'running' ? 'room' : 'aftercare';
}
