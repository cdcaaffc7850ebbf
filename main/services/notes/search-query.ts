import { NOTE_LIMITS } from '../../../shared/domain/note';
import { searchWords } from '../../../shared/text/search-fold';
import type { QueryTerm } from '../../../shared/text/search-match';

/**
 * The search box's small language, parsed into terms. Nothing the user types ever reaches FTS5's
 * query syntax: every term is rebuilt from folded words (letters and digits only) and quoted, so
 * `AND`, `NEAR(`, `col:`, `^`, stray quotes and parentheses are just words or nothing.
 *
 *   water guarantees     notes containing both words (any order)
 *   "water sharing"      the words next to each other, in this order
 *   negotiat*            words starting with "negotiat" (two letters at least)
 *   water-sharing        like "water sharing": words joined by punctuation stay together
 */
export type { QueryTerm } from '../../../shared/text/search-match';

/** Shorter prefixes would expand to a large part of the vocabulary; they are matched as words. */
export const MIN_PREFIX_CHARS = 2;

const CHUNK = /"([^"]*)"?|[^\s"]+/gu;

export function parseSearchQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const match of query.normalize('NFC').matchAll(CHUNK)) {
    const quoted = match[1] !== undefined;
    const chunk = quoted ? match[1]! : match[0];
    const prefix = /\*\s*$/u.test(chunk);
    const words = searchWords(chunk);
    const term = toTerm(words, prefix);
    if (!term) continue;
    const key = JSON.stringify(term);
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
    if (terms.length === NOTE_LIMITS.maxQueryTerms) break;
  }
  return terms;
}

function toTerm(words: string[], prefix: boolean): QueryTerm | undefined {
  if (words.length === 0) return undefined;
  const asPrefix = prefix && words.at(-1)!.length >= MIN_PREFIX_CHARS;
  if (words.length === 1) return { kind: asPrefix ? 'prefix' : 'word', words };
  return { kind: 'phrase', words, prefixLast: asPrefix };
}

/** An FTS5 string literal: double quotes, with any inner double quote doubled. */
export function ftsString(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 expression for the user's terms, confined to the note's text columns so that a word can
 * never match the filter tokens of the `meta` column. Null when the query has no words.
 */
export function textExpression(terms: readonly QueryTerm[]): string | null {
  if (terms.length === 0) return null;
  const parts = terms.map((term) => {
    const literal = ftsString(term.words.join(' '));
    return term.kind === 'prefix' || term.prefixLast ? `${literal} *` : literal;
  });
  return `{text extra} : (${parts.join(' AND ')})`;
}
