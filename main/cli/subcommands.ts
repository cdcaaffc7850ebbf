import type { Command } from './context';
import { EXIT, usageError } from './exit-codes';

/** "'list', 'add' or 'remove'". */
function choices(names: readonly string[]): string {
  const quoted = names.map((name) => `'${name}'`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}`;
}

/**
 * A command made of subcommands (`parley draft list|export|diff`): its help page, each
 * subcommand by name, and a usage error that lists them when one is missing or unknown.
 */
export function withSubcommands(group: string, help: string, subcommands: Readonly<Record<string, Command>>): Command {
  const names = Object.keys(subcommands);
  return async (args, ctx) => {
    const [sub, ...rest] = args;
    if (sub === undefined) throw usageError(`Missing ${group} command: ${choices(names)}.`, group);
    if (sub === '--help' || sub === '-h' || sub === 'help') {
      ctx.io.stdout(help);
      return EXIT.OK;
    }
    const run = Object.hasOwn(subcommands, sub) ? subcommands[sub] : undefined;
    if (!run) throw usageError(`Unknown ${group} command '${sub}'. Use ${choices(names)}.`, group);
    return run(rest, ctx);
  };
}
