import type { ExerciseView, OvertonBoardView, TrustBoardView } from '../../shared/contract';
import { overtonChartData } from '../../shared/charts/overton-data';
import { trustChartData } from '../../shared/charts/trust-data';
import { EXERCISE_STAGES, type ExerciseFlag } from '../../shared/domain/exercise';
import { OVERTON_LEVELS, TRUST_INDICATORS } from '../../shared/domain/trust';
import { filterLibrary, indexLibrary, NO_FILTER, type LibraryFilter } from '../../shared/exercises/filter';
import { BUDGETS } from './budgets';
import { standaloneWhenRun } from './standalone';
import { pick, type Suite } from './suites/context';
import type { SeedStep } from './workload';

/**
 * Trust-building at the size of issue 9's budgets: the library with 200 of the facilitator's own
 * exercises beside the built-ins (filtered in the page per keystroke: one frame), and one dialogue
 * with 50 sessions, a trust reading per session and 30 options on 3 topics placed for both sides at
 * every session (3,000 placements) — read through the registry and turned into chart data, as the
 * Trust and Overton tabs do, p95 ≤ 20 ms. Also a session's exercise runs, and a tick.
 */

export const TRUST_WORKLOAD = { customExercises: 200, sessions: 50, options: 30, topics: 3 } as const;

const made = { dialogueId: '', sessionIds: [] as string[], runIds: [] as string[] };

export const trustBuildingSeed: SeedStep = {
  name: `trust-building (${TRUST_WORKLOAD.sessions} sessions × ${TRUST_WORKLOAD.options} options)`,
  async run({ call }) {
    for (let i = 0; i < TRUST_WORKLOAD.customExercises; i++) {
      await call('exercise.create', {
        name: `Synthetic exercise ${i} — ${['Ḥiwār', 'circle', 'Gespräch', 'walk', 'دائرة'][i % 5]}`,
        purpose: `Synthetic purpose ${i}: listening across sides, trust and options.`,
        stage: EXERCISE_STAGES[i % EXERCISE_STAGES.length]!,
        minMinutes: 15 + (i % 6) * 15,
        maxMinutes: 30 + (i % 6) * 20,
        minPeople: 2 + (i % 4),
        maxPeople: i % 3 === 0 ? null : 20 + (i % 100),
        materials: 'Paper, pens',
        flags: i % 2 === 0 ? [{ flag: 'personal-sharing', caution: 'Anyone may pass.' }] : [],
        steps: { prepare: ['Prepare the room'], room: ['Explain', 'Listen'], aftercare: ['Check in'] },
      });
    }
    const dialogue = await call('dialogue.create', {
      codeName: 'Bench trust',
      parties: [{ name: 'Side A' }, { name: 'Side B' }, { name: 'Facilitation team', kind: 'facilitation' }],
    });
    made.dialogueId = dialogue.id;
    const [a, b] = dialogue.parties;
    for (let i = 0; i < TRUST_WORKLOAD.sessions; i++) {
      const month = String((i % 12) + 1).padStart(2, '0');
      const session = await call('session.create', {
        dialogueId: dialogue.id,
        number: i + 1,
        startsAt: `${2020 + Math.floor(i / 12)}-${month}-10T09:00`,
        endsAt: `${2020 + Math.floor(i / 12)}-${month}-10T17:00`,
        timeZone: 'Europe/Vienna',
      });
      made.sessionIds.push(session.id);
      await call('trust.record', {
        sessionId: session.id,
        partyAId: a!.id,
        partyBId: b!.id,
        rating: ((i % 5) - 2) as -2 | -1 | 0 | 1 | 2,
        indicators: TRUST_INDICATORS.filter((_, k) => (i + k) % 3 === 0),
        rationale: `Reading ${i}`,
      });
      const { run } = await call('exercise.addToAgenda', {
        exerciseId: 'builtin:hopes-and-fears',
        sessionId: session.id,
      });
      made.runIds.push(run.id);
    }
    const topics = [];
    for (let t = 0; t < TRUST_WORKLOAD.topics; t++) {
      topics.push(await call('overton.addTopic', { dialogueId: dialogue.id, title: `Synthetic topic ${t}` }));
    }
    for (let o = 0; o < TRUST_WORKLOAD.options; o++) {
      const option = await call('overton.addOption', {
        dialogueId: dialogue.id,
        topicId: topics[o % topics.length]!.id,
        title: `Synthetic option ${o}`,
      });
      for (const [s, sessionId] of made.sessionIds.entries()) {
        for (const [p, party] of [a!, b!].entries()) {
          await call('overton.place', {
            optionId: option.id,
            sessionId,
            partyId: party.id,
            level: OVERTON_LEVELS[Math.min(OVERTON_LEVELS.length - 1, Math.floor((s + o + p) / 12))]!,
          });
        }
      }
    }
  },
};

