import type { Client } from '../client';
import { NOTE_LEVELS, type NoteLevel } from '../../../shared/domain/note';
import { foldForMatch } from '../../../shared/text/fold';
import { parseCommand, workspaceArgument } from '../args';
import type { Command } from '../context';
import { CliError, EXIT, usageError } from '../exit-codes';
import { printPdf } from '../print-pdf';
import { withSubcommands } from '../subcommands';
import { findDialogue } from './dialogue-lookup';

const EXIT_CODES = `Exit codes:
  0    ok
  1    failed: no such session, dialogue or profile, the export names someone from the roster,
       warnings not accepted, the file exists, or printing failed
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

/** Help pages of `parley export`, kept here with the command. */
export const EXPORT_HELP = {
  export: `Usage:
  parley export agenda <workspace> --session ID --out FILE.pdf [--with-notes] [--accept-warnings] [--force]
  parley export summary <workspace> --session ID --out FILE.pdf [--levels L,L] [--no-caucus] [--accept-warnings] [--force]
  parley export sponsor-report <workspace> --dialogue CODE [--sessions N,N] [--profile NAME] --out FILE.pdf [--accept-warnings] [--force]

Run \`parley export agenda --help\`, \`parley export summary --help\` or \`parley export sponsor-report --help\` for details.
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
  'export summary': `Usage: parley export summary <workspace> --session ID --out FILE.pdf [--levels L,L] [--no-caucus] [--accept-warnings] [--force]

Prints the internal session summary to PDF, "Confidential — facilitator's record" on every page:
the session's facts, attendance by speaker code and side, the agenda as run against the plan,
the notes of the chosen levels by agenda item with speaker codes, each party's caucus notes in a
section of their own, exercise runs, the trust reading and the commitments not yet done. Codes,
never names: the text is checked against the roster before printing and the printed PDF again
before it is written; a summary that would name a participant is not written (the place is
printed, never the name). Warnings are printed with their place and reason; nothing is written
unless --accept-warnings says so. Needs a Chromium.

