import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AgendaView,
  DialogueView,
  ExerciseRunView,
  ExerciseView,
  ObservationView,
  SessionChecklistProgress,
  SessionView,
} from '../../../../shared/contract';
import { builtInExercise } from '../../../../shared/exercises/library';
import { createSessionHarness, type SessionHarness } from '../sessions/harness';

let h: SessionHarness;
let dialogue: DialogueView;
let session: SessionView;
beforeEach(async () => {
  h = await createSessionHarness();
  dialogue = await h.dialogue();
  session = await h.session(dialogue);
});
afterEach(async () => h.dispose());

type Added = { itemId: string; agenda: AgendaView; run: ExerciseRunView };
const add = (exerciseId = 'builtin:hopes-and-fears', fields: Record<string, unknown> = {}) =>
  h.ok<Added>('exercise.addToAgenda', { exerciseId, sessionId: session.id, ...fields });

describe('exercise runs', () => {
  it('adds a library exercise to the agenda with its kind, name, planned minutes and checklist', async () => {
    const { itemId, agenda, run } = await add();
    const item = agenda.items.find((i) => i.id === itemId)!;
    const library = builtInExercise('builtin:hopes-and-fears')!;
    expect(item).toMatchObject({ kind: 'exercise', title: 'Hopes and fears', plannedMinutes: 75 });
    expect(item.lead).toEqual({ kind: 'facilitator' });
    expect(run).toMatchObject({
      agendaItemId: itemId,
      sessionId: session.id,
      item: { title: 'Hopes and fears', state: 'planned' },
      exercise: { id: library.id, name: library.name, builtIn: true, flags: library.flags },
      landed: null,
      recorded: false,
    });
    expect(run.steps.filter((step) => step.phase === 'prepare').map((step) => step.text)).toEqual(
      library.steps.prepare,
    );
    expect(run.progress.total).toBe(
      library.steps.prepare.length + library.steps.room.length + library.steps.aftercare.length,
    );
    // Sides are listed for counting, the facilitation team is not.
    expect(run.counts.map((count) => count.partyName)).toEqual(['Side A', 'Side B']);

    const meal = await add('builtin:shared-meal', { plannedMinutes: 90, day: 0 });
    expect(meal.agenda.items.find((i) => i.id === meal.itemId)).toMatchObject({ kind: 'meal', plannedMinutes: 90 });
    expect(await h.ok<ExerciseRunView[]>('exerciseRun.forSession', { sessionId: session.id })).toHaveLength(2);
  });

  it('ticks the checklist part by part, keeping when a step was first done', async () => {
    const { run } = await add();
    h.clock.now = new Date('2026-05-14T07:10:00.000Z');
    const ticked = await h.ok<ExerciseRunView>('exerciseRun.tick', {
      runId: run.id,
      phase: 'prepare',
      position: 1,
      done: true,
    });
    expect(ticked.steps.find((s) => s.phase === 'prepare' && s.position === 1)?.doneAt).toBe(
      '2026-05-14T07:10:00.000Z',
    );
    expect(ticked.progress.byPhase.prepare.done).toBe(1);
    expect(ticked.recorded).toBe(true);
    h.clock.now = new Date('2026-05-14T07:20:00.000Z');
    const again = await h.ok<ExerciseRunView>('exerciseRun.tick', {
      runId: run.id,
      phase: 'prepare',
      position: 1,
      done: true,
    });
    expect(again.steps.find((s) => s.phase === 'prepare' && s.position === 1)?.doneAt).toBe('2026-05-14T07:10:00.000Z');
    const unticked = await h.ok<ExerciseRunView>('exerciseRun.tick', {
      runId: run.id,
      phase: 'prepare',
      position: 1,
      done: false,
    });
    expect(unticked.progress.done).toBe(0);
    expect(await h.call('exerciseRun.tick', { runId: run.id, phase: 'room', position: 29, done: true })).toMatchObject({
      ok: false,
      error: { code: 'STEP_NOT_FOUND' },
    });
    const progress = await h.ok<SessionChecklistProgress[]>('exerciseRun.progress', { dialogueId: dialogue.id });
    expect(progress).toEqual([{ sessionId: session.id, runs: 1, done: 0, total: run.progress.total }]);
  });

  it('records how it landed and participation per side as counts; refuses other dialogues’ sides', async () => {
    const { run } = await add();
    const [sideA, sideB, team] = dialogue.parties;
    const recorded = await h.ok<ExerciseRunView>('exerciseRun.record', {
      runId: run.id,
      landed: 4,
      landedWord: 'tentative',
      counts: [
        { partyId: sideA!.id, tookPart: 5, optedOut: 1 },
        { partyId: sideB!.id, tookPart: 4, optedOut: 2 },
      ],
    });
    expect(recorded).toMatchObject({ landed: 4, landedWord: 'tentative', recorded: true });
    expect(recorded.counts).toEqual([
      { partyId: sideA!.id, partyName: 'Side A', tookPart: 5, optedOut: 1 },
      { partyId: sideB!.id, partyName: 'Side B', tookPart: 4, optedOut: 2 },
    ]);
    // Fields left out keep their value; null clears.
    const cleared = await h.ok<ExerciseRunView>('exerciseRun.record', { runId: run.id, landed: null });
    expect(cleared).toMatchObject({ landed: null, landedWord: 'tentative' });

    const other = await h.dialogue('Juniper');
    const foreign = await h.call('exerciseRun.record', {
      runId: run.id,
      counts: [{ partyId: other.parties[0]!.id, tookPart: 1, optedOut: 0 }],
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'PARTY_NOT_FOUND' } });
    const facilitators = await h.call('exerciseRun.record', {
      runId: run.id,
      counts: [{ partyId: team!.id, tookPart: 2, optedOut: 0 }],
    });
    expect(facilitators).toMatchObject({ ok: false, error: { code: 'NOT_A_SIDE' } });
    expect(await h.call('exerciseRun.record', { runId: run.id, landed: 6 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'landed: How it landed runs from 1 to 5.' },
    });
    expect(
      await h.call('exerciseRun.record', {
        runId: run.id,
        counts: [{ partyId: sideA!.id, tookPart: -1, optedOut: 0 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const kept = await h.ok<ExerciseRunView>('exerciseRun.get', { id: run.id });
    expect(kept.counts[0]).toMatchObject({ tookPart: 5, optedOut: 1 });
  });

  it('keeps observations facilitator-only by default, saved by the editor’s id, long and right-to-left text intact', async () => {
    const { run } = await add();
    const id = randomUUID();
    const arabic = 'الجانب ب صمت طويلاً ثم ضحك الجميع';
    const first = await h.ok<ObservationView>('exerciseRun.saveObservation', { id, runId: run.id, body: arabic });
    expect(first).toMatchObject({ id, level: 'facilitator', body: arabic });
    const again = await h.ok<ObservationView>('exerciseRun.saveObservation', { id, runId: run.id, body: arabic });
    expect(again.updatedAt).toBe(first.updatedAt);
    h.clock.now = new Date('2026-05-14T07:30:00.000Z');
    const long = 'The room went quiet. '.repeat(500).slice(0, 10_000);
    const longId = randomUUID();
    await h.ok('exerciseRun.saveObservation', { id: longId, runId: run.id, body: long, level: 'participants' });
    const view = await h.ok<ExerciseRunView>('exerciseRun.get', { id: run.id });
    expect(view.observations.map((o) => [o.body, o.level])).toEqual([
      [arabic, 'facilitator'],
      [long, 'participants'],
    ]);
    expect(await h.call('exerciseRun.saveObservation', { id: randomUUID(), runId: run.id, body: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'OBSERVATION_EMPTY' },
    });
    const tooLong = await h.call('exerciseRun.saveObservation', {
      id: randomUUID(),
      runId: run.id,
      body: 'x'.repeat(20_001),
    });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((tooLong as { error: { message: string } }).error.message).toMatch(/at most 20,000 characters/);
    // Emptied in the editor: removed rather than kept blank.
    await h.ok('exerciseRun.saveObservation', { id, runId: run.id, body: '' });
    expect((await h.ok<ExerciseRunView>('exerciseRun.get', { id: run.id })).observations).toHaveLength(1);
    await h.ok('exerciseRun.deleteObservation', { id: longId });
    expect(await h.call('exerciseRun.deleteObservation', { id: longId })).toMatchObject({
      ok: false,
      error: { code: 'OBSERVATION_NOT_FOUND' },
    });
  });

  it('protects what was recorded: the item, the session and a relink are refused; unlinking discards only when asked', async () => {
    const { itemId, run } = await add();
    // Nothing recorded yet: relinking replaces the run, deleting the item takes it along.
    const relinked = await h.ok<ExerciseRunView>('exerciseRun.link', { itemId, exerciseId: 'builtin:fishbowl' });
    expect(relinked.exercise.name).toBe('Fishbowl');
    expect(await h.call('exerciseRun.get', { id: run.id })).toMatchObject({
      ok: false,
      error: { code: 'EXERCISE_RUN_NOT_FOUND' },
    });
    await h.ok('exerciseRun.saveObservation', { id: randomUUID(), runId: relinked.id, body: 'Both circles spoke.' });

    expect(await h.call('agenda.delete', { id: itemId })).toMatchObject({
      ok: false,
      error: { code: 'EXERCISE_RUN_RECORDED' },
    });
    expect(await h.call('session.delete', { id: session.id })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_HAS_TRUST_RECORDS' },
    });
    expect(
      await h.call('agenda.applyTemplate', { sessionId: session.id, templateId: 'builtin:kelman', replace: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'AGENDA_HAS_RUN' },
    });
    expect(await h.call('exerciseRun.link', { itemId, exerciseId: 'builtin:hopes-and-fears' })).toMatchObject({
      ok: false,
      error: { code: 'EXERCISE_RUN_RECORDED' },
    });
    expect(await h.call('exerciseRun.unlink', { itemId })).toMatchObject({
      ok: false,
      error: { code: 'EXERCISE_RUN_RECORDED' },
    });
    expect(await h.ok('exerciseRun.unlink', { itemId, discardRecords: true })).toEqual({ unlinked: true });
    const agenda = await h.ok<AgendaView>('agenda.delete', { id: itemId });
    expect(agenda.items).toEqual([]);
    expect(await h.ok('session.delete', { id: session.id })).toEqual({ deleted: true });
  });

  it('plans a custom exercise held as a caucus with the side it meets', async () => {
    const created = await h.ok<ExerciseView>('exercise.create', {
      name: 'Briefing on return',
      purpose: 'One side prepares its return home.',
      stage: 'closing',
      agendaKind: 'caucus',
      minMinutes: 30,
      maxMinutes: 40,
      steps: { prepare: [], room: ['Go through the questions'], aftercare: [] },
    });
    expect(await h.call('exercise.addToAgenda', { exerciseId: created.id, sessionId: session.id })).toMatchObject({
      ok: false,
      error: { code: 'CAUCUS_PARTY_REQUIRED' },
    });
    const added = await h.ok<Added>('exercise.addToAgenda', {
      exerciseId: created.id,
      sessionId: session.id,
      caucusPartyId: dialogue.parties[1]!.id,
    });
    expect(added.agenda.items[0]).toMatchObject({
      kind: 'caucus',
      caucusParty: { name: 'Side B' },
      plannedMinutes: 35,
    });
    expect(added.run.exercise).toMatchObject({ builtIn: false, name: 'Briefing on return' });
  });
});
