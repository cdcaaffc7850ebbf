import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main, type CliIo } from '../../../main/cli';
import { createPassphrasePrompt } from '../../../main/cli/prompt';
import { TEST_KDF_COST } from '../../../main/store/kdf';
import { createWorkspace } from '../../../main/store/workspace';
import { afterEach, beforeEach } from 'vitest';
import { createClient, type Client } from '../../../main/cli/client';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The questions the CLI asked, in order. */
  readonly prompts: readonly string[];
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: Record<string, string | undefined>;
  /**
   * Answers typed at the passphrase prompt, in order. When they run out (or none are given) the
   * real prompt runs against a stdin that is not a terminal, as in a pipe.
   */
  readonly answers?: readonly string[];
}

/** Runs `parley <argv>` in-process with captured output and cheap (test-only) KDF parameters. */
export async function parley(argv: readonly string[], options: RunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const prompts: string[] = [];
  const answers = [...(options.answers ?? [])];
  const noTerminal = createPassphrasePrompt({ input: new PassThrough(), output: new PassThrough() });
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: options.env ?? {},
    cwd: options.cwd,
    kdfCost: TEST_KDF_COST,
    prompt: async (question) => {
      prompts.push(question);
      const answer = answers.shift();
      return answer === undefined ? noTerminal(question) : answer;
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, prompts };
}

export const withPassphrase = (passphrase = PASSPHRASE) => ({ PARLEY_PASSPHRASE: passphrase });

/** A closed workspace made directly in the store, with test KDF cost. */
export async function makeWorkspace(root: string, name = 'field-work'): Promise<string> {
  const path = join(root, name);
  const ws = await createWorkspace(path, PASSPHRASE, { kdfCost: TEST_KDF_COST });
  await ws.close();
  // close() leaves the handle open when Kysely never connected (reported to the store's owner).
  if (ws.sqlite.open) ws.sqlite.close();
  return path;
}

/** Every file of a folder with its bytes, to prove a command changed nothing. */
export async function snapshot(folder: string): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const name of (await readdir(folder)).sort()) files[name] = await readFile(join(folder, name));
  return files;
}

/**
 * A folder of its own for each test (removed after it) holding the closed workspace 'field-work',
 * as a facilitator's command line finds it. Read `root` inside tests: it changes per test.
 */
export function cliFolder() {
  let root = '';
  let remove = async () => undefined as void;
  beforeEach(async () => {
    ({ path: root, remove } = await tempDir('parley-cli-'));
    await makeWorkspace(root);
  });
  afterEach(() => remove());
  return {
    get root() {
      return root;
    },
    /** The registry client the CLI uses, with 'field-work' unlocked: for seeding what a test needs. */
    async unlocked(): Promise<Client> {
      const client = createClient({ root });
      await client.call('workspace.unlock', { name: 'field-work', passphrase: PASSPHRASE });
      return client;
    },
  };
}
