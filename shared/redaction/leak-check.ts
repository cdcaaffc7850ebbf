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

/** A word with the forms it takes without an Arabic or Hebrew article or conjunction ("والحداد"). */
type WordForms = ReadonlySet<string>;

function wordForms(text: string): WordForms[] {
  return searchWords(text).map((word) => new Set([word, ...prefixStrippedForms(word)]));
}

/** The word sequences that betray a term: the whole term, and for a name each longer word of it. */
function phrasesOf(term: SensitiveTerm): WordForms[][] {
  const whole = wordForms(term.value);
  if (whole.length === 0) return [];
  const phrases = [whole];
  if ((term.kind === 'name' || term.kind === 'alias') && whole.length > 1) {
    for (const [index, word] of searchWords(term.value).entries()) {
      if ([...word].length >= MIN_NAME_WORD_LETTERS) phrases.push([whole[index]!]);
    }
  }
  return phrases;
}

/** Two words are one when they share a form: "الحداد" on the roster is "حداد" or "والحداد" in text. */
const sameWord = (a: WordForms, b: WordForms) => [...a].some((form) => b.has(form));

function containsSequence(haystack: readonly WordForms[], needle: readonly WordForms[]): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) if (!sameWord(haystack[start + i]!, needle[i]!)) continue outer;
    return true;
  }
  return false;
}

/** Fewer digits than this are dates, times and counts, not phone numbers. */
const MIN_PHONE_DIGITS = 7;
/** Runs of digits that may be one phone number written with spaces, dots, dashes or brackets. */
const DIGIT_RUN = /\+?\d[\d\s().\-/]*\d/gu;
const significantDigits = (value: string) => value.replace(/\D/gu, '').replace(/^0+/u, '');

/**
 * Phone numbers are compared by their digits, whatever the spacing, and with or without the
 * country code or trunk zero: "+41 22 555 01 23", "+41225550123" and "022 555 01 23" are one number.
 */
function containsPhone(text: string, phone: string): boolean {
  const wanted = significantDigits(phone);
  if (wanted.length < MIN_PHONE_DIGITS) return false;
  for (const [run] of text.matchAll(DIGIT_RUN)) {
    const found = significantDigits(run);
    if (found.length < MIN_PHONE_DIGITS) continue;
    if (found.endsWith(wanted) || wanted.endsWith(found)) return true;
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
  return terms.filter(
    (term) =>
      (term.kind === 'phone' && containsPhone(text, term.value)) ||
      phrasesOf(term).some((phrase) => containsSequence(haystack, phrase)),
  );
}
