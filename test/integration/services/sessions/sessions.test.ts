import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendanceView, SessionView, VenueView } from '../../../../shared/contract';
import { createSessionHarness, UNKNOWN_ID, type SessionHarness } from './harness';

let h: SessionHarness;
beforeEach(async () => {
  h = await createSessionHarness();
});
afterEach(async () => h.dispose());

const laptopZone = process.env.TZ;
afterEach(() => {
  if (laptopZone === undefined) delete process.env.TZ;
  else process.env.TZ = laptopZone;
});

describe('venues', () => {
  it('creates a venue with why it suits both sides and its separation arrangements', async () => {
    const cedar = await h.dialogue();
    const venue = await h.venue(cedar, {
      suitability: 'Neutral country; both sides can travel without visas.',
      comfortNotes: 'Halal and kosher kitchens.\nQuiet garden.',
      discretionNotes: 'Book under the foundation’s name.',
      separations: [
        { kind: 'briefing-room', partyId: cedar.parties[1]!.id, note: 'Side B needs its own room' },
        { kind: 'dining' },
      ],
    });
    expect(venue).toMatchObject({
      name: 'Lakeside retreat house',
      timeZone: 'Europe/Zurich',
      comfortNotes: 'Halal and kosher kitchens.\nQuiet garden.',
      sessionCount: 0,
      separations: [
        { kind: 'briefing-room', partyId: cedar.parties[1]!.id, note: 'Side B needs its own room' },
        { kind: 'dining', partyId: null, note: '' },
      ],
    });
    expect(await h.ok('venue.get', { id: venue.id })).toEqual(venue);
    const updated = await h.ok<VenueView>('venue.update', { id: venue.id, separations: [], city: 'Vevey' });
    expect(updated).toMatchObject({ city: 'Vevey', separations: [], country: 'Switzerland' });
  });

  it('refuses a duplicate name (case and accents ignored), a party of another dialogue and a bad zone', async () => {
    const cedar = await h.dialogue();
    const olive = await h.dialogue('Olive');
    await h.venue(cedar, { name: 'Château Vert' });
    expect(await h.call('venue.create', { dialogueId: cedar.id, name: 'CHATEAU VERT', timeZone: 'UTC' })).toMatchObject(
      {
        ok: false,
        error: { code: 'VENUE_NAME_TAKEN' },
      },
    );
    // Another dialogue may use the same name: venues are per dialogue, like everything else.
    await h.venue(olive, { name: 'Château Vert' });
    expect(
      await h.call('venue.create', {
        dialogueId: cedar.id,
        name: 'Hotel',
        timeZone: 'UTC',
        separations: [{ kind: 'dining', partyId: olive.parties[0]!.id }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'PARTY_NOT_FOUND' } });
    expect(await h.ok<VenueView[]>('venue.list', { dialogueId: cedar.id })).toHaveLength(1);
    for (const timeZone of ['Mars/Olympus', '+02:00', '']) {
      const bad = await h.call('venue.create', { dialogueId: cedar.id, name: 'Hotel', timeZone });
      expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!bad.ok) expect(bad.error.message).toMatch(/time zone|Europe\/Vienna/i);
    }
  });

  it('refuses empty, 10,000-character and broken names but keeps RTL and emoji', async () => {
    const cedar = await h.dialogue();
    for (const name of ['', '   ', 'x'.repeat(10_000), 'bad\uD800name']) {
      expect(
        await h.call('venue.create', { dialogueId: cedar.id, name, timeZone: 'UTC' }),
        name.slice(0, 9),
      ).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    const rtl = await h.venue(cedar, { name: 'بيت الضيافة 🌿', city: 'עכו', timeZone: 'Asia/Jerusalem' });
    expect(rtl).toMatchObject({ name: 'بيت الضيافة 🌿', city: 'עכו' });
  });

  it('deleting a venue keeps its sessions, their times and zone', async () => {
    const cedar = await h.dialogue();
    const venue = await h.venue(cedar);
    const session = await h.session(cedar, { venueId: venue.id, timeZone: undefined });
    expect(session.timeZone).toBe('Europe/Zurich');
    expect((await h.ok<VenueView>('venue.get', { id: venue.id })).sessionCount).toBe(1);
    await h.ok('venue.delete', { id: venue.id });
    const after = await h.ok<SessionView>('session.get', { id: session.id });
    expect(after).toMatchObject({ venue: null, timeZone: 'Europe/Zurich', startsAt: session.startsAt });
    expect(await h.call('venue.delete', { id: venue.id })).toMatchObject({
      ok: false,
      error: { code: 'VENUE_NOT_FOUND' },
    });
  });
});

describe('sessions', () => {
  it('creates a session from venue-local times, numbered in turn, Chatham House by default', async () => {
    const cedar = await h.dialogue();
    const venue = await h.venue(cedar, { timeZone: 'Asia/Amman' });
    const first = await h.session(cedar, {
      venueId: venue.id,
      timeZone: undefined,
      startsAt: '2026-11-02T10:00',
      endsAt: '2026-11-03T15:00',
      objectives: 'Hear each side’s needs.',
      aftercareOn: '2026-12-01',
    });
    expect(first).toMatchObject({
      number: 1,
      timeZone: 'Asia/Amman',
      startsAt: '2026-11-02T07:00:00.000Z',
      endsAt: '2026-11-03T12:00:00.000Z',
      startsLocal: '2026-11-02T10:00',
      endsLocal: '2026-11-03T15:00',
      dayCount: 2,
      regime: 'chatham-house',
      aftercareOn: '2026-12-01',
      dailyStartTime: '09:00',
      dailyEndTime: '18:00',
      itemCount: 0,
    });
    expect(first.venue).toMatchObject({ id: venue.id, name: 'Lakeside retreat house' });
    const second = await h.session(cedar, { startsAt: '2027-01-10T09:00', endsAt: '2027-01-10T12:00' });
    expect(second.number).toBe(2);
  });

  it('stores the same instants whatever zone the laptop is in', async () => {
    const cedar = await h.dialogue();
    process.env.TZ = 'America/Los_Angeles';
    const a = await h.session(cedar, { number: 1, timeZone: 'Asia/Tokyo' });
    process.env.TZ = 'Asia/Kolkata';
    const b = await h.session(cedar, { number: 2, timeZone: 'Asia/Tokyo' });
    expect(a.startsAt).toBe('2026-05-14T00:00:00.000Z');
    expect(b.startsAt).toBe(a.startsAt);
    expect(b.startsLocal).toBe('2026-05-14T09:00');
  });

  it('refuses an end before the start, an unknown zone, no zone at all, a taken number, too long a session', async () => {
    const cedar = await h.dialogue();
    await h.session(cedar, { number: 3 });
    const cases: [object, string][] = [
      [{ startsAt: '2026-05-14T17:00', endsAt: '2026-05-14T09:00' }, 'END_BEFORE_START'],
      [{ startsAt: '2026-05-14T09:00', endsAt: '2026-05-14T09:00' }, 'END_BEFORE_START'],
      [{ timeZone: 'Europe/Atlantis' }, 'INVALID_INPUT'],
      [{ timeZone: undefined }, 'TIME_ZONE_REQUIRED'],
      [{ number: 3 }, 'SESSION_NUMBER_TAKEN'],
      [{ number: 0 }, 'INVALID_INPUT'],
      [{ number: 1.5 }, 'INVALID_INPUT'],
      [{ endsAt: '2026-07-14T09:00' }, 'SESSION_TOO_LONG'],
      [{ startsAt: '2026-02-30T09:00' }, 'INVALID_INPUT'],
      [{ startsAt: '14/05/2026 09:00' }, 'INVALID_INPUT'],
      [{ dailyStartTime: '25:00' }, 'INVALID_INPUT'],
      [{ regime: 'whispers' }, 'INVALID_INPUT'],
      [{ title: 'x'.repeat(10_000) }, 'INVALID_INPUT'],
      [{ venueId: UNKNOWN_ID }, 'VENUE_NOT_FOUND'],
      [{ dialogueId: UNKNOWN_ID }, 'DIALOGUE_NOT_FOUND'],
    ];
    for (const [input, code] of cases) {
      const result = await h.call('session.create', {
        dialogueId: cedar.id,
        startsAt: '2026-05-14T09:00',
        endsAt: '2026-05-14T17:00',
        timeZone: 'Europe/Zurich',
        ...input,
      });
      expect(result, JSON.stringify(input).slice(0, 60)).toMatchObject({ ok: false, error: { code } });
    }
    expect(await h.ok<SessionView[]>('session.list', { dialogueId: cedar.id })).toHaveLength(1);
  });

  it('refuses a venue of another dialogue', async () => {
    const cedar = await h.dialogue();
    const olive = await h.dialogue('Olive');
    const venue = await h.venue(olive);
    expect(
      await h.call('session.create', {
        dialogueId: cedar.id,
        startsAt: '2026-05-14T09:00',
        endsAt: '2026-05-14T17:00',
        venueId: venue.id,
      }),
    ).toMatchObject({ ok: false, error: { code: 'VENUE_NOT_FOUND' } });
  });

  it('changing only the zone keeps the wall-clock times; changing times keeps the zone', async () => {
    const cedar = await h.dialogue();
    const session = await h.session(cedar);
    const moved = await h.ok<SessionView>('session.update', { id: session.id, timeZone: 'America/New_York' });
    expect(moved).toMatchObject({ startsLocal: '2026-05-14T09:00', startsAt: '2026-05-14T13:00:00.000Z' });
    const later = await h.ok<SessionView>('session.update', { id: session.id, endsAt: '2026-05-15T12:00' });
    expect(later).toMatchObject({ timeZone: 'America/New_York', dayCount: 2, startsLocal: '2026-05-14T09:00' });
    const bad = await h.call('session.update', { id: session.id, endsAt: '2026-05-13T12:00' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'END_BEFORE_START' } });
    const kept = await h.ok<SessionView>('session.get', { id: session.id });
    expect(kept.endsLocal).toBe('2026-05-15T12:00');
  });

  it('updates the rest of a session and clears nullable fields', async () => {
    const cedar = await h.dialogue();
    const venue = await h.venue(cedar);
    const session = await h.session(cedar, { venueId: venue.id, aftercareOn: '2026-06-01' });
    const updated = await h.ok<SessionView>('session.update', {
      id: session.id,
      title: '  Second thoughts  ',
      regime: 'chatham-house-plus',
      outcomeSummary: 'Both sides named water as the first issue.\nالمياه أولاً',
      aftercareOn: null,
      venueId: null,
      dailyStartTime: '08:30',
    });
    expect(updated).toMatchObject({
      title: 'Second thoughts',
      regime: 'chatham-house-plus',
      outcomeSummary: 'Both sides named water as the first issue.\nالمياه أولاً',
      aftercareOn: null,
      venue: null,
      dailyStartTime: '08:30',
      timeZone: 'Europe/Zurich',
    });
  });

  it('lists a dialogue’s sessions in time order and deletes one with its agenda', async () => {
    const cedar = await h.dialogue();
    const later = await h.session(cedar, { startsAt: '2026-09-01T09:00', endsAt: '2026-09-01T12:00' });
    const earlier = await h.session(cedar, { startsAt: '2026-03-01T09:00', endsAt: '2026-03-01T12:00' });
    await h.ok('agenda.add', { sessionId: later.id, kind: 'plenary', title: 'Opening', plannedMinutes: 30 });
    const list = await h.ok<SessionView[]>('session.list', { dialogueId: cedar.id });
    expect(list.map((s) => [s.id, s.number, s.itemCount, s.plannedMinutes])).toEqual([
      [earlier.id, 2, 0, 0],
      [later.id, 1, 1, 30],
    ]);
    await h.ok('session.delete', { id: later.id });
    expect(h.sqlite().prepare('SELECT count(*) AS n FROM agenda_items').get()).toEqual({ n: 0 });
    for (const [channel, payload] of [
      ['session.get', { id: later.id }],
      ['session.update', { id: later.id, title: 'x' }],
      ['session.delete', { id: later.id }],
      ['session.attendance', { sessionId: later.id }],
    ] as const) {
      expect(await h.call(channel, payload), channel).toMatchObject({
        ok: false,
        error: { code: 'SESSION_NOT_FOUND' },
      });
    }
    expect(await h.call('session.list', { dialogueId: UNKNOWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'DIALOGUE_NOT_FOUND' },
    });
  });
});

