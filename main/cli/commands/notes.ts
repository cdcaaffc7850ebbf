import {
  contract,
  type DialogueView,
  type InputOf,
  type NoteSearchHit,
  type NoteSearchResult,
} from '../../../shared/contract';
import { NOTE_LEVEL_LABELS, NOTE_LEVELS, type NoteLevel } from '../../../shared/domain/note';
import { foldForMatch } from '../../../shared/text/fold';
import { parseCommand } from '../args';
import type { Client } from '../client';
import type { Command } from '../context';
import { withSubcommands } from '../subcommands';
import { CliError, EXIT, usageError } from '../exit-codes';
import { renderJson } from '../output';
import { resolveTarget, withUnlocked } from '../workspace';

const EXIT_CODES = `Exit codes:
  0    ok (also when nothing matches)
  1    failed: no such dialogue, session or party, or the search was refused
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

/** Help pages of `parley notes`, kept here with the command (the overview lists it in one line). */
export const NOTES_HELP = {
  notes: `Usage:
  parley notes search <workspace> QUERY [options]

Run \`parley notes search --help\` for details.
`,
  'notes search': `Usage: parley notes search <workspace> QUERY [options]

Searches the notes: ranked, with the matching words in [brackets]. Case, accents, Arabic
harakat and Hebrew niqqud are ignored; an Arabic or Hebrew word also finds it with the article
attached ("مياه" finds "المياه").
  water guarantees     notes with both words
  "water sharing"      the words side by side
  negotiat*            words starting with "negotiat"
An empty QUERY ("") lists the notes the options select, newest first.

Speakers appear by speaker code only, never by name. Caucus notes are searched only with
--caucus, exactly as the app keeps them out of joint views.

Options:
  --dialogue CODE     only this dialogue (its code name; case and accents ignored)
  --session N         only session number N (needs --dialogue when there are several)
  --speaker CODE      only notes attributed to this speaker code, e.g. B2
  --level LEVEL       facilitator, participants or sponsor; repeat for several
  --caucus PARTY      search the caucus notes of this party (by name) instead of joint notes
  --limit N           at most N results (default 20, at most 100)
  --json              print the results as JSON, snippets as segments

${EXIT_CODES}
`,
} as const;

/** The overview line for `parley --help`. */
export const NOTES_USAGE_LINE = 'parley notes search <workspace> QUERY [--json] [options]';

type SearchInput = InputOf<(typeof contract)['note.search']>;

const search: Command = async (args, ctx) => {
  const command = 'notes search';
  const { values, positionals } = parseCommand(command, args, {
    dialogue: { type: 'string' },
    session: { type: 'string' },
    speaker: { type: 'string' },
    level: { type: 'string', multiple: true },
    caucus: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(NOTES_HELP[command]);
    return EXIT.OK;
  }
  const [workspace, ...words] = positionals;
  if (workspace === undefined || workspace.trim() === '') {
    throw usageError('Missing <workspace>: the folder of the workspace.', command);
  }
  if (words.length === 0) throw usageError('Missing QUERY: the words to search for ("" lists all).', command);
  const target = resolveTarget(ctx.io, command, workspace);

  // Everything that can be refused without the passphrase is refused before it is asked for.
  const query = words.join(' ');
  const levels = (values.level ?? []).map((level) => {
    if (!(NOTE_LEVELS as readonly string[]).includes(level)) {
      throw usageError(`--level: '${level}' is not a level (use ${NOTE_LEVELS.join(', ')}).`, command);
    }
    return level as NoteLevel;
  });
  const limit = values.limit === undefined ? 20 : wholeNumber(values.limit, '--limit', command);
  const sessionNumber = values.session === undefined ? undefined : wholeNumber(values.session, '--session', command);
  const base: SearchInput = {
    query,
    limit,
    speakerCode: values.speaker,
    levels: levels.length > 0 ? levels : undefined,
  };
  const parsed = contract['note.search'].input.safeParse(base);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const option = { query: 'QUERY', speakerCode: '--speaker', limit: '--limit', levels: '--level' }[
      String(issue.path[0]) as 'query'
    ];
    throw usageError(`${option ?? String(issue.path[0])}: ${issue.message}`, command);
  }

  const found = await withUnlocked(ctx.io, target, ctx.report, async (client) => {
    const scope = await resolveScope(client, {
      dialogue: values.dialogue,
      session: sessionNumber,
      caucus: values.caucus,
    });
    const result = await client.call('note.search', { ...base, ...scope.filters });
    return { result, dialogues: scope.dialogues };
  });

  if (values.json) {
    ctx.io.stdout(renderJson(toJson(found.result, found.dialogues)));
  } else {
    ctx.io.stdout(renderText(found.result, found.dialogues, values.caucus !== undefined));
  }
  return EXIT.OK;
};

function wholeNumber(value: string, option: string, command: string): number {
  if (!/^\d{1,6}$/u.test(value.trim())) throw usageError(`${option}: must be a whole number.`, command);
  return Number(value);
}

interface Scope {
  readonly filters: Pick<SearchInput, 'dialogueId' | 'sessionId' | 'caucusPartyId'>;
  /** Code names by dialogue id, to label results. */
  readonly dialogues: ReadonlyMap<string, string>;
}

