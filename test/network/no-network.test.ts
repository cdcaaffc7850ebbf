import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../main/cli/client';
import { lock } from '../../main/cli/workspace';
import { PASSPHRASE, tempDir } from '../fixtures/workspace';

/**
 * Parley makes no network request, ever (DOMAIN.md, rule 2). The CLI and the services run here
 * under a preload that makes any socket, name lookup, HTTP client or fetch fatal (exit 97, named
 * on stderr): every command of a facilitator's evening — create, add, import, search, export a
 * PDF through Chromium, back up, restore, travel and return, verify — must run to the end. The
 * e2e harness asserts the same for the renderer (every request to another origin fails a test).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const PRELOAD = join(ROOT, 'test/network/no-network.mjs');
/**
 * The CLI as it ships: esbuild's bundle (scripts/build-cli.mjs), built into node_modules/.cache so
 * its external modules resolve as in an install. (Under tsx the loader itself opens a local IPC
 * socket, which would be the test's noise, not Parley's.)
 */
const OUT = join(ROOT, 'node_modules', '.cache', 'parley-no-network-test');
const CLI = join(OUT, 'index.cjs');
const buildCliPath = '../../scripts/build-cli.mjs';
const run = promisify(execFile);

let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir('parley-no-network-');
  await mkdir(OUT, { recursive: true });
  await ((await import(buildCliPath)) as { buildCli(outfile: string): Promise<void> }).buildCli(CLI);
}, 60_000);
afterAll(async () => {
  await dir.remove();
  await rm(OUT, { recursive: true, force: true });
});

async function parley(args: string[], extraEnv: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', PRELOAD, CLI, ...args], {
      cwd: dir.path,
      env: { ...process.env, PARLEY_PASSPHRASE: PASSPHRASE, ...extraEnv },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('no network', () => {
  it('the preload really stops a socket, a lookup and a fetch', async () => {
    for (const code of [
      "require('node:net').connect(80, '127.0.0.1')",
      "require('node:dns').lookup('localhost', () => {})",
      "fetch('http://127.0.0.1/')",
      "require('node:http').get('http://127.0.0.1/')",
    ]) {
      const result = await run(process.execPath, ['--import', PRELOAD, '-e', code]).catch(
        (e: { code: number; stderr: string }) => e,
      );
      expect(result, code).toMatchObject({ code: 97, stderr: expect.stringMatching(/^NETWORK USE: /) });
    }
  });

  it('a facilitator’s evening of CLI commands opens no socket and resolves no host', async () => {
    const steps: string[][] = [
      ['init', 'evening'],
      ['dialogue', 'add', 'evening', '--code-name', 'Cedar', '--party', 'Side A', '--party', 'Side B'],
      ['dialogue', 'add', 'evening', '--code-name', 'Olive'],
      ['roster', 'import', 'evening', '--dialogue', 'Cedar', 'roster.csv'],
      ['roster', 'export', 'evening', '--dialogue', 'Cedar', '--out', 'codes.csv'],
      ['notes', 'search', 'evening', 'water'],
      ['backup', 'evening', '--out', 'evening.parleybackup'],
      ['restore', 'evening.parleybackup', 'evening-copy'],
      ['travel', 'evening', '--keep', 'Cedar', '--backup-out', 'trip.parleybackup'],
      ['travel-return', 'evening', 'trip.parleybackup'],
      ['passphrase', 'evening'],
      ['verify', 'evening'],
    ];
    await writeFile(join(dir.path, 'roster.csv'), 'name,party\nAmal Haddad,Side A\nDavid Levi,Side B\n');
    for (const step of steps) {
      const env: Record<string, string> =
        step[0] === 'passphrase' ? { PARLEY_NEW_PASSPHRASE: `${PASSPHRASE}-new` } : {};
      if (step[0] === 'verify') env.PARLEY_PASSPHRASE = `${PASSPHRASE}-new`;
      const result = await parley(step, env);
      expect(result.stderr, step.join(' ')).not.toMatch(/NETWORK USE/);
      expect(result.code, `${step.join(' ')}: ${result.stderr}`).toBe(0);
    }
    expect((await readdir(dir.path)).sort()).toEqual(
      ['codes.csv', 'evening', 'evening-copy', 'evening.parleybackup', 'roster.csv', 'trip.parleybackup'].sort(),
    );
  }, 300_000);

  it.skipIf(!existsSync('/usr/bin/chromium'))(
    'printing a PDF through Chromium opens no socket either',
    async () => {
      // Setup in this process (the CLI has no command to plan a session): a session with an agenda.
      const client = createClient({ root: dir.path });
      await client.call('workspace.unlock', { name: 'evening', passphrase: `${PASSPHRASE}-new` });
      const cedar = (await client.call('dialogue.list', {})).find((d) => d.codeName === 'Cedar')!;
      const session = await client.call('session.create', {
        dialogueId: cedar.id,
        startsAt: '2026-05-14T09:00',
        endsAt: '2026-05-14T17:00',
        timeZone: 'Europe/Zurich',
      });
      await client.call('agenda.add', { sessionId: session.id, kind: 'plenary', title: 'Opening', plannedMinutes: 30 });
      await lock(client);
      const result = await parley(['export', 'agenda', 'evening', '--session', session.id, '--out', 'agenda.pdf'], {
        PARLEY_PASSPHRASE: `${PASSPHRASE}-new`,
      });
      expect(result.stderr).not.toMatch(/NETWORK USE/);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Wrote the agenda to agenda.pdf/);
    },
    120_000,
  );
});
