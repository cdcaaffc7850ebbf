import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { usageError } from './exit-codes';

/**
 * `util.parseArgs` in strict mode, with its errors turned into one-line usage errors. Node's
 * messages go on to explain `--` escaping over several lines; the first sentence is the useful part.
 */
export function parseCommand<const O extends ParseArgsOptionsConfig>(
  command: string,
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const first = message.split(/\.(?:\s|$)|\n/)[0]?.trim() || 'Invalid arguments';
    throw usageError(`${first}.`, command);
  }
}

/** Exactly one `<workspace>` positional; anything else is a usage error naming what was wrong. */
export function workspaceArgument(command: string, positionals: readonly string[]): string {
  const [workspace, ...extra] = positionals;
  if (workspace === undefined || workspace.trim() === '') {
    throw usageError('Missing <workspace>: the folder of the workspace.', command);
  }
  if (extra.length > 0) throw usageError(`Unexpected argument '${extra[0]}'.`, command);
  return workspace;
}
