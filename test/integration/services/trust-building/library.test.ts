import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExerciseView } from '../../../../shared/contract';
import { createSessionHarness, type SessionHarness } from '../sessions/harness';

let h: SessionHarness;
beforeEach(async () => {
  h = await createSessionHarness();
});
afterEach(async () => h.dispose());

const custom = (fields: Record<string, unknown> = {}) => ({
  name: 'Letters to the next generation',
  purpose: 'Each person writes to a young person of the other side.',
  stage: 'closing',
  minMinutes: 30,
  maxMinutes: 45,
  minPeople: 4,
  maxPeople: 20,
  materials: 'Paper and envelopes.',
  interpretation: 'Letters are read aloud and interpreted.',
  flags: [{ flag: 'personal-sharing', caution: 'Letters are read only with the writer’s consent.' }],
  steps: { prepare: ['Buy envelopes'], room: ['Write', 'Read aloud if you wish'], aftercare: [] },
  ...fields,
});

describe('the exercise library', () => {
  it('lists the built-in exercises first, each complete, then the facilitator’s own', async () => {
    const created = await h.ok<ExerciseView>('exercise.create', custom());
    const list = await h.ok<ExerciseView[]>('exercise.list', {});
    const builtIns = list.filter((exercise) => exercise.builtIn);
    expect(builtIns.length).toBeGreaterThanOrEqual(18);
    expect(list.at(-1)).toEqual(created);
    expect(list.findIndex((exercise) => !exercise.builtIn)).toBe(builtIns.length);
    expect(list.find((exercise) => exercise.id === 'builtin:hopes-and-fears')).toMatchObject({
      name: 'Hopes and fears',
      stage: 'opening',
      flags: expect.arrayContaining([expect.objectContaining({ flag: 'personal-sharing' })]),
    });
  });

  it('creates, reads and updates a custom exercise, folding its name for uniqueness', async () => {
    const created = await h.ok<ExerciseView>('exercise.create', custom());
    expect(created).toMatchObject({
      builtIn: false,
      agendaKind: 'exercise',
      steps: { prepare: ['Buy envelopes'], room: ['Write', 'Read aloud if you wish'], aftercare: [] },
      duplicatedFrom: null,
      archived: false,
    });
    expect(await h.ok('exercise.get', { id: created.id })).toEqual(created);
    const taken = await h.call('exercise.create', custom({ name: 'LETTERS to the next generation' }));
    expect(taken).toMatchObject({ ok: false, error: { code: 'EXERCISE_NAME_TAKEN' } });
    h.clock.now = new Date('2026-05-15T07:00:00.000Z');
    const updated = await h.ok<ExerciseView>('exercise.update', {
      id: created.id,
      ...custom({ name: 'رسائل إلى الجيل القادم', stage: 'deepening', flags: [] }),
    });
    expect(updated).toMatchObject({ name: 'رسائل إلى الجيل القادم', stage: 'deepening', flags: [] });
    expect(updated.updatedAt).toBe('2026-05-15T07:00:00.000Z');
  });

  it('keeps built-ins read-only, and duplicates them (or custom ones) into an editable copy', async () => {
    const refused = await h.call('exercise.update', { id: 'builtin:hopes-and-fears', ...custom() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BUILT_IN_READ_ONLY' } });
    expect(await h.call('exercise.archive', { id: 'builtin:hopes-and-fears', archived: true })).toMatchObject({
      ok: false,
      error: { code: 'BUILT_IN_READ_ONLY' },
    });
    const builtIn = await h.ok<ExerciseView>('exercise.get', { id: 'builtin:hopes-and-fears' });
    const copy = await h.ok<ExerciseView>('exercise.duplicate', { id: builtIn.id });
    expect(copy).toMatchObject({
      builtIn: false,
      name: 'Hopes and fears (copy)',
      purpose: builtIn.purpose,
      steps: builtIn.steps,
      flags: builtIn.flags,
      duplicatedFrom: { id: builtIn.id, name: 'Hopes and fears' },
    });
    const second = await h.ok<ExerciseView>('exercise.duplicate', { id: builtIn.id });
    expect(second.name).toBe('Hopes and fears (copy 2)');
    const ofCopy = await h.ok<ExerciseView>('exercise.duplicate', { id: copy.id, name: 'Hopes, fears and wishes' });
    expect(ofCopy.duplicatedFrom).toEqual({ id: copy.id, name: 'Hopes and fears (copy)' });
    expect(await h.call('exercise.get', { id: 'builtin:no-such-thing' })).toMatchObject({
      ok: false,
      error: { code: 'EXERCISE_NOT_FOUND' },
    });
  });

  it('archives: gone from the list and from planning, back when restored', async () => {
    const created = await h.ok<ExerciseView>('exercise.create', custom());
    await h.ok('exercise.archive', { id: created.id, archived: true });
    const ids = (list: ExerciseView[]) => list.map((exercise) => exercise.id);
    expect(ids(await h.ok('exercise.list', {}))).not.toContain(created.id);
    expect(ids(await h.ok('exercise.list', { includeArchived: true }))).toContain(created.id);
    const dialogue = await h.dialogue();
    const session = await h.session(dialogue);
    expect(await h.call('exercise.addToAgenda', { exerciseId: created.id, sessionId: session.id })).toMatchObject({
      ok: false,
      error: { code: 'EXERCISE_ARCHIVED' },
    });
    const restored = await h.ok<ExerciseView>('exercise.archive', { id: created.id, archived: false });
    expect(restored.archived).toBe(false);
  });

  describe('refuses bad input clearly and stores nothing', () => {
    const refusal = async (fields: Record<string, unknown>) => {
      const result = await h.call('exercise.create', custom(fields));
      expect(result.ok).toBe(false);
      expect(await h.ok<ExerciseView[]>('exercise.list', { includeArchived: true })).toHaveLength(
        (await h.ok<ExerciseView[]>('exercise.list', {})).filter((e) => e.builtIn).length,
      );
      return (result as { error: { code: string; message: string; issues?: { path: string }[] } }).error;
    };

    it('an empty checklist step', async () => {
      const error = await refusal({ steps: { prepare: ['Buy envelopes', '   '], room: ['Write'], aftercare: [] } });
      expect(error).toMatchObject({ code: 'INVALID_INPUT' });
      expect(error.message).toBe('steps.prepare.1: A checklist step cannot be empty: write the step or remove it.');
    });

    it('a checklist with no step at all', async () => {
      const error = await refusal({ steps: { prepare: [], room: [], aftercare: [] } });
      expect(error.message).toMatch(/at least one step/);
    });

    it('a duration or group range upside down, and out-of-range numbers', async () => {
      expect((await refusal({ minMinutes: 60, maxMinutes: 30 })).message).toBe(
        'maxMinutes: The longest duration cannot be shorter than the shortest.',
      );
      expect((await refusal({ minPeople: 10, maxPeople: 4 })).message).toMatch(/largest group/);
      expect((await refusal({ maxMinutes: 7200 })).message).toMatch(/At most 720 minutes/);
    });

    it('a 10,000-character purpose, said with its limit', async () => {
      const error = await refusal({ purpose: 'ص'.repeat(10_000) });
      expect(error.message).toBe('purpose: Must be at most 2000 characters.');
    });

    it('a flag without its caution, or twice', async () => {
      expect((await refusal({ flags: [{ flag: 'retraumatising', caution: ' ' }] })).message).toMatch(
        /Write the caution/,
      );
      expect(
        (
          await refusal({
            flags: [
              { flag: 'opt-out', caution: 'a' },
              { flag: 'opt-out', caution: 'b' },
            ],
          })
        ).message,
      ).toMatch(/listed twice/);
    });
  });
});
