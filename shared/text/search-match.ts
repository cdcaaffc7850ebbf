import { prefixStrippedForms, searchWords } from './search-fold';

/**
 * Which words of a note's text a search matched: the rule the search index applies (folded words,
 * article-stripped forms, prefixes), so main's snippets and the window's highlight of an opened
 * note mark the same words.
 */

export interface QueryTerm {
  readonly kind: 'word' | 'prefix' | 'phrase';
  /** Folded words (foldForSearch); one for a word or prefix, several for a phrase. */
  readonly words: readonly string[];
  /** For a phrase: whether its last word is a prefix (`"water sha*"`). */
  readonly prefixLast?: boolean;
}

/** A word of the body as typed: letters (tatweel included), digits and marks, so "المِيَاهُ" is one. */
export const BODY_WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

const ASCII_WORD = /^[A-Za-z0-9]+$/u;

/**
 * Whether a word of the body matches the terms. Folding is the costly part of a snippet, so each
 * distinct word is folded once per search (a page of 50 notes repeats most of its words), and
 * plain ASCII words, the common case, skip Unicode normalisation altogether.
 */
export function makeMatcher(terms: readonly QueryTerm[]): (word: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    if (term.kind === 'prefix') prefixes.push(term.words[0]!);
    else if (term.kind === 'word') exact.add(term.words[0]!);
    else {
      term.words.forEach((word, index) =>
        term.prefixLast && index === term.words.length - 1 ? prefixes.push(word) : exact.add(word),
      );
    }
  }
  if (exact.size === 0 && prefixes.length === 0) return () => false;
  const known = new Map<string, boolean>();
  const test = (form: string) => exact.has(form) || prefixes.some((prefix) => form.startsWith(prefix));
  return (raw) => {
    let result = known.get(raw);
    if (result !== undefined) return result;
    result = ASCII_WORD.test(raw)
      ? test(raw.toLowerCase())
      : searchWords(raw).some((folded) => test(folded) || prefixStrippedForms(folded).some(test));
    known.set(raw, result);
    return result;
  };
}

/**
 * The terms of a search as main reported them understood (`NoteSearchResult.understood`:
 * `water`, `negotiat*`, `"water sharing"`): enough to highlight the same words again.
 */
export function termsFromUnderstood(understood: readonly string[]): QueryTerm[] {
  return understood.flatMap((text): QueryTerm[] => {
    const phrase = text.startsWith('"');
    const inner = phrase ? text.replace(/^"|"$/gu, '') : text;
    const prefix = inner.endsWith('*');
    const words = inner.replace(/\*$/u, '').split(' ').filter(Boolean);
    if (words.length === 0) return [];
    if (phrase && words.length > 1) return [{ kind: 'phrase', words, prefixLast: prefix }];
    return [{ kind: prefix ? 'prefix' : 'word', words: [words[0]!] }];
  });
}
