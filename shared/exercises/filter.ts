import type { ExerciseView } from '../contract/exercise';
import type { ExerciseFlag, ExerciseStage } from '../domain/exercise';
import { EXERCISE_FLAG_LABELS, EXERCISE_STAGE_LABELS } from '../domain/exercise';
import { filterTerms, foldName, matchesFilter } from '../domain/participant';

/**
 * The library filter, run in the renderer on every keystroke (no round trip): text folded like the
 * roster filter (case, accents, harakat, transliteration marks ignored), then stage, duration,
 * group size and do-no-harm flags. Pure, so it is tested and benchmarked on its own.
 */
export interface LibraryFilter {
  readonly text: string;
  readonly stage: ExerciseStage | null;
  /** Keeps exercises that can be done within this many minutes (their shortest duration fits). */
  readonly maxMinutes: number | null;
  /** Keeps exercises that work with a group of this size. */
  readonly groupSize: number | null;
  /** Keeps exercises that carry every one of these flags. */
  readonly withFlags: readonly ExerciseFlag[];
  /** Leaves out exercises that carry any of these flags ("nothing that asks for personal sharing"). */
  readonly withoutFlags: readonly ExerciseFlag[];
}

export const NO_FILTER: LibraryFilter = {
  text: '',
  stage: null,
  maxMinutes: null,
  groupSize: null,
  withFlags: [],
  withoutFlags: [],
};

/** One folded string per exercise; built once per loaded library, not per keystroke. */
export function librarySearchKey(exercise: ExerciseView): string {
  return [
    exercise.name,
    exercise.purpose,
    EXERCISE_STAGE_LABELS[exercise.stage],
    exercise.materials,
    ...exercise.flags.map((flag) => EXERCISE_FLAG_LABELS[flag.flag]),
  ]
    .map(foldName)
    .join(' | ');
}

export interface IndexedExercise {
  readonly exercise: ExerciseView;
  readonly key: string;
}

export function indexLibrary(exercises: readonly ExerciseView[]): IndexedExercise[] {
  return exercises.map((exercise) => ({ exercise, key: librarySearchKey(exercise) }));
}

export function filterLibrary(library: readonly IndexedExercise[], filter: LibraryFilter): ExerciseView[] {
  const terms = filterTerms(filter.text);
  return library
    .filter(({ exercise, key }) => {
      if (filter.stage !== null && exercise.stage !== filter.stage) return false;
      if (filter.maxMinutes !== null && exercise.minMinutes > filter.maxMinutes) return false;
      if (
        filter.groupSize !== null &&
        (filter.groupSize < exercise.minPeople ||
          (exercise.maxPeople !== null && filter.groupSize > exercise.maxPeople))
      )
        return false;
      const flags = new Set(exercise.flags.map((flag) => flag.flag));
      if (!filter.withFlags.every((flag) => flags.has(flag))) return false;
      if (filter.withoutFlags.some((flag) => flags.has(flag))) return false;
      return terms.length === 0 || matchesFilter(key, terms);
    })
    .map(({ exercise }) => exercise);
}

/** Whether any criterion is set (the page offers "Clear filters" then). */
export function isFiltering(filter: LibraryFilter): boolean {
  return (
    foldName(filter.text) !== '' ||
    filter.stage !== null ||
    filter.maxMinutes !== null ||
    filter.groupSize !== null ||
    filter.withFlags.length > 0 ||
    filter.withoutFlags.length > 0
  );
}
