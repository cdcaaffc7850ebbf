import { describe, expect, it } from 'vitest';
import { CRASH_OPERATIONS, crashRounds } from '../../crash/crash-rounds';

/**
 * A handful of the SIGKILL rounds of `npm run crash` (test/crash/crash-rounds.ts), one per
 * operation, in every test run: note save, agenda move, roster import, purge, passphrase change,
 * backup. Each round kills a writer mid-stream and finds every acknowledged write and a passing
 * full integrity check.
 */
describe('SIGKILL at any moment', () => {
  it('loses no acknowledged write and leaves the workspace whole, for every operation', async () => {
    const seed = Math.floor(Math.random() * 2 ** 31);
    console.log(`crash rounds seed: ${seed} (replay with PARLEY_CRASH_SEED=${seed} npm run crash)`);
    const results = await crashRounds(CRASH_OPERATIONS.length, { seed });
    expect(results.map((round) => round.operation)).toEqual([...CRASH_OPERATIONS]);
  }, 240_000);
});
