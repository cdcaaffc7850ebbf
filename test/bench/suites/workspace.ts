import { BUDGETS } from '../budgets';
import type { Suite } from './context';

/**
 * Unlock with the production KDF, as the facilitator waits for it: key slot → open → schema. The
 * check of every page runs afterwards in a worker (not part of the wait); the lock before each run
 * ends it.
 */
export const workspaceSuite: Suite = (suite, { call, workspaceName, passphrase }) => {
  suite.bench('unlock', () => call('workspace.unlock', { name: workspaceName, passphrase }), {
    runs: 10,
    warmup: 0,
    budget: BUDGETS.unlock,
    beforeEach: async () => void (await call('workspace.lock', {})),
  });
};
