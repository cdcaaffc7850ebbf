import { vi } from 'vitest';
import type {
  AgendaItemView,
  AgendaTemplateView,
  AgendaView,
  AttendanceView,
  DialogueView,
  ParleyApi,
  ParticipantSummary,
  SessionView,
  VenueView,
} from '../../../../shared/contract';
import { nextPendingItem, runningItem } from '../../../../shared/agenda/live';
import { moveItem } from '../../../../shared/agenda/order';
import { BUILT_IN_TEMPLATES } from '../../../../shared/agenda/templates';
import { computeTiming, sessionDayCount, venueTime } from '../../../../shared/agenda/timing';
import { instantToZoned, zonedToInstant } from '../../../../shared/time/zone';

/**
 * An in-memory stand-in for the session, venue, agenda and live parts of `window.parley`. Times
 * are computed with the same shared rules as main, so what the components show is what the app
 * would show; every method is a `vi.fn` for asserting calls or overriding one answer. It also
 * answers what the session view asks of other features: the roster by speaker code, a session's
 * notes (none: this fake keeps no notes) and the agenda PDF export (saved under main's file name).
 */

let ids = 0;
const uuid = () => `00000000-0000-4000-a000-${String(++ids).padStart(12, '0')}`;
const ok = <T>(value: T) => ({ ok: true as const, value });
const fail = (code: string, message: string) => ({ ok: false as const, error: { code: code as never, message } });

type RawItem = Omit<
  AgendaItemView,
  'position' | 'plannedStart' | 'plannedEnd' | 'localStart' | 'localEnd' | 'effectiveRegime'
>;

export interface SessionsFakeOptions {
  readonly dialogue: DialogueView;
  readonly now?: () => Date;
  readonly participants?: readonly { id: string; code: string; partyId: string }[];
}

