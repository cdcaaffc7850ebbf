import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli';
import { NO_TERMINAL_MESSAGE } from '../../../main/cli/prompt';
import { workspaceFiles } from '../../../main/store/workspace';
import packageJson from '../../../package.json';
import { tempDir } from '../../fixtures/workspace';
import { makeWorkspace, parley, withPassphrase } from './helpers';

let root: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ path: root, remove } = await tempDir('parley-cli-'));
});
afterEach(() => remove());

describe('usage', () => {
  it('prints the overview on --help and help, with the exit codes', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const run = await parley(argv, { cwd: root });
      expect(run).toMatchObject({ code: EXIT.OK, stderr: '' });
      expect(run.stdout).toMatch(/^parley — /);
      expect(run.stdout).toContain('Exit codes:');
      expect(run.stdout).toContain('PARLEY_PASSPHRASE');
    }
  });

  it('prints per-command help', async () => {
    const cases: [string[], string][] = [
      [['init', '--help'], 'Usage: parley init <workspace>'],
      [['verify', '-h'], 'Usage: parley verify <workspace> [--json]'],
      [['dialogue', '--help'], 'parley dialogue add <workspace> --code-name NAME [options]'],
      [['dialogue', 'add', '--help'], '--facilitation NAME'],
      [['dialogue', 'list', '--help'], '--archived'],
      [['help', 'dialogue', 'add'], '--code-name NAME'],
    ];
    for (const [argv, text] of cases) {
      const run = await parley(argv, { cwd: root });
      expect(run.code, argv.join(' ')).toBe(EXIT.OK);
      expect(run.stdout, argv.join(' ')).toContain(text);
    }
  });

  it('prints the version from package.json', async () => {
    for (const flag of ['--version', '-V']) {
      expect((await parley([flag], { cwd: root })).stdout).toBe(`parley ${packageJson.version}\n`);
    }
  });

  it('answers no command, an unknown command or option, or stray arguments with exit 2 on stderr', async () => {
    const cases: [string[], string][] = [
      [[], 'Usage:'],
      [
        ['open', 'field-work'],
        "parley: Unknown command 'open'. Commands: init, verify, dialogue, roster, sessions, notes, export, exports, safe-phrases, draft, commitments, exercises, trust, passphrase, recovery-key, recover, backup, restore, travel, travel-return.\n",
      ],
      [['--verbose'], "parley: Unknown option '--verbose'."],
      [['help', 'open'], "parley: No help for 'open': there is no such command.\n"],
      [['init'], 'parley: Missing <workspace>: the folder of the workspace.\nRun `parley init --help` for usage.\n'],
      [['verify', 'a', 'b'], "parley: Unexpected argument 'b'.\n"],
      [['verify', 'a', '--jsn'], "parley: Unknown option '--jsn'.\n"],
      [['verify', 'a', '--json=yes'], "parley: Option '--json' does not take an argument.\n"],
      [['dialogue'], "parley: Missing dialogue command: 'add' or 'list'.\n"],
      [['dialogue', 'remove', 'x'], "parley: Unknown dialogue command 'remove'. Use 'add' or 'list'.\n"],
      [['dialogue', 'list'], 'parley: Missing <workspace>'],
    ];
    for (const [argv, text] of cases) {
      const run = await parley(argv, { cwd: root, env: withPassphrase() });
      expect(run.code, argv.join(' ')).toBe(EXIT.USAGE);
      expect(run.stdout, argv.join(' ')).toBe('');
      expect(run.stderr, argv.join(' ')).toContain(text);
    }
  });

  it('reports a missing workspace, or a folder that is not one, with exit 4', async () => {
    await mkdir(join(root, 'not-a-workspace'));
    for (const name of ['nowhere', 'not-a-workspace']) {
      const run = await parley(['dialogue', 'list', name], { cwd: root, env: withPassphrase() });
      expect(run.code).toBe(EXIT.NOT_FOUND);
      expect(run.stderr).toBe(
        `parley: No Parley workspace at ${name} (expected a folder holding workspace.db and workspace.keys).\n`,
      );
    }
  });
});

describe('passphrase source', () => {
  it('fails at once with exit 3 when there is no PARLEY_PASSPHRASE and no terminal', async () => {
    await makeWorkspace(root);
    for (const argv of [
      ['dialogue', 'list', 'field-work'],
      ['verify', 'field-work'],
      ['init', 'fresh'],
    ]) {
      const started = Date.now();
      const run = await parley(argv, { cwd: root, env: { PARLEY_PASSPHRASE: '' } });
      expect(run.code, argv.join(' ')).toBe(EXIT.PASSPHRASE);
      expect(run.stderr).toBe(`parley: ${NO_TERMINAL_MESSAGE}\n`);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });
});

describe('internal errors', () => {
  it('print a fixed sentence, and with PARLEY_DEBUG=1 only codes and stack frames — never messages', async () => {
    const path = await makeWorkspace(root);
    // A key "file" that is a folder: reading it fails with an error the services do not expect.
    const keys = workspaceFiles(path).keys;
    const { rm } = await import('node:fs/promises');
    await rm(keys);
    await mkdir(keys);

    const plain = await parley(['dialogue', 'list', 'field-work'], { cwd: root, env: withPassphrase() });
    expect(plain.code).toBe(EXIT.FAILURE);
    expect(plain.stderr).toBe('parley: Something went wrong inside Parley. Nothing was changed.\n');

    const debug = await parley(['dialogue', 'list', 'field-work'], {
      cwd: root,
      env: { ...withPassphrase(), PARLEY_DEBUG: '1' },
    });
    expect(debug.code).toBe(EXIT.FAILURE);
    expect(debug.stderr).toContain('debug: workspace.unlock failed with INTERNAL');
    expect(debug.stderr).toMatch(/\[EISDIR\]\n\s+at /);
    expect(debug.stderr).not.toContain('illegal operation');
    expect(debug.stderr).not.toContain(withPassphrase().PARLEY_PASSPHRASE);
  });
});
