/**
 * `npm run crash`: 100 SIGKILL rounds across note save, agenda move, roster import, purge,
 * passphrase change and backup (see crash-rounds.ts). Prints the seed; PARLEY_CRASH_SEED replays.
 */
import { crashRounds } from './crash-rounds';

const rounds = Number(process.env.PARLEY_CRASH_ROUNDS ?? 100);
const seed = Number(process.env.PARLEY_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
process.stdout.write(`crash: ${rounds} SIGKILL rounds, seed ${seed} (replay with PARLEY_CRASH_SEED=${seed})\n`);
const started = Date.now();
try {
  const results = await crashRounds(rounds, { seed, log: (line) => process.stdout.write(`${line}\n`) });
  const acknowledged = results.reduce((sum, round) => sum + round.acknowledged, 0);
  process.stdout.write(
    `crash: ${results.length} kills, ${acknowledged} acknowledged writes, 0 lost, integrity check passed every round ` +
      `(${Math.round((Date.now() - started) / 1000)} s)\n`,
  );
} catch (error) {
  process.stderr.write(`crash: FAILED — ${(error as Error).message}\n`);
  process.exitCode = 1;
}
