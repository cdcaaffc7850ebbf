import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DialogueView } from '../../../shared/contract';
import { foldForMatch } from '../../../shared/text/fold';
import { parseCommand } from '../args';
import type { Client } from '../client';
import type { Command } from '../context';
import { withSubcommands } from '../subcommands';
import { CliError, EXIT, usageError } from '../exit-codes';
import { acknowledgingWarnings } from '../warnings';
import { resolveTarget, withUnlocked, type WorkspaceTarget } from '../workspace';
import { MAX_CSV_BYTES, parseRosterCsv } from './roster-csv';
import { fixedDestination } from '../../export/destination';
import { assertWritable, noPdf, resolveOutput } from '../output-file';

const EXIT_CODES = `Exit codes: 0 ok · 1 refused or failed (nothing imported) · 2 usage · 3 passphrase · 4 no workspace`;

export const ROSTER_HELP = {
  roster: `Usage:
  parley roster import <workspace> --dialogue CODE <file.csv>
  parley roster export <workspace> --dialogue CODE --out FILE.csv [--include-identities] [--accept-warnings]

Run \`parley roster import --help\` or \`parley roster export --help\` for details.
`,
  'roster import': `Usage: parley roster import <workspace> --dialogue CODE <file.csv>

Adds the participants of a CSV file (UTF-8, header row first) to the dialogue CODE.
All rows or none: the file is checked line by line before the passphrase is asked for, and again
inside one transaction; any problem is reported with its line and nothing is imported.

Columns (any order, case-insensitive; name and party are required):
  name         real name
  aliases      other spellings, transliterations, nicknames, separated by ;
  party        the party's name, as in the dialogue
  affiliation  organisation or position
  sensitive    yes/no: the affiliation would identify or endanger the person
  email, phone contact details
  role         role or position
  track        level (1, 1.5, 2, 3), multi-track sector (government, professional, business,
               private-citizen, research-education, activism, religion, funding, media), or
               both as level/sector, e.g. 2/religion
  status       prospect (default), invited, confirmed, declined, withdrawn
  pseudonym    optional; default "Participant <code>"
  code         optional speaker code; default the party's next (A1, A2, B1…)

Options:
  --dialogue CODE   the dialogue's code name (case and accents ignored)

${EXIT_CODES}
`,
  'roster export': `Usage: parley roster export <workspace> --dialogue CODE --out FILE.csv [--include-identities] [--accept-warnings] [--force]

Writes the dialogue's roster as CSV (UTF-8 with a byte-order mark, for spreadsheet programs):
speaker codes, pseudonyms, parties and statuses only. Purged participants are left out. The table
is checked like every export: a pseudonym that gives someone away refuses it (the row is printed,
never the name), and what only may is a warning to accept with --accept-warnings.

Options:
  --dialogue CODE         the dialogue's code name
  --out FILE.csv          the file to write; never inside the workspace folder
  --include-identities    also real names, aliases, affiliations, contacts, roles and tracks, in
                          the import's columns. The file is NOT encrypted: keep it safe, delete it
                          after use. Every export is recorded in the workspace's audit log.
  --accept-warnings       write the file even though it has warnings (after checking each row)
  --force                 replace FILE.csv if it exists

${EXIT_CODES}
`,
} as const;

