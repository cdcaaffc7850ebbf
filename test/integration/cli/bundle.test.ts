import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../../package.json';

/**
 * The installed `parley` runs dist/cli/index.cjs, esbuild's bundle of the CLI, not the sources the
 * other CLI tests run. This builds that bundle with the real build script (into node_modules/.cache,
 * so its external modules resolve as in an install) and starts it: a dependency that cannot be
 * bundled breaks every command at load time, which only shows here.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const OUT = join(ROOT, 'node_modules', '.cache', 'parley-cli-bundle-test');
const BUNDLE = join(OUT, 'index.cjs');
const run = promisify(execFile);

interface BuildCliScript {
  buildCli(outfile: string): Promise<void>;
}
const buildCliPath = '../../../scripts/build-cli.mjs';

describe('the bundled CLI (scripts/build-cli.mjs)', () => {
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    await ((await import(buildCliPath)) as BuildCliScript).buildCli(BUNDLE);
  }, 60_000);
  afterAll(() => rm(OUT, { recursive: true, force: true }));

  it('starts and answers --version', async () => {
    const { stdout } = await run(process.execPath, [BUNDLE, '--version']);
    expect(stdout).toBe(`parley ${version}\n`);
  });

  it('loads the PDF export command with its engine', async () => {
    const { stdout } = await run(process.execPath, [BUNDLE, 'export', 'agenda', '--help']);
    expect(stdout).toContain('Usage: parley export agenda <workspace> --session ID --out FILE.pdf');
  });
});