describe('attendance', () => {
  it('lists every participant by code with their status, and sets, changes and clears it', async () => {
    const cedar = await h.dialogue();
    const a1 = h.participant(cedar, 0, 'A1', 'Salim Haddad');
    const b1 = h.participant(cedar, 1, 'B1', 'Noa Levi');
    const session = await h.session(cedar);
    const initial = await h.ok<AttendanceView[]>('session.attendance', { sessionId: session.id });
    expect(initial.map((a) => [a.speakerCode, a.status])).toEqual([
      ['A1', null],
      ['B1', null],
    ]);
    expect(JSON.stringify(initial)).not.toMatch(/Salim|Noa/);
    await h.ok('session.setAttendance', {
      sessionId: session.id,
      entries: [
        { participantId: a1, status: 'invited' },
        { participantId: b1, status: 'invited' },
      ],
    });
    const after = await h.ok<AttendanceView[]>('session.setAttendance', {
      sessionId: session.id,
      entries: [
        { participantId: a1, status: 'attended' },
        { participantId: b1, status: null },
      ],
    });
    expect(after.map((a) => [a.speakerCode, a.status])).toEqual([
      ['A1', 'attended'],
      ['B1', null],
    ]);
  });

  it('refuses a participant of another dialogue, an unknown one and duplicates, changing nothing', async () => {
    const cedar = await h.dialogue();
    const olive = await h.dialogue('Olive');
    const a1 = h.participant(cedar, 0, 'A1');
    const stranger = h.participant(olive, 0, 'A1');
    const session = await h.session(cedar);
    const cases: [object[], string][] = [
      [
        [
          { participantId: a1, status: 'attended' },
          { participantId: stranger, status: 'attended' },
        ],
        'PARTICIPANT_NOT_FOUND',
      ],
      [[{ participantId: UNKNOWN_ID, status: 'absent' }], 'PARTICIPANT_NOT_FOUND'],
      [
        [
          { participantId: a1, status: 'attended' },
          { participantId: a1, status: 'absent' },
        ],
        'INVALID_INPUT',
      ],
      [[{ participantId: a1, status: 'maybe' }], 'INVALID_INPUT'],
      [[], 'INVALID_INPUT'],
    ];
    for (const [entries, code] of cases) {
      expect(await h.call('session.setAttendance', { sessionId: session.id, entries })).toMatchObject({
        ok: false,
        error: { code },
      });
    }
    const list = await h.ok<AttendanceView[]>('session.attendance', { sessionId: session.id });
    expect(list.map((a) => a.status)).toEqual([null]);
  });
});
