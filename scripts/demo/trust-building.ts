import { randomUUID } from 'node:crypto';
import type { ExerciseRunView, SessionView } from '../../shared/contract';
import type { ChecklistPhase } from '../../shared/domain/exercise';
import { formatTrustRating, type OvertonLevel, type TrustIndicator } from '../../shared/domain/trust';
import type { DemoContext, DemoStep } from './steps';

/**
 * Trust-building in the fictional Cedar process: an exercise in each of its three sessions with
 * its checklist ticked (the last one not yet finished), trust between the delegations read at each
 * session — rising, with a setback at the third after bad news from home — two topics whose
 * options move (the joint basin commission goes from unthinkable to sensible for the southern
 * delegation), a custom exercise of the team's own, and after-care check-ins, one of them overdue.
 */

interface PlannedRun {
  readonly session: number;
  readonly exercise: string;
  readonly day?: number;
  /** How many steps of each part are ticked, in order. */
  readonly ticked: Readonly<Record<ChecklistPhase, number>>;
  readonly landed?: 1 | 2 | 3 | 4 | 5;
  readonly word?: string;
  /** Taking part and passing, per side in the dialogue's order. */
  readonly counts?: readonly (readonly [number, number])[];
  readonly observations?: readonly string[];
}

const RUNS: readonly PlannedRun[] = [
  {
    session: 1,
    exercise: 'builtin:shared-meal',
    ticked: { prepare: 4, room: 3, aftercare: 2 },
    landed: 4,
    word: 'thawing',
    counts: [
      [5, 0],
      [4, 1],
    ],
    observations: [
      'Two tables at first; by dessert the engineer and a southern delegate were comparing grandchildren.',
    ],
  },
  {
    session: 1,
    exercise: 'builtin:hopes-and-fears',
    ticked: { prepare: 4, room: 6, aftercare: 3 },
    landed: 3,
    word: 'guarded',
    counts: [
      [5, 1],
      [4, 2],
    ],
    observations: [
      'Both sides wrote a fear about their children leaving the valley. Silence when the two cards were read one after the other.',
      'جانب الشمال كتب عن الخوف من العطش؛ جانب الجنوب عن الخوف من السدود.',
    ],
  },
  {
    session: 2,
    exercise: 'builtin:personal-narratives',
    day: 0,
    ticked: { prepare: 5, room: 5, aftercare: 4 },
    landed: 5,
    word: 'raw',
    counts: [
      [3, 2],
      [3, 1],
    ],
    observations: [
      'Three stories from each side. A southern delegate spoke of the 1998 flood; the room stood when she finished. Check in with her.',
    ],
  },
  {
    session: 2,
    exercise: 'builtin:walk-and-talk',
    day: 0,
    ticked: { prepare: 4, room: 4, aftercare: 2 },
    landed: 4,
    counts: [
      [5, 0],
      [5, 0],
    ],
  },
  {
    session: 3,
    exercise: 'builtin:root-cause-tree',
    ticked: { prepare: 4, room: 3, aftercare: 0 },
    landed: 3,
    word: 'tense but working',
    counts: [
      [5, 0],
      [4, 0],
    ],
    observations: ['Every tree had “upstream dams” and “no shared gauges” among its roots.'],
  },
];

const READINGS: readonly {
  readonly session: number;
  readonly rating: -2 | -1 | 0 | 1 | 2;
  readonly indicators: readonly TrustIndicator[];
  readonly rationale: string;
}[] = [
  { session: 1, rating: -1, indicators: [], rationale: 'Polite, formal, separate tables at breakfast.' },
  {
    session: 2,
    rating: 1,
    indicators: ['informal-contact', 'humour', 'first-names', 'joint-proposals'],
    rationale: 'Walks in mixed pairs; first names at dinner; the commission idea came from both sides.',
  },
  {
    session: 3,
    rating: 0,
    indicators: ['hostile-incident', 'joint-proposals'],
    rationale:
      'News of a shooting at the border the night before; a sharp exchange in the morning, work resumed after lunch.',
  },
];

type Placements = Readonly<Record<number, readonly [OvertonLevel | null, OvertonLevel | null]>>;

const TOPICS: readonly {
  readonly title: string;
  readonly options: readonly { readonly title: string; readonly raisedAt: number; readonly placed: Placements }[];
}[] = [
  {
    title: 'Water sharing',
    options: [
      {
        title: 'A joint basin commission with a rotating chair',
        raisedAt: 1,
        placed: {
          1: ['acceptable', 'unthinkable'],
          2: ['acceptable', 'radical'],
          3: ['sensible', 'sensible'],
        },
      },
      {
        title: 'International custodianship of the upper dams',
        raisedAt: 1,
        placed: {
          1: ['unthinkable', 'popular'],
          2: ['unthinkable', 'popular'],
          3: ['unthinkable', 'sensible'],
        },
      },
    ],
  },
  {
    title: 'Grazing rights',
    options: [
      {
        title: 'Seasonal grazing corridors',
        raisedAt: 2,
        placed: {
          2: ['radical', 'acceptable'],
          3: ['acceptable', 'sensible'],
        },
      },
      {
        title: 'مراعٍ مشتركة في الوادي الأعلى',
        raisedAt: 2,
        placed: {
          2: ['radical', null],
          3: ['acceptable', 'radical'],
        },
      },
    ],
  },
];

