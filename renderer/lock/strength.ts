import type { PassphraseStrength } from '../../shared/passphrase/strength';

export type Assess = (passphrase: string, context: readonly string[]) => PassphraseStrength;

let loading: Promise<Assess> | undefined;

/**
 * zxcvbn's dictionaries are most of the renderer's weight (≈1.7 MB) and only creating a workspace
 * needs them, so they load on demand (a separate same-origin chunk): the unlock screen, opened many
 * times a day, stays light.
 */
export function loadAssess(): Promise<Assess> {
  loading ??= import('../../shared/passphrase/strength').then((module) => module.assessPassphrase);
  return loading;
}
