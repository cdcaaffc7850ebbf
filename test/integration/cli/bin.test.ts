import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli';
import { NO_TERMINAL_MESSAGE } from '../../../main/cli/prompt';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';
import { makeWorkspace } from './helpers';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bin/parley.cjs');

let root: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ path: root, remove } = await tempDir('parley-cli-bin-'));
  await makeWorkspace(root);
});
afterEach(() => remove());

/** Runs the real `parley` executable from source (tsx), as a user's shell would, stdin a pipe. */
function spawnParley(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.PARLEY_PASSPHRASE;
  delete base.PARLEY_DEBUG;
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: root,
    env: { ...base, PARLEY_CLI_SOURCE: '1', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    // A hang is a failure, not a stuck test run.
    timeout: 45_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((done) =>
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr })),
  );
}

describe('bin/parley.cjs', () => {
  it('adds and lists a dialogue end to end with PARLEY_PASSPHRASE', { timeout: 90_000 }, async () => {
    const env = { PARLEY_PASSPHRASE: PASSPHRASE };
    const add = await spawnParley(
      ['dialogue', 'add', 'field-work', '--code-name', 'أرز', '--party', 'Side A', '--party', 'Side B'],
      env,
    );
    expect(add.stderr).toBe('');
    expect(add.code).toBe(EXIT.OK);
    expect(add.stdout).toBe('Added dialogue “أرز” (Exploring, Track 2, 2 parties) to field-work.\n');

    const list = await spawnParley(['dialogue', 'list', join(root, 'field-work'), '--json'], env);
    expect(list.code).toBe(EXIT.OK);
    const [only] = JSON.parse(list.stdout) as { codeName: string; parties: { name: string }[] }[];
    expect(only?.codeName).toBe('أرز');
    expect(only?.parties.map((p) => p.name)).toEqual(['Side A', 'Side B']);
  });

  it('stops at once with exit 3 when stdin is a pipe and no passphrase is set', { timeout: 90_000 }, async () => {
    const run = await spawnParley(['dialogue', 'list', 'field-work']);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(EXIT.PASSPHRASE);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`parley: ${NO_TERMINAL_MESSAGE}\n`);
  });
});
