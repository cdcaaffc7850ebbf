import type { AgendaItemView, AgendaView } from '../../../shared/contract';
import type { DayTiming } from '../../../shared/agenda/timing';

/**
 * Hand-built agenda read models for the export tests. Times are written out as the venue's clocks
 * show them (localStart/localEnd) and as instants, exactly as the read model carries them: the
 * document under test must print what it is given, not recompute it.
 */

type SessionView = AgendaView['session'];

export function dayFixture(overrides: Partial<DayTiming> & Pick<DayTiming, 'day' | 'startsAt' | 'endsAt'>): DayTiming {
  return {
    date: overrides.startsAt.slice(0, 10),
    availableMinutes: 480,
    withinSession: true,
    plannedMinutes: 0,
    overrunMinutes: 0,
    itemIds: [],
    ...overrides,
  };
}

export function itemFixture(overrides: Partial<AgendaItemView> & Pick<AgendaItemView, 'id'>): AgendaItemView {
  return {
    sessionId: 'session-1',
    position: 0,
    day: 0,
    kind: 'plenary',
    title: 'Opening plenary',
    plannedMinutes: 60,
    extraMinutes: 0,
    lead: { kind: 'facilitator' },
    notes: '',
    topics: [],
    regime: null,
    effectiveRegime: 'chatham-house',
    caucusParty: null,
    plannedStart: '2026-05-04T07:00:00.000Z',
    plannedEnd: '2026-05-04T08:00:00.000Z',
    localStart: '09:00',
    localEnd: '10:00',
    actualStart: null,
    actualEnd: null,
    ...overrides,
  };
}

export interface AgendaFixtureOverrides {
  readonly session?: Partial<SessionView>;
  readonly days?: readonly DayTiming[];
  readonly items?: readonly AgendaItemView[];
}

/**
 * A one-day session in Geneva (Europe/Zurich, summer time: GMT+2) with two items, unless told
 * otherwise. No field anywhere holds a participant's name: the read model has none.
 */
export function agendaFixture(overrides: AgendaFixtureOverrides = {}): AgendaView {
  const session: SessionView = {
    id: 'session-1',
    dialogueId: 'dialogue-1',
    number: 3,
    title: 'Water sharing',
    startsAt: '2026-05-04T07:00:00.000Z',
    endsAt: '2026-05-04T15:00:00.000Z',
    timeZone: 'Europe/Zurich',
    dailyStartTime: '09:00',
    dailyEndTime: '17:00',
    regime: 'chatham-house',
    venue: { id: 'venue-1', name: 'Villa Moynier', city: 'Geneva', country: 'Switzerland' },
    ...overrides.session,
  };
  const items = overrides.items ?? [
    itemFixture({ id: 'item-1', position: 0, title: 'Opening plenary' }),
    itemFixture({
      id: 'item-2',
      position: 1,
      kind: 'break',
      title: 'Coffee',
      plannedMinutes: 30,
      lead: { kind: 'none' },
      plannedStart: '2026-05-04T08:00:00.000Z',
      plannedEnd: '2026-05-04T08:30:00.000Z',
      localStart: '10:00',
      localEnd: '10:30',
    }),
  ];
  const days = overrides.days ?? [
    dayFixture({
      day: 0,
      date: '2026-05-04',
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      itemIds: items.filter((item) => item.day === 0).map((item) => item.id),
    }),
  ];
  return {
    session,
    dayCount: days.length,
    days,
    items,
    warnings: [],
    plannedMinutes: items.reduce((sum, item) => sum + item.plannedMinutes, 0),
    runningItemId: null,
  };
}
