import { prefixStrippedForms, searchWords } from '../text/search-fold';

/** What identifies a participant, by where it came from on the roster (DOMAIN.md, rule 3). */
export type SensitiveTermKind = 'name' | 'alias' | 'email' | 'phone' | 'affiliation';

export interface SensitiveTerm {
  readonly kind: SensitiveTermKind;
  readonly value: string;
}

/**
 * A name word this long or longer counts on its own: "Haddad's proposal" names Yusuf Haddad as
 * surely as his full name does. Shorter words ("Al", "Ben", "Li") would flag ordinary text.
 */
const MIN_NAME_WORD_LETTERS = 4;

/** The word sequences that betray a term: the whole term, and for a name each longer word of it. */
function phrasesOf(term: SensitiveTerm): string[][] {
  const whole = searchWords(term.value);
  if (whole.length === 0) return [];
  const phrases = [whole];
  if ((term.kind === 'name' || term.kind === 'alias') && whole.length > 1) {
    for (const word of whole) if ([...word].length >= MIN_NAME_WORD_LETTERS) phrases.push([word]);
  }
  return phrases;
}

/** Each word of the text with the forms it takes without an Arabic or Hebrew article ("الحداد"). */
function wordForms(text: string): ReadonlySet<string>[] {
  return searchWords(text).map((word) => new Set([word, ...prefixStrippedForms(word)]));
}

function containsSequence(haystack: readonly ReadonlySet<string>[], needle: readonly string[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) if (!haystack[start + i]!.has(needle[i]!)) continue outer;
    return true;
  }
  return false;
}

/**
 * The roster terms found in `text`, matched word by word after the same folding as search (case,
 * accents, harakat, niqqud, alef and hamza forms), so "HADDAD", "Ḥaddād" and "haddad" all match
 * while "Haddadin" or "Rosemary" do not match "Haddad" or "Rose".
 */
export function findSensitiveTerms(text: string, terms: readonly SensitiveTerm[]): SensitiveTerm[] {
  const haystack = wordForms(text);
  if (haystack.length === 0) return [];
  return terms.filter((term) => phrasesOf(term).some((phrase) => containsSequence(haystack, phrase)));
}
