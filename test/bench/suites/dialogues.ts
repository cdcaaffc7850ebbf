import { BUDGETS } from '../budgets';
import { syntheticDialogue, WORKLOAD } from '../workload';
import { pick, type Suite } from './context';

const STATUSES = ['exploring', 'active', 'paused', 'concluded'] as const;

/** Every dialogue and party call through the registry (validation included), reads before writes. */
export const dialogueSuite: Suite = (suite, { call, generated }) => {
  const ids = generated.dialogueIds;
  suite.bench('dialogue.list', () => call('dialogue.list', { includeArchived: true }), {
    runs: 300,
    budget: BUDGETS.read,
  });
  suite.bench('dialogue.get', (run) => call('dialogue.get', { id: pick(ids, run) }), {
    runs: 300,
    budget: BUDGETS.read,
  });
  suite.bench('party.list', (run) => call('party.list', { dialogueId: pick(ids, run) }), {
    runs: 300,
    budget: BUDGETS.read,
  });
  let next = WORKLOAD.dialogues;
  suite.bench('dialogue.create', () => call('dialogue.create', syntheticDialogue(next++)), {
    runs: 300,
    budget: BUDGETS.save,
  });
  suite.bench(
    'dialogue.update',
    (run) => call('dialogue.update', { id: pick(ids, run), status: STATUSES[(run + 4) % 4]! }),
    { runs: 300, budget: BUDGETS.save },
  );
};
