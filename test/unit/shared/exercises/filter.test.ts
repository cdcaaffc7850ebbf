import { describe, expect, it } from 'vitest';
import type { ExerciseView } from '../../../../shared/contract';
import { filterLibrary, indexLibrary, isFiltering, NO_FILTER } from '../../../../shared/exercises/filter';
import { BUILT_IN_EXERCISES, builtInExercise } from '../../../../shared/exercises/library';
import { checklistProgress, currentPhase, formatProgress } from '../../../../shared/exercises/progress';

const own: ExerciseView = {
  ...builtInExercise('builtin:silent-reflection')!,
  id: 'e0000000-0000-4000-8000-000000000001',
  builtIn: false,
  name: 'Ḥiwār circle — حوار',
  minMinutes: 20,
  maxMinutes: 40,
  minPeople: 6,
  maxPeople: 12,
};
const library = indexLibrary([...BUILT_IN_EXERCISES, own]);
const names = (filter: Partial<typeof NO_FILTER>) =>
  filterLibrary(library, { ...NO_FILTER, ...filter }).map((exercise) => exercise.name);

describe('the library filter', () => {
  it('folds text as the roster filter does: case, accents, harakat; every word must match', () => {
    expect(names({ text: 'HIWAR' })).toEqual([own.name]);
    expect(names({ text: 'حوار' })).toEqual([own.name]);
    expect(names({ text: 'hopes fears' })).toEqual(['Hopes and fears']);
    expect(names({ text: 'flip chart' }).length).toBeGreaterThan(1);
    expect(names({ text: 'zzz' })).toEqual([]);
  });

  it('keeps exercises that fit the minutes available, by their shortest length', () => {
    const short = names({ maxMinutes: 30 });
    expect(short).toContain(own.name);
    expect(short).toContain('Morning check-in round');
    expect(short).not.toContain('Hopes and fears');
  });

  it('keeps exercises that work for a group of that size', () => {
    expect(names({ groupSize: 8 })).toContain(own.name);
    expect(names({ groupSize: 13 })).not.toContain(own.name);
    expect(names({ groupSize: 5 })).not.toContain(own.name);
    expect(names({ groupSize: 50 })).toContain('Silent reflection and journaling');
    expect(names({ groupSize: 100 })).toEqual([]);
  });

  it('filters by stage and by flags carried or left out', () => {
    expect(names({ stage: 'closing' })).toEqual(
      BUILT_IN_EXERCISES.filter((e) => e.stage === 'closing').map((e) => e.name),
    );
    const safe = filterLibrary(library, { ...NO_FILTER, withoutFlags: ['personal-sharing', 'retraumatising'] });
    expect(safe.some((e) => e.flags.some((f) => ['personal-sharing', 'retraumatising'].includes(f.flag)))).toBe(false);
    expect(safe.length).toBeGreaterThan(0);
    const separate = filterLibrary(library, { ...NO_FILTER, withFlags: ['separation'] });
    expect(separate.every((e) => e.flags.some((f) => f.flag === 'separation'))).toBe(true);
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, groupSize: 4 })).toBe(true);
  });
});

describe('checklist progress', () => {
  it('counts ticked steps per part and in all, and names the part that matters now', () => {
    const progress = checklistProgress([
      { phase: 'prepare', doneAt: 'x' },
      { phase: 'prepare', doneAt: null },
      { phase: 'room', doneAt: 'y' },
      { phase: 'aftercare', doneAt: null },
    ]);
    expect(progress).toEqual({
      done: 2,
      total: 4,
      byPhase: { prepare: { done: 1, total: 2 }, room: { done: 1, total: 1 }, aftercare: { done: 0, total: 1 } },
    });
    expect(formatProgress(progress)).toBe('2 of 4 steps');
    expect(formatProgress({ done: 4, total: 4 })).toBe('All 4 steps done');
    expect(formatProgress({ done: 0, total: 0 })).toBe('No steps');
    expect([currentPhase('planned'), currentPhase('running'), currentPhase('done')]).toEqual([
      'prepare',
      'room',
      'aftercare',
    ]);
  });
});
