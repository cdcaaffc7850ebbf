// Agreement drafting at DESIGN.md's scale: a 300-clause draft with 200 numbered versions, then
// compare, save version, the working copy's read and autosave, the overview's warnings and the
// draft PDF, all through the registry against the budgets.
//
// Two ways to run it:
//   - standalone: `npx tsx test/bench/agreements.ts` builds its own workspace in a temp folder and
//     prints the results as JSON;
//   - inside `npm run bench`: `agreementsSeed` and `agreementsSuite` plug into SEED_STEPS and SUITES.
import { randomUUID } from 'node:crypto';
import { type Client } from '../../main/cli/client';
import { BUDGETS } from './budgets';
import type { Suite } from './suites/context';
import type { SeedStep } from './workload';
import { standaloneWhenRun } from './standalone';

export const AGREEMENTS_WORKLOAD = { clauses: 300, versions: 200, editsPerVersion: 3 } as const;

const generated = { dialogueId: '', draftId: '', clauseIds: [] as string[] };

/** Clause text shaped like a treaty article: a sentence or three, brackets and options in some. */
function clauseText(index: number, revision: number): string {
  const subject = ['The parties', 'The joint board', 'Each side', 'The commission', 'The technical teams'][index % 5]!;
  const verb = ['shall', 'may', 'undertake to', 'agree to', 'will'][(index + revision) % 5]!;
  const object = `review the allocation of water from source ${index} in season ${revision % 4}`;
  const bracket = index % 3 === 0 ? ` [within ${30 + (revision % 5) * 15} days]` : '';
  const options =
    index % 10 === 0
      ? ` by [Option 1: a joint board [with a rotating chair]][Option 2: an international custodian]`
      : '';
  return `${subject} ${verb} ${object}${bracket}${options}. Records of clause ${index} are kept in both languages and shared with the observers named in the annex.`;
}

async function seedAgreements(call: Client['call'], progress: (line: string) => void = () => undefined) {
  const dialogue = await call('dialogue.create', {
    codeName: `Bench agreements ${randomUUID().slice(0, 8)}`,
    parties: [{ name: 'North' }, { name: 'South' }, { name: 'Team', kind: 'facilitation' }],
  });
  generated.dialogueId = dialogue.id;
  const draft = await call('draft.create', {
    dialogueId: dialogue.id,
    title: 'Framework on the shared basin',
    stage: 'framework-comprehensive',
  });
  generated.draftId = draft.id;
  let after: string | null = null;
  for (let i = 0; i < AGREEMENTS_WORKLOAD.clauses; i++) {
    const id = randomUUID();
    await call('clause.add', {
      draftId: draft.id,
      id,
      afterClauseId: after,
      depth: i % 4 === 0 ? 0 : 1,
      text: clauseText(i, 0),
    });
    generated.clauseIds.push(id);
    after = id;
  }
  const [north, south] = dialogue.parties;
  for (const [index, id] of generated.clauseIds.entries()) {
    if (index % 2 === 0) await call('stance.set', { clauseId: id, partyId: north!.id, stance: 'accepts' });
    if (index % 3 === 0) {
      await call('stance.set', {
        clauseId: id,
        partyId: south!.id,
        stance: 'reservation',
        rationale: `Concern ${index}`,
      });
    }
  }
  // 200 versions, each a few clauses reworded and, every tenth, a clause moved.
  for (let v = 1; v <= AGREEMENTS_WORKLOAD.versions; v++) {
    for (let e = 0; e < AGREEMENTS_WORKLOAD.editsPerVersion; e++) {
      const index = (v * 37 + e * 101) % AGREEMENTS_WORKLOAD.clauses;
      await call('clause.save', { id: generated.clauseIds[index]!, text: clauseText(index, v) });
    }
    if (v % 10 === 0) {
      await call('clause.move', {
        id: generated.clauseIds[(v * 7) % AGREEMENTS_WORKLOAD.clauses]!,
        direction: 'up',
      }).catch(() => undefined);
    }
    await call('version.save', { draftId: draft.id, note: `Round ${v}` });
    if (v % 50 === 0) progress(`agreements: ${v} versions`);
  }
  await call('commitment.create', {
    draftId: draft.id,
    clauseId: generated.clauseIds[4]!,
    description: 'Technical teams meet',
    owner: { kind: 'party', partyId: north!.id },
    dueOn: '2020-01-01',
  });
  await call('draft.update', { id: draft.id, status: 'final' });
}

export const agreementsSeed: SeedStep = {
  name: 'agreements (a 300-clause draft, 200 versions)',
  run: ({ call }) => seedAgreements(call),
};

export const agreementsSuite: Suite = (suite, { call }) => {
  const draftId = () => generated.draftId;
  // Versions far apart (many edits and moves between them) and neighbours.
  suite.bench(
    'draft.compare (300 clauses, two versions)',
    (run) => {
      const from = 1 + (Math.abs(run) % 150);
      const to = run % 2 === 0 ? from + 1 : from + 50;
      return call('draft.compare', {
        from: { draftId: draftId(), version: from },
        to: { draftId: draftId(), version: to },
      });
    },
    { runs: 200, budget: BUDGETS.compare },
  );
  suite.bench(
    'draft.compare (latest version with the working text)',
    () =>
      call('draft.compare', {
        from: { draftId: draftId(), version: AGREEMENTS_WORKLOAD.versions },
        to: { draftId: draftId(), version: 'working' },
      }),
    { runs: 100, budget: BUDGETS.compare },
  );
  let revision = 1_000;
  suite.bench('version.save (300 clauses)', () => call('version.save', { draftId: draftId(), note: 'Bench round' }), {
    runs: 100,
    budget: BUDGETS.versionSave,
    // Something to save each time (an unchanged text makes no version): one clause reworded, untimed.
    beforeEach: async () => {
      const index = revision % AGREEMENTS_WORKLOAD.clauses;
      await call('clause.save', {
        id: generated.clauseIds[index]!,
        text: `${clauseText(index, revision)} (revision ${revision++})`,
      });
    },
  });
  suite.bench('draft.get (300 clauses with stances and versions)', () => call('draft.get', { id: draftId() }), {
    runs: 100,
    budget: BUDGETS.read,
  });
  suite.bench(
    'clause.save (autosave of a clause being typed)',
    (run) => {
      const index = Math.abs(run) % AGREEMENTS_WORKLOAD.clauses;
      return call('clause.save', {
        id: generated.clauseIds[index]!,
        text: `${clauseText(index, 5_000 + run)} [typing ${run}]`,
      });
    },
    { runs: 300, budget: BUDGETS.save },
  );
  suite.bench('agreement.warnings (all dialogues)', () => call('agreement.warnings', {}), {
    runs: 200,
    budget: BUDGETS.read,
  });
  suite.bench(
    'export.draftPdf (300 clauses, facilitator’s copy)',
    () => call('export.draftPdf', { draftId: draftId(), version: AGREEMENTS_WORKLOAD.versions, facilitatorCopy: true }),
    { runs: 15, warmup: 2, budget: BUDGETS.draftPdf },
  );
};

// --- Standalone ---------------------------------------------------------------------------------

standaloneWhenRun(import.meta.url, () => ({
  name: 'agreements',
  workload: () => AGREEMENTS_WORKLOAD,
  prints: true,
  seed: async (client, progress) => {
    await seedAgreements(client.call, progress);
    return [generated.dialogueId];
  },
  suite: agreementsSuite,
}));
