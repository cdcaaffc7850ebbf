import { parseCommand, workspaceArgument } from '../args';
import { createClient } from '../client';
import type { Command } from '../context';
import { EXIT } from '../exit-codes';
import { HELP } from '../help';
import { chooseNewPassphrase } from '../passphrase';
import { assertFreeForInit, lock, resolveTarget } from '../workspace';

export const init: Command = async (args, { io, report }) => {
  const { values, positionals } = parseCommand('init', args, { help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(HELP.init);
    return EXIT.OK;
  }
  const target = resolveTarget(io, 'init', workspaceArgument('init', positionals));
  // Everything that can be refused without a secret is refused before one is asked for.
  await assertFreeForInit(target);
  const passphrase = await chooseNewPassphrase(io, [target.name]);
  const client = createClient({ root: target.root, kdfCost: io.kdfCost, report });
  await client.call('workspace.create', { name: target.name, passphrase });
  await lock(client);
  io.stdout(
    `Created the encrypted workspace ${target.label}.\n` +
      'Keep the passphrase somewhere safe: it cannot be recovered, and without it the workspace is unreadable.\n',
  );
  return EXIT.OK;
};
