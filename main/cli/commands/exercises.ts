import type { ExerciseView } from '../../../shared/contract';
import {
  EXERCISE_FLAG_SHORT,
  EXERCISE_STAGES,
  EXERCISE_STAGE_LABELS,
  type ExerciseStage,
} from '../../../shared/domain/exercise';
import { BUILT_IN_EXERCISES } from '../../../shared/exercises/library';
import { parseCommand } from '../args';
import type { Command } from '../context';
import { withSubcommands } from '../subcommands';
import { EXIT, usageError } from '../exit-codes';
import { renderJson, renderTable, type Column } from '../output';
import { resolveTarget, withUnlocked } from '../workspace';

const EXIT_CODES = `Exit codes:
  0    ok (also when no exercise matches)
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

/** Help pages of `parley exercises`, kept here with the command (the overview lists it in one line). */
export const EXERCISES_HELP = {
  exercises: `Usage:
  parley exercises list [<workspace>] [--stage STAGE] [--json]

Run \`parley exercises list --help\` for details.
`,
  'exercises list': `Usage: parley exercises list [<workspace>] [--stage STAGE] [--json]

Lists the exercise library: the built-in exercises, and with a <workspace> also the facilitator's
own (the passphrase is asked only then). Each with its stage, length, group size and do-no-harm
flags; --json gives every field, the checklist and the cautions included.

Options:
  --stage STAGE   only one stage: ${EXERCISE_STAGES.join(', ')}
  --json          print the exercises as JSON

${EXIT_CODES}
`,
} as const;

/** The overview line for `parley --help`. */
export const EXERCISES_USAGE_LINE = 'parley exercises list [<workspace>] [--stage STAGE] [--json]';

const list: Command = async (args, ctx) => {
  const command = 'exercises list';
  const { values, positionals } = parseCommand(command, args, {
    stage: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(EXERCISES_HELP[command]);
    return EXIT.OK;
  }
  const [workspace, ...extra] = positionals;
  if (extra.length > 0) throw usageError(`Unexpected argument '${extra[0]}'.`, command);
  const stage = values.stage?.trim().toLowerCase();
  if (stage !== undefined && !(EXERCISE_STAGES as readonly string[]).includes(stage)) {
    throw usageError(`--stage: '${values.stage}' is not a stage (use ${EXERCISE_STAGES.join(', ')}).`, command);
  }

  // Without a workspace the built-ins need no passphrase; with one, the library comes through the registry.
  const library: readonly ExerciseView[] =
    workspace === undefined
      ? BUILT_IN_EXERCISES
      : await withUnlocked(ctx.io, resolveTarget(ctx.io, command, workspace), ctx.report, (client) =>
          client.call('exercise.list', {}),
        );
  const shown =
    stage === undefined ? library : library.filter((exercise) => exercise.stage === (stage as ExerciseStage));

  if (values.json) ctx.io.stdout(renderJson(shown));
  else if (shown.length === 0) ctx.io.stdout('No exercises match.\n');
  else ctx.io.stdout(renderTable(COLUMNS, shown));
  return EXIT.OK;
};

const range = (min: number, max: number | null, unit: string) =>
  max === null ? `${min}+ ${unit}` : min === max ? `${min} ${unit}` : `${min}-${max} ${unit}`;

const COLUMNS: readonly Column<ExerciseView>[] = [
  { header: 'ID', value: (e) => e.id },
  { header: 'STAGE', value: (e) => EXERCISE_STAGE_LABELS[e.stage] },
  { header: 'LENGTH', value: (e) => range(e.minMinutes, e.maxMinutes, 'min') },
  { header: 'GROUP', value: (e) => range(e.minPeople, e.maxPeople, 'people') },
  {
    header: 'FLAGS',
    value: (e) =>
      e.flags
        .filter((flag) => flag.flag !== 'opt-out')
        .map((flag) => EXERCISE_FLAG_SHORT[flag.flag].toLowerCase())
        .join(', ') || '-',
  },
  // Free text last, so long or right-to-left names cannot push the other columns about.
  { header: 'NAME', value: (e) => `${e.name}${e.archived ? ' (archived)' : ''}` },
];

export const exercises: Command = withSubcommands('exercises', EXERCISES_HELP.exercises, { list });
