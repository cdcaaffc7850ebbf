import { z } from 'zod';
import { Id, label } from './fields';
import { as, method } from './method';

/**
 * A dialogue's known-safe phrase: words the facilitator confirmed name no one, though one of them
 * is also a participant's name word ("Rose Garden Accord" when a participant is called Rose).
 * Every export's redaction check leaves a name word inside one alone.
 */
export interface SafePhraseView {
  readonly id: string;
  readonly dialogueId: string;
  readonly phrase: string;
  readonly createdAt: string;
}

export const SAFE_PHRASE_LIMITS = { phrase: 200, perDialogue: 500 } as const;

export const SafePhrase = label(SAFE_PHRASE_LIMITS.phrase);

const errors = ['WORKSPACE_LOCKED', 'WORKSPACE_CORRUPT', 'DIALOGUE_NOT_FOUND'] as const;

export const redactionContract = {
  /** A dialogue's known-safe phrases, in the order they were added. */
  'safePhrase.list': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly SafePhraseView[]>(),
    errors: [...errors],
  }),
  /**
   * Adds a phrase. Refused when it is only a name (SAFE_PHRASE_NAMES_SOMEONE: a phrase that holds
   * a participant's whole name or alias, an email or a phone, or nothing but name words, would let
   * the name itself through), already there, or one too many.
   */
  'safePhrase.add': method({
    input: z.object({ dialogueId: Id, phrase: SafePhrase }).strict(),
    output: as<SafePhraseView>(),
    errors: [...errors, 'SAFE_PHRASE_NAMES_SOMEONE', 'DUPLICATE_SAFE_PHRASE', 'TOO_MANY_SAFE_PHRASES', 'DISK_FULL'],
  }),
  'safePhrase.remove': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly removed: true }>(),
    errors: [...errors, 'SAFE_PHRASE_NOT_FOUND', 'DISK_FULL'],
  }),
};
