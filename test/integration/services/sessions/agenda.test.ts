import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaTemplateView, AgendaView, SessionView, TopicView } from '../../../../shared/contract';
import { isWellOrdered } from '../../../../shared/agenda/order';
import { createSessionHarness, UNKNOWN_ID, type SessionHarness } from './harness';

let h: SessionHarness;
beforeEach(async () => {
  h = await createSessionHarness();
});
afterEach(async () => h.dispose());

async function add(sessionId: string, input: object): Promise<{ itemId: string; agenda: AgendaView }> {
  return h.ok('agenda.add', { sessionId, kind: 'plenary', plannedMinutes: 30, ...input });
}
const plan = (agenda: AgendaView) => agenda.items.map((item) => `${item.title}@${item.day}:${item.localStart}`);
const assertDense = (agenda: AgendaView) => expect(isWellOrdered(agenda.items)).toBe(true);

describe('agenda builder', () => {
  let session: SessionView;
  beforeEach(async () => {
    const cedar = await h.dialogue();
    session = await h.session(cedar, {
      startsAt: '2026-05-14T14:00',
      endsAt: '2026-05-15T17:00',
      dailyStartTime: '09:30',
    });
  });

  it('adds items in order with times on the venue clocks, restarting each day at the daily start', async () => {
    await add(session.id, { title: 'Welcome', plannedMinutes: 45 });
    await add(session.id, { title: 'Coffee', kind: 'break', plannedMinutes: 15 });
    await add(session.id, { title: 'Joint thinking', plannedMinutes: 90, day: 1 });
    const { agenda } = await add(session.id, { title: 'Needs and fears', plannedMinutes: 60, day: 0 });
    expect(plan(agenda)).toEqual([
      'Welcome@0:14:00',
      'Coffee@0:14:45',
      'Needs and fears@0:15:00',
      'Joint thinking@1:09:30',
    ]);
    expect(agenda.items[0]).toMatchObject({ effectiveRegime: 'chatham-house', regime: null, lead: { kind: 'none' } });
    expect(agenda).toMatchObject({ dayCount: 2, plannedMinutes: 210, runningItemId: null, warnings: [] });
    expect(agenda.session).toMatchObject({ number: 1, timeZone: 'Europe/Zurich' });
    assertDense(agenda);
  });

  it('inserts at an index, keeping days in order, and refuses an index that breaks them', async () => {
    await add(session.id, { title: 'A' });
    await add(session.id, { title: 'C', day: 1 });
    const { agenda } = await add(session.id, { title: 'B', index: 1, day: 0 });
    expect(plan(agenda)).toEqual(['A@0:14:00', 'B@0:14:30', 'C@1:09:30']);
    const bad = await h.call('agenda.add', {
      sessionId: session.id,
      kind: 'plenary',
      title: 'X',
      plannedMinutes: 5,
      index: 0,
      day: 1,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_MOVE' } });
    expect((await h.agenda(session.id)).items).toHaveLength(3);
  });

  it('records lead by speaker code, topics (reused case- and accent-insensitively) and an own regime', async () => {
    const dialogue = (await h.ok<SessionView>('session.get', { id: session.id })).dialogueId;
    const cedar = await h.ok<{ id: string; parties: { id: string }[] }>('dialogue.get', { id: dialogue });
    const b2 = h.participant(cedar as never, 1, 'B2', 'Yael Secret-Name');
    const first = await add(session.id, {
      title: 'Water sharing',
      lead: { kind: 'participant', participantId: b2 },
      topics: ['Water', 'Refugee return', 'water'],
      regime: 'off-the-record',
    });
    const { agenda } = await add(session.id, {
      title: 'Return',
      topics: ['RÉFUGEE RETURN'.replace('É', 'E'), 'Wáter'],
    });
    const [water, ret] = agenda.items;
    expect(water).toMatchObject({
      lead: { kind: 'participant', participantId: b2, speakerCode: 'B2' },
      regime: 'off-the-record',
      effectiveRegime: 'off-the-record',
    });
    expect(water!.topics.map((t) => t.title)).toEqual(['Water', 'Refugee return']);
    expect(ret!.topics.map((t) => t.id)).toEqual([water!.topics[1]!.id, water!.topics[0]!.id]);
    expect(JSON.stringify(agenda)).not.toContain('Secret-Name');
    const topics = await h.ok<TopicView[]>('agenda.topics', { dialogueId: dialogue });
    expect(topics.map((t) => t.title)).toEqual(['Refugee return', 'Water']);
    const updated = await h.ok<AgendaView>('agenda.update', {
      id: first.itemId,
      lead: { kind: 'facilitator' },
      topics: [],
      regime: null,
      plannedMinutes: 50,
    });
    expect(updated.items[0]).toMatchObject({
      lead: { kind: 'facilitator' },
      topics: [],
      regime: null,
      plannedMinutes: 50,
    });
    expect(updated.items[1]!.localStart).toBe('14:50');
  });

  it('requires a party for a caucus, of this dialogue, and drops it when the kind changes', async () => {
    const dialogueId = (await h.ok<SessionView>('session.get', { id: session.id })).dialogueId;
    const cedar = await h.ok<{ parties: { id: string; name: string }[] }>('dialogue.get', { id: dialogueId });
    const olive = await h.dialogue('Olive');
    expect(
      await h.call('agenda.add', { sessionId: session.id, kind: 'caucus', title: 'Caucus', plannedMinutes: 30 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CAUCUS_PARTY_REQUIRED' },
    });
    expect(
      await h.call('agenda.add', {
        sessionId: session.id,
        kind: 'caucus',
        title: 'Caucus',
        plannedMinutes: 30,
        caucusPartyId: olive.parties[0]!.id,
      }),
    ).toMatchObject({ ok: false, error: { code: 'PARTY_NOT_FOUND' } });
    const { itemId, agenda } = await add(session.id, {
      kind: 'caucus',
      title: 'Caucus with A',
      caucusPartyId: cedar.parties[0]!.id,
    });
    expect(agenda.items[0]!.caucusParty).toEqual({ id: cedar.parties[0]!.id, name: 'Side A' });
    const plain = await add(session.id, { title: 'Plenary' });
    expect(await h.call('agenda.update', { id: plain.itemId, kind: 'caucus' })).toMatchObject({
      ok: false,
      error: { code: 'CAUCUS_PARTY_REQUIRED' },
    });
    const changed = await h.ok<AgendaView>('agenda.update', { id: itemId, kind: 'informal' });
    expect(changed.items[0]).toMatchObject({ kind: 'informal', caucusParty: null });
  });

  it('refuses bad input and unknown ids with clear errors, adding nothing', async () => {
    const cases: [object, string][] = [
      [{ plannedMinutes: -5 }, 'INVALID_INPUT'],
      [{ plannedMinutes: 0 }, 'INVALID_INPUT'],
      [{ plannedMinutes: 721 }, 'INVALID_INPUT'],
      [{ plannedMinutes: 1e9 }, 'INVALID_INPUT'],
      [{ plannedMinutes: 12.5 }, 'INVALID_INPUT'],
      [{ plannedMinutes: '30' }, 'INVALID_INPUT'],
      [{ title: '' }, 'INVALID_INPUT'],
      [{ title: 'x'.repeat(10_000) }, 'INVALID_INPUT'],
      [{ title: 'a\uDC00b' }, 'INVALID_INPUT'],
      [{ kind: 'siesta' }, 'INVALID_INPUT'],
      [{ day: -1 }, 'INVALID_INPUT'],
      [{ day: 31 }, 'INVALID_INPUT'],
      [{ topics: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'INVALID_INPUT'],
      [{ lead: { kind: 'participant' } }, 'INVALID_INPUT'],
      [{ lead: { kind: 'participant', participantId: UNKNOWN_ID } }, 'PARTICIPANT_NOT_FOUND'],
      [{ sessionId: UNKNOWN_ID }, 'SESSION_NOT_FOUND'],
      [{ surprise: true }, 'INVALID_INPUT'],
    ];
    for (const [input, code] of cases) {
      const result = await h.call('agenda.add', {
        sessionId: session.id,
        kind: 'plenary',
        title: 'T',
        plannedMinutes: 30,
        ...input,
      });
      expect(result, JSON.stringify(input).slice(0, 50)).toMatchObject({ ok: false, error: { code } });
    }
    const minutes = await h.call('agenda.add', {
      sessionId: session.id,
      kind: 'plenary',
      title: 'T',
      plannedMinutes: 721,
    });
    expect(!minutes.ok && minutes.error.message).toMatch(/720 minutes/);
    expect((await h.agenda(session.id)).items).toEqual([]);
    for (const [channel, payload] of [
      ['agenda.update', { id: UNKNOWN_ID, title: 'x' }],
      ['agenda.delete', { id: UNKNOWN_ID }],
      ['agenda.move', { id: UNKNOWN_ID, toIndex: 0 }],
    ] as const) {
      expect(await h.call(channel, payload), channel).toMatchObject({
        ok: false,
        error: { code: 'AGENDA_ITEM_NOT_FOUND' },
      });
    }
  });

  it('keeps RTL, emoji and multi-line notes as typed', async () => {
    const { agenda } = await add(session.id, { title: 'الاحتياجات والمخاوف 🕊️', notes: 'שורה אחת\nline two' });
    expect(agenda.items[0]).toMatchObject({ title: 'الاحتياجات والمخاوف 🕊️', notes: 'שורה אחת\nline two' });
  });

  it('moves items (drag and keyboard both end here) in one go, positions dense, times recomputed', async () => {
    const ids: string[] = [];
    for (const [title, day] of [
      ['Needs', 0],
      ['Joint thinking', 0],
      ['Constraints', 0],
      ['Overcoming', 1],
    ] as const) {
      ids.push((await add(session.id, { title, day, plannedMinutes: 60 })).itemId);
    }
    // "drag constraints after joint thinking" — here: constraints before joint thinking, then back.
    let agenda = await h.ok<AgendaView>('agenda.move', { id: ids[2], toIndex: 1 });
    expect(plan(agenda)).toEqual([
      'Needs@0:14:00',
      'Constraints@0:15:00',
      'Joint thinking@0:16:00',
      'Overcoming@1:09:30',
    ]);
    assertDense(agenda);
    agenda = await h.ok<AgendaView>('agenda.move', { id: ids[0], toIndex: 2, toDay: 1 });
    expect(plan(agenda)).toEqual([
      'Constraints@0:14:00',
      'Joint thinking@0:15:00',
      'Needs@1:09:30',
      'Overcoming@1:10:30',
    ]);
    assertDense(agenda);
    const refused = await h.call('agenda.move', { id: ids[3], toIndex: 0, toDay: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_MOVE' } });
    expect(await h.call('agenda.move', { id: ids[3], toIndex: 4 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_MOVE' },
    });
    expect(await h.call('agenda.move', { id: ids[3], toIndex: -1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(plan(await h.agenda(session.id))).toEqual(plan(agenda));
  });

  it('deletes an item and closes the gap', async () => {
    const a = await add(session.id, { title: 'A' });
    await add(session.id, { title: 'B' });
    await add(session.id, { title: 'C' });
    const agenda = await h.ok<AgendaView>('agenda.delete', { id: a.itemId });
    expect(plan(agenda)).toEqual(['B@0:14:00', 'C@0:14:30']);
    assertDense(agenda);
  });

  it('warns when a day is longer than planned for and when items fall after the session', async () => {
    await add(session.id, { title: 'Long', plannedMinutes: 200 });
    await add(session.id, { title: 'Longer', plannedMinutes: 60 });
    const { agenda } = await add(session.id, { title: 'Later', day: 3 });
    expect(agenda.warnings).toEqual([
      { kind: 'day-overrun', day: 0, overByMinutes: 20, itemId: agenda.items[1]!.id },
      { kind: 'beyond-session', day: 3, itemIds: [agenda.items[2]!.id] },
    ]);
  });

  it('refuses an item past the size limit of an agenda', async () => {
    const values = Array.from({ length: 200 }, (_, position) => [
      `00000000-0000-4000-9000-${String(position).padStart(12, '0')}`,
      position,
    ]);
    const insert = h.sqlite().prepare(
      `INSERT INTO agenda_items (id, session_id, position, kind, title, planned_minutes, created_at, updated_at)
       VALUES (?, ?, ?, 'break', 'Pause', 1, '2026-01-01', '2026-01-01')`,
    );
    for (const [id, position] of values) insert.run(id, session.id, position);
    expect(
      await h.call('agenda.add', { sessionId: session.id, kind: 'plenary', title: 'One more', plannedMinutes: 5 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'AGENDA_FULL' },
    });
  });
});

describe('what notes depend on', () => {
  it('refuses to delete a session, an item or replace an agenda that notes were taken on', async () => {
    const cedar = await h.dialogue();
    const session = await h.session(cedar);
    const { itemId } = await add(session.id, { title: 'Opening' });
    h.sqlite()
      .prepare(
        `INSERT INTO notes (id, dialogue_id, session_id, agenda_item_id, level, body, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-00000000aaaa', ?, ?, ?, 'facilitator', 'B2 spoke about water', '2026-01-01', '2026-01-01')`,
      )
      .run(cedar.id, session.id, itemId);
    expect(await h.call('agenda.delete', { id: itemId })).toMatchObject({
      ok: false,
      error: { code: 'AGENDA_ITEM_HAS_NOTES' },
    });
    expect(await h.call('session.delete', { id: session.id })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_HAS_NOTES' },
    });
    expect(
      await h.call('agenda.applyTemplate', { sessionId: session.id, templateId: 'builtin:retreat-day', replace: true }),
    ).toMatchObject({ ok: false, error: { code: 'AGENDA_HAS_RUN' } });
    expect((await h.agenda(session.id)).items.map((i) => i.id)).toEqual([itemId]);
  });
});

describe('participant purge', () => {
  it('leaves an item they led "led by a withdrawn participant", with no link and no code', async () => {
    const cedar = await h.dialogue();
    const b4 = await h.ok<{ id: string; speakerCode: string }>('participant.create', {
      dialogueId: cedar.id,
      partyId: cedar.parties[1]!.id,
      realName: 'Yusuf Example',
      speakerCode: 'B4',
    });
    const session = await h.session(cedar);
    await add(session.id, { title: 'Story', lead: { kind: 'participant', participantId: b4.id } });
    await h.ok('session.setAttendance', {
      sessionId: session.id,
      entries: [{ participantId: b4.id, status: 'attended' }],
    });
    await h.ok('participant.purge', { id: b4.id, confirmSpeakerCode: 'B4' });
    const agenda = await h.agenda(session.id);
    expect(agenda.items[0]!.lead).toEqual({ kind: 'participant', participantId: null, speakerCode: null });
    expect(JSON.stringify(agenda)).not.toMatch(/Yusuf|B4/);
    const attendance = await h.ok<{ speakerCode: string | null; status: string }[]>('session.attendance', {
      sessionId: session.id,
    });
    expect(attendance.map((a) => [a.speakerCode, a.status])).toEqual([[null, 'attended']]);
  });
});

describe('agenda templates', () => {
  it('applies the Kelman template as a two-day agenda and appends after what is there', async () => {
    const cedar = await h.dialogue();
    const session = await h.session(cedar, { startsAt: '2026-05-14T09:00', endsAt: '2026-05-15T17:00' });
    await add(session.id, { title: 'Arrival' });
    const agenda = await h.ok<AgendaView>('agenda.applyTemplate', {
      sessionId: session.id,
      templateId: 'builtin:kelman',
    });
    expect(agenda.items[0]!.title).toBe('Arrival');
    expect(agenda.items.some((i) => i.title.startsWith('Joint thinking') && i.day === 1)).toBe(true);
    expect(new Set(agenda.items.map((i) => i.day))).toEqual(new Set([0, 1]));
    expect(agenda.items.find((i) => i.day === 1)!.localStart).toBe('09:00');
    assertDense(agenda);
    const replaced = await h.ok<AgendaView>('agenda.applyTemplate', {
      sessionId: session.id,
      templateId: 'builtin:retreat-day',
      replace: true,
    });
    expect(replaced.items[0]!.title).toBe('Opening and the day’s plan');
    expect(replaced.items.every((i) => i.day === 0)).toBe(true);
  });

  it('will not replace an agenda that has been run; refuses unknown templates', async () => {
    const cedar = await h.dialogue();
    const session = await h.session(cedar);
    await add(session.id, { title: 'Opening' });
    await h.ok('live.start', { sessionId: session.id });
    expect(
      await h.call('agenda.applyTemplate', { sessionId: session.id, templateId: 'builtin:kelman', replace: true }),
    ).toMatchObject({ ok: false, error: { code: 'AGENDA_HAS_RUN' } });
    expect(await h.call('agenda.applyTemplate', { sessionId: session.id, templateId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'TEMPLATE_NOT_FOUND' },
    });
    expect(await h.call('agenda.applyTemplate', { sessionId: session.id, templateId: 'builtin:nope' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('saves an agenda as a template without people, and applies it to another dialogue', async () => {
    const cedar = await h.dialogue();
    const a1 = h.participant(cedar, 0, 'A1');
    const session = await h.session(cedar, { startsAt: '2026-05-14T09:00', endsAt: '2026-05-15T17:00' });
    await add(session.id, { title: 'Opening', lead: { kind: 'facilitator' } });
    await add(session.id, { title: 'Story', lead: { kind: 'participant', participantId: a1 }, topics: ['Water'] });
    await add(session.id, {
      title: 'Caucus B',
      kind: 'caucus',
      caucusPartyId: cedar.parties[1]!.id,
      day: 1,
      regime: 'off-the-record',
    });
    const saved = await h.ok<AgendaTemplateView>('agenda.saveTemplate', {
      sessionId: session.id,
      name: 'Our two days',
    });
    expect(saved).toMatchObject({ name: 'Our two days', builtIn: false });
    expect(saved.items).toEqual([
      {
        day: 0,
        kind: 'plenary',
        title: 'Opening',
        plannedMinutes: 30,
        lead: 'facilitator',
        notes: '',
        regime: null,
        caucusPartyPosition: null,
      },
      {
        day: 0,
        kind: 'plenary',
        title: 'Story',
        plannedMinutes: 30,
        lead: 'none',
        notes: '',
        regime: null,
        caucusPartyPosition: null,
      },
      {
        day: 1,
        kind: 'caucus',
        title: 'Caucus B',
        plannedMinutes: 30,
        lead: 'none',
        notes: '',
        regime: 'off-the-record',
        caucusPartyPosition: 1,
      },
    ]);
    expect(await h.call('agenda.saveTemplate', { sessionId: session.id, name: 'OUR TWO DAYS' })).toMatchObject({
      ok: false,
      error: { code: 'TEMPLATE_NAME_TAKEN' },
    });
    const templates = await h.ok<AgendaTemplateView[]>('agenda.templates', {});
    expect(templates.map((t) => t.id)).toEqual([
      'builtin:kelman',
      'builtin:sustained-dialogue',
      'builtin:retreat-day',
      saved.id,
    ]);

    const olive = await h.dialogue('Olive');
    const other = await h.session(olive, { startsAt: '2026-06-14T09:00', endsAt: '2026-06-15T17:00' });
    const applied = await h.ok<AgendaView>('agenda.applyTemplate', { sessionId: other.id, templateId: saved.id });
    expect(applied.items[2]!.caucusParty).toEqual({ id: olive.parties[1]!.id, name: 'Side B' });

    const empty = await h.session(olive, { startsAt: '2026-07-14T09:00', endsAt: '2026-07-14T17:00' });
    expect(await h.call('agenda.saveTemplate', { sessionId: empty.id, name: 'Nothing' })).toMatchObject({
      ok: false,
      error: { code: 'AGENDA_EMPTY' },
    });
    await h.ok('agenda.deleteTemplate', { id: saved.id });
    expect(await h.call('agenda.deleteTemplate', { id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'TEMPLATE_NOT_FOUND' },
    });
  });
});
