import { BUDGETS } from './budgets';
import { pick, type Suite } from './suites/context';
import type { SeedStep } from './workload';

/**
 * The roster at DESIGN.md's size: one dialogue with 1,000 participants (two sides and a
 * facilitation team), each with aliases, half with a consent, a third with decision-maker links.
 * Measures the list (grouped, sorted), the workspace-side filter, the renderer's in-memory filter,
 * one participant's detail and the influence map. Registered with the harness by
 * `rosterSeed` (in SEED_STEPS) and `rosterSuite` (in SUITES).
 */

export const ROSTER_SIZE = 1_000;

/** What the seed made, for the suite (the shared Generated record has no roster fields). */
const made = { dialogueId: '', participantIds: [] as string[] };

const GIVEN = ['Salim', 'Layla', 'Dov', 'Ruth', 'Ali', 'Noura', 'Yusuf', 'Miriam', 'Omar', 'Tamar', 'Karim', 'Zoë'];
const FAMILY = ['Ḥaddād', 'Nasser', 'Peretz', 'Cohen', 'Moḥammadī', 'Khalil', 'Levi', 'ʿAbbās', 'Øster', 'Mizrahi'];
const MINISTERS = Array.from({ length: 40 }, (_, i) => `Decision maker ${i + 1}`);

export const rosterSeed: SeedStep = {
  name: `roster (${ROSTER_SIZE} participants)`,
  async run({ call }) {
    const dialogue = await call('dialogue.create', {
      codeName: 'Bench roster',
      parties: [{ name: 'Side A' }, { name: 'Side B' }, { name: 'Facilitation team', kind: 'facilitation' }],
    });
    made.dialogueId = dialogue.id;
    for (let i = 0; i < ROSTER_SIZE; i++) {
      const party = dialogue.parties[i % 20 === 0 ? 2 : i % 2]!;
      const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]} ${i}`;
      const participant = await call('participant.create', {
        dialogueId: dialogue.id,
        partyId: party.id,
        realName: name,
        aliases: [
          { alias: `${name} (spelling ${i})`, kind: 'spelling' },
          { alias: `Abu ${i}`, kind: 'nickname' },
        ],
        affiliation: `Institute ${i % 50}`,
        affiliationSensitive: i % 10 === 0,
        role: 'Synthetic participant',
        trackLevel: (['1', '1.5', '2', '3'] as const)[i % 4]!,
        contacts: { email: `p${i}@example.org`, phone: `+1 555 ${String(i).padStart(4, '0')}` },
        links:
          i % 3 === 0
            ? [
                { decisionMaker: MINISTERS[i % MINISTERS.length]!, closeness: 'direct', channel: 'informal' },
                { decisionMaker: MINISTERS[(i + 7) % MINISTERS.length]!, closeness: 'one-step', channel: 'formal' },
              ]
            : [],
        status: (['prospect', 'invited', 'confirmed', 'declined'] as const)[i % 4]!,
      });
      if (i % 2 === 0) {
        await call('participant.recordConsent', {
          participantId: participant.id,
          givenOn: '2026-01-15',
          scopes: { notes: true, quotes: i % 4 === 0, attribution: false, photos: false },
        });
      }
      made.participantIds.push(participant.id);
    }
  },
};

const FILTERS = ['haddad', 'b12', 'salim abbas', 'abu 4', 'participant a3', 'oster', 'noura 99', 'x'];

export const rosterSuite: Suite = (suite, { call }) => {
  suite.bench('participant.list (1,000, by party)', () => call('participant.list', { dialogueId: made.dialogueId }), {
    runs: 100,
    budget: BUDGETS.read,
  });
  suite.bench(
    'participant.list (1,000, sorted by name)',
    () => call('participant.list', { dialogueId: made.dialogueId, sort: 'name' }),
    { runs: 100, budget: BUDGETS.read },
  );
  suite.bench(
    'participant.list (1,000, filtered in the workspace)',
    (run) => call('participant.list', { dialogueId: made.dialogueId, filter: pick(FILTERS, run) }),
    { runs: 200, budget: BUDGETS.read },
  );

  // The roster page asks main as the facilitator types (debounced); under the privacy screen the
  // filter looks at pseudonyms and codes only.
  suite.bench(
    'participant.list (1,000, filtered, privacy screen on)',
    (run) =>
      call('participant.list', { dialogueId: made.dialogueId, filter: pick(FILTERS, run), searchIdentities: false }),
    { runs: 200, budget: BUDGETS.read },
  );
  suite.bench('participant.names (1,000)', () => call('participant.names', { dialogueId: made.dialogueId }), {
    runs: 100,
    budget: BUDGETS.read,
  });
  suite.bench(
    'participant.identity (one, revealed)',
    (run) =>
      call('participant.identity', { id: pick(made.participantIds, run), parts: ['names', 'contacts', 'risks'] }),
    { runs: 300, budget: BUDGETS.read },
  );

  suite.bench('participant.get', (run) => call('participant.get', { id: pick(made.participantIds, run) }), {
    runs: 300,
    budget: BUDGETS.read,
  });
  suite.bench(
    'participant.influenceMap (1,000)',
    () => call('participant.influenceMap', { dialogueId: made.dialogueId }),
    {
      runs: 100,
      budget: BUDGETS.read,
    },
  );
  suite.bench(
    'participant.update',
    (run) => call('participant.update', { id: pick(made.participantIds, run), role: `Synthetic participant ${run}` }),
    { runs: 200, budget: BUDGETS.save },
  );
};
