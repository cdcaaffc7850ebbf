/**
 * Exit codes of `parley`, stable so scripts can branch on them (documented in `parley --help`):
 *   0    success
 *   1    failure: verify found a problem, or the operation was refused or failed
 *   2    usage: unknown command, missing or invalid arguments
 *   3    passphrase: wrong passphrase, or none could be obtained (no PARLEY_PASSPHRASE, no terminal)
 *   4    the workspace does not exist
 *   130  cancelled at the passphrase prompt (Ctrl-C), as shells report SIGINT
 */
export const EXIT = {
  OK: 0,
  FAILURE: 1,
  USAGE: 2,
  PASSPHRASE: 3,
  NOT_FOUND: 4,
  CANCELLED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error the CLI reports as one line on stderr and an exit code. `message` must be safe to print:
 * never a passphrase, never workspace content beyond what the user typed on this command line.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    /** Appended on its own line, e.g. "Run `parley dialogue add --help` for usage." */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string, command?: string) =>
  new CliError(EXIT.USAGE, message, `Run \`parley ${command ? `${command} ` : ''}--help\` for usage.`);

/** Contract error codes that get their own exit code; every other failure is EXIT.FAILURE. */
const EXIT_BY_CODE: Readonly<Record<string, ExitCode>> = {
  INVALID_INPUT: EXIT.USAGE,
  WRONG_PASSPHRASE: EXIT.PASSPHRASE,
  PASSPHRASE_REQUIRED: EXIT.PASSPHRASE,
  WORKSPACE_NOT_FOUND: EXIT.NOT_FOUND,
  PROMPT_CANCELLED: EXIT.CANCELLED,
};

export function exitCodeFor(code: string): ExitCode {
  return EXIT_BY_CODE[code] ?? EXIT.FAILURE;
}
