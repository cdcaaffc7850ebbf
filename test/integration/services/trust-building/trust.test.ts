import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  DialogueView,
  OvertonBoardView,
  OvertonOptionView,
  OvertonTopicView,
  SessionView,
  TrustBoardView,
  TrustReadingView,
} from '../../../../shared/contract';
import { createSessionHarness, type SessionHarness } from '../sessions/harness';

let h: SessionHarness;
let cedar: DialogueView;
let first: SessionView;
let second: SessionView;
beforeEach(async () => {
  h = await createSessionHarness();
  cedar = await h.dialogue();
  first = await h.session(cedar, { number: 1, startsAt: '2026-05-14T09:00', endsAt: '2026-05-14T17:00' });
  second = await h.session(cedar, { number: 2, startsAt: '2026-09-10T09:00', endsAt: '2026-09-10T17:00' });
});
afterEach(async () => h.dispose());

const side = (dialogue: DialogueView, index: number) => dialogue.parties[index]!.id;

describe('trust readings', () => {
  it('records a reading per pair of sides and session, in the dialogue’s order, and lists them on the board', async () => {
    const reading = await h.ok<TrustReadingView>('trust.record', {
      sessionId: first.id,
      // Given B then A: stored as the pair A–B.
      partyAId: side(cedar, 1),
      partyBId: side(cedar, 0),
      rating: -1,
      indicators: ['walk-out'],
      rationale: 'Side B left the morning plenary for an hour.',
    });
    expect(reading).toMatchObject({ partyAId: side(cedar, 0), partyBId: side(cedar, 1), rating: -1 });
    await h.ok('trust.record', {
      sessionId: second.id,
      partyAId: side(cedar, 0),
      partyBId: side(cedar, 1),
      rating: 1,
      indicators: ['informal-contact', 'first-names'],
    });
    // Recording again replaces.
    await h.ok('trust.record', {
      sessionId: second.id,
      partyAId: side(cedar, 0),
      partyBId: side(cedar, 1),
      rating: 2,
      indicators: ['first-names', 'informal-contact', 'humour'],
    });
    const board = await h.ok<TrustBoardView>('trust.board', { dialogueId: cedar.id });
    expect(board.sides.map((s) => s.name)).toEqual(['Side A', 'Side B']);
    expect(board.pairs).toEqual([
      { key: `${side(cedar, 0)}:${side(cedar, 1)}`, partyAId: side(cedar, 0), partyBId: side(cedar, 1) },
    ]);
    expect(board.sessions.map((s) => s.number)).toEqual([1, 2]);
    expect(board.readings.map((r) => [r.sessionId, r.rating, r.indicators])).toEqual(
      expect.arrayContaining([
        [first.id, -1, ['walk-out']],
        [second.id, 2, ['informal-contact', 'humour', 'first-names']],
      ]),
    );
    await h.ok('trust.clear', { sessionId: second.id, partyAId: side(cedar, 1), partyBId: side(cedar, 0) });
    expect((await h.ok<TrustBoardView>('trust.board', { dialogueId: cedar.id })).readings).toHaveLength(1);
    expect(
      await h.call('trust.clear', { sessionId: second.id, partyAId: side(cedar, 0), partyBId: side(cedar, 1) }),
    ).toMatchObject({ ok: false, error: { code: 'TRUST_READING_NOT_FOUND' } });
  });

  it('refuses a rating out of range, a side of another dialogue, the facilitation team, one side twice, an overlong rationale', async () => {
    const juniper = await h.dialogue('Juniper');
    const base = { sessionId: first.id, partyAId: side(cedar, 0), partyBId: side(cedar, 1), rating: 1 };
    const refused = async (input: Record<string, unknown>, code: string, message?: RegExp) => {
      const result = await h.call('trust.record', { ...base, ...input });
      expect(result).toMatchObject({ ok: false, error: { code } });
      if (message) expect((result as { error: { message: string } }).error.message).toMatch(message);
    };
    await refused({ rating: 3 }, 'INVALID_INPUT', /−2 \(hostile\) to \+2 \(warm\)/);
    await refused({ rating: -3 }, 'INVALID_INPUT', /−2/);
    await refused({ rating: 0.5 }, 'INVALID_INPUT', /whole number/);
    await refused({ partyBId: side(juniper, 1) }, 'PARTY_NOT_FOUND');
    await refused({ partyBId: side(cedar, 2) }, 'NOT_A_SIDE');
    await refused({ partyBId: side(cedar, 0) }, 'INVALID_INPUT', /two different sides/);
    await refused({ rationale: 'x'.repeat(10_000) }, 'INVALID_INPUT', /at most 2000 characters/);
    await refused({ indicators: ['humour', 'humour'] }, 'INVALID_INPUT', /listed twice/);
    expect((await h.ok<TrustBoardView>('trust.board', { dialogueId: cedar.id })).readings).toEqual([]);
  });
});

