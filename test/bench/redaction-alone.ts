// `npx tsx test/bench/redaction-alone.ts`: the redaction suite by itself, without the generated
// workspace the full bench seeds first (minutes and gigabytes for 100,000 notes it does not use).
// Prints JSON like `npm run bench`, with the machine's load, since other work skews the wall times.
import { cpus, loadavg } from 'node:os';
import { BenchSuite } from './harness';
import { registerRedactionBenches } from './redaction';

const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const suite = new BenchSuite();
  registerRedactionBenches(suite);
  const operations = await suite.run(progress);
  const results = {
    bench: 'parley redaction',
    generated_at: new Date().toISOString(),
    environment: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      load_average_1m: { before: Number(loadBefore[0]!.toFixed(2)), after: Number(loadavg()[0]!.toFixed(2)) },
    },
    operations,
  };
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.name : typeof error}\n`);
  process.exitCode = 1;
});
