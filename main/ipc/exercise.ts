import type { exerciseContract } from '../../shared/contract/exercise';
import type { exerciseRunContract } from '../../shared/contract/exercise-run';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type ExerciseHandlers = HandlersOf<typeof exerciseContract>;
export type ExerciseRunHandlers = HandlersOf<typeof exerciseRunContract>;

export const exerciseHandlers = (services: Services): ExerciseHandlers => ({
  'exercise.list': (input) => services.exercises.list(input),
  'exercise.get': (input) => services.exercises.get(input),
  'exercise.create': (input) => services.exercises.create(input),
  'exercise.update': (input) => services.exercises.update(input),
  'exercise.duplicate': (input) => services.exercises.duplicate(input),
  'exercise.archive': (input) => services.exercises.archive(input),
});

export const exerciseRunHandlers = (services: Services): ExerciseRunHandlers => ({
  'exercise.addToAgenda': (input) => services.exercises.addToAgenda(input),
  'exerciseRun.forSession': (input) => services.exerciseRuns.forSession(input),
  'exerciseRun.get': (input) => services.exerciseRuns.get(input),
  'exerciseRun.progress': (input) => services.exerciseRuns.progress(input),
  'exerciseRun.link': (input) => services.exerciseRuns.link(input),
  'exerciseRun.unlink': (input) => services.exerciseRuns.unlink(input),
  'exerciseRun.tick': (input) => services.exerciseRuns.tick(input),
  'exerciseRun.record': (input) => services.exerciseRuns.record(input),
  'exerciseRun.saveObservation': (input) => services.exerciseRuns.saveObservation(input),
  'exerciseRun.deleteObservation': (input) => services.exerciseRuns.deleteObservation(input),
});
