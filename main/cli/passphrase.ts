import { assessPassphrase } from '../../shared/passphrase/strength';
import { CliError, EXIT } from './exit-codes';
import type { CliIo } from './io';

/**
 * The passphrase comes from PARLEY_PASSPHRASE when set (scripts, CI), else from an echo-less
 * prompt. It is passed straight to the registry and never printed, logged or put in a message.
 */
export function passphraseFromEnv(io: CliIo): string | undefined {
  const value = io.env.PARLEY_PASSPHRASE;
  // An empty variable is treated as unset: it is a shell accident far more often than a passphrase.
  return value === undefined || value === '' ? undefined : value;
}

export async function askPassphrase(io: CliIo, workspaceLabel: string): Promise<string> {
  return passphraseFromEnv(io) ?? io.prompt(`Passphrase for ${workspaceLabel}: `);
}

/**
 * A new workspace's passphrase: judged with the app's own strength rules before anything is made
 * (the service judges it again), and typed twice when typed at all, since a typo would lock the
 * facilitator out of an encrypted workspace for good.
 */
export async function chooseNewPassphrase(io: CliIo, context: readonly string[]): Promise<string> {
  const fromEnv = passphraseFromEnv(io);
  const passphrase = fromEnv ?? (await io.prompt('New passphrase: '));
  const strength = assessPassphrase(passphrase, context);
  if (!strength.acceptable) {
    throw new CliError(EXIT.FAILURE, `That passphrase is too easy to guess. ${strength.hint}`);
  }
  if (fromEnv === undefined && (await io.prompt('Repeat the passphrase: ')) !== passphrase) {
    throw new CliError(EXIT.FAILURE, 'The two passphrases differ. Nothing was created.');
  }
  return passphrase;
}
