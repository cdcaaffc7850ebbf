import { format } from 'date-fns';
import type { ExportLogEntry } from '../../../shared/contract';
import { fixedDestination, fixedSource } from '../../export/destination';
import { parseCommand, workspaceArgument } from '../args';
import type { Command } from '../context';
import { CliError, EXIT, usageError } from '../exit-codes';
import { renderJson, renderTable, type Column } from '../output';
import { noPdf } from '../output-file';
import { resolveTarget, withUnlocked } from '../workspace';
import { resolve } from 'node:path';
import { withSubcommands } from '../subcommands';

const EXIT_CODES = `Exit codes:
  0    ok (verify: the file is one this workspace wrote)
  1    failed (verify: the file is not one this workspace wrote, or cannot be read)
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

const ABOUT = `Every file Parley writes — agenda, session summary, sponsor report, draft, roster CSV, backup,
travel backup, recovery sheet — is logged inside the (encrypted) workspace: when, what kind,
which dialogue and sessions, the report profile, the file's name (never its folder), its size and
its SHA-256.`;

/** Help pages of `parley exports`, kept here with the command. */
export const EXPORTS_HELP = {
  exports: `Usage:
  parley exports list <workspace> [--kind KIND] [--json]
  parley exports verify <workspace> FILE [--json]

${ABOUT}
`,
  'exports list': `Usage: parley exports list <workspace> [--kind KIND] [--limit N] [--json]

Lists the export log, newest first.

${ABOUT}

Options:
  --kind KIND   only one kind (agenda, summary, sponsor-report, draft, roster-csv, backup…)
  --limit N     at most N entries (default 200, at most 1000)
  --json        print the entries as JSON

${EXIT_CODES}
`,
  'exports verify': `Usage: parley exports verify <workspace> FILE [--json]

Says whether FILE is one this workspace wrote, and which: its SHA-256 is looked up in the export
log. A sponsor forwards a PDF "from you" months later: if a single byte differs, it is not the
file Parley wrote. Exit 0 when it is, 1 when it is not.

${EXIT_CODES}
`,
} as const;

export const EXPORTS_USAGE_LINES = [
  'parley exports list <workspace> [--kind KIND] [--json]',
  'parley exports verify <workspace> FILE [--json]',
] as const;

const when = (iso: string) => format(new Date(iso), 'yyyy-MM-dd HH:mm');
const sessions = (entry: ExportLogEntry) => (entry.sessionNumbers.length === 0 ? '' : entry.sessionNumbers.join(','));

const COLUMNS: readonly Column<ExportLogEntry>[] = [
  { header: 'WHEN', value: (entry) => when(entry.exportedAt) },
  { header: 'KIND', value: (entry) => entry.kind },
  { header: 'DIALOGUE', value: (entry) => entry.dialogueCodeName ?? '' },
  { header: 'SESSIONS', value: sessions },
  { header: 'PROFILE', value: (entry) => entry.profile ?? '' },
  { header: 'BYTES', value: (entry) => String(entry.bytes) },
  { header: 'SHA-256', value: (entry) => entry.sha256 },
  { header: 'FILE', value: (entry) => entry.fileName },
];

const list: Command = async (args, ctx) => {
  const command = 'exports list';
  const { values, positionals } = parseCommand(command, args, {
    kind: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(EXPORTS_HELP[command]);
    return EXIT.OK;
  }
  const workspace = workspaceArgument(command, positionals);
  const limit = values.limit === undefined ? 200 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw usageError('--limit must be a whole number from 1 to 1000.', command);
  }
  const target = resolveTarget(ctx.io, command, workspace);
  const entries = await withUnlocked(ctx.io, target, ctx.report, (client) =>
    client.call('workspace.exportLog', { ...(values.kind ? { kind: values.kind.trim() } : {}), limit }),
  );
  if (values.json) ctx.io.stdout(renderJson(entries));
  else if (entries.length === 0) ctx.io.stdout('Nothing has been exported from this workspace yet.\n');
  else ctx.io.stdout(renderTable(COLUMNS, entries));
  return EXIT.OK;
};

const verify: Command = async (args, ctx) => {
  const command = 'exports verify';
  const { values, positionals } = parseCommand(command, args, {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(EXPORTS_HELP[command]);
    return EXIT.OK;
  }
  const [workspace, file, ...extra] = positionals;
  if (file === undefined || file.trim() === '') throw usageError('Missing FILE: the file to check.', command);
  if (extra.length > 0) throw usageError(`Unexpected argument '${extra[0]}'.`, command);
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, [workspace ?? '']));
  const result = await withUnlocked(
    ctx.io,
    target,
    ctx.report,
    (client) => client.call('workspace.verifyExport', {}),
    // Nothing is written: a verify only reads the file it is given.
    {
      exports: { pdf: noPdf, destination: fixedDestination('', false), source: fixedSource(resolve(ctx.io.cwd, file)) },
    },
  );
  if (!result.picked) throw new CliError(EXIT.FAILURE, 'No file was given.');
  if (values.json) {
    ctx.io.stdout(renderJson(result));
  } else if (result.matches.length === 0) {
    ctx.io.stdout(
      `${file}: NOT a file this workspace wrote.\n  SHA-256 ${result.sha256} (${result.bytes} bytes) is in no entry of the export log.\n`,
    );
  } else {
    const lines = result.matches.map(
      (entry) =>
        `  ${when(entry.exportedAt)}  ${entry.kind}${entry.dialogueCodeName ? `  ${entry.dialogueCodeName}` : ''}` +
        `${entry.sessionNumbers.length > 0 ? `  sessions ${sessions(entry)}` : ''}` +
        `${entry.profile ? `  profile “${entry.profile}”` : ''}  written as ${entry.fileName}\n`,
    );
    ctx.io.stdout(`${file}: written by this workspace (SHA-256 ${result.sha256}).\n${lines.join('')}`);
  }
  return result.matches.length > 0 ? EXIT.OK : EXIT.FAILURE;
};

export const exports: Command = withSubcommands('exports', EXPORTS_HELP.exports, { list, verify });
