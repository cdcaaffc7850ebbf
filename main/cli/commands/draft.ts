import type { CompareEntryView, CompareView, DraftSummary, VersionRef } from '../../../shared/contract';
import { CLAUSE_STATUS_LABELS, DRAFT_STATUS_LABELS, PAX_STAGE_LABELS } from '../../../shared/domain/agreement';
import { parseCommand, workspaceArgument } from '../args';
import type { Command } from '../context';
import { EXIT, usageError } from '../exit-codes';
import { renderJson, renderTable, type Column } from '../output';
import { printPdf } from '../print-pdf';
import { withSubcommands } from '../subcommands';
import { resolveTarget, withUnlocked } from '../workspace';
import { dialogueCode, findDialogue } from './dialogue-lookup';

const EXIT_CODES = `Exit codes:
  0    ok
  1    failed: no such dialogue, draft or version; brackets not closed; the draft names someone
       from the roster; the file exists; or printing failed
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

/** Help pages of `parley draft`, kept here with the command (the overview lists it in a few lines). */
export const DRAFT_HELP = {
  draft: `Usage:
  parley draft list <workspace> --dialogue CODE [--json]
  parley draft export <workspace> --draft ID [--version N] [--facilitator-copy] --out FILE.pdf [--accept-warnings] [--force]
  parley draft diff <workspace> --draft ID --from N --to M [--json]

Run \`parley draft <command> --help\` for details.
`,
  'draft list': `Usage: parley draft list <workspace> --dialogue CODE [--json]

Lists a dialogue's agreement drafts (single negotiating texts), most recently changed first, with
their ids, PA-X stage, status, clauses (how many are clean: no bracket left and every side
accepts), brackets left, and the latest version.

Options:
  --dialogue CODE   the dialogue's code name (case and accents ignored)
  --json            print the drafts as JSON

${EXIT_CODES}
`,
  'draft export': `Usage: parley draft export <workspace> --draft ID [--version N] [--facilitator-copy] --out FILE.pdf [--accept-warnings] [--force]

Prints a draft to PDF: the text with its brackets and options, its version and "Draft — nothing is
agreed until everything is agreed" on every page. The participants' copy (the default) holds no
stances. The PDF is checked against the dialogue's roster first: a draft that would name a
participant is not written (the place is printed, never the name), and what only may is a warning
to accept with --accept-warnings. Needs a Chromium (Debian's chromium package, or PARLEY_CHROMIUM).

Options:
  --draft ID           the draft's id (see \`parley draft list\`)
  --version N          a saved version; without it, the working text as it is now
  --facilitator-copy   also each side's stance and private rationale per clause, the holds on
                       brackets, the purpose and each side's word on the whole package
  --out FILE.pdf       the file to write; never inside the workspace folder
  --accept-warnings    write the PDF even though it has warnings (after checking each place)
  --force              replace FILE.pdf if it exists

${EXIT_CODES}
`,
  'draft diff': `Usage: parley draft diff <workspace> --draft ID --from N --to M [--json]

Compares two states of a draft clause by clause. A clause that moved is shown once, as moved
from its old number, with the words changed inside it. Removed words are printed [-like this-],
added ones {+like this+}. N and M are version numbers, or "working" for the text as it is now.

Options:
  --draft ID   the draft's id (see \`parley draft list\`)
  --from N     the older version (or "working")
  --to M       the newer version (or "working")
  --json       print the comparison as JSON (word changes as segments)

${EXIT_CODES}
`,
} as const;

/** The overview lines for `parley --help`. */
export const DRAFT_USAGE_LINES = [
  'parley draft list <workspace> --dialogue CODE [--json]',
  'parley draft export <workspace> --draft ID [--version N] [--facilitator-copy] --out FILE.pdf',
  'parley draft diff <workspace> --draft ID --from N --to M [--json]',
] as const;

const LIST_COLUMNS: readonly Column<DraftSummary>[] = [
  { header: 'ID', value: (d) => d.id },
  { header: 'STAGE', value: (d) => PAX_STAGE_LABELS[d.stage] },
  { header: 'STATUS', value: (d) => DRAFT_STATUS_LABELS[d.status] },
  { header: 'CLAUSES', value: (d) => `${d.clauseCount} (${d.cleanCount} clean)` },
  { header: 'BRACKETS', value: (d) => String(d.bracketCount) },
  { header: 'VERSION', value: (d) => (d.latestVersion === null ? '—' : String(d.latestVersion)) },
  // Free text last, so that a long or right-to-left title cannot push the other columns about.
  { header: 'TITLE', value: (d) => d.title },
];

