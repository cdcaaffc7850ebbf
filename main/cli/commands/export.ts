import { parseCommand } from '../args';
import type { Command } from '../context';
import { EXIT, usageError } from '../exit-codes';
import { pageCount, printPdf, requiredOut } from '../print-pdf';
import { withSubcommands } from '../subcommands';
import { resolveTarget } from '../workspace';

const EXIT_CODES = `Exit codes:
  0    ok
  1    failed: no such session, the agenda names someone from the roster, warnings not accepted,
       the file exists, or printing failed
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

/** Help pages of `parley export`, kept here with the command. */
export const EXPORT_HELP = {
  export: `Usage:
  parley export agenda <workspace> --session ID --out FILE.pdf [--with-notes] [--accept-warnings] [--force]

Run \`parley export agenda --help\` for details.
`,
  'export agenda': `Usage: parley export agenda <workspace> --session ID --out FILE.pdf [--with-notes] [--accept-warnings] [--force]

Prints a session's agenda to PDF: one table per day with times on the venue's clocks, each item's
kind, title, topics, ground rule where it differs from the session's, lead (by role or speaker
code, never a name) and length, and page numbers. The agenda's text is checked against the
dialogue's roster first, and the printed PDF's text again before it is written: an agenda that
would name a participant is not written (the place is printed, never the name). What may point to
someone without being sure to (a name word that is also an ordinary word, a rare role) is a
warning: each is printed with its place and reason, and nothing is written unless
--accept-warnings says so. Needs a Chromium (Debian's chromium package, or PARLEY_CHROMIUM).

Options:
  --session ID        the session's id (see \`parley sessions list <workspace> --dialogue CODE\`)
  --out FILE.pdf      the file to write; never inside the workspace folder
  --with-notes        the facilitator's copy: also each item's notes and the times it actually ran
  --accept-warnings   write the PDF even though it has warnings (after checking each place)
  --force             replace FILE.pdf if it exists

${EXIT_CODES}
`,
} as const;

/** The overview line for `parley --help`. */
export const EXPORT_USAGE_LINE =
  'parley export agenda <workspace> --session ID --out FILE.pdf [--with-notes] [--accept-warnings]';

const agenda: Command = async (args, ctx) => {
  const command = 'export agenda';
  const { values, positionals } = parseCommand(command, args, {
    session: { type: 'string' },
    out: { type: 'string' },
    'with-notes': { type: 'boolean' },
    'accept-warnings': { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(EXPORT_HELP[command]);
    return EXIT.OK;
  }
  const [workspace, ...extra] = positionals;
  if (workspace === undefined) throw usageError('Missing <workspace>: the folder of the workspace.', command);
  if (extra.length > 0) throw usageError(`Unexpected argument '${extra[0]}'.`, command);
  const sessionId = values.session?.trim();
  if (!sessionId) throw usageError('--session ID is required (see `parley sessions list`).', command);
  const out = requiredOut(values.out, command);
  const result = await printPdf(ctx, {
    command,
    target: resolveTarget(ctx.io, command, workspace),
    out,
    force: values.force ?? false,
    acceptWarnings: values['accept-warnings'] ?? false,
    print: (client, acknowledgedWarnings) =>
      client.call('export.agendaPdf', {
        sessionId,
        includeItemNotes: values['with-notes'] ?? false,
        acknowledgedWarnings,
      }),
  });
  if (result.saved) ctx.io.stdout(`Wrote the agenda to ${out} (${pageCount(result.pages)}).\n`);
  return EXIT.OK;
};

export const exportCommand: Command = withSubcommands('export', EXPORT_HELP.export, { agenda });
