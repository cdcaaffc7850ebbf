import { ownerLabel } from '../../../shared/agreements/owner';
import type { CommitmentView } from '../../../shared/contract';
import { COMMITMENT_STATUS_LABELS, COMMITMENT_DUE_SOON_DAYS } from '../../../shared/domain/agreement';
import { parseCommand, workspaceArgument } from '../args';
import type { Command } from '../context';
import { withSubcommands } from '../subcommands';
import { EXIT, usageError } from '../exit-codes';
import { renderJson, renderTable, type Column } from '../output';
import { resolveTarget, withUnlocked } from '../workspace';
import { dialogueCode, findDialogue } from './dialogue-lookup';

const EXIT_CODES = `Exit codes:
  0    ok (also when there are none)
  1    failed: no such dialogue
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

export const COMMITMENTS_HELP = {
  commitments: `Usage:
  parley commitments list <workspace> --dialogue CODE [--due-within DAYS] [--json]

Run \`parley commitments list --help\` for details.
`,
  'commitments list': `Usage: parley commitments list <workspace> --dialogue CODE [--due-within DAYS] [--json]

Lists the commitments made in a dialogue's drafts, soonest due first: what, by whom (a side, a
role, or a speaker code — never a name), when, and where it stands against today:
  overdue    past its due date and not done (counts as lapsed)
  lapsed     marked lapsed
  due soon   due within ${COMMITMENT_DUE_SOON_DAYS} days
  upcoming   due later
  done

Options:
  --dialogue CODE      the dialogue's code name (case and accents ignored)
  --due-within DAYS    only commitments not done that fall due within DAYS (overdue ones included)
  --json               print the commitments as JSON

${EXIT_CODES}
`,
} as const;

export const COMMITMENTS_USAGE_LINE =
  'parley commitments list <workspace> --dialogue CODE [--due-within DAYS] [--json]';

export { ownerLabel };

const STATE_LABELS: Record<CommitmentView['dueState'], string> = {
  done: 'done',
  lapsed: 'lapsed',
  overdue: 'overdue',
  'due-soon': 'due soon',
  upcoming: 'upcoming',
};

const COLUMNS: readonly Column<CommitmentView>[] = [
  { header: 'DUE', value: (c) => c.dueOn },
  { header: 'STATE', value: (c) => STATE_LABELS[c.dueState] },
  { header: 'STATUS', value: (c) => COMMITMENT_STATUS_LABELS[c.status] },
  { header: 'CLAUSE', value: (c) => c.clauseNumber ?? '—' },
  { header: 'OWNER', value: (c) => ownerLabel(c.owner) },
  { header: 'DRAFT', value: (c) => c.draftTitle },
  { header: 'COMMITMENT', value: (c) => c.description },
];

const list: Command = async (args, ctx) => {
  const command = 'commitments list';
  const { values, positionals } = parseCommand(command, args, {
    dialogue: { type: 'string' },
    'due-within': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(COMMITMENTS_HELP[command]);
    return EXIT.OK;
  }
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, positionals));
  const code = dialogueCode(values.dialogue, command);
  const within = values['due-within'];
  if (within !== undefined && !/^\d{1,4}$/u.test(within.trim())) {
    throw usageError('--due-within: must be a whole number of days (0–3650).', command);
  }
  const dueWithinDays = within === undefined ? undefined : Number(within);
  if (dueWithinDays !== undefined && dueWithinDays > 3650) {
    throw usageError('--due-within: must be a whole number of days (0–3650).', command);
  }
  const found = await withUnlocked(ctx.io, target, ctx.report, async (client) => {
    const dialogue = await findDialogue(client, code, target.label);
    const list = await client.call('commitment.list', {
      dialogueId: dialogue.id,
      ...(dueWithinDays !== undefined ? { dueWithinDays } : {}),
    });
    return { dialogue, list };
  });
  if (values.json) ctx.io.stdout(renderJson(found.list));
  else if (found.list.length === 0) {
    ctx.io.stdout(
      dueWithinDays === undefined
        ? `No commitments yet in dialogue “${found.dialogue.codeName}”.\n`
        : `No commitments of dialogue “${found.dialogue.codeName}” fall due within ${dueWithinDays} days.\n`,
    );
  } else ctx.io.stdout(renderTable(COLUMNS, found.list));
  return EXIT.OK;
};

export const commitments: Command = withSubcommands('commitments', COMMITMENTS_HELP.commitments, { list });
