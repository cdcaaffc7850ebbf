import { searchWords } from '../../../shared/text/search-fold';

/** What a withdrawn participant's name or code becomes inside a note's text. */
export const WITHDRAWN_MARK = '[withdrawn participant]';

/** A word of the body as typed (as in snippets: marks and tatweel kept inside the word). */
const BODY_WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/**
 * Replaces every mention of the given names (speaker code, real name, aliases) in a note's text,
 * matching as search does: case, accents and harakat ignored, so "Ḥaddād", "HADDAD" and
 * "haddad" all go. A name matches whole words only ("B4" is not part of "B44"), with any spacing
 * or punctuation between its words. Returns null when the text mentions none of them.
 */
export function redactNames(body: string, names: readonly string[], mark = WITHDRAWN_MARK): string | null {
  const targets = names.map((name) => searchWords(name)).filter((words) => words.length > 0);
  if (targets.length === 0) return null;
  const words = [...body.matchAll(BODY_WORD)].map((found) => ({
    start: found.index,
    end: found.index + found[0].length,
    folded: searchWords(found[0]).join(' '),
  }));
  const spans: [number, number][] = [];
  for (let i = 0; i < words.length;) {
    const length = longestMatch(words, i, targets);
    if (length === 0) {
      i++;
      continue;
    }
    spans.push([words[i]!.start, words[i + length - 1]!.end]);
    i += length;
  }
  if (spans.length === 0) return null;
  let result = '';
  let cursor = 0;
  for (const [start, end] of spans) {
    result += body.slice(cursor, start) + mark;
    cursor = end;
  }
  return result + body.slice(cursor);
}

function longestMatch(
  words: readonly { folded: string }[],
  at: number,
  targets: readonly (readonly string[])[],
): number {
  let best = 0;
  for (const target of targets) {
    if (target.length <= best || at + target.length > words.length) continue;
    if (target.every((word, k) => words[at + k]!.folded === word)) best = target.length;
  }
  return best;
}
