import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { ParleyFault, toFault } from '../errors';
import { CallFailed } from './client';
import { commitments } from './commands/commitments';
import { dialogue } from './commands/dialogue';
import { draft } from './commands/draft';
import { exportCommand } from './commands/export';
import { exercises } from './commands/exercises';
import { exports } from './commands/exports';
import { init } from './commands/init';
import { backup, passphrase, recover, recoveryKeyCommand, restore, travel, travelReturn } from './commands/lifecycle';
import { notes } from './commands/notes';
import { roster } from './commands/roster';
import { safePhrases } from './commands/safe-phrases';
import { sessions } from './commands/sessions';
import { trust } from './commands/trust';
import { verify } from './commands/verify';
import type { Command, CommandContext } from './context';
import { debugEnabled, describeForDebug } from './debug';
import { CliError, EXIT, exitCodeFor, usageError } from './exit-codes';
import { HELP, helpFor } from './help';
import type { CliIo } from './io';
import { createPassphrasePrompt } from './prompt';

export type { CliIo } from './io';
export { EXIT } from './exit-codes';

const COMMANDS: Readonly<Record<string, Command>> = {
  init,
  verify,
  dialogue,
  roster,
  sessions,
  notes,
  export: exportCommand,
  exports,
  'safe-phrases': safePhrases,
  draft,
  commitments,
  exercises,
  trust,
  passphrase,
  'recovery-key': recoveryKeyCommand,
  recover,
  backup,
  restore,
  travel,
  'travel-return': travelReturn,
};

/**
 * Runs one `parley` command and returns its exit code. Every failure ends here as one line on
 * stderr: a CLI error, a registry error (the same message the app would show), or — for anything
 * unforeseen — a fixed sentence; stack frames only with PARLEY_DEBUG=1, never a message that could
 * quote workspace content.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = debugEnabled(io.env);
  const ctx: CommandContext = {
    io,
    report: ({ channel, code, error }) => {
      if (debug && error !== undefined) io.stderr(`debug: ${channel} failed with ${code}\n${describeForDebug(error)}`);
    },
  };
  try {
    return await dispatch(argv, ctx);
  } catch (error) {
    const { exitCode, message, hint } = explain(error);
    io.stderr(`parley: ${message}\n${hint ? `${hint}\n` : ''}`);
    if (debug && exitCode === EXIT.FAILURE && !(error instanceof CliError) && !(error instanceof CallFailed)) {
      io.stderr(describeForDebug(error));
    }
    return exitCode;
  }
}

async function dispatch(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    ctx.io.stderr(HELP.main);
    return EXIT.USAGE;
  }
  if (first === '--help' || first === '-h') {
    ctx.io.stdout(HELP.main);
    return EXIT.OK;
  }
  if (first === '--version' || first === '-V') {
    ctx.io.stdout(`parley ${version}\n`);
    return EXIT.OK;
  }
  if (first === 'help') {
    const topic = rest.join(' ');
    const text = topic === '' ? HELP.main : helpFor(topic);
    if (text === undefined) throw usageError(`No help for '${topic}': there is no such command.`);
    ctx.io.stdout(text);
    return EXIT.OK;
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    const what = first.startsWith('-') ? `Unknown option '${first}'` : `Unknown command '${first}'`;
    throw usageError(`${what}. Commands: ${Object.keys(COMMANDS).join(', ')}.`);
  }
  return command(rest, ctx);
}

function explain(error: unknown): { exitCode: number; message: string; hint?: string } {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: error.message, hint: error.hint };
  if (error instanceof CallFailed) return { exitCode: exitCodeFor(error.error.code), message: error.error.message };
  // A file the CLI writes itself on a full or read-only disk says so, like the app would.
  const fault = toFault(error);
  if (fault instanceof ParleyFault) return { exitCode: exitCodeFor(fault.code), message: fault.message };
  return {
    exitCode: EXIT.FAILURE,
    message: 'Something went wrong inside Parley. Run again with PARLEY_DEBUG=1 to see where.',
  };
}

/** The process entry: real streams, the real prompt, production KDF cost. */
export async function runCli(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const io: CliIo = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    prompt: createPassphrasePrompt(),
  };
  // `parley … | head` closes the pipe early: that is the reader's choice, not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const code = await main(argv, io);
  // exitCode rather than exit(): let stdout drain when it is a pipe.
  process.exitCode = code;
  return code;
}

/** True when this module is the script Node was started with (`tsx main/cli/index.ts`, `node dist/cli/index.cjs`). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) void runCli();
