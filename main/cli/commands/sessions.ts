import type { SessionView } from '../../../shared/contract';
import { parseCommand, workspaceArgument } from '../args';
import type { Command } from '../context';
import { withSubcommands } from '../subcommands';
import { EXIT } from '../exit-codes';
import { renderJson, renderTable, type Column } from '../output';
import { resolveTarget, withUnlocked } from '../workspace';
import { dialogueCode, findDialogue } from './dialogue-lookup';

const EXIT_CODES = `Exit codes:
  0    ok
  1    failed: no such dialogue, or the operation was refused
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

/** Help pages of `parley sessions`, kept here with the command (the overview lists it in one line). */
export const SESSIONS_HELP = {
  sessions: `Usage:
  parley sessions list <workspace> --dialogue CODE [--json]

Run \`parley sessions list --help\` for details.
`,
  'sessions list': `Usage: parley sessions list <workspace> --dialogue CODE [--json]

Lists the sessions of a dialogue in time order, with their ids (for \`parley export agenda\`).
Times are shown as the venue's clocks show them, with the venue's time zone.

Options:
  --dialogue CODE   the dialogue's code name (case and accents ignored)
  --json            print the sessions as JSON (times as instants, plus venue-local times)

${EXIT_CODES}
`,
} as const;

/** The overview line for `parley --help`. */
export const SESSIONS_USAGE_LINE = 'parley sessions list <workspace> --dialogue CODE [--json]';

const list: Command = async (args, ctx) => {
  const command = 'sessions list';
  const { values, positionals } = parseCommand(command, args, {
    dialogue: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(SESSIONS_HELP[command]);
    return EXIT.OK;
  }
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, positionals));
  const code = dialogueCode(values.dialogue, command);

  const found = await withUnlocked(ctx.io, target, ctx.report, async (client) => {
    const dialogue = await findDialogue(client, code, target.label);
    return { dialogue, sessions: await client.call('session.list', { dialogueId: dialogue.id }) };
  });
  if (values.json) {
    ctx.io.stdout(renderJson(found.sessions));
  } else if (found.sessions.length === 0) {
    ctx.io.stdout(`No sessions yet in dialogue “${found.dialogue.codeName}”.\n`);
  } else {
    ctx.io.stdout(renderTable(COLUMNS, found.sessions));
  }
  return EXIT.OK;
};

const local = (value: string) => value.replace('T', ' ');

const COLUMNS: readonly Column<SessionView>[] = [
  { header: 'NO', value: (s) => String(s.number) },
  { header: 'ID', value: (s) => s.id },
  { header: 'STARTS', value: (s) => local(s.startsLocal) },
  { header: 'ENDS', value: (s) => local(s.endsLocal) },
  { header: 'TIME ZONE', value: (s) => s.timeZone },
  { header: 'ITEMS', value: (s) => String(s.itemCount) },
  // Free text last, so that long or right-to-left titles cannot push the other columns about.
  { header: 'VENUE', value: (s) => s.venue?.name ?? '' },
  { header: 'TITLE', value: (s) => s.title },
];

export const sessions: Command = withSubcommands('sessions', SESSIONS_HELP.sessions, { list });
