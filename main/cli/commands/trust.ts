import type { OvertonBoardView, TrustBoardView } from '../../../shared/contract';
import { describeMovement, overtonChartData } from '../../../shared/charts/overton-data';
import { trustChartData } from '../../../shared/charts/trust-data';
import { formatTrustRating, OVERTON_LEVEL_LABELS, TRUST_INDICATOR_LABELS } from '../../../shared/domain/trust';
import { parseCommand, workspaceArgument } from '../args';
import type { Command } from '../context';
import { withSubcommands } from '../subcommands';
import { EXIT } from '../exit-codes';
import { renderJson, renderTable, type Column } from '../output';
import { resolveTarget, withUnlocked } from '../workspace';
import { dialogueCode, findDialogue } from './dialogue-lookup';

const EXIT_CODES = `Exit codes:
  0    ok
  1    failed: no such dialogue
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

/** Help pages of `parley trust`, kept here with the command (the overview lists it in one line). */
export const TRUST_HELP = {
  trust: `Usage:
  parley trust show <workspace> --dialogue CODE [--json]

Run \`parley trust show --help\` for details.
`,
  'trust show': `Usage: parley trust show <workspace> --dialogue CODE [--json]

Shows a dialogue's trust readings (per session and pair of sides, -2 hostile to +2 warm, with the
indicators seen) and its Overton window (each option's place per side at each session, with its
movement). Readings and placements are about sides, never people: nothing here names anyone.

Options:
  --dialogue CODE   the dialogue's code name (case and accents ignored)
  --json            print readings and placements as JSON

${EXIT_CODES}
`,
} as const;

/** The overview line for `parley --help`. */
export const TRUST_USAGE_LINE = 'parley trust show <workspace> --dialogue CODE [--json]';

const show: Command = async (args, ctx) => {
  const command = 'trust show';
  const { values, positionals } = parseCommand(command, args, {
    dialogue: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(TRUST_HELP[command]);
    return EXIT.OK;
  }
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, positionals));
  const code = dialogueCode(values.dialogue, command);

  const found = await withUnlocked(ctx.io, target, ctx.report, async (client) => {
    const dialogue = await findDialogue(client, code, target.label);
    return {
      codeName: dialogue.codeName,
      trust: await client.call('trust.board', { dialogueId: dialogue.id }),
      overton: await client.call('overton.board', { dialogueId: dialogue.id }),
    };
  });
  ctx.io.stdout(
    values.json
      ? renderJson(toJson(found.codeName, found.trust, found.overton))
      : renderText(found.codeName, found.trust, found.overton),
  );
  return EXIT.OK;
};

interface TrustRow {
  readonly session: number;
  readonly pair: string;
  readonly rating: string;
  readonly indicators: string;
}

const TRUST_COLUMNS: readonly Column<TrustRow>[] = [
  { header: 'SESSION', value: (r) => String(r.session) },
  { header: 'RATING', value: (r) => r.rating },
  { header: 'INDICATORS', value: (r) => r.indicators || '-' },
  { header: 'SIDES', value: (r) => r.pair },
];

function renderText(codeName: string, trust: TrustBoardView, overton: OvertonBoardView): string {
  const parts: string[] = [];
  const data = trustChartData(trust);
  parts.push(`Trust readings — ${codeName}\n`);
  const rows: TrustRow[] = data.series.flatMap((series) =>
    series.points
      .filter((point) => point.rating !== null)
      .map((point) => ({
        session: point.sessionNumber,
        pair: series.label,
        rating: formatTrustRating(point.rating!),
        indicators: point.indicators.map((i) => TRUST_INDICATOR_LABELS[i].toLowerCase()).join(', '),
      })),
  );
  parts.push(
    rows.length === 0
      ? 'No readings yet.\n'
      : renderTable(
          TRUST_COLUMNS,
          rows.sort((a, b) => a.session - b.session),
        ),
  );

  parts.push(`\nOverton window — ${codeName}\n`);
  const chart = overtonChartData(overton);
  if (chart.rows.length === 0) parts.push('No options yet.\n');
  for (const topic of overton.topics) {
    const options = chart.rows.filter((row) => row.topicId === topic.id);
    if (options.length === 0) continue;
    parts.push(`\n${topic.title}\n`);
    type Line = { option: string; side: string; levels: string[]; movement: string };
    const lines: Line[] = options.flatMap((row) =>
      row.series.map((series) => ({
        option: row.optionTitle,
        side: series.sideName,
        levels: series.points.map((point) => (point.level ? OVERTON_LEVEL_LABELS[point.level] : '-')),
        movement: describeMovement(series),
      })),
    );
    const columns: Column<Line>[] = [
      ...chart.sessions.map((session, index) => ({
        header: `S${session.number}`,
        value: (l: Line) => l.levels[index]!,
      })),
      { header: 'MOVEMENT', value: (l) => l.movement },
      { header: 'SIDE', value: (l) => l.side },
      { header: 'OPTION', value: (l) => l.option },
    ];
    parts.push(renderTable(columns, lines));
  }
  return parts.join('');
}

function toJson(codeName: string, trust: TrustBoardView, overton: OvertonBoardView) {
  const sideName = new Map(trust.sides.map((side) => [side.id, side.name]));
  const sessionNumber = new Map(trust.sessions.map((session) => [session.id, session.number]));
  return {
    dialogue: codeName,
    sides: trust.sides.map((side) => side.name),
    sessions: trust.sessions.map((session) => ({
      number: session.number,
      title: session.title,
      startsAt: session.startsAt,
    })),
    trust: trust.readings
      .map((reading) => ({
        session: sessionNumber.get(reading.sessionId),
        sides: [sideName.get(reading.partyAId), sideName.get(reading.partyBId)],
        rating: reading.rating,
        indicators: reading.indicators,
        rationale: reading.rationale,
      }))
      .sort((a, b) => (a.session ?? 0) - (b.session ?? 0)),
    overton: overton.topics.map((topic) => ({
      topic: topic.title,
      options: topic.options.map((option) => ({
        option: option.title,
        raisedAt: option.addedInSessionId === null ? null : (sessionNumber.get(option.addedInSessionId) ?? null),
        placements: option.placements
          .map((placement) => ({
            session: sessionNumber.get(placement.sessionId),
            side: sideName.get(placement.partyId),
            level: placement.level,
          }))
          .sort((a, b) => (a.session ?? 0) - (b.session ?? 0)),
      })),
    })),
  };
}

export const trust: Command = withSubcommands('trust', TRUST_HELP.trust, { show });