describe('the Overton window', () => {
  const topic = (title = 'Water allocation', dialogue = cedar) =>
    h.ok<OvertonTopicView>('overton.addTopic', { dialogueId: dialogue.id, title });

  it('adds options to a topic (found again by its folded title) and keeps every session’s placement per side', async () => {
    const water = await topic();
    expect((await topic('WATER allocation')).id).toBe(water.id);
    const board = await h.ok<OvertonOptionView>('overton.addOption', {
      dialogueId: cedar.id,
      topicId: water.id,
      title: 'A shared water board',
      sessionId: first.id,
    });
    const arabic = await h.ok<OvertonOptionView>('overton.addOption', {
      dialogueId: cedar.id,
      topicId: water.id,
      title: 'إدارة مشتركة للمياه',
    });
    expect(arabic.title).toBe('إدارة مشتركة للمياه');
    const place = (sessionId: string, partyIndex: number, level: string | null) =>
      h.ok<OvertonOptionView>('overton.place', {
        optionId: board.id,
        sessionId,
        partyId: side(cedar, partyIndex),
        level,
      });
    await place(first.id, 1, 'radical');
    await place(first.id, 0, 'acceptable');
    await place(second.id, 1, 'acceptable');
    const placed = await place(second.id, 1, 'sensible');
    expect(
      placed.placements.map((p) => [
        p.sessionId === first.id ? 1 : 2,
        p.partyId === side(cedar, 0) ? 'A' : 'B',
        p.level,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [1, 'B', 'radical'],
        [1, 'A', 'acceptable'],
        [2, 'B', 'sensible'],
      ]),
    );
    expect(placed.placements).toHaveLength(3);
    const removed = await place(first.id, 0, null);
    expect(removed.placements).toHaveLength(2);

    const overview = await h.ok<OvertonBoardView>('overton.board', { dialogueId: cedar.id });
    expect(overview.topics.map((t) => [t.title, t.options.map((o) => o.title)])).toEqual([
      ['Water allocation', ['A shared water board', 'إدارة مشتركة للمياه']],
    ]);
    expect(overview.sessions.map((s) => s.number)).toEqual([1, 2]);
    expect(overview.sides).toHaveLength(2);
  });

  it('refuses an option on a topic of another dialogue, a placement for a side of another dialogue, a taken title', async () => {
    const juniper = await h.dialogue('Juniper');
    const theirs = await topic('Grazing', juniper);
    expect(
      await h.call('overton.addOption', { dialogueId: cedar.id, topicId: theirs.id, title: 'Seasonal corridors' }),
    ).toMatchObject({ ok: false, error: { code: 'TOPIC_NOT_FOUND' } });
    const water = await topic();
    const option = await h.ok<OvertonOptionView>('overton.addOption', {
      dialogueId: cedar.id,
      topicId: water.id,
      title: 'International custodianship',
    });
    expect(
      await h.call('overton.addOption', {
        dialogueId: cedar.id,
        topicId: water.id,
        title: 'international CUSTODIANSHIP',
      }),
    ).toMatchObject({ ok: false, error: { code: 'OPTION_TITLE_TAKEN' } });
    expect(
      await h.call('overton.place', {
        optionId: option.id,
        sessionId: first.id,
        partyId: side(juniper, 0),
        level: 'radical',
      }),
    ).toMatchObject({ ok: false, error: { code: 'PARTY_NOT_FOUND' } });
    expect(
      await h.call('overton.place', {
        optionId: option.id,
        sessionId: first.id,
        partyId: side(cedar, 2),
        level: 'radical',
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_A_SIDE' } });
    const theirSession = await h.session(juniper);
    expect(
      await h.call('overton.place', {
        optionId: option.id,
        sessionId: theirSession.id,
        partyId: side(juniper, 0),
        level: 'radical',
      }),
    ).toMatchObject({ ok: false, error: { code: 'OPTION_NOT_FOUND' } });
    expect(
      await h.call('overton.place', {
        optionId: option.id,
        sessionId: first.id,
        partyId: side(cedar, 0),
        level: 'mainstream',
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      (await h.ok<OvertonOptionView>('overton.renameOption', { id: option.id, title: 'UN custodianship' })).title,
    ).toBe('UN custodianship');
    expect(await h.call('session.delete', { id: first.id })).toMatchObject({ ok: true });
    await h.ok('overton.place', {
      optionId: option.id,
      sessionId: second.id,
      partyId: side(cedar, 0),
      level: 'radical',
    });
    expect(await h.call('session.delete', { id: second.id })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_HAS_TRUST_RECORDS' },
    });
  });
});
