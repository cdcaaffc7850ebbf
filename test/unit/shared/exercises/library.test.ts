import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/contract';
import {
  CHECKLIST_PHASES,
  EXERCISE_FLAGS,
  isBuiltInExerciseId,
  plannedMinutesFor,
} from '../../../../shared/domain/exercise';
import { BUILT_IN_EXERCISES, builtInExercise } from '../../../../shared/exercises/library';

/** The built-in library is content: these checks keep it complete and held to the custom exercises' rules. */
describe('the built-in exercise library', () => {
  it('has at least 18 exercises, covering what Track Two practice asks for', () => {
    expect(BUILT_IN_EXERCISES.length).toBeGreaterThanOrEqual(18);
    const names = BUILT_IN_EXERCISES.map((exercise) => exercise.name.toLowerCase()).join(' | ');
    for (const practice of [
      'personal narratives',
      'hopes and fears',
      'history timeline',
      'what i’d like you to know about my community',
      'role reversal',
      'root-cause tree',
      'shared meal',
      'walk-and-talk in mixed pairs',
      'fishbowl',
      'empathy interviews',
      'future scenarios',
      'appreciative inquiry',
      'silent reflection',
      'costs of the conflict',
      'joint site visit',
      'cultural evening',
      'small mixed working groups',
      'what i take home',
    ]) {
      expect(names, practice).toContain(practice);
    }
    for (const stage of ['opening', 'deepening', 'problem-solving', 'closing']) {
      expect(
        BUILT_IN_EXERCISES.some((exercise) => exercise.stage === stage),
        stage,
      ).toBe(true);
    }
  });

  it('gives every exercise a stable built-in id, and each id once', () => {
    const ids = BUILT_IN_EXERCISES.map((exercise) => exercise.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const exercise of BUILT_IN_EXERCISES) {
      expect(isBuiltInExerciseId(exercise.id)).toBe(true);
      expect(exercise.id).toMatch(/^builtin:[a-z0-9-]+$/);
      expect(builtInExercise(exercise.id)).toBe(exercise);
      expect(exercise).toMatchObject({ builtIn: true, archived: false, duplicatedFrom: null });
    }
  });

  it('passes the same contract as an exercise the facilitator writes (no empty step, ranges the right way round)', () => {
    for (const exercise of BUILT_IN_EXERCISES) {
      const {
        id: _id,
        builtIn: _b,
        archived: _a,
        duplicatedFrom: _d,
        createdAt: _c,
        updatedAt: _u,
        ...fields
      } = exercise;
      const parsed = contract['exercise.create'].input.safeParse(fields);
      expect(parsed.success, `${exercise.id}: ${parsed.error?.issues[0]?.message ?? ''}`).toBe(true);
      expect(plannedMinutesFor(exercise)).toBeGreaterThanOrEqual(exercise.minMinutes);
      expect(plannedMinutesFor(exercise)).toBeLessThanOrEqual(exercise.maxMinutes);
    }
  });

  it('writes a checklist in all three parts, with after-care for every exercise that asks anything personal', () => {
    for (const exercise of BUILT_IN_EXERCISES) {
      expect(exercise.steps.prepare.length, `${exercise.id} prepare`).toBeGreaterThan(0);
      expect(exercise.steps.room.length, `${exercise.id} room`).toBeGreaterThan(1);
      expect(exercise.steps.aftercare.length, `${exercise.id} after-care`).toBeGreaterThan(0);
      for (const phase of CHECKLIST_PHASES) {
        for (const step of exercise.steps[phase]) expect(step.trim()).toBe(step);
      }
      expect(exercise.purpose.length, exercise.id).toBeGreaterThan(120);
      expect(exercise.interpretation, exercise.id).not.toBe('');
      expect(exercise.materials, exercise.id).not.toBe('');
    }
  });

  it('marks do-no-harm: sharing and re-traumatising exercises always say opting out is fine, each caution its own', () => {
    for (const exercise of BUILT_IN_EXERCISES) {
      const flags = exercise.flags.map((flag) => flag.flag);
      expect(flags).toEqual(EXERCISE_FLAGS.filter((flag) => flags.includes(flag)));
      if (flags.includes('personal-sharing') || flags.includes('retraumatising')) {
        expect(flags, exercise.id).toContain('opt-out');
      }
      for (const flag of exercise.flags) expect(flag.caution.length, `${exercise.id} ${flag.flag}`).toBeGreaterThan(30);
    }
    const narratives = builtInExercise('builtin:personal-narratives')!.flags.map((flag) => flag.flag);
    expect(narratives).toEqual(['personal-sharing', 'retraumatising', 'needs-trust', 'opt-out']);
    expect(builtInExercise('builtin:history-timelines')!.flags.map((f) => f.flag)).toContain('separation');
  });
});
