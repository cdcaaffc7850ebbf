import { BUDGETS } from '../budgets';
import type { Suite } from './context';

/** Unlock with the production KDF, as the facilitator waits for it: key slot → open → quick check. */
export const workspaceSuite: Suite = (suite, { call, workspaceName, passphrase }) => {
  suite.bench('unlock', () => call('workspace.unlock', { name: workspaceName, passphrase }), {
    runs: 10,
    warmup: 0,
    budget: BUDGETS.unlock,
    beforeEach: async () => void (await call('workspace.lock', {})),
  });
};
