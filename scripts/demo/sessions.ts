import type { AgendaView, DialogueView } from '../../shared/contract';
import { REGIME_LABELS } from '../../shared/domain/session';
import type { DemoContext, DemoStep } from './steps';

/**
 * Three sessions of the fictional Cedar dialogue: a first exploratory day, the two-day Kelman
 * workshop at a retreat house in another time zone (Side B asked for its own briefing room), and
 * a Sustained Dialogue day still to come. Places and houses are invented.
 */
export const sessionsStep: DemoStep = {
  name: 'sessions',
  async run({ call, dialogues }: DemoContext) {
    const cedar: DialogueView | undefined = dialogues.get('Cedar');
    if (!cedar) return [];
    const [north, south] = cedar.parties;
    const lines: string[] = [];

    const guesthouse = await call('venue.create', {
      dialogueId: cedar.id,
      name: 'Old Mill guesthouse',
      city: 'Harrowgate Cross',
      country: 'Meridia (fictional)',
      timeZone: 'Europe/Lisbon',
      suitability: 'Half a day’s drive for both delegations; neither side’s flag flies within fifty kilometres.',
      comfortNotes: 'Small, family-run; twelve rooms; vegetarian and halal kitchen.',
      discretionNotes: 'Booked as a university reading group.',
      separations: [{ kind: 'dining', note: 'Two tables at breakfast, one at dinner once both sides agree.' }],
    });
    const retreat = await call('venue.create', {
      dialogueId: cedar.id,
      name: 'Stillwater retreat house',
      city: 'Alder Vale',
      country: 'Osterland (fictional)',
      timeZone: 'Asia/Tbilisi',
      suitability:
        'A third country both delegations can enter without visas; the house hosts no other guests that week.',
      comfortNotes: 'Garden for walk-and-talk; quiet rooms; interpreters’ booth.',
      discretionNotes: 'No guest list kept at reception; arrivals staggered over the afternoon.',
      separations: [
        { kind: 'briefing-room', partyId: south?.id ?? null, note: 'Side B briefs its delegation in the library.' },
        { kind: 'entrance', partyId: north?.id ?? null, note: 'Side A arrives by the garden gate.' },
      ],
    });

    const first = await call('session.create', {
      dialogueId: cedar.id,
      number: 1,
      title: 'First meeting: listening day',
      startsAt: '2024-05-16T09:30',
      endsAt: '2024-05-16T21:00',
      venueId: guesthouse.id,
      objectives: 'Let each delegation meet the other over a shared meal before any substance.',
      outcomeSummary:
        'Both delegations agreed to meet again for two days. The river was named by both as the first issue.',
      aftercareOn: '2024-06-03',
    });
    await call('agenda.applyTemplate', { sessionId: first.id, templateId: 'builtin:retreat-day' });
    lines.push(describe(first.number, first.title, 'plain retreat day', guesthouse.name));

    const second = await call('session.create', {
      dialogueId: cedar.id,
      number: 2,
      title: 'Problem-solving workshop',
      startsAt: '2024-09-12T09:00',
      endsAt: '2024-09-13T17:30',
      venueId: retreat.id,
      dailyStartTime: '09:00',
      dailyEndTime: '21:00',
      objectives: 'Move from needs and fears to ideas both sides could defend at home.',
      regime: 'chatham-house-plus',
      aftercareOn: '2024-10-01',
    });
    // The Kelman workshop, with the topics of joint thinking and a caucus on day two.
    let agenda: AgendaView = await call('agenda.applyTemplate', { sessionId: second.id, templateId: 'builtin:kelman' });
    const water = agenda.items.find((item) => item.title.startsWith('Joint thinking'));
    if (water) {
      await call('agenda.update', { id: water.id, topics: ['Water sharing', 'Grazing rights'], plannedMinutes: 105 });
    }
    if (north) {
      const lunch = agenda.items.filter((item) => item.day === 1).findIndex((item) => item.kind === 'meal');
      const dayTwoStart = agenda.items.findIndex((item) => item.day === 1);
      await call('agenda.add', {
        sessionId: second.id,
        kind: 'caucus',
        title: 'Caucus with the northern delegation',
        plannedMinutes: 30,
        day: 1,
        index: dayTwoStart + Math.max(lunch, 0) + 1,
        caucusPartyId: north.id,
        lead: { kind: 'facilitator' },
        regime: 'off-the-record',
      });
    }
    agenda = await call('agenda.get', { sessionId: second.id });
    lines.push(
      describe(
        second.number,
        second.title,
        `Kelman workshop, ${agenda.items.length} items over two days`,
        retreat.name,
      ) + ` — ${REGIME_LABELS[second.regime]}, times in ${second.timeZone}`,
    );

    const third = await call('session.create', {
      dialogueId: cedar.id,
      number: 3,
      title: 'Scenario-building day',
      startsAt: '2025-02-20T09:00',
      endsAt: '2025-02-20T17:30',
      venueId: retreat.id,
      objectives: 'Work through Sustained Dialogue’s stages toward a joint basin commission.',
    });
    await call('agenda.applyTemplate', { sessionId: third.id, templateId: 'builtin:sustained-dialogue' });
    lines.push(describe(third.number, third.title, 'Sustained Dialogue’s five stages', retreat.name));
    return lines;
  },
};

const describe = (number: number, title: string, agenda: string, venue: string) =>
  `Cedar session ${number}: “${title}” at ${venue} (${agenda})`;
