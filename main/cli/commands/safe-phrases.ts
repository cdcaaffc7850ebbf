import type { SafePhraseView } from '../../../shared/contract';
import { safePhraseKey } from '../../../shared/redaction';
import { parseCommand, workspaceArgument } from '../args';
import type { Command } from '../context';
import { withSubcommands } from '../subcommands';
import { CliError, EXIT, usageError } from '../exit-codes';
import { renderJson, renderTable, type Column } from '../output';
import { dialogueCode, findDialogue } from './dialogue-lookup';
import { resolveTarget, withUnlocked } from '../workspace';

const EXIT_CODES = `Exit codes:
  0    ok
  1    failed: no such dialogue or phrase, or the phrase was refused (it names someone, or is already there)
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

const ABOUT = `A known-safe phrase is one the redaction check leaves alone although a word of it is also a
participant's name word: add "Rose Garden Accord" once when a participant is called Rose, and
exports stop warning about it. A phrase must hold a word that is no participant's name word, and
never a whole name or alias, an email or a phone.`;

/** Help pages of `parley safe-phrases`, kept here with the command. */
export const SAFE_PHRASES_HELP = {
  'safe-phrases': `Usage:
  parley safe-phrases list <workspace> --dialogue CODE [--json]
  parley safe-phrases add <workspace> --dialogue CODE PHRASE
  parley safe-phrases remove <workspace> --dialogue CODE PHRASE

${ABOUT}
`,
  'safe-phrases list': `Usage: parley safe-phrases list <workspace> --dialogue CODE [--json]

Lists a dialogue's known-safe phrases, oldest first.

${ABOUT}

${EXIT_CODES}
`,
  'safe-phrases add': `Usage: parley safe-phrases add <workspace> --dialogue CODE PHRASE

Adds PHRASE (quote it) to the dialogue's known-safe phrases.

${ABOUT}

${EXIT_CODES}
`,
  'safe-phrases remove': `Usage: parley safe-phrases remove <workspace> --dialogue CODE PHRASE

Removes PHRASE (case and accents ignored) from the dialogue's known-safe phrases.

${EXIT_CODES}
`,
} as const;

/** The overview line for `parley --help`. */
export const SAFE_PHRASES_USAGE_LINE = 'parley safe-phrases list|add|remove <workspace> --dialogue CODE [PHRASE]';

const COLUMNS: readonly Column<SafePhraseView>[] = [
  { header: 'ADDED', value: (phrase) => phrase.createdAt.slice(0, 10) },
  { header: 'PHRASE', value: (phrase) => phrase.phrase },
];

async function run(sub: 'list' | 'add' | 'remove', args: readonly string[], ctx: Parameters<Command>[1]) {
  const command = `safe-phrases ${sub}` as const;
  const { values, positionals } = parseCommand(command, args, {
    dialogue: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    ctx.io.stdout(SAFE_PHRASES_HELP[command]);
    return EXIT.OK;
  }
  const [workspace, phrase, ...extra] = positionals;
  const target = resolveTarget(ctx.io, command, workspaceArgument(command, workspace === undefined ? [] : [workspace]));
  const code = dialogueCode(values.dialogue, command);
  if (sub === 'list' && phrase !== undefined) throw usageError(`Unexpected argument '${phrase}'.`, command);
  if (sub !== 'list' && (phrase === undefined || phrase.trim() === '')) {
    throw usageError('PHRASE is required (quote it: "Rose Garden Accord").', command);
  }
  if (extra.length > 0)
    throw usageError(`Unexpected argument '${extra[0]}': quote a phrase of several words.`, command);

  await withUnlocked(ctx.io, target, ctx.report, async (client) => {
    const dialogue = await findDialogue(client, code, target.label);
    if (sub === 'add') {
      await client.call('safePhrase.add', { dialogueId: dialogue.id, phrase: phrase! });
      ctx.io.stdout(`Added a known-safe phrase to “${dialogue.codeName}”.\n`);
      return;
    }
    const phrases = await client.call('safePhrase.list', { dialogueId: dialogue.id });
    if (sub === 'remove') {
      const found = phrases.find((p) => safePhraseKey(p.phrase) === safePhraseKey(phrase!));
      if (!found) throw new CliError(EXIT.FAILURE, `“${dialogue.codeName}” has no such known-safe phrase.`);
      await client.call('safePhrase.remove', { id: found.id });
      ctx.io.stdout(`Removed a known-safe phrase from “${dialogue.codeName}”.\n`);
    } else if (values.json) {
      ctx.io.stdout(renderJson(phrases));
    } else if (phrases.length === 0) {
      ctx.io.stdout(`No known-safe phrases in “${dialogue.codeName}”.\n`);
    } else {
      ctx.io.stdout(renderTable(COLUMNS, phrases));
    }
  });
  return EXIT.OK;
}

export const safePhrases: Command = withSubcommands('safe-phrases', SAFE_PHRASES_HELP['safe-phrases'], {
  list: (args, ctx) => run('list', args, ctx),
  add: (args, ctx) => run('add', args, ctx),
  remove: (args, ctx) => run('remove', args, ctx),
});
