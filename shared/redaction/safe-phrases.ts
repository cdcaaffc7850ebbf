import { PARTICLES } from './lexicon';
import type { SensitiveTerm } from './terms';
import { foldedWords } from './tokens';

/** The form a known-safe phrase is compared and stored under: its words, folded. */
export function safePhraseKey(phrase: string): string {
  return foldedWords(phrase).join(' ');
}

/**
 * Why a phrase cannot be known-safe, or null when it can. A known-safe phrase exists to let an
 * ordinary phrase through ("Rose Garden Accord"), never a name: it must hold a word that is no
 * participant's name word, and no participant's whole name or alias, email or phone.
 */
export function safePhraseProblem(phrase: string, terms: readonly SensitiveTerm[]): string | null {
  const words = foldedWords(phrase);
  if (words.length === 0) return 'A known-safe phrase needs at least one word.';
  const present = new Set(words);
  const nameWords = new Set<string>();
  for (const term of terms) {
    const termWords = foldedWords(term.value);
    if (term.kind === 'name' || term.kind === 'alias') {
      for (const word of termWords) nameWords.add(word);
      const significant = termWords.filter((word) => !PARTICLES.has(word));
      if (significant.length > 1 && significant.every((word) => present.has(word))) {
        return 'A known-safe phrase cannot hold a participant’s whole name or alias.';
      }
    }
    if ((term.kind === 'email' || term.kind === 'phone') && termWords.length > 0) {
      const joined = words.join('');
      if (joined.includes(termWords.join('')))
        return 'A known-safe phrase cannot hold a participant’s contact details.';
    }
  }
  const other = words.filter((word) => !nameWords.has(word) && !PARTICLES.has(word));
  if (other.length === 0) {
    return 'A known-safe phrase must hold a word that is no participant’s name: add the words around the name (“Rose Garden Accord”, not “Rose”).';
  }
  return null;
}

/** The words of names and aliases as the engine folds them, particles ("al", "bin", "van") left out. */
export function nameWordsOf(names: readonly string[]): string[] {
  return names.flatMap(foldedWords).filter((word) => !PARTICLES.has(word));
}