export function createSessionsFake({ dialogue, now = () => new Date(), participants = [] }: SessionsFakeOptions) {
  let sessions: SessionView[] = [];
  const venues: VenueView[] = [];
  const items = new Map<string, RawItem[]>();
  const attendance = new Map<string, Map<string, AttendanceView['status']>>();
  const saved: AgendaTemplateView[] = [];

  const clockOf = (s: SessionView) => ({
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    timeZone: s.timeZone,
    dailyStartTime: s.dailyStartTime,
    dailyEndTime: s.dailyEndTime,
  });

  function agendaOf(sessionId: string): AgendaView {
    const s = sessions.find((x) => x.id === sessionId)!;
    const raw = items.get(sessionId) ?? [];
    const clock = clockOf(s);
    const timing = computeTiming(clock, raw, now());
    const viewItems = raw.map((item, position): AgendaItemView => {
      const t = timing.items[position]!;
      return {
        ...item,
        position,
        effectiveRegime: item.regime ?? s.regime,
        plannedStart: t.plannedStart,
        plannedEnd: t.plannedEnd,
        localStart: venueTime(t.plannedStart, clock),
        localEnd: venueTime(t.plannedEnd, clock),
      };
    });
    return {
      session: {
        id: s.id,
        dialogueId: s.dialogueId,
        number: s.number,
        title: s.title,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        timeZone: s.timeZone,
        dailyStartTime: s.dailyStartTime,
        dailyEndTime: s.dailyEndTime,
        regime: s.regime,
        venue: s.venue ? { id: s.venue.id, name: s.venue.name, city: s.venue.city, country: s.venue.country } : null,
      },
      dayCount: sessionDayCount(clock),
      days: timing.days,
      items: viewItems,
      warnings: timing.warnings,
      plannedMinutes: timing.plannedMinutes,
      runningItemId: runningItem(viewItems)?.id ?? null,
    };
  }

  function sessionView(
    fields: Partial<SessionView> & { startsAt: string; endsAt: string; timeZone: string },
  ): SessionView {
    const base: SessionView = {
      id: uuid(),
      dialogueId: dialogue.id,
      number: sessions.length + 1,
      title: '',
      startsAt: '',
      endsAt: '',
      timeZone: 'UTC',
      startsLocal: '',
      endsLocal: '',
      dailyStartTime: '09:00',
      dailyEndTime: '18:00',
      dayCount: 1,
      venue: null,
      objectives: '',
      regime: 'chatham-house',
      outcomeSummary: '',
      aftercareOn: null,
      itemCount: 0,
      plannedMinutes: 0,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const view = { ...base, ...fields };
    return {
      ...view,
      startsLocal: instantToZoned(view.startsAt, view.timeZone),
      endsLocal: instantToZoned(view.endsAt, view.timeZone),
      dayCount: sessionDayCount(clockOf(view)),
    };
  }

  /** Adds a session directly (times typed as venue-local). */
  function seedSession(input: { startsAt: string; endsAt: string; timeZone: string } & Partial<SessionView>) {
    const startsAt = zonedToInstant(input.startsAt, input.timeZone).instant.toISOString();
    const endsAt = zonedToInstant(input.endsAt, input.timeZone).instant.toISOString();
    const view = sessionView({ ...input, startsAt, endsAt });
    sessions.push(view);
    items.set(view.id, []);
    return view;
  }

  function seedItem(sessionId: string, fields: Partial<RawItem> & { title: string; plannedMinutes: number }) {
    const item: RawItem = {
      id: uuid(),
      sessionId,
      day: 0,
      kind: 'plenary',
      extraMinutes: 0,
      lead: { kind: 'none' },
      notes: '',
      topics: [],
      regime: null,
      caucusParty: null,
      actualStart: null,
      actualEnd: null,
      ...fields,
    };
    items.get(sessionId)!.push(item);
    return item;
  }

  function leadOf(
    lead: { kind: 'none' } | { kind: 'facilitator' } | { kind: 'participant'; participantId: string } | undefined,
  ): RawItem['lead'] {
    if (lead?.kind === 'participant') {
      const code = participants.find((p) => p.id === lead.participantId)?.code ?? null;
      return { kind: 'participant', participantId: lead.participantId, speakerCode: code };
    }
    return lead?.kind === 'facilitator' ? { kind: 'facilitator' } : { kind: 'none' };
  }

  const attendanceOf = (sessionId: string): AttendanceView[] =>
    participants.map((p) => ({
      participantId: p.id,
      partyId: p.partyId,
      speakerCode: p.code,
      pseudonym: null,
      status: attendance.get(sessionId)?.get(p.id) ?? null,
    }));

  const findItem = (id: string) => {
    for (const [sessionId, list] of items) {
      const index = list.findIndex((item) => item.id === id);
      if (index !== -1) return { sessionId, list, index };
    }
    return undefined;
  };

  const exists = (sessionId: string) => sessions.some((s) => s.id === sessionId);
  const missingSession = () => fail('SESSION_NOT_FOUND', 'That session no longer exists.');

  const rosterOf = (dialogueId: string): ParticipantSummary[] =>
    dialogueId !== dialogue.id
      ? []
      : participants.map((p) => ({
          id: p.id,
          dialogueId,
          partyId: p.partyId,
          speakerCode: p.code,
          pseudonym: '',
          realName: '',
          aliases: [],
          affiliation: '',
          affiliationSensitive: false,
          role: '',
          trackLevel: null,
          sector: null,
          status: 'confirmed',
          consent: { state: 'none', givenOn: null, scopes: null, withdrawnOn: null },
          linkCount: 0,
          purged: false,
          updatedAt: '2026-01-01T00:00:00.000Z',
        }));

  const api = {
    session: {
      list: vi.fn<ParleyApi['session']['list']>(async () =>
        ok([...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))),
      ),
      get: vi.fn<ParleyApi['session']['get']>(async ({ id }) => {
        const found = sessions.find((s) => s.id === id);
        return found ? ok(found) : fail('SESSION_NOT_FOUND', 'That session no longer exists.');
      }),
      create: vi.fn<ParleyApi['session']['create']>(async (input) => {
        const venue = venues.find((v) => v.id === input.venueId) ?? null;
        const zone = input.timeZone ?? venue?.timeZone;
        if (!zone) return fail('TIME_ZONE_REQUIRED', 'Choose a venue or the time zone the session’s times are in.');
        if (input.endsAt <= input.startsAt) {
          return fail('END_BEFORE_START', 'The session must end after it starts. Check the dates and times.');
        }
        const created = seedSession({
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          timeZone: zone,
          title: input.title ?? '',
          venue,
          ...(input.number ? { number: input.number } : {}),
          regime: input.regime ?? 'chatham-house',
        });
        return ok(created);
      }),
      update: vi.fn<ParleyApi['session']['update']>(async ({ id, ...changes }) => {
        const found = sessions.find((s) => s.id === id);
        if (!found) return fail('SESSION_NOT_FOUND', 'That session no longer exists.');
        const zone = changes.timeZone ?? found.timeZone;
        const updated = sessionView({
          ...found,
          ...(changes.title !== undefined ? { title: changes.title } : {}),
          ...(changes.regime ? { regime: changes.regime } : {}),
          timeZone: zone,
          startsAt: zonedToInstant(changes.startsAt ?? found.startsLocal, zone).instant.toISOString(),
          endsAt: zonedToInstant(changes.endsAt ?? found.endsLocal, zone).instant.toISOString(),
        });
        sessions = sessions.map((s) => (s.id === id ? updated : s));
        return ok(updated);
      }),
      delete: vi.fn<ParleyApi['session']['delete']>(async () => ok({ deleted: true as const })),
      attendance: vi.fn<ParleyApi['session']['attendance']>(async ({ sessionId }) => ok(attendanceOf(sessionId))),
      setAttendance: vi.fn<ParleyApi['session']['setAttendance']>(async ({ sessionId, entries }) => {
        const map = attendance.get(sessionId) ?? new Map();
        attendance.set(sessionId, map);
        for (const entry of entries) map.set(entry.participantId, entry.status);
        return ok(attendanceOf(sessionId));
      }),
    },
    venue: {
      list: vi.fn<ParleyApi['venue']['list']>(async () => ok([...venues])),
      get: vi.fn<ParleyApi['venue']['get']>(async ({ id }) => {
        const found = venues.find((v) => v.id === id);
        return found ? ok(found) : fail('VENUE_NOT_FOUND', 'That venue no longer exists.');
      }),
      create: vi.fn<ParleyApi['venue']['create']>(async (input) => {
        const venue: VenueView = {
          id: uuid(),
          dialogueId: input.dialogueId,
          name: input.name,
          city: input.city ?? '',
          country: input.country ?? '',
          timeZone: input.timeZone,
          suitability: input.suitability ?? '',
          comfortNotes: input.comfortNotes ?? '',
          discretionNotes: input.discretionNotes ?? '',
          separations: (input.separations ?? []).map((s) => ({
            kind: s.kind,
            partyId: s.partyId ?? null,
            note: s.note ?? '',
          })),
          sessionCount: 0,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        };
        venues.push(venue);
        return ok(venue);
      }),
      update: vi.fn<ParleyApi['venue']['update']>(async ({ id }) => ok(venues.find((v) => v.id === id)!)),
      delete: vi.fn<ParleyApi['venue']['delete']>(async () => ok({ deleted: true as const })),
    },
    agenda: {
      get: vi.fn<ParleyApi['agenda']['get']>(async ({ sessionId }) =>
        sessions.some((s) => s.id === sessionId)
          ? ok(agendaOf(sessionId))
          : fail('SESSION_NOT_FOUND', 'That session no longer exists.'),
      ),
      add: vi.fn<ParleyApi['agenda']['add']>(async (input) => {
        if (input.kind === 'caucus' && !input.caucusPartyId) {
          return fail('CAUCUS_PARTY_REQUIRED', 'A caucus meets with one party: choose which side it is with.');
        }
        const list = items.get(input.sessionId)!;
        const day = input.day ?? list.at(-1)?.day ?? 0;
        const party = dialogue.parties.find((p) => p.id === input.caucusPartyId);
        const item = seedItem(input.sessionId, {
          title: input.title.trim(),
          kind: input.kind,
          plannedMinutes: input.plannedMinutes,
          day,
          notes: input.notes ?? '',
          regime: input.regime ?? null,
          caucusParty: party ? { id: party.id, name: party.name } : null,
          lead: leadOf(input.lead),
          topics: (input.topics ?? []).map((title) => ({ id: uuid(), title })),
        });
        // Keep days in order, as main does: the new item closes its day.
        const ordered = [...list.filter((i) => i !== item)];
        const at = ordered.filter((i) => i.day <= day).length;
        ordered.splice(at, 0, item);
        items.set(input.sessionId, ordered);
        return ok({ itemId: item.id, agenda: agendaOf(input.sessionId) });
      }),
      update: vi.fn<ParleyApi['agenda']['update']>(async ({ id, ...changes }) => {
        const found = findItem(id);
        if (!found) return fail('AGENDA_ITEM_NOT_FOUND', 'That agenda item no longer exists.');
        const current = found.list[found.index]!;
        found.list[found.index] = {
          ...current,
          ...(changes.title !== undefined ? { title: changes.title } : {}),
          ...(changes.plannedMinutes !== undefined ? { plannedMinutes: changes.plannedMinutes } : {}),
          ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
          ...(changes.regime !== undefined ? { regime: changes.regime } : {}),
        };
        return ok(agendaOf(found.sessionId));
      }),
      delete: vi.fn<ParleyApi['agenda']['delete']>(async ({ id }) => {
        const found = findItem(id);
        if (!found) return fail('AGENDA_ITEM_NOT_FOUND', 'That agenda item no longer exists.');
        found.list.splice(found.index, 1);
        return ok(agendaOf(found.sessionId));
      }),
      move: vi.fn<ParleyApi['agenda']['move']>(async ({ id, toIndex, toDay }) => {
        const found = findItem(id);
        if (!found) return fail('AGENDA_ITEM_NOT_FOUND', 'That agenda item no longer exists.');
        items.set(found.sessionId, moveItem(found.list, id, toIndex, toDay, 30));
        return ok(agendaOf(found.sessionId));
      }),
      applyTemplate: vi.fn<ParleyApi['agenda']['applyTemplate']>(async ({ sessionId, templateId }) => {
        const template = [...BUILT_IN_TEMPLATES, ...saved].find((t) => t.id === templateId);
        if (!template) return fail('TEMPLATE_NOT_FOUND', 'That agenda template no longer exists.');
        const base = items.get(sessionId)!.at(-1)?.day ?? 0;
        for (const t of template.items) {
          seedItem(sessionId, {
            title: t.title,
            kind: t.kind,
            plannedMinutes: t.plannedMinutes,
            day: base + t.day,
            notes: t.notes,
          });
        }
        return ok(agendaOf(sessionId));
      }),
      saveTemplate: vi.fn<ParleyApi['agenda']['saveTemplate']>(async ({ sessionId, name }) => {
        const template: AgendaTemplateView = {
          id: uuid(),
          name,
          description: '',
          builtIn: false,
          items: (items.get(sessionId) ?? []).map((i) => ({
            day: i.day,
            kind: i.kind,
            title: i.title,
            plannedMinutes: i.plannedMinutes,
            lead: 'none',
            notes: i.notes,
            regime: i.regime,
            caucusPartyPosition: null,
          })),
        };
        saved.push(template);
        return ok(template);
      }),
      templates: vi.fn<ParleyApi['agenda']['templates']>(async () => ok([...BUILT_IN_TEMPLATES, ...saved])),
      deleteTemplate: vi.fn<ParleyApi['agenda']['deleteTemplate']>(async () => ok({ deleted: true as const })),
      topics: vi.fn<ParleyApi['agenda']['topics']>(async () => ok([])),
    },
    live: {
      start: vi.fn<ParleyApi['live']['start']>(async ({ sessionId, itemId }) => {
        const list = items.get(sessionId)!;
        const at = now().toISOString();
        const target = itemId ? list.find((i) => i.id === itemId) : nextPendingItem(list);
        if (!target) return fail('NOTHING_LEFT', 'Every item of this agenda has already been run.');
        for (const item of list) if (item.actualStart && !item.actualEnd) Object.assign(item, { actualEnd: at });
        Object.assign(target, { actualStart: at, actualEnd: null });
        return ok(agendaOf(sessionId));
      }),
      next: vi.fn<ParleyApi['live']['next']>(async ({ sessionId }) => {
        const list = items.get(sessionId)!;
        const at = now().toISOString();
        const next = nextPendingItem(list);
        for (const item of list) if (item.actualStart && !item.actualEnd) Object.assign(item, { actualEnd: at });
        if (next) Object.assign(next, { actualStart: at });
        return ok(agendaOf(sessionId));
      }),
      extend: vi.fn<ParleyApi['live']['extend']>(async ({ itemId, minutes }) => {
        const found = findItem(itemId)!;
        const item = found.list[found.index]!;
        found.list[found.index] = { ...item, extraMinutes: item.extraMinutes + minutes };
        return ok(agendaOf(found.sessionId));
      }),
      finish: vi.fn<ParleyApi['live']['finish']>(async ({ sessionId }) => {
        const at = now().toISOString();
        for (const item of items.get(sessionId)!)
          if (item.actualStart && !item.actualEnd) Object.assign(item, { actualEnd: at });
        return ok(agendaOf(sessionId));
      }),
      clear: vi.fn<ParleyApi['live']['clear']>(async ({ itemId }) => {
        const found = findItem(itemId)!;
        found.list[found.index] = { ...found.list[found.index]!, actualStart: null, actualEnd: null, extraMinutes: 0 };
        return ok(agendaOf(found.sessionId));
      }),
      correct: vi.fn<ParleyApi['live']['correct']>(async ({ itemId, actualStart, actualEnd }) => {
        const found = findItem(itemId)!;
        const zone = sessions.find((x) => x.id === found.sessionId)!.timeZone;
        const instant = (local: string) => zonedToInstant(local, zone).instant.toISOString();
        if (actualEnd !== null && instant(actualEnd) <= instant(actualStart)) {
          return fail('ACTUAL_TIMES_INVALID', 'The end must come after the start. Nothing was changed.');
        }
        found.list[found.index] = {
          ...found.list[found.index]!,
          actualStart: instant(actualStart),
          actualEnd: actualEnd === null ? null : instant(actualEnd),
        };
        return ok(agendaOf(found.sessionId));
      }),
      reset: vi.fn<ParleyApi['live']['reset']>(async ({ sessionId }) => {
        const list = items.get(sessionId)!;
        list.forEach((item, index) => {
          list[index] = { ...item, actualStart: null, actualEnd: null, extraMinutes: 0 };
        });
        return ok(agendaOf(sessionId));
      }),
    },
    participant: {
      list: vi.fn<ParleyApi['participant']['list']>(async ({ dialogueId }) => ok(rosterOf(dialogueId))),
    },
    note: {
      list: vi.fn<ParleyApi['note']['list']>(async ({ sessionId }) => (exists(sessionId) ? ok([]) : missingSession())),
    },
    // Exercise runs (none: this fake plans no exercises) and their progress for the session list.
    exerciseRun: {
      forSession: vi.fn<ParleyApi['exerciseRun']['forSession']>(async ({ sessionId }) =>
        exists(sessionId) ? ok([]) : missingSession(),
      ),
      progress: vi.fn<ParleyApi['exerciseRun']['progress']>(async () => ok([])),
    },
    export: {
      // As main names it (code name, session number, "agenda"); a page per dozen items or so.
      agendaPdf: vi.fn<ParleyApi['export']['agendaPdf']>(async ({ sessionId }) => {
        const s = sessions.find((x) => x.id === sessionId);
        if (!s) return missingSession();
        const count = items.get(sessionId)?.length ?? 0;
        return ok({
          saved: true as const,
          fileName: `${dialogue.codeName}-session-${s.number}-agenda.pdf`,
          pages: Math.max(1, Math.ceil(count / 12)),
          bytes: 24_000 + count * 1_200,
        });
      }),
    },
    safePhrase: {
      add: vi.fn<ParleyApi['safePhrase']['add']>(async ({ dialogueId, phrase }) =>
        ok({ id: '00000000-0000-4000-8000-00000000aaaa', dialogueId, phrase, createdAt: '2026-05-01T08:00:00.000Z' }),
      ),
    },
  };

  return {
    api: api as unknown as ParleyApi & typeof api,
    seedSession,
    seedItem,
    agendaOf,
    get venues(): readonly VenueView[] {
      return venues;
    },
    items: (sessionId: string) => items.get(sessionId) ?? [],
  };
}

export type SessionsFake = ReturnType<typeof createSessionsFake>;
