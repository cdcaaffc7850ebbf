// A suite run by itself (`npx tsx test/bench/<suite>.ts`): its own workspace in a temp folder, its
// own seed, a Chromium when it prints, the results as JSON on stdout. What `npm run bench` does for
// every suite at once, for one suite in a minute or two.
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from '../../main/cli/client';
import { lock } from '../../main/cli/workspace';
import { createChromiumPdfEngine } from '../../main/export/pdf/chromium-engine';
import type { PdfEngine } from '../../main/export/pdf/engine';
import { BenchSuite, round } from './harness';
import type { Suite } from './suites/context';

export interface StandaloneBench {
  /** "agreements": names the temp folder, the workspace, the progress lines and the JSON. */
  readonly name: string;
  /** What was seeded, read once seeding is done. */
  readonly workload: () => Record<string, unknown>;
  /** Exports print: a Chromium is started for the run and exports land in the temp folder. */
  readonly prints?: boolean;
  /** Seeds the workspace; returns the dialogues the suite works on. */
  readonly seed: (client: Client, progress: (line: string) => void) => Promise<string[]>;
  readonly suite: Suite;
}

const PASSPHRASE = 'bench-granite-willow-orbit-73';

async function runStandalone(bench: StandaloneBench): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), `parley-${bench.name}-bench-`));
  const progress = (line: string) => process.stderr.write(`[bench:${bench.name}] ${line}\n`);
  let pdf: PdfEngine | undefined;
  try {
    const exportsFolder = join(temp, 'exports');
    await mkdir(exportsFolder);
    if (bench.prints) pdf = createChromiumPdfEngine();
    const engine = pdf;
    const client = createClient({
      root: temp,
      kdfCost: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
      ...(engine
        ? {
            exports: {
              pdf: () => engine,
              destination: { choose: async (name: string) => ({ path: join(exportsFolder, name), overwrite: true }) },
            },
          }
        : {}),
    });
    const workspaceName = `${bench.name}-bench`;
    await client.call('workspace.create', { name: workspaceName, passphrase: PASSPHRASE });
    const seeded = performance.now();
    const dialogueIds = await bench.seed(client, progress);
    const seedMs = performance.now() - seeded;
    const suite = new BenchSuite();
    bench.suite(suite, {
      client,
      call: client.call,
      workspaceName,
      passphrase: PASSPHRASE,
      generated: { dialogueIds },
    });
    const operations = await suite.run(progress);
    await lock(client);
    const result = {
      bench: `parley ${bench.name}`,
      workload: { ...bench.workload(), seed_ms: round(seedMs, 0) },
      operations,
      within_budget: Object.values(operations).every((op) => op.within_budget !== false),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await pdf?.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Runs `bench` when the file that calls this is the one `tsx` was started with. */
export function standaloneWhenRun(moduleUrl: string, bench: () => StandaloneBench): void {
  if (!process.argv[1] || !moduleUrl.endsWith(process.argv[1].replace(/\\/gu, '/'))) return;
  const name = bench().name;
  runStandalone(bench()).catch((error: unknown) => {
    // A call's message names places and reasons, never workspace content: safe to print.
    const call = (error as { error?: { code: string; message: string } }).error;
    process.stderr.write(
      `[bench:${name}] failed: ${error instanceof Error ? error.name : typeof error}${call ? ` ${call.code}: ${call.message}` : ''}\n`,
    );
    if (process.env.PARLEY_DEBUG === '1') process.stderr.write(`${String((error as Error)?.stack)}\n`);
    process.exitCode = 1;
  });
}