const list: Command = async (args, ctx) => {
  const command = 'draft list';
  const { values, positionals } = parseCommand(command, args, {
    dialogue: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(DRAFT_HELP[command]);
    return EXIT.OK;
  }
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, positionals));
  const code = dialogueCode(values.dialogue, command);
  const found = await withUnlocked(ctx.io, target, ctx.report, async (client) => {
    const dialogue = await findDialogue(client, code, target.label);
    return { dialogue, drafts: await client.call('draft.list', { dialogueId: dialogue.id }) };
  });
  if (values.json) ctx.io.stdout(renderJson(found.drafts));
  else if (found.drafts.length === 0) ctx.io.stdout(`No drafts yet in dialogue “${found.dialogue.codeName}”.\n`);
  else ctx.io.stdout(renderTable(LIST_COLUMNS, found.drafts));
  return EXIT.OK;
};

function versionNumber(value: string | undefined, option: string, command: string, allowWorking: boolean) {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (allowWorking && trimmed.toLowerCase() === 'working') return 'working' as const;
  if (!/^\d{1,4}$/u.test(trimmed) || Number(trimmed) < 1) {
    throw usageError(`${option}: must be a version number${allowWorking ? ' or "working"' : ''}.`, command);
  }
  return Number(trimmed);
}

function draftId(value: string | undefined, command: string): string {
  const id = value?.trim();
  if (!id) throw usageError('--draft ID is required (see `parley draft list`).', command);
  return id;
}

const exportDraft: Command = async (args, ctx) => {
  const command = 'draft export';
  const { values, positionals } = parseCommand(command, args, {
    draft: { type: 'string' },
    version: { type: 'string' },
    'facilitator-copy': { type: 'boolean' },
    out: { type: 'string' },
    'accept-warnings': { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(DRAFT_HELP[command]);
    return EXIT.OK;
  }
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, positionals));
  const id = draftId(values.draft, command);
  const version = versionNumber(values.version, '--version', command, false) as number | undefined;
  return printPdf(ctx, {
    command,
    target,
    flags: values,
    what: `the ${values['facilitator-copy'] ? 'facilitator’s copy' : 'participants’ copy'} of the draft`,
    print: (client, acknowledgedWarnings) =>
      client.call('export.draftPdf', {
        draftId: id,
        ...(version !== undefined ? { version } : {}),
        facilitatorCopy: values['facilitator-copy'] ?? false,
        acknowledgedWarnings,
      }),
  });
};

const diff: Command = async (args, ctx) => {
  const command = 'draft diff';
  const { values, positionals } = parseCommand(command, args, {
    draft: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(DRAFT_HELP[command]);
    return EXIT.OK;
  }
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, positionals));
  const id = draftId(values.draft, command);
  const from = versionNumber(values.from, '--from', command, true);
  const to = versionNumber(values.to, '--to', command, true);
  if (from === undefined || to === undefined) throw usageError('--from and --to are required.', command);
  const compared = await withUnlocked(ctx.io, target, ctx.report, (client) =>
    client.call('draft.compare', { from: { draftId: id, version: from }, to: { draftId: id, version: to } }),
  );
  ctx.io.stdout(values.json ? renderJson(compared) : renderComparison(compared));
  return EXIT.OK;
};

const refLabel = (ref: VersionRef) => (ref === 'working' ? 'the working text' : `version ${ref}`);

/** Words as wdiff writes them: [-removed-] {+added+}. */
export function markedWords(entry: CompareEntryView): string {
  return entry.changes
    .map((change) => (change.added ? `{+${change.text}+}` : change.removed ? `[-${change.text}-]` : change.text))
    .join('')
    .replace(/\s*\n\s*/gu, ' ');
}

function entryLine(entry: CompareEntryView): string | null {
  const after = entry.after;
  const before = entry.before;
  if (entry.kind === 'added') return `+ ${after!.number}  ${markedWords(entry)}`;
  if (entry.kind === 'removed') return `- ${before!.number}  ${markedWords(entry)}`;
  if (entry.kind === 'unchanged' && !entry.moved && !entry.reLevelled) return null;
  const notes = [
    entry.moved ? `moved from ${before!.number}` : entry.reLevelled ? `was ${before!.number}` : null,
    entry.statusChanged ? `${CLAUSE_STATUS_LABELS[before!.status]} → ${CLAUSE_STATUS_LABELS[after!.status]}` : null,
  ].filter((note): note is string => note !== null);
  const sign = entry.moved ? '>' : '~';
  return `${sign} ${after!.number}  ${notes.length ? `(${notes.join('; ')}) ` : ''}${markedWords(entry)}`;
}

function renderComparison(view: CompareView): string {
  const { summary } = view;
  const head =
    `Comparing ${refLabel(view.from.version)} with ${refLabel(view.to.version)} of “${view.draftTitle}”: ` +
    `${summary.changed} changed, ${summary.moved} moved, ${summary.added} added, ${summary.removed} removed, ` +
    `${summary.unchanged} unchanged.`;
  const lines = view.entries.map(entryLine).filter((line): line is string => line !== null);
  const legend = 'Key: ~ changed  > moved  + added  - removed; [-removed words-] {+added words+}';
  return [head, '', ...(lines.length ? lines : ['No differences.']), '', legend, ''].join('\n');
}

export const draft: Command = withSubcommands('draft', DRAFT_HELP.draft, { list, export: exportDraft, diff });