/** What a facilitator types and ticks while browsing the library, one keystroke per run. */
const FILTERS: readonly LibraryFilter[] = [
  { ...NO_FILTER, text: 'h' },
  { ...NO_FILTER, text: 'ho' },
  { ...NO_FILTER, text: 'hopes' },
  { ...NO_FILTER, text: 'hiwar' },
  { ...NO_FILTER, stage: 'deepening', maxMinutes: 60 },
  { ...NO_FILTER, text: 'walk', groupSize: 12 },
  { ...NO_FILTER, withoutFlags: ['personal-sharing', 'retraumatising'] as ExerciseFlag[] },
  { ...NO_FILTER, text: 'دائرة', stage: 'closing' },
];

export const trustBuildingSuite: Suite = (bench, { call }) => {
  let library: ReturnType<typeof indexLibrary> = [];
  bench.bench(
    'exercise.list (library with 200 custom exercises)',
    async () => {
      const exercises: readonly ExerciseView[] = await call('exercise.list', {});
      library = indexLibrary(exercises);
      return exercises.length;
    },
    { runs: 100, budget: BUDGETS.read },
  );
  bench.bench(
    'library filter in the renderer (per keystroke)',
    (run) => filterLibrary(library, FILTERS[Math.abs(run) % FILTERS.length]!).length,
    {
      runs: 500,
      budget: { stat: 'p95', ms: 16, source: 'one animation frame (60 Hz): the filter must not drop a frame' },
    },
  );
  bench.bench(
    'trust chart data (50 sessions, board + chart data)',
    async () => {
      const board: TrustBoardView = await call('trust.board', { dialogueId: made.dialogueId });
      return trustChartData(board).series.length;
    },
    { runs: 200, budget: { stat: 'p95', ms: 20, source: 'issue 9: trust and Overton chart data p95 ≤ 20 ms' } },
  );
  bench.bench(
    'Overton chart data (50 sessions × 30 options, board + chart data)',
    async () => {
      const board: OvertonBoardView = await call('overton.board', { dialogueId: made.dialogueId });
      return overtonChartData(board).rows.length;
    },
    { runs: 200, budget: { stat: 'p95', ms: 20, source: 'issue 9: trust and Overton chart data p95 ≤ 20 ms' } },
  );
  bench.bench(
    'exerciseRun.forSession',
    (run) => call('exerciseRun.forSession', { sessionId: pick(made.sessionIds, run) }),
    { runs: 200, budget: BUDGETS.read },
  );
  bench.bench(
    'exerciseRun.tick',
    (run) =>
      call('exerciseRun.tick', {
        runId: pick(made.runIds, run),
        phase: 'room',
        position: Math.abs(run) % 6,
        done: Math.floor(Math.abs(run) / made.runIds.length) % 2 === 0,
      }),
    { runs: 200, budget: BUDGETS.save },
  );
};

// --- Standalone ---------------------------------------------------------------------------------

standaloneWhenRun(import.meta.url, () => ({
  name: 'trust-building',
  workload: () => TRUST_WORKLOAD,
  seed: async (client) => {
    await trustBuildingSeed.run({ client, call: client.call, generated: { dialogueIds: [] } });
    return [made.dialogueId];
  },
  suite: trustBuildingSuite,
}));
