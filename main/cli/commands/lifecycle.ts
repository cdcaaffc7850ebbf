import { basename, dirname, resolve } from 'node:path';
import { groupRecoveryKey } from '../../../shared/recovery/recovery-key';
import { fixedDestination, fixedSource } from '../../export/destination';
import { createChromiumPdfEngine } from '../../export/pdf/chromium-engine';
import { parseCommand } from '../args';
import { createClient } from '../client';
import type { Command, CommandContext } from '../context';
import { CliError, EXIT, usageError } from '../exit-codes';
import { assertWritable, noPdf, resolveOutput } from '../output-file';
import { askPassphrase, chooseNewPassphrase } from '../passphrase';
import { assertWorkspaceExists, lock, resolveTarget, withUnlocked, type WorkspaceTarget } from '../workspace';

/**
 * The workspace's life beyond its content: passphrase, recovery key, backup and restore, travel.
 * Every command goes through the same registry calls as the app's Workspace panel.
 */

const SECRETS = `Secrets:
  The current passphrase comes from PARLEY_PASSPHRASE or the prompt; a new one from
  PARLEY_NEW_PASSPHRASE or the prompt (typed twice); a recovery key from PARLEY_RECOVERY_KEY or the
  prompt. Prefer the prompt: a variable set on the command line stays in the shell's history.`;

export const LIFECYCLE_HELP = {
  passphrase: `Usage: parley passphrase <workspace>

Changes the workspace's passphrase. Only the small key file is rewritten, atomically: a crash
leaves the old passphrase or the new one working, never neither. The recovery key, if any, still
opens the workspace. Older backups keep opening with the passphrase they were made with.

${SECRETS}
`,
  'recovery-key': `Usage: parley recovery-key <workspace> [--replace | --remove] [--sheet FILE.pdf] [--force]

Makes the workspace's recovery key: 24 words that open it if the passphrase is forgotten, printed
once (Parley keeps only the wrapped key). --replace makes a new one (the old words stop working);
--remove deletes it. --sheet also prints the words on a recovery sheet (PDF), to keep locked away.

${SECRETS}
`,
  recover: `Usage: parley recover <workspace>

Opens the workspace with its recovery key and sets a new passphrase.

${SECRETS}
`,
  backup: `Usage: parley backup <workspace> --out FILE [--force]

Writes one encrypted backup file of the workspace (its database copied page by page under its own
key, with its key slots), then opens it again and checks every page before saying it is done.
The backup opens with the passphrase (or recovery key) of the moment it was made. Each backup is
recorded in the workspace's export log with its SHA-256.

${SECRETS}
`,
  restore: `Usage: parley restore FILE <new-workspace>

Restores a backup into a new workspace folder (it must not exist). Purges recorded in workspaces
of the same lineage beside it (made after the backup) are carried out again before it opens.

${SECRETS}
`,
  travel: `Usage: parley travel <workspace> --keep CODE --backup-out FILE [--force]

Travel mode: writes a verified encrypted backup of the whole workspace to FILE (a separate drive),
then erases every dialogue but CODE from the workspace, page by page. Bring the rest back with
\`parley travel-return\`.

${SECRETS}
`,
  'travel-return': `Usage: parley travel-return <workspace> FILE

Back from travel: brings the dialogues left behind back from the travel backup FILE. What was
written while travelling stays.

${SECRETS}
`,
} as const;

export const LIFECYCLE_USAGE_LINES = [
  'parley passphrase <workspace>                    change the passphrase',
  'parley recovery-key <workspace> [--replace|--remove] [--sheet FILE.pdf]',
  'parley recover <workspace>                       open with the recovery key, set a new passphrase',
  'parley backup <workspace> --out FILE             encrypted, verified backup',
  'parley restore FILE <new-workspace>              restore a backup into a new workspace',
  'parley travel <workspace> --keep CODE --backup-out FILE',
  'parley travel-return <workspace> FILE',
];

function helpRequested(ctx: CommandContext, command: keyof typeof LIFECYCLE_HELP, help: boolean | undefined) {
  if (help) ctx.io.stdout(LIFECYCLE_HELP[command]);
  return help === true;
}

function oneWorkspace(positionals: readonly string[], command: string): string {
  const [workspace, ...extra] = positionals;
  if (workspace === undefined) throw usageError('Missing <workspace>: the folder of the workspace.', command);
  if (extra.length > 0) throw usageError(`Unexpected argument '${extra[0]}'.`, command);
  return workspace;
}

async function newPassphrase(ctx: CommandContext, target: WorkspaceTarget): Promise<string> {
  const fromEnv = ctx.io.env.PARLEY_NEW_PASSPHRASE;
  return chooseNewPassphrase({ ...ctx.io, env: { ...ctx.io.env, PARLEY_PASSPHRASE: fromEnv } }, [target.name]);
}

