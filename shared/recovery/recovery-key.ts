import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';

/**
 * The recovery key: 256 random bits written as 24 words from the BIP-39 English list, whose last
 * word carries an 8-bit checksum. Every word is unique by its first four letters, so a facilitator
 * may type just those; a word not in the list, or a wrong word, is caught here before any key
 * derivation runs (a wrong word passes the checksum 1 time in 256, and then simply does not open).
 * Pure, so the lock screen can point at the typo as it is typed.
 */

export const RECOVERY_KEY_WORDS = 24;
export const RECOVERY_KEY_BYTES = 32;
/** Words per group on screen and on the sheet. */
export const RECOVERY_GROUP_SIZE = 4;

export type RecoveryKeyCheck =
  | { readonly ok: true; readonly words: readonly string[]; readonly normalized: string }
  | {
      readonly ok: false;
      readonly reason: 'count' | 'unknown-word' | 'checksum';
      readonly message: string;
      readonly word?: number;
    };

const byPrefix = new Map<string, string>();
for (const word of wordlist) byPrefix.set(word.slice(0, 4), word);
const whole = new Set<string>(wordlist);

export function recoveryKeyFromEntropy(entropy: Uint8Array): string {
  if (entropy.length !== RECOVERY_KEY_BYTES) throw new Error('recovery key needs 32 bytes');
  return entropyToMnemonic(entropy, wordlist);
}

/** The words in groups of four, for display and print. */
export function groupRecoveryKey(words: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (let i = 0; i < words.length; i += RECOVERY_GROUP_SIZE) groups.push(words.slice(i, i + RECOVERY_GROUP_SIZE));
  return groups;
}

/**
 * Reads a recovery key as typed: any spacing, line breaks, numbering ("1. ", "7)") or case; a
 * word may be shortened to its first four letters. Says which word is wrong.
 */
export function checkRecoveryKey(typed: string): RecoveryKeyCheck {
  const tokens = typed
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^a-z]+/u)
    .filter((token) => token !== '');
  if (tokens.length !== RECOVERY_KEY_WORDS) {
    return {
      ok: false,
      reason: 'count',
      message: `A recovery key has ${RECOVERY_KEY_WORDS} words; this has ${tokens.length}.`,
    };
  }
  const words: string[] = [];
  for (const [index, token] of tokens.entries()) {
    // Some words have three letters ("act", "zoo"); longer ones may be cut to their first four.
    const word = whole.has(token) ? token : token.length >= 4 ? byPrefix.get(token.slice(0, 4)) : undefined;
    if (!word || !word.startsWith(token)) {
      return {
        ok: false,
        reason: 'unknown-word',
        word: index + 1,
        message: `Word ${index + 1} is not a recovery-key word. Check it against the sheet.`,
      };
    }
    words.push(word);
  }
  const normalized = words.join(' ');
  try {
    mnemonicToEntropy(normalized, wordlist);
  } catch {
    return {
      ok: false,
      reason: 'checksum',
      message: 'These words do not form a recovery key: one is mistyped or out of order. Check them against the sheet.',
    };
  }
  return { ok: true, words, normalized };
}

/** The 32 bytes behind a checked recovery key. */
export function recoveryKeyEntropy(normalized: string): Uint8Array {
  return mnemonicToEntropy(normalized, wordlist);
}
