import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AftercareBoardView,
  AgendaView,
  CheckInView,
  DialogueView,
  DueCheckInsView,
  ExerciseRunView,
  SessionView,
  TrustBoardView,
} from '../../../../shared/contract';
import { WITHDRAWN_MARK } from '../../../../main/services/notes/redact';
import { createSessionHarness, type SessionHarness } from '../sessions/harness';

let h: SessionHarness;
let cedar: DialogueView;
let session: SessionView;
let a1: string;
let b2: string;
beforeEach(async () => {
  h = await createSessionHarness();
  cedar = await h.dialogue();
  session = await h.session(cedar, { aftercareOn: '2026-06-01' });
  a1 = h.participant(cedar, 0, 'A1', 'Amal Haddad');
  b2 = h.participant(cedar, 1, 'B2', 'Noa Levi');
});
afterEach(async () => h.dispose());

const checkIn = (fields: Record<string, unknown>) =>
  h.ok<CheckInView>('aftercare.save', {
    id: randomUUID(),
    dialogueId: cedar.id,
    participantId: a1,
    sessionId: session.id,
    dueOn: '2026-06-01',
    today: '2026-06-03',
    ...fields,
  });

describe('after-care check-ins', () => {
  it('shows people by code and pseudonym only, with where each check-in stands today', async () => {
    const overdue = await checkIn({ channel: 'phone', concern: 'Questioned by a colleague after the trip.' });
    expect(overdue).toMatchObject({
      person: { participantId: a1, speakerCode: 'A1', pseudonym: 'Pseudonym A1' },
      sessionNumber: session.number,
      state: 'overdue',
    });
    expect(JSON.stringify(overdue)).not.toContain('Haddad');
    await checkIn({ participantId: b2, dueOn: '2026-06-08' });
    await checkIn({ participantId: b2, dueOn: '2026-07-01' });
    const done = await checkIn({ dueOn: '2026-05-20', doneOn: '2026-05-21', followUp: 'Call again in a month.' });
    expect(done.state).toBe('done');

    const board = await h.ok<AftercareBoardView>('aftercare.board', { dialogueId: cedar.id, today: '2026-06-03' });
    expect(board.people.map((p) => p.speakerCode)).toEqual(['A1', 'B2']);
    expect(JSON.stringify(board)).not.toMatch(/Haddad|Levi/);
    expect(board.checkIns.map((c) => [c.dueOn, c.state])).toEqual([
      ['2026-05-20', 'done'],
      ['2026-06-01', 'overdue'],
      ['2026-06-08', 'due'],
      ['2026-07-01', 'upcoming'],
    ]);

    const due = await h.ok<DueCheckInsView>('aftercare.due', { today: '2026-06-03' });
    expect(due.dialogues).toHaveLength(1);
    expect(due.dialogues[0]).toMatchObject({ codeName: 'Cedar' });
    expect(due.dialogues[0]!.overdue.map((c) => c.person.speakerCode)).toEqual(['A1']);
    expect(due.dialogues[0]!.dueSoon.map((c) => c.dueOn)).toEqual(['2026-06-08']);
  });

  it('refuses someone from another dialogue’s roster, another dialogue’s session, a bad date', async () => {
    const juniper = await h.dialogue('Juniper');
    const stranger = h.participant(juniper, 0, 'A1', 'Someone Else');
    const other = await h.session(juniper);
    expect(
      await h.call('aftercare.save', {
        id: randomUUID(),
        dialogueId: cedar.id,
        participantId: stranger,
        dueOn: '2026-06-01',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'PARTICIPANT_NOT_FOUND' },
    });
    expect(
      await h.call('aftercare.save', {
        id: randomUUID(),
        dialogueId: cedar.id,
        participantId: a1,
        sessionId: other.id,
        dueOn: '2026-06-01',
      }),
    ).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_FOUND' } });
    expect(
      await h.call('aftercare.save', { id: randomUUID(), dialogueId: cedar.id, participantId: a1, dueOn: '1 June' }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('schedules one check-in for everyone who attended, on the session’s after-care date, once', async () => {
    await h.ok('session.setAttendance', {
      sessionId: session.id,
      entries: [
        { participantId: a1, status: 'attended' },
        { participantId: b2, status: 'absent' },
      ],
    });
    const made = await h.ok<CheckInView[]>('aftercare.scheduleForSession', {
      sessionId: session.id,
      today: '2026-05-20',
    });
    expect(made.map((c) => [c.person.speakerCode, c.dueOn, c.state])).toEqual([['A1', '2026-06-01', 'upcoming']]);
    expect(await h.ok('aftercare.scheduleForSession', { sessionId: session.id })).toEqual([]);
    const bare = await h.session(cedar, { number: 9 });
    expect(await h.call('aftercare.scheduleForSession', { sessionId: bare.id })).toMatchObject({
      ok: false,
      error: { code: 'AFTERCARE_DATE_REQUIRED' },
    });
    expect(await h.call('aftercare.scheduleForSession', { sessionId: bare.id, dueOn: '2026-07-01' })).toMatchObject({
      ok: false,
      error: { code: 'NOBODY_ATTENDED' },
    });
  });
});

describe('a participant purge', () => {
  it('removes their check-ins and their names and code (matched as notes are) from observations, rationales and others’ check-ins', async () => {
    await checkIn({ concern: 'Threatened at work.' });
    const about = await checkIn({ participantId: b2, concern: 'Worried about A1 and Amal Haddad’s safety.' });
    const { run } = await h.ok<{ itemId: string; agenda: AgendaView; run: ExerciseRunView }>('exercise.addToAgenda', {
      exerciseId: 'builtin:personal-narratives',
      sessionId: session.id,
    });
    await h.ok('exerciseRun.saveObservation', {
      id: randomUUID(),
      runId: run.id,
      body: 'a1 told the story of the orchard; AMAL HADDAD asked for a pause. B2 listened.',
    });
    // Three marks would not fit the 60 characters of the word: the short mark is used.
    await h.ok('exerciseRun.record', { runId: run.id, landedWord: 'A1, A1 and A1 again' });
    await h.ok('trust.record', {
      sessionId: session.id,
      partyAId: cedar.parties[0]!.id,
      partyBId: cedar.parties[1]!.id,
      rating: 1,
      rationale: 'Amal Ḥaddād and B2 walked together after dinner.',
    });

    expect(await h.call('participant.purge', { id: a1, confirmSpeakerCode: 'A1' })).toMatchObject({ ok: true });

    const board = await h.ok<AftercareBoardView>('aftercare.board', { dialogueId: cedar.id, today: '2026-06-03' });
    expect(board.checkIns.map((c) => c.person.participantId)).toEqual([b2]);
    expect(board.checkIns[0]!.concern).toBe(`Worried about ${WITHDRAWN_MARK} and ${WITHDRAWN_MARK}’s safety.`);
    expect(board.checkIns[0]!.id).toBe(about.id);
    expect(board.people.map((p) => p.speakerCode)).toEqual(['B2']);
    const after = await h.ok<ExerciseRunView>('exerciseRun.get', { id: run.id });
    expect(after.observations[0]!.body).toBe(
      `${WITHDRAWN_MARK} told the story of the orchard; ${WITHDRAWN_MARK} asked for a pause. B2 listened.`,
    );
    expect(after.landedWord).toBe('—, — and — again');
    const trust = await h.ok<TrustBoardView>('trust.board', { dialogueId: cedar.id });
    expect(trust.readings[0]!.rationale).toBe(`${WITHDRAWN_MARK} and B2 walked together after dinner.`);

    const rows = h.sqlite().prepare(`SELECT concern, follow_up FROM aftercare_checkins`).all();
    expect(JSON.stringify(rows)).not.toMatch(/Threatened|Haddad|Amal/);
  });
});
