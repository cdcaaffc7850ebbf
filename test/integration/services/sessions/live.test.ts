import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaView, SessionView } from '../../../../shared/contract';
import { comparePlanWithActual } from '../../../../shared/agenda/compare';
import { liveState } from '../../../../shared/agenda/live';
import { createSessionHarness, UNKNOWN_ID, type SessionHarness } from './harness';

let h: SessionHarness;
let session: SessionView;
let ids: string[];
beforeEach(async () => {
  h = await createSessionHarness();
  const cedar = await h.dialogue();
  session = await h.session(cedar, { timeZone: 'UTC', startsAt: '2026-05-14T09:00', endsAt: '2026-05-14T17:00' });
  ids = [];
  for (const [title, plannedMinutes] of [
    ['Opening', 30],
    ['Needs and fears', 60],
    ['Break', 15],
  ] as const) {
    const added = await h.ok<{ itemId: string }>('agenda.add', {
      sessionId: session.id,
      kind: 'plenary',
      title,
      plannedMinutes,
    });
    ids.push(added.itemId);
  }
});
afterEach(async () => h.dispose());

const at = (hhmm: string) => {
  h.clock.now = new Date(`2026-05-14T${hhmm}:00.000Z`);
};

describe('live mode', () => {
  it('starts, moves on, extends and finishes, recording actual times by main’s clock', async () => {
    at('09:05');
    let agenda = await h.ok<AgendaView>('live.start', { sessionId: session.id });
    expect(agenda.runningItemId).toBe(ids[0]);
    expect(agenda.items[0]).toMatchObject({ actualStart: '2026-05-14T09:05:00.000Z', actualEnd: null });

    at('09:40');
    agenda = await h.ok<AgendaView>('live.next', { sessionId: session.id });
    expect(agenda.items[0]).toMatchObject({ actualEnd: '2026-05-14T09:40:00.000Z' });
    expect(agenda.items[1]).toMatchObject({ actualStart: '2026-05-14T09:40:00.000Z', actualEnd: null });
    expect(agenda.warnings).toContainEqual({ kind: 'item-overrun', itemId: ids[0], overByMinutes: 5, running: false });

    at('10:30');
    agenda = await h.ok<AgendaView>('live.extend', { itemId: ids[1], minutes: 15 });
    expect(agenda.items[1]).toMatchObject({ extraMinutes: 15, plannedMinutes: 60 });
    const state = liveState(agenda.items[1]!, h.clock.now);
    expect(state).toMatchObject({ tone: 'normal', remainingMs: 25 * 60_000 });

    at('10:50');
    agenda = await h.ok<AgendaView>('live.finish', { sessionId: session.id });
    expect(agenda.runningItemId).toBeNull();
    expect(agenda.items[1]!.actualEnd).toBe('2026-05-14T10:50:00.000Z');

    const compared = comparePlanWithActual(agenda.items, agenda.items);
    expect(
      compared.rows.slice(0, 2).map((r) => [r.status, r.actualMinutes, r.durationDeltaMinutes, r.startDriftMinutes]),
    ).toEqual([
      ['done', 35, 5, 5],
      ['done', 70, 10, 10],
    ]);
  });

  it('starting a chosen item finishes the running one at the same instant; one item runs at a time', async () => {
    at('09:00');
    await h.ok('live.start', { sessionId: session.id, itemId: ids[0] });
    at('09:20');
    const agenda = await h.ok<AgendaView>('live.start', { sessionId: session.id, itemId: ids[2] });
    expect(agenda.items.map((i) => [i.actualStart, i.actualEnd])).toEqual([
      ['2026-05-14T09:00:00.000Z', '2026-05-14T09:20:00.000Z'],
      [null, null],
      ['2026-05-14T09:20:00.000Z', null],
    ]);
    expect(agenda.runningItemId).toBe(ids[2]);
    // Starting the item already running changes nothing.
    at('09:25');
    const again = await h.ok<AgendaView>('live.start', { sessionId: session.id, itemId: ids[2] });
    expect(again.items[2]!.actualStart).toBe('2026-05-14T09:20:00.000Z');
    // Item 2 was skipped: "next" goes on after the last item run, so there is nothing left to start.
    at('09:40');
    const done = await h.ok<AgendaView>('live.next', { sessionId: session.id });
    expect(done.runningItemId).toBeNull();
    expect(await h.call('live.next', { sessionId: session.id })).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_LEFT' },
    });
    expect(await h.call('live.start', { sessionId: session.id })).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_LEFT' },
    });
    // The skipped item can still be run by choosing it.
    const skipped = await h.ok<AgendaView>('live.start', { sessionId: session.id, itemId: ids[1] });
    expect(skipped.runningItemId).toBe(ids[1]);
  });

  it('refuses to re-run a finished item until its times are cleared', async () => {
    at('09:00');
    await h.ok('live.start', { sessionId: session.id });
    at('09:30');
    await h.ok('live.finish', { sessionId: session.id });
    expect(await h.call('live.start', { sessionId: session.id, itemId: ids[0] })).toMatchObject({
      ok: false,
      error: { code: 'ITEM_ALREADY_RUN' },
    });
    const cleared = await h.ok<AgendaView>('live.clear', { itemId: ids[0] });
    expect(cleared.items[0]).toMatchObject({ actualStart: null, actualEnd: null, extraMinutes: 0 });
    expect((await h.ok<AgendaView>('live.start', { sessionId: session.id, itemId: ids[0] })).runningItemId).toBe(
      ids[0],
    );
  });

  it('extends only the running item, within limits', async () => {
    expect(await h.call('live.extend', { itemId: ids[0], minutes: 5 })).toMatchObject({
      ok: false,
      error: { code: 'ITEM_NOT_RUNNING' },
    });
    at('09:00');
    await h.ok('live.start', { sessionId: session.id });
    for (const minutes of [0, -5, 241, 2.5, 1e12]) {
      expect(await h.call('live.extend', { itemId: ids[0], minutes }), String(minutes)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    for (let i = 0; i < 3; i += 1) await h.ok('live.extend', { itemId: ids[0], minutes: 240 });
    expect(await h.call('live.extend', { itemId: ids[0], minutes: 1 })).toMatchObject({
      ok: false,
      error: { code: 'EXTEND_LIMIT' },
    });
    expect((await h.agenda(session.id)).items[0]!.extraMinutes).toBe(720);
  });

  it('never records an end before the start, even if the system clock goes back', async () => {
    at('09:30');
    await h.ok('live.start', { sessionId: session.id });
    at('09:10');
    const agenda = await h.ok<AgendaView>('live.finish', { sessionId: session.id });
    expect(agenda.items[0]).toMatchObject({
      actualStart: '2026-05-14T09:30:00.000Z',
      actualEnd: '2026-05-14T09:30:00.000Z',
    });
  });

  it('answers clearly for unknown ids and when nothing runs', async () => {
    expect(await h.call('live.finish', { sessionId: session.id })).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_RUNNING' },
    });
    expect(await h.call('live.start', { sessionId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_FOUND' },
    });
    expect(await h.call('live.start', { sessionId: session.id, itemId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'AGENDA_ITEM_NOT_FOUND' },
    });
    expect(await h.call('live.extend', { itemId: UNKNOWN_ID, minutes: 5 })).toMatchObject({
      ok: false,
      error: { code: 'AGENDA_ITEM_NOT_FOUND' },
    });
    expect(await h.call('live.clear', { itemId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'AGENDA_ITEM_NOT_FOUND' },
    });
  });

  it('corrects an item’s recorded times typed on the venue’s clocks, and resets the whole session', async () => {
    at('09:05');
    await h.ok('live.start', { sessionId: session.id });
    at('09:50');
    await h.ok('live.next', { sessionId: session.id });
    // The facilitator pressed start late: the opening began at 09:00 and ended at 09:32.
    let agenda = await h.ok<AgendaView>('live.correct', {
      itemId: ids[0],
      actualStart: '2026-05-14T09:00',
      actualEnd: '2026-05-14T09:32',
    });
    expect(agenda.items[0]).toMatchObject({
      actualStart: '2026-05-14T09:00:00.000Z',
      actualEnd: '2026-05-14T09:32:00.000Z',
    });
    // The running item's start moves; it keeps running.
    agenda = await h.ok<AgendaView>('live.correct', {
      itemId: ids[1],
      actualStart: '2026-05-14T09:35',
      actualEnd: null,
    });
    expect(agenda.items[1]).toMatchObject({ actualStart: '2026-05-14T09:35:00.000Z', actualEnd: null });
    expect(agenda.runningItemId).toBe(ids[1]);
    // An item never run can be recorded after the fact, and then it counts as run.
    agenda = await h.ok<AgendaView>('live.correct', {
      itemId: ids[2],
      actualStart: '2026-05-14T09:40',
      actualEnd: '2026-05-14T09:45',
    });
    expect(agenda.items[2]!.actualEnd).toBe('2026-05-14T09:45:00.000Z');

    agenda = await h.ok<AgendaView>('live.reset', { sessionId: session.id });
    expect(agenda.items.map((item) => [item.actualStart, item.actualEnd, item.extraMinutes])).toEqual([
      [null, null, 0],
      [null, null, 0],
      [null, null, 0],
    ]);
    expect(agenda.runningItemId).toBeNull();
  });

  it('refuses a correction that cannot be true, changing nothing', async () => {
    at('10:00');
    await h.ok('live.start', { sessionId: session.id });
    const before = await h.ok<AgendaView>('agenda.get', { sessionId: session.id });
    const cases: [Record<string, unknown>, string][] = [
      [{ itemId: ids[0], actualStart: '2026-05-14T09:30', actualEnd: '2026-05-14T09:30' }, 'ACTUAL_TIMES_INVALID'],
      [{ itemId: ids[0], actualStart: '2026-05-14T09:30', actualEnd: '2026-05-14T09:10' }, 'ACTUAL_TIMES_INVALID'],
      [{ itemId: ids[0], actualStart: '2026-05-14T11:30', actualEnd: null }, 'ACTUAL_TIMES_INVALID'],
      [{ itemId: ids[0], actualStart: '2026-05-12T09:00', actualEnd: '2026-05-14T09:00' }, 'ACTUAL_TIMES_INVALID'],
      [{ itemId: ids[1], actualStart: '2026-05-14T09:30', actualEnd: null }, 'ITEM_NOT_RUNNING'],
      [{ itemId: UNKNOWN_ID, actualStart: '2026-05-14T09:30', actualEnd: null }, 'AGENDA_ITEM_NOT_FOUND'],
      [{ itemId: ids[0], actualStart: '14/05/2026 09:30', actualEnd: null }, 'INVALID_INPUT'],
      [{ itemId: ids[0], actualStart: '2026-02-30T09:30', actualEnd: null }, 'INVALID_INPUT'],
      [{ itemId: ids[0], actualStart: '2026-05-14T09:30' }, 'INVALID_INPUT'],
      [{ itemId: ids[0], actualStart: '2026-05-14T09:30', actualEnd: null, by: 'me' }, 'INVALID_INPUT'],
    ];
    for (const [payload, code] of cases) {
      expect(await h.call('live.correct', payload), JSON.stringify(payload)).toMatchObject({
        ok: false,
        error: { code },
      });
    }
    expect(await h.call('live.reset', { sessionId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_NOT_FOUND' },
    });
    expect(await h.ok<AgendaView>('agenda.get', { sessionId: session.id })).toEqual(before);
  });

  it('answers WORKSPACE_LOCKED once locked', async () => {
    await h.ok('workspace.lock', {});
    expect(await h.call('live.start', { sessionId: session.id })).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_LOCKED' },
    });
    expect(await h.call('agenda.get', { sessionId: session.id })).toMatchObject({
      ok: false,
      error: { code: 'WORKSPACE_LOCKED' },
    });
  });
});
