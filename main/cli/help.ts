/** Help texts, kept beside each other so the overview and the per-command pages stay consistent. */
import { COMMITMENTS_HELP, COMMITMENTS_USAGE_LINE } from './commands/commitments';
import { DRAFT_HELP, DRAFT_USAGE_LINES } from './commands/draft';
import { EXPORT_HELP, EXPORT_USAGE_LINES } from './commands/export';
import { EXPORTS_HELP, EXPORTS_USAGE_LINES } from './commands/exports';
import { EXERCISES_HELP, EXERCISES_USAGE_LINE } from './commands/exercises';
import { TRUST_HELP, TRUST_USAGE_LINE } from './commands/trust';
import { LIFECYCLE_HELP, LIFECYCLE_USAGE_LINES } from './commands/lifecycle';
import { NOTES_HELP, NOTES_USAGE_LINE } from './commands/notes';
import { ROSTER_HELP } from './commands/roster';
import { SAFE_PHRASES_HELP, SAFE_PHRASES_USAGE_LINE } from './commands/safe-phrases';
import { SESSIONS_HELP, SESSIONS_USAGE_LINE } from './commands/sessions';

const EXIT_CODES = `Exit codes:
  0    ok
  1    failed: verify found a problem, or the operation was refused
  2    usage error: unknown command, missing or invalid arguments
  3    wrong passphrase, or no passphrase available (no PARLEY_PASSPHRASE and no terminal)
  4    workspace not found
  130  cancelled at the passphrase prompt`;

const PASSPHRASE = `Passphrase:
  Taken from PARLEY_PASSPHRASE when set, otherwise asked for on the terminal without echo.
  With neither (for example in a pipe or a cron job) parley stops at once with exit code 3.
  Other processes of the same user can read environment variables: on a shared machine, prefer
  the prompt.`;

export const HELP = {
  main: `parley — command line of Parley, the offline encrypted workspace for Track Two dialogues

Usage:
  parley init <workspace>                          create a new encrypted workspace folder
  parley verify <workspace> [--json]               check encryption, integrity and schema
  parley dialogue add <workspace> --code-name NAME [options]
  parley dialogue list <workspace> [--json] [--archived]
  parley roster import <workspace> --dialogue CODE <file.csv>
  parley roster export <workspace> --dialogue CODE --out FILE.csv [--include-identities] [--accept-warnings]
  ${SESSIONS_USAGE_LINE}
  ${NOTES_USAGE_LINE}
  ${EXPORT_USAGE_LINES.join('\n  ')}
  ${EXPORTS_USAGE_LINES.join('\n  ')}
  ${SAFE_PHRASES_USAGE_LINE}
  ${DRAFT_USAGE_LINES.join('\n  ')}
  ${COMMITMENTS_USAGE_LINE}
  ${EXERCISES_USAGE_LINE}
  ${TRUST_USAGE_LINE}
  ${LIFECYCLE_USAGE_LINES.join('\n  ')}
  parley help [command]                            this text, or a command's (also: --help)
  parley --version

A <workspace> is a folder holding workspace.db and workspace.keys; its name is visible on disk,
so choose a neutral one.

${PASSPHRASE}

Environment:
  PARLEY_PASSPHRASE   the workspace passphrase
  PARLEY_NEW_PASSPHRASE, PARLEY_RECOVERY_KEY   a new passphrase, a recovery key (parley passphrase, recover)
  PARLEY_DEBUG=1      on an internal error, also print where it happened (code and stack frames only,
                      never workspace content or the passphrase)

${EXIT_CODES}
`,

  init: `Usage: parley init <workspace>

Creates a new encrypted workspace in the folder <workspace>, which must not exist or be empty.
Asks for the passphrase twice (or takes PARLEY_PASSPHRASE) and refuses one that is easy to guess.
The passphrase cannot be recovered: without it the workspace is unreadable.

${EXIT_CODES}
`,

  verify: `Usage: parley verify <workspace> [--json]

Checks that the database is encrypted (no plaintext SQLite header, cipher active), decrypts and
authenticates every page (full integrity check), and reports the schema version. Reads only.
Prints a one-line verdict; exit 0 when all is well, 1 when a check fails.

Options:
  --json   print the verdict as JSON

${EXIT_CODES}
`,

  dialogue: `Usage:
  parley dialogue add <workspace> --code-name NAME [options]
  parley dialogue list <workspace> [--json] [--archived]

Run \`parley dialogue add --help\` or \`parley dialogue list --help\` for details.
`,

  'dialogue add': `Usage: parley dialogue add <workspace> --code-name NAME [options]

Adds a dialogue (a Track Two process) to the workspace.

Options:
  --code-name NAME       required; unique in the workspace (case and accents ignored)
  --party NAME           a side of the conflict; repeat for each side, in order
  --facilitation NAME    the facilitation team (third party)
  --conflict TEXT        the conflict, in one line
  --objectives TEXT      objectives
  --status S             exploring (default), active, paused or concluded
  --track T              track level: 1.5, 2 (default) or 3
  --started-on DATE      YYYY-MM-DD
  --json                 print the new dialogue as JSON

Example:
  parley dialogue add my-workspace --code-name Cedar --party "Northern delegation" \\
    --party "Southern delegation" --facilitation "Facilitation team" --status active

${EXIT_CODES}
`,

  'dialogue list': `Usage: parley dialogue list <workspace> [--json] [--archived]

Lists the workspace's dialogues, most recently changed first.

Options:
  --archived   include archived dialogues
  --json       print the dialogues as JSON (code names exactly as stored)

${EXIT_CODES}
`,

  ...ROSTER_HELP,
  ...SESSIONS_HELP,
  ...NOTES_HELP,
  ...EXPORT_HELP,
  ...SAFE_PHRASES_HELP,
  ...DRAFT_HELP,
  ...COMMITMENTS_HELP,
  ...EXERCISES_HELP,
  ...TRUST_HELP,
  ...LIFECYCLE_HELP,
  ...EXPORTS_HELP,
} as const;

export type HelpTopic = keyof typeof HELP;

export function helpFor(topic: string): string | undefined {
  return Object.hasOwn(HELP, topic) ? HELP[topic as HelpTopic] : undefined;
}
