import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';

/**
 * Passphrase strength, judged the same way in the unlock screen, the CLI and main (which has the
 * final word). zxcvbn estimates guesses against dictionaries, keyboard patterns and common
 * substitutions — a length rule alone would accept "aaaaaaaaaaaa".
 */

export const MIN_PASSPHRASE_LENGTH = 12;
/** zxcvbn score (0–4) a new passphrase must reach. */
export const MIN_PASSPHRASE_SCORE = 3;

export type StrengthLevel = 'too-short' | 'very-weak' | 'weak' | 'fair' | 'strong' | 'very-strong';

export interface PassphraseStrength {
  readonly level: StrengthLevel;
  /** 0–4, zxcvbn's score (0 also when too short). */
  readonly score: 0 | 1 | 2 | 3 | 4;
  readonly acceptable: boolean;
  /** One short line for the facilitator. */
  readonly hint: string;
}

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations,
  });
  return factory;
}

const LEVELS: readonly StrengthLevel[] = ['very-weak', 'weak', 'fair', 'strong', 'very-strong'];

export function assessPassphrase(passphrase: string, context: readonly string[] = []): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      level: 'too-short',
      score: 0,
      acceptable: false,
      hint: `Use at least ${MIN_PASSPHRASE_LENGTH} characters — four or five unrelated words work well.`,
    };
  }
  // zxcvbn's cost grows with length; beyond 256 characters the passphrase is strong regardless.
  const result = estimator().check(passphrase.slice(0, 256), [...context]);
  const acceptable = result.score >= MIN_PASSPHRASE_SCORE;
  const hint =
    result.feedback.warning ??
    result.feedback.suggestions[0] ??
    (acceptable ? 'Good. Write it down somewhere safe — it cannot be recovered.' : 'Add another unrelated word.');
  return { level: LEVELS[result.score] ?? 'very-weak', score: result.score, acceptable, hint };
}
