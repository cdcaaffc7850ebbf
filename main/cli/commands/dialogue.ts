import { contract, type DialogueView, type InputOf } from '../../../shared/contract';
import { DIALOGUE_STATUS_LABELS, TRACK_LEVEL_LABELS } from '../../../shared/domain/dialogue';
import { parseCommand, workspaceArgument } from '../args';
import type { Command } from '../context';
import { withSubcommands } from '../subcommands';
import { EXIT, usageError } from '../exit-codes';
import { HELP } from '../help';
import { renderJson, renderTable, type Column } from '../output';
import { resolveTarget, withUnlocked } from '../workspace';

type CreateInput = InputOf<(typeof contract)['dialogue.create']>;

const add: Command = async (args, ctx) => {
  const command = 'dialogue add';
  const { values, positionals } = parseCommand(command, args, {
    'code-name': { type: 'string' },
    party: { type: 'string', multiple: true },
    facilitation: { type: 'string' },
    conflict: { type: 'string' },
    objectives: { type: 'string' },
    status: { type: 'string' },
    track: { type: 'string' },
    'started-on': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(HELP[command]);
    return EXIT.OK;
  }
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, positionals));
  if (values['code-name'] === undefined) throw usageError('--code-name is required.', command);

  const sides = values.party ?? [];
  const input: CreateInput = {
    codeName: values['code-name'],
    conflict: values.conflict,
    objectives: values.objectives,
    status: values.status as CreateInput['status'],
    trackLevel: values.track as CreateInput['trackLevel'],
    startedOn: values['started-on'],
    parties: [
      ...sides.map((name) => ({ name, kind: 'side' as const })),
      ...(values.facilitation === undefined ? [] : [{ name: values.facilitation, kind: 'facilitation' as const }]),
    ],
  };
  // The contract's own schema, checked before the passphrase is asked for and the key derived;
  // the registry checks again. Messages name the option rather than the contract field.
  const parsed = contract['dialogue.create'].input.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError(`${optionFor(issue.path, sides.length)}: ${issue.message}`, command);
  }

  const created = await withUnlocked(ctx.io, target, ctx.report, (client) => client.call('dialogue.create', input));
  if (values.json) {
    ctx.io.stdout(renderJson(created));
  } else {
    const parties = created.parties.length === 1 ? '1 party' : `${created.parties.length} parties`;
    ctx.io.stdout(
      `Added dialogue “${created.codeName}” (${DIALOGUE_STATUS_LABELS[created.status]}, ` +
        `${TRACK_LEVEL_LABELS[created.trackLevel]}, ${parties}) to ${target.label}.\n`,
    );
  }
  return EXIT.OK;
};

const list: Command = async (args, ctx) => {
  const command = 'dialogue list';
  const { values, positionals } = parseCommand(command, args, {
    json: { type: 'boolean' },
    archived: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(HELP[command]);
    return EXIT.OK;
  }
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, positionals));
  const includeArchived = values.archived ?? false;
  const dialogues = await withUnlocked(ctx.io, target, ctx.report, (client) =>
    client.call('dialogue.list', { includeArchived }),
  );
  if (values.json) {
    ctx.io.stdout(renderJson(dialogues));
  } else if (dialogues.length === 0) {
    ctx.io.stdout(
      `No dialogues${includeArchived ? '' : ' (archived ones are hidden; add --archived)'} in ${target.label}.\n`,
    );
  } else {
    ctx.io.stdout(renderTable(columns(includeArchived), dialogues));
  }
  return EXIT.OK;
};

function columns(withArchived: boolean): Column<DialogueView>[] {
  return [
    { header: 'CODE NAME', value: (d) => d.codeName },
    { header: 'STATUS', value: (d) => DIALOGUE_STATUS_LABELS[d.status] },
    { header: 'TRACK', value: (d) => d.trackLevel },
    ...(withArchived ? [{ header: 'ARCHIVED', value: (d: DialogueView) => (d.archived ? 'yes' : '') }] : []),
    { header: 'UPDATED', value: (d) => d.updatedAt.slice(0, 10) },
    // Last, so that long or right-to-left party names cannot push the other columns about.
    {
      header: 'PARTIES',
      value: (d) => d.parties.map((p) => (p.kind === 'facilitation' ? `${p.name} (facilitation)` : p.name)).join(', '),
    },
  ];
}

/** Maps a contract field path back to the option the user typed. */
function optionFor(path: readonly PropertyKey[], sideCount: number): string {
  const [field, index] = path;
  switch (field) {
    case 'codeName':
      return '--code-name';
    case 'trackLevel':
      return '--track';
    case 'startedOn':
      return '--started-on';
    case 'parties':
      return typeof index === 'number' && index >= sideCount ? '--facilitation' : '--party';
    default:
      return `--${String(field)}`;
  }
}

export const dialogue: Command = withSubcommands('dialogue', HELP.dialogue, { add, list });