async function recoveryKey(ctx: CommandContext): Promise<string> {
  const fromEnv = ctx.io.env.PARLEY_RECOVERY_KEY;
  return fromEnv && fromEnv !== '' ? fromEnv : ctx.io.prompt('Recovery key (24 words): ');
}

export const passphrase: Command = async (args, ctx) => {
  const command = 'passphrase';
  const { values, positionals } = parseCommand(command, args, { help: { type: 'boolean', short: 'h' } });
  if (helpRequested(ctx, command, values.help)) return EXIT.OK;
  const target = resolveTarget(ctx.io, command, oneWorkspace(positionals, command));
  await assertWorkspaceExists(target);
  const current = await askPassphrase(ctx.io, target.label);
  const next = await newPassphrase(ctx, target);
  const client = createClient({ root: target.root, report: ctx.report, kdfCost: ctx.io.kdfCost });
  try {
    await client.call('workspace.unlock', { name: target.name, passphrase: current });
    await client.call('workspace.changePassphrase', { current, next });
  } finally {
    await lock(client);
  }
  ctx.io.stdout(`Changed the passphrase of ${target.label}. The old one no longer opens it.\n`);
  return EXIT.OK;
};

export const recoveryKeyCommand: Command = async (args, ctx) => {
  const command = 'recovery-key';
  const { values, positionals } = parseCommand(command, args, {
    replace: { type: 'boolean' },
    remove: { type: 'boolean' },
    sheet: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (helpRequested(ctx, command, values.help)) return EXIT.OK;
  if (values.replace && values.remove) throw usageError('Use --replace or --remove, not both.', command);
  const target = resolveTarget(ctx.io, command, oneWorkspace(positionals, command));
  const sheet = values.sheet === undefined ? undefined : resolveOutput(ctx.io, target, values.sheet, command);
  if (sheet) await assertWritable(sheet, values.sheet!, values.force ?? false);
  await assertWorkspaceExists(target);
  const current = await askPassphrase(ctx.io, target.label);
  const engine = sheet ? createChromiumPdfEngine() : undefined;
  try {
    const words = await withUnlocked(
      { ...ctx.io, env: { ...ctx.io.env, PARLEY_PASSPHRASE: current } },
      target,
      ctx.report,
      async (client) => {
        if (values.remove) {
          await client.call('workspace.removeRecoveryKey', { passphrase: current });
          return undefined;
        }
        const made = await client.call('workspace.createRecoveryKey', {
          passphrase: current,
          replace: values.replace ?? false,
        });
        if (sheet) await client.call('workspace.recoverySheet', { recoveryKey: made.words.join(' ') });
        return made.words;
      },
      {
        exports: {
          pdf: engine ? () => engine : noPdf,
          destination: fixedDestination(sheet ?? '', values.force ?? false, [target.path]),
        },
      },
    );
    if (!words) {
      ctx.io.stdout(`Removed the recovery key of ${target.label}. Only the passphrase opens it now.\n`);
      return EXIT.OK;
    }
    const lines = groupRecoveryKey(words).map(
      (group, g) => `  ${group.map((word, i) => `${String(g * 4 + i + 1).padStart(2)}. ${word.padEnd(9)}`).join(' ')}`,
    );
    ctx.io.stdout(
      `Recovery key of ${target.label} — write it down or print it; it is shown only now:\n\n${lines.join('\n')}\n\n` +
        (sheet ? `The recovery sheet is in ${values.sheet}: print it, then delete the file.\n` : ''),
    );
  } finally {
    await engine?.close();
  }
  return EXIT.OK;
};

export const recover: Command = async (args, ctx) => {
  const command = 'recover';
  const { values, positionals } = parseCommand(command, args, { help: { type: 'boolean', short: 'h' } });
  if (helpRequested(ctx, command, values.help)) return EXIT.OK;
  const target = resolveTarget(ctx.io, command, oneWorkspace(positionals, command));
  await assertWorkspaceExists(target);
  const key = await recoveryKey(ctx);
  const next = await newPassphrase(ctx, target);
  const client = createClient({ root: target.root, report: ctx.report, kdfCost: ctx.io.kdfCost });
  try {
    await client.call('workspace.recover', { name: target.name, recoveryKey: key, newPassphrase: next });
  } finally {
    await lock(client);
  }
  ctx.io.stdout(`Opened ${target.label} with its recovery key and set the new passphrase.\n`);
  return EXIT.OK;
};

export const backup: Command = async (args, ctx) => {
  const command = 'backup';
  const { values, positionals } = parseCommand(command, args, {
    out: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (helpRequested(ctx, command, values.help)) return EXIT.OK;
  const target = resolveTarget(ctx.io, command, oneWorkspace(positionals, command));
  if (values.out === undefined || values.out.trim() === '') throw usageError('--out FILE is required.', command);
  const out = resolveOutput(ctx.io, target, values.out, command);
  await assertWritable(out, values.out, values.force ?? false);
  const result = await withUnlocked(ctx.io, target, ctx.report, (client) => client.call('workspace.backup', {}), {
    exports: { pdf: noPdf, destination: fixedDestination(out, values.force ?? false, [target.path]) },
  });
  if (result.saved) {
    ctx.io.stdout(`Wrote and verified the backup ${values.out} (${result.bytes} bytes, SHA-256 ${result.sha256}).\n`);
  }
  return EXIT.OK;
};

export const restore: Command = async (args, ctx) => {
  const command = 'restore';
  const { values, positionals } = parseCommand(command, args, { help: { type: 'boolean', short: 'h' } });
  if (helpRequested(ctx, command, values.help)) return EXIT.OK;
  const [file, workspace, ...extra] = positionals;
  if (file === undefined || workspace === undefined) {
    throw usageError('Give the backup FILE and the <new-workspace> folder to restore into.', command);
  }
  if (extra.length > 0) throw usageError(`Unexpected argument '${extra[0]}'.`, command);
  const target = resolveTarget(ctx.io, command, workspace);
  const source = resolve(ctx.io.cwd, file);
  const secret = await askPassphrase(ctx.io, basename(file));
  const client = createClient({
    root: dirname(target.path),
    report: ctx.report,
    kdfCost: ctx.io.kdfCost,
    exports: { pdf: noPdf, destination: fixedDestination('', false), source: fixedSource(source) },
  });
  let result;
  try {
    result = await client.call('workspace.restore', { name: target.name, passphrase: secret });
  } finally {
    await lock(client);
  }
  if (!result.restored) throw new CliError(EXIT.FAILURE, 'Nothing was restored.');
  ctx.io.stdout(
    `Restored ${file} into ${target.label}` +
      (result.purgesReapplied > 0
        ? `; ${result.purgesReapplied} participant purge(s) made since the backup were carried out again.\n`
        : '.\n'),
  );
  return EXIT.OK;
};

export const travel: Command = async (args, ctx) => {
  const command = 'travel';
  const { values, positionals } = parseCommand(command, args, {
    keep: { type: 'string' },
    'backup-out': { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (helpRequested(ctx, command, values.help)) return EXIT.OK;
  const target = resolveTarget(ctx.io, command, oneWorkspace(positionals, command));
  const code = values.keep?.trim();
  if (!code) throw usageError('--keep CODE is required: the code name of the dialogue to carry.', command);
  const label = values['backup-out'];
  if (label === undefined || label.trim() === '') throw usageError('--backup-out FILE is required.', command);
  const out = resolveOutput(ctx.io, target, label, command);
  await assertWritable(out, label, values.force ?? false);
  const result = await withUnlocked(
    ctx.io,
    target,
    ctx.report,
    async (client) => {
      const dialogues = await client.call('dialogue.list', { includeArchived: true });
      const kept = dialogues.find((d) => d.codeName.toLowerCase() === code.toLowerCase());
      if (!kept) throw new CliError(EXIT.FAILURE, `No dialogue with the code name ${code} in ${target.label}.`);
      return client.call('workspace.travel', { keepDialogueId: kept.id });
    },
    { exports: { pdf: noPdf, destination: fixedDestination(out, values.force ?? false, [target.path]) } },
  );
  if (result.saved) {
    ctx.io.stdout(
      `Wrote and verified the travel backup ${label}; removed ${result.removedDialogues} other dialogue(s) from ${target.label}.\n` +
        'Keep the backup apart from the laptop. Back home: parley travel-return.\n',
    );
  }
  return EXIT.OK;
};

export const travelReturn: Command = async (args, ctx) => {
  const command = 'travel-return';
  const { values, positionals } = parseCommand(command, args, { help: { type: 'boolean', short: 'h' } });
  if (helpRequested(ctx, command, values.help)) return EXIT.OK;
  const [workspace, file, ...extra] = positionals;
  if (workspace === undefined || file === undefined) {
    throw usageError('Give the <workspace> and the travel backup FILE.', command);
  }
  if (extra.length > 0) throw usageError(`Unexpected argument '${extra[0]}'.`, command);
  const target = resolveTarget(ctx.io, command, workspace);
  const source = resolve(ctx.io.cwd, file);
  const result = await withUnlocked(ctx.io, target, ctx.report, (client) => client.call('workspace.travelReturn', {}), {
    exports: { pdf: noPdf, destination: fixedDestination('', false), source: fixedSource(source) },
  });
  if (result.restored) {
    ctx.io.stdout(`Brought back ${result.dialoguesReturned} dialogue(s) into ${target.label}.\n`);
  }
  return EXIT.OK;
};
