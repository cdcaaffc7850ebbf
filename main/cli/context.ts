import type { Reporter } from './workspace';
import type { CliIo } from './io';

export interface CommandContext {
  readonly io: CliIo;
  /** Passed to the registry: sees failure codes (and, for PARLEY_DEBUG, internal errors). */
  readonly report: Reporter;
}

/** A command takes the arguments after its own name and returns the process exit code. */
export type Command = (args: readonly string[], ctx: CommandContext) => Promise<number>;