Options:
  --session ID        the session's id (see \`parley sessions list <workspace> --dialogue CODE\`)
  --out FILE.pdf      the file to write; never inside the workspace folder
  --levels L,L        the note levels to include: facilitator, participants, sponsor (default: all three)
  --no-caucus         leave caucus notes out (by default each party's are in their own section)
  --accept-warnings   write the PDF even though it has warnings (after checking each place)
  --force             replace FILE.pdf if it exists

${EXIT_CODES}
`,
  'export sponsor-report': `Usage: parley export sponsor-report <workspace> --dialogue CODE [--sessions N,N] [--profile NAME] --out FILE.pdf [--accept-warnings] [--force]

Prints the sanitized sponsor report of a dialogue to PDF: meeting numbers and periods (coarsened
for sessions marked risky), places, the rule that applied, participants per side with small
counts suppressed, the report's fixed statements, the sections the facilitator wrote, agreed
statements and sponsor-shareable points, the trust and Overton charts, harvested outcomes and
ideas carried to Track One by role. Names, aliases, contacts, sensitive affiliations, speaker
codes and pseudonyms are replaced before printing; the printed PDF is checked again before it is
written. What may still point to someone (a rare role, "the only…", a small side) is a warning:
each is printed with its place and reason — never the words — and nothing is written unless
--accept-warnings says so. The export log records the profile used. Needs a Chromium.

Options:
  --dialogue CODE     the dialogue's code name
  --sessions N,N      session numbers to cover (default: the sessions chosen in the app, or all)
  --profile NAME      the report profile (default: the one chosen in the app, or the standard settings)
  --out FILE.pdf      the file to write; never inside the workspace folder
  --accept-warnings   write the PDF even though it has warnings (after checking each place)
  --force             replace FILE.pdf if it exists

${EXIT_CODES}
`,
} as const;

/** The overview line for `parley --help`. */
export const EXPORT_USAGE_LINES = [
  'parley export agenda <workspace> --session ID --out FILE.pdf [--with-notes] [--accept-warnings]',
  'parley export summary <workspace> --session ID --out FILE.pdf [--levels L,L] [--no-caucus] [--accept-warnings]',
  'parley export sponsor-report <workspace> --dialogue CODE [--sessions N,N] --out FILE.pdf [--accept-warnings]',
] as const;

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
  const workspace = workspaceArgument(command, positionals);
  const sessionId = values.session?.trim();
  if (!sessionId) throw usageError('--session ID is required (see `parley sessions list`).', command);
  return printPdf(ctx, {
    command,
    target: workspace,
    flags: values,
    what: 'the agenda',
    print: (client, acknowledgedWarnings) =>
      client.call('export.agendaPdf', {
        sessionId,
        includeItemNotes: values['with-notes'] ?? false,
        acknowledgedWarnings,
      }),
  });
};

/** "facilitator,sponsor" as note levels; anything else is a usage error naming the word. */
function parseLevels(command: string, value: string | undefined): NoteLevel[] | undefined {
  if (value === undefined) return undefined;
  const words = value
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word !== '');
  if (words.length === 0)
    throw usageError('--levels needs at least one of facilitator, participants, sponsor.', command);
  for (const word of words) {
    if (!(NOTE_LEVELS as readonly string[]).includes(word)) {
      throw usageError(`--levels: '${word}' is not a level. Use facilitator, participants or sponsor.`, command);
    }
  }
  return [...new Set(words)] as NoteLevel[];
}

const summary: Command = async (args, ctx) => {
  const command = 'export summary';
  const { values, positionals } = parseCommand(command, args, {
    session: { type: 'string' },
    out: { type: 'string' },
    levels: { type: 'string' },
    'no-caucus': { type: 'boolean' },
    'accept-warnings': { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(EXPORT_HELP[command]);
    return EXIT.OK;
  }
  const workspace = workspaceArgument(command, positionals);
  const sessionId = values.session?.trim();
  if (!sessionId) throw usageError('--session ID is required (see `parley sessions list`).', command);
  const levels = parseLevels(command, values.levels);
  return printPdf(ctx, {
    command,
    target: workspace,
    flags: values,
    what: 'the session summary',
    print: (client, acknowledgedWarnings) =>
      client.call('export.sessionSummaryPdf', {
        sessionId,
        ...(levels ? { levels } : {}),
        includeCaucus: !(values['no-caucus'] ?? false),
        acknowledgedWarnings,
      }),
  });
};

/** "1,2,3" or "1-3,5" as session numbers. */
function parseSessionNumbers(command: string, value: string): number[] {
  const numbers: number[] = [];
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const range = /^(\d{1,4})\s*-\s*(\d{1,4})$/u.exec(part);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from > to) throw usageError(`--sessions: '${part}' runs backwards.`, command);
      for (let n = from; n <= to; n++) numbers.push(n);
    } else if (/^\d{1,4}$/u.test(part)) {
      numbers.push(Number(part));
    } else {
      throw usageError(`--sessions: '${part}' is not a session number.`, command);
    }
  }
  if (numbers.length === 0) throw usageError('--sessions needs at least one session number.', command);
  return [...new Set(numbers)];
}

const sponsorReport: Command = async (args, ctx) => {
  const command = 'export sponsor-report';
  const { values, positionals } = parseCommand(command, args, {
    dialogue: { type: 'string' },
    sessions: { type: 'string' },
    profile: { type: 'string' },
    out: { type: 'string' },
    'accept-warnings': { type: 'boolean' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(EXPORT_HELP[command]);
    return EXIT.OK;
  }
  const workspace = workspaceArgument(command, positionals);
  const code = values.dialogue?.trim();
  if (!code) throw usageError('--dialogue CODE is required.', command);
  const numbers = values.sessions === undefined ? undefined : parseSessionNumbers(command, values.sessions);
  return printPdf(ctx, {
    command,
    target: workspace,
    flags: values,
    what: 'the sponsor report',
    print: async (client, acknowledgedWarnings) => {
      const dialogue = await findDialogue(client, code, workspace);
      const sessionIds = numbers ? await sessionIdsOf(client, dialogue.id, numbers) : undefined;
      const profileId =
        values.profile === undefined ? undefined : await profileIdOf(client, dialogue.id, values.profile);
      return client.call('export.sponsorReportPdf', {
        dialogueId: dialogue.id,
        ...(sessionIds ? { sessionIds } : {}),
        ...(profileId ? { profileId } : {}),
        acknowledgedWarnings,
      });
    },
  });
};

async function sessionIdsOf(client: Client, dialogueId: string, numbers: readonly number[]): Promise<string[]> {
  const sessions = await client.call('session.list', { dialogueId });
  const missing = numbers.filter((n) => !sessions.some((session) => session.number === n));
  if (missing.length > 0) {
    throw new CliError(
      EXIT.FAILURE,
      `No session ${missing.join(', ')} in this dialogue (see \`parley sessions list\`).`,
    );
  }
  return numbers.map((n) => sessions.find((session) => session.number === n)!.id);
}

async function profileIdOf(client: Client, dialogueId: string, name: string): Promise<string> {
  const profiles = await client.call('reportProfile.list', { dialogueId });
  const profile = profiles.find((p) => foldForMatch(p.name) === foldForMatch(name));
  if (!profile) {
    const known = profiles.map((p) => `“${p.name}”`).join(', ');
    throw new CliError(
      EXIT.FAILURE,
      `No report profile called “${name.trim()}” in this dialogue.${known ? ` Profiles: ${known}.` : ' Save one in the app first.'}`,
    );
  }
  return profile.id;
}

export const exportCommand: Command = withSubcommands('export', EXPORT_HELP.export, {
  agenda,
  summary,
  'sponsor-report': sponsorReport,
});