const importCommand: Command = async (args, ctx) => {
  const command = 'roster import';
  const { values, positionals } = parseCommand(command, args, {
    dialogue: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(ROSTER_HELP[command]);
    return EXIT.OK;
  }
  const [workspace, file, ...extra] = positionals;
  if (workspace === undefined) throw usageError('Missing <workspace>: the folder of the workspace.', command);
  if (file === undefined) throw usageError('Missing <file.csv>: the roster to import.', command);
  if (extra.length > 0) throw usageError(`Unexpected argument '${extra[0]}'.`, command);
  const code = requireDialogue(values.dialogue, command);
  const target = resolveTarget(ctx.io, command, workspace);

  const parsed = parseRosterCsv(await readCsv(resolve(ctx.io.cwd, file), file));
  if (!parsed.ok) {
    ctx.io.stderr(parsed.problems.map((problem) => `${file}: ${problem}\n`).join(''));
    throw new CliError(
      EXIT.FAILURE,
      `Nothing was imported: fix the ${plural(parsed.problems.length, 'problem')} above.`,
    );
  }

  const { dialogue, created } = await withUnlocked(ctx.io, target, ctx.report, async (client) => {
    const found = await findDialogue(client, code, target);
    const result = await client.call('participant.import', { dialogueId: found.id, rows: parsed.rows });
    return { dialogue: found, created: result.created };
  });
  // Codes and pseudonyms only: a terminal's scrollback is not the place for real names.
  ctx.io.stdout(
    `Imported ${plural(created.length, 'participant')} into “${dialogue.codeName}” (${target.label}):\n` +
      created.map((row) => `  line ${row.line}: ${row.speakerCode}  ${row.pseudonym}\n`).join(''),
  );
  return EXIT.OK;
};

const exportCommand: Command = async (args, ctx) => {
  const command = 'roster export';
  const { values, positionals } = parseCommand(command, args, {
    dialogue: { type: 'string' },
    out: { type: 'string' },
    'include-identities': { type: 'boolean' },
    'accept-warnings': { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(ROSTER_HELP[command]);
    return EXIT.OK;
  }
  const [workspace, ...extra] = positionals;
  if (workspace === undefined) throw usageError('Missing <workspace>: the folder of the workspace.', command);
  if (extra.length > 0) throw usageError(`Unexpected argument '${extra[0]}'.`, command);
  const code = requireDialogue(values.dialogue, command);
  if (values.out === undefined || values.out.trim() === '') throw usageError('--out FILE.csv is required.', command);
  const target = resolveTarget(ctx.io, command, workspace);
  const out = resolveOutput(ctx.io, target, values.out, command);
  const includeIdentities = values['include-identities'] ?? false;
  const force = values.force ?? false;
  // Checked before unlocking, so an existing file is refused before the passphrase is asked for.
  await assertWritable(out, values.out, force);
  const result = await withUnlocked(
    ctx.io,
    target,
    ctx.report,
    async (client) => {
      const dialogue = await findDialogue(client, code, target);
      return acknowledgingWarnings(ctx.io, values['accept-warnings'] ?? false, (acknowledgedWarnings) =>
        client.call('export.rosterCsv', {
          dialogueId: dialogue.id,
          includeIdentities,
          acknowledgedWarnings: [...acknowledgedWarnings],
        }),
      );
    },
    { exports: { pdf: noPdf, destination: fixedDestination(out, force, [target.path]) } },
  );
  if (result.saved) {
    ctx.io.stdout(
      `Wrote ${plural(result.participants, 'participant')} to ${values.out} ` +
        `(${includeIdentities ? 'with identities' : 'speaker codes and pseudonyms only'}).\n`,
    );
    if (includeIdentities) {
      ctx.io.stderr(
        `Warning: ${values.out} holds real names and contact details in plain text. Keep it safe and delete it after use.\n`,
      );
    }
  }
  return EXIT.OK;
};

function requireDialogue(value: string | undefined, command: string): string {
  if (value === undefined || value.trim() === '') throw usageError('--dialogue CODE is required.', command);
  return value;
}

async function readCsv(path: string, label: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(EXIT.USAGE, `${label} is not a file.`);
    if (info.size > MAX_CSV_BYTES) throw new CliError(EXIT.FAILURE, `${label} is larger than 10 MB; split it.`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(EXIT.USAGE, `No file ${label}.`);
    throw new CliError(EXIT.FAILURE, `Could not read ${label}.`);
  }
}

async function findDialogue(client: Client, code: string, target: WorkspaceTarget): Promise<DialogueView> {
  const dialogues = await client.call('dialogue.list', { includeArchived: true });
  const found = dialogues.find((d) => foldForMatch(d.codeName) === foldForMatch(code));
  if (!found) throw new CliError(EXIT.FAILURE, `No dialogue “${code}” in ${target.label}.`);
  return found;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export const roster: Command = withSubcommands('roster', ROSTER_HELP.roster, {
  import: importCommand,
  export: exportCommand,
});
