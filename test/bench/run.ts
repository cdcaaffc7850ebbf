// `npm run bench`: builds a generated workspace in a temp folder, measures the registry's calls
// against DESIGN.md's budgets, prints JSON and writes it to bench-results/latest.json.
// A benchmark, not a test: it never fails on a budget, it reports.
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createClient } from '../../main/cli/client';
import { createChromiumPdfEngine } from '../../main/export/pdf/chromium-engine';
import { describeForDebug } from '../../main/cli/debug';
import { lock } from '../../main/cli/workspace';
import { RSS_BUDGET } from './budgets';
import { measureCipherRatio } from './cipher-ratio';
import { BenchSuite, round } from './harness';
import { SUITES } from './suites';
import { SEED_STEPS, WORKLOAD, type Generated } from './workload';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORKSPACE = 'bench';
const PASSPHRASE = 'bench-granite-willow-orbit-73';

const run = promisify(execFile);
const progress = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const temp = await mkdtemp(join(tmpdir(), 'parley-bench-'));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    const results = await measure(temp);
    const json = `${JSON.stringify(results, null, 2)}\n`;
    await mkdir(join(ROOT, 'bench-results'), { recursive: true });
    await writeFile(join(ROOT, 'bench-results', 'latest.json'), json);
    process.stdout.write(json);
    progress('written to bench-results/latest.json');
  } finally {
    cleanup();
  }
}

async function measure(temp: string) {
  // Production KDF cost (the default): unlock is measured as a facilitator lives it.
  // Modules loaded, nothing opened yet: what the process costs before any workspace (under tsx).
  const baselineMb = process.memoryUsage().rss / 2 ** 20;
  const pdf = createChromiumPdfEngine();
  const exportsFolder = join(temp, 'exports');
  await mkdir(exportsFolder);
  const client = createClient({
    root: temp,
    exports: {
      pdf: () => pdf,
      destination: { choose: async (name) => ({ path: join(exportsFolder, name), overwrite: true }) },
    },
  });
  const generated: Generated = { dialogueIds: [] };
  progress('creating the workspace and seeding it');
  const seedStarted = performance.now();
  await client.call('workspace.create', { name: WORKSPACE, passphrase: PASSPHRASE });
  for (const step of SEED_STEPS) {
    progress(`seed: ${step.name}`);
    await step.run({ call: client.call, client, generated });
  }
  const seedMs = performance.now() - seedStarted;

  const suite = new BenchSuite();
  const ctx = { client, call: client.call, workspaceName: WORKSPACE, passphrase: PASSPHRASE, generated };
  for (const register of SUITES) register(suite, ctx);
  const operations = await suite.run(progress);

  // With the workspace open and every operation run once more than a few hundred times.
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  await lock(client);
  await pdf.close();

  progress('main-process RSS in a fresh process holding the big workspace');
  const fresh = await freshProcessRss(temp);

  progress('encrypted vs plain SQLite');
  const cipherRatio = await measureCipherRatio(temp);

  const rss = {
    mb: round(fresh.rss_mb, 1),
    baseline_mb: round(fresh.baseline_mb, 1),
    seeding_process_mb: round(rssMb, 1),
    seeding_process_baseline_mb: round(baselineMb, 1),
    seeding_process_peak_mb: round(peakRssMb, 1),
    note:
      'mb: a fresh process (test/bench/rss-probe.ts) holding the unlocked big workspace after a typical sequence of ' +
      'calls and the page check that follows an unlock, bundled as main is; baseline_mb: that process with modules loaded, ' +
      'nothing open (no peak: Linux gives a child the maxrss of the parent it was forked from). ' +
      'seeding_process_*: the bench process itself (its peak includes Argon2id’s 256 MiB), ' +
      'which wrote 100,000 notes (not what the app holds).',
    budget: RSS_BUDGET,
    within_budget: fresh.rss_mb <= RSS_BUDGET.max_mb,
  };
  const verdicts = [
    ...Object.values(operations).map((op) => op.within_budget),
    cipherRatio.within_budget,
    rss.within_budget,
  ];
  return {
    bench: 'parley',
    generated_at: new Date().toISOString(),
    environment: {
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
    },
    workload: { ...WORKLOAD, seed_ms: round(seedMs, 0) },
    operations,
    cipher_ratio: cipherRatio,
    rss,
    within_budget: verdicts.every((verdict) => verdict !== false),
  };
}

interface FreshRss {
  readonly rss_mb: number;
  readonly baseline_mb: number;
  readonly peak_mb: number;
  readonly peak_after_unlock_mb: number;
}

/**
 * Runs rss-probe.ts in a new Node process over the seeded (locked) workspace, bundled by esbuild
 * as main is for the app (no tsx or TypeScript compiler in the process), into node_modules/.cache
 * so its native modules resolve as in an install.
 */
async function freshProcessRss(root: string): Promise<FreshRss> {
  const out = join(ROOT, 'node_modules', '.cache', 'parley-bench-rss');
  const bundle = join(out, 'rss-probe.cjs');
  await mkdir(out, { recursive: true });
  const { IMPORT_META_URL } = (await import(buildScript)) as { IMPORT_META_URL: object };
  await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'test', 'bench', 'rss-probe.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3-multiple-ciphers', '@node-rs/argon2', 'playwright-core'],
    logLevel: 'warning',
    ...IMPORT_META_URL,
  });
  try {
    const { stdout } = await run(process.execPath, [bundle, root, WORKSPACE], {
      cwd: ROOT,
      env: { ...process.env, PARLEY_BENCH_SECRET: PASSPHRASE },
      maxBuffer: 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as FreshRss;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
const buildScript = '../../scripts/build.mjs';

main().catch((error: unknown) => {
  // Names and codes only: the bench holds generated data, but the habit is the same everywhere.
  const code = (error as { code?: unknown })?.code;
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.name : typeof error} ${String(code ?? '')}\n`);
  if (process.env.PARLEY_DEBUG === '1') process.stderr.write(describeForDebug(error));
  process.exitCode = 1;
});