/** Turns the names and numbers typed on the command line into the ids the contract takes. */
async function resolveScope(
  client: Client,
  options: { dialogue?: string; session?: number; caucus?: string },
): Promise<Scope> {
  const all = await client.call('dialogue.list', { includeArchived: true });
  const dialogues = new Map(all.map((d) => [d.id, d.codeName]));
  let dialogue: DialogueView | undefined;
  if (options.dialogue !== undefined) {
    const key = foldForMatch(options.dialogue);
    dialogue = all.find((d) => foldForMatch(d.codeName) === key);
    // The code name is what the user typed on this command line: safe to repeat.
    if (!dialogue) throw new CliError(EXIT.FAILURE, `No dialogue called “${options.dialogue.trim()}”.`);
  } else if ((options.session !== undefined || options.caucus !== undefined) && all.length === 1) {
    dialogue = all[0];
  } else if (options.session !== undefined || options.caucus !== undefined) {
    throw new CliError(EXIT.USAGE, '--session and --caucus need --dialogue: this workspace holds several dialogues.');
  }
  const filters: { dialogueId?: string; sessionId?: string; caucusPartyId?: string } = {};
  if (dialogue) filters.dialogueId = dialogue.id;
  if (dialogue && options.session !== undefined) {
    const sessions = await client.call('session.list', { dialogueId: dialogue.id });
    const session = sessions.find((s) => s.number === options.session);
    if (!session)
      throw new CliError(EXIT.FAILURE, `Dialogue “${dialogue.codeName}” has no session ${options.session}.`);
    filters.sessionId = session.id;
  }
  if (dialogue && options.caucus !== undefined) {
    const key = foldForMatch(options.caucus);
    const party = dialogue.parties.find((p) => foldForMatch(p.name) === key);
    if (!party)
      throw new CliError(
        EXIT.FAILURE,
        `Dialogue “${dialogue.codeName}” has no party called “${options.caucus.trim()}”.`,
      );
    filters.caucusPartyId = party.id;
  }
  return { filters, dialogues };
}

/** One line of snippet, matches in [brackets], ellipses where text was left out. */
export function snippetText(hit: NoteSearchHit): string {
  const body = hit.snippet.segments.map((s) => (s.match ? `[${s.text}]` : s.text)).join('');
  return `${hit.snippet.truncatedStart ? '…' : ''}${body}${hit.snippet.truncatedEnd ? '…' : ''}`;
}

/** Who spoke, as exports say it: a code, "withdrawn participant", or nobody. Never a name. */
function speakerOf(hit: NoteSearchHit): string | null {
  if (hit.note.speakerWithdrawn) return 'withdrawn participant';
  return hit.note.speaker?.code ?? null;
}

function renderText(result: NoteSearchResult, dialogues: ReadonlyMap<string, string>, caucus: boolean): string {
  if (result.hits.length === 0) {
    return `No ${caucus ? 'caucus ' : ''}notes match${result.understood.length > 0 ? ` ${result.understood.join(' ')}` : ''}.\n`;
  }
  const several = new Set(result.hits.map((hit) => hit.note.dialogueId)).size > 1 || dialogues.size > 1;
  const lines = result.hits.map((hit) => {
    const note = hit.note;
    const where = `${several ? `${dialogues.get(note.dialogueId) ?? ''} ` : ''}S${note.sessionNumber}`;
    const facts = [
      where,
      speakerOf(hit),
      note.kind === 'quote' ? 'quote' : null,
      NOTE_LEVEL_LABELS[note.level],
      note.caucusPartyId ? 'caucus' : null,
      note.createdAt.slice(0, 16).replace('T', ' '),
    ].filter((fact): fact is string => fact !== null);
    return `${facts.join(' · ')}\n  ${snippetText(hit)}\n`;
  });
  const count = result.rankedWindow
    ? `Showing ${result.hits.length} of more than ${result.total.toLocaleString('en')} matches (the most recent ranked): add a word or an option to narrow.`
    : `Showing ${result.hits.length} of ${result.total} ${result.total === 1 ? 'match' : 'matches'}.`;
  return `${lines.join('\n')}\n${count}\n`;
}

/** The JSON of a search: codes and ids, never names; snippets as data and as one line of text. */
function toJson(result: NoteSearchResult, dialogues: ReadonlyMap<string, string>) {
  return {
    understood: result.understood,
    total: result.total,
    rankedWindow: result.rankedWindow,
    hits: result.hits.map((hit) => ({
      id: hit.note.id,
      dialogue: dialogues.get(hit.note.dialogueId) ?? null,
      session: hit.note.sessionNumber,
      speakerCode: hit.note.speaker?.code ?? null,
      speakerWithdrawn: hit.note.speakerWithdrawn,
      level: hit.note.level,
      kind: hit.note.kind,
      caucus: hit.note.caucusPartyId !== null,
      createdAt: hit.note.createdAt,
      updatedAt: hit.note.updatedAt,
      snippet: snippetText(hit),
      segments: hit.snippet.segments,
      truncatedStart: hit.snippet.truncatedStart,
      truncatedEnd: hit.snippet.truncatedEnd,
    })),
  };
}

export const notes: Command = withSubcommands('notes', NOTES_HELP.notes, { search });