export const trustBuildingStep: DemoStep = {
  name: 'trust-building',
  async run({ call, dialogues }: DemoContext) {
    const cedar = dialogues.get('Cedar');
    if (!cedar) return [];
    const lines: string[] = [];
    const sides = cedar.parties.filter((party) => party.kind === 'side');
    const sessions = new Map<number, SessionView>(
      (await call('session.list', { dialogueId: cedar.id })).map((session) => [session.number, session]),
    );

    // Exercise runs, their checklists ticked part by part, counts and observations.
    for (const planned of RUNS) {
      const session = sessions.get(planned.session);
      if (!session) continue;
      const { run } = await call('exercise.addToAgenda', {
        exerciseId: planned.exercise,
        sessionId: session.id,
        ...(planned.day !== undefined ? { day: planned.day } : {}),
      });
      let ticked: ExerciseRunView = run;
      for (const phase of ['prepare', 'room', 'aftercare'] as const) {
        const steps = run.steps.filter((step) => step.phase === phase).slice(0, planned.ticked[phase]);
        for (const step of steps) {
          ticked = await call('exerciseRun.tick', { runId: run.id, phase, position: step.position, done: true });
        }
      }
      await call('exerciseRun.record', {
        runId: run.id,
        ...(planned.landed ? { landed: planned.landed } : {}),
        ...(planned.word ? { landedWord: planned.word } : {}),
        ...(planned.counts
          ? {
              counts: planned.counts.flatMap(([tookPart, optedOut], index) =>
                sides[index] ? [{ partyId: sides[index].id, tookPart, optedOut }] : [],
              ),
            }
          : {}),
      });
      for (const body of planned.observations ?? []) {
        await call('exerciseRun.saveObservation', { id: randomUUID(), runId: run.id, body });
      }
      lines.push(
        `Cedar session ${planned.session}: exercise “${run.exercise.name}”, checklist ${ticked.progress.done}/${ticked.progress.total}`,
      );
    }

    // A custom exercise of the team's own, adapted from a built-in.
    const own = await call('exercise.duplicate', {
      id: 'builtin:check-in-round',
      name: 'Morning check-in with the river stone',
    });
    lines.push(`exercise library: “${own.name}” (the team's own, adapted from a built-in)`);

    // Trust between the two delegations, session by session.
    if (sides.length >= 2) {
      for (const reading of READINGS) {
        const session = sessions.get(reading.session);
        if (!session) continue;
        await call('trust.record', {
          sessionId: session.id,
          partyAId: sides[0]!.id,
          partyBId: sides[1]!.id,
          rating: reading.rating,
          indicators: [...reading.indicators],
          rationale: reading.rationale,
        });
      }
      lines.push(`Cedar trust readings: ${READINGS.map((r) => formatTrustRating(r.rating)).join(' → ')}`);
    }

    // Options on two topics, placed per side at each session.
    for (const topic of TOPICS) {
      const made = await call('overton.addTopic', { dialogueId: cedar.id, title: topic.title });
      for (const option of topic.options) {
        const added = await call('overton.addOption', {
          dialogueId: cedar.id,
          topicId: made.id,
          title: option.title,
          sessionId: sessions.get(option.raisedAt)?.id ?? null,
        });
        for (const [number, levels] of Object.entries(option.placed)) {
          const session = sessions.get(Number(number));
          if (!session) continue;
          for (const [index, level] of levels.entries()) {
            if (level === null || !sides[index]) continue;
            await call('overton.place', { optionId: added.id, sessionId: session.id, partyId: sides[index].id, level });
          }
        }
      }
      lines.push(`Cedar Overton window: “${topic.title}”, ${topic.options.length} options placed across sessions`);
    }

    // After-care: a check-in done after session 2, and one after session 3 that is overdue.
    const people = (await call('participant.list', { dialogueId: cedar.id, includePurged: false })).filter(
      (person) => person.speakerCode !== null,
    );
    const southern = people.find((person) => person.partyId === sides[1]?.id) ?? people[0];
    const northern = people.find((person) => person.partyId === sides[0]?.id) ?? people[1];
    if (southern && sessions.get(2)) {
      await call('aftercare.save', {
        id: randomUUID(),
        dialogueId: cedar.id,
        participantId: southern.id,
        sessionId: sessions.get(2)!.id,
        dueOn: '2024-10-01',
        doneOn: '2024-09-30',
        channel: 'phone',
        concern: 'Told the flood story for the first time in public; slept badly the first night.',
        followUp: 'Offered a call before the next round; she would like to tell it again, shorter.',
      });
    }
    if (northern && sessions.get(3)) {
      await call('aftercare.save', {
        id: randomUUID(),
        dialogueId: cedar.id,
        participantId: northern.id,
        sessionId: sessions.get(3)!.id,
        dueOn: '2025-03-06',
        channel: 'secure-message',
        concern: 'Questioned by his ministry about the trip after the border incident.',
      });
      lines.push(`Cedar after-care: a check-in with ${northern.speakerCode} after session 3 is overdue`);
    }
    return lines;
  },
};
