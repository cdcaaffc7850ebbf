import { foldForMatch } from './fold';

/**
 * Folding for full-text search, on top of foldForMatch (case, Latin accents, Arabic harakat, Hebrew
 * niqqud, Arabic hamza seats on alef, waw and yeh). SQLite's `unicode61 remove_diacritics 2`
 * tokenizer does none of the Arabic part (measured: "المياه" does not find "المِيَاهُ", "امن" does
 * not find "أمن"), so notes are indexed as this folded text and queries are folded the same way.
 *
 * The Arabic letters below are the usual search normalisation (as in Lucene's Arabic normaliser):
 * spellings that vary between writers and keyboards for the same word.
 */
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  '\u0671': '\u0627', // alef wasla → alef
  '\u0629': '\u0647', // teh marbuta → heh ("مدرسة" ~ "مدرسه")
  '\u0649': '\u064A', // alef maksura → yeh
  '\u06CC': '\u064A', // Farsi yeh → Arabic yeh
  '\u06A9': '\u0643', // keheh → kaf
};
const ARABIC_LETTER_PATTERN = /[\u0671\u0629\u0649\u06CC\u06A9]/gu;
const TATWEEL = /\u0640/gu;
// Arabic-Indic and extended (Persian) digits read as the digits they are.
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;

/** One word as the index holds it: letters, digits and private-use characters, in SQLite's sense. */
export const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** The searchable form of a text: folded, with every non-word character a space. */
export function foldForSearch(value: string): string {
  return foldForMatch(value)
    .replace(TATWEEL, '')
    .replace(ARABIC_LETTER_PATTERN, (letter) => ARABIC_LETTERS[letter] ?? letter)
    .replace(EASTERN_DIGITS, (digit) => {
      const code = digit.codePointAt(0)!;
      return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
    });
}

/** The folded words of a text, in order. */
export function searchWords(value: string): string[] {
  return foldForSearch(value).match(WORD) ?? [];
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/u;
const HEBREW_WORD = /^[\u05D0-\u05EA]+$/u;
// Longest first, so "وال" is tried before "و".
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'] as const;

/**
 * Extra forms under which a folded word is also indexed, so that a bare word finds its forms with
 * an attached article or conjunction: Arabic "مياه" finds "المياه" and "والمياه", Hebrew "מים"
 * finds "המים" and "והמים". This is light prefix stripping, not stemming: it never removes a
 * suffix, and keeps at least two letters (Arabic) or three (Hebrew, whose one-letter prefixes
 * are also common first letters). The word itself is always indexed as typed, so an exact query
 * for the full form still ranks first.
 */
export function prefixStrippedForms(word: string): string[] {
  const forms: string[] = [];
  if (ARABIC_WORD.test(word)) {
    for (const prefix of ARABIC_PREFIXES) {
      const rest = word.slice(prefix.length);
      const minimum = prefix === 'و' ? 3 : 2;
      if (word.startsWith(prefix) && rest.length >= minimum) {
        forms.push(rest);
        // "وال…" gives "…", and "و" alone must not then give "ال…" as a second form.
        break;
      }
    }
  } else if (HEBREW_WORD.test(word)) {
    // Optional vav ("and"), then at most one of he, bet, lamed, mem, shin, kaf.
    const match = /^(ו?)([הבלמשכ]?)(.+)$/u.exec(word);
    if (match) {
      const [, vav, particle, rest] = match as unknown as [string, string, string, string];
      if ((vav || particle) && rest.length >= 3) forms.push(rest);
      if (vav && particle && `${particle}${rest}`.length >= 3) forms.push(`${particle}${rest}`);
    }
  }
  return forms;
}

/** Every extra form of every word of a folded text, as one space-separated string. */
export function extraForms(words: readonly string[]): string {
  const forms: string[] = [];
  for (const word of words) forms.push(...prefixStrippedForms(word));
  return forms.join(' ');
}
