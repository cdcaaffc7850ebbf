import type { NoteSnippet, SnippetSegment } from '../../../shared/contract/note';
import { BODY_WORD, makeMatcher, type QueryTerm } from '../../../shared/text/search-match';

/**
 * Search snippets, made here from the note's own text rather than by FTS5: the index holds a
 * folded copy (see search-fold.ts), whose offsets are not the body's, and a snippet must show what
 * the facilitator typed, harakat and all. A body word is highlighted when it folds to a query word
 * (or one of its article-stripped forms does), or starts with a query prefix — the same rule the
 * index applies, so what is highlighted is what matched.
 *
 * Snippets are data (segments), never HTML: the renderer shows them as text.
 */

/** Words around the best passage; about two lines of a results list. */
export const SNIPPET_WORDS = 28;
export const SNIPPET_MAX_CHARS = 320;
/** Words of context kept before the first highlighted word. */
const LEAD_WORDS = 4;

const atLineStart = (body: string, offset: number) => offset === 0 || body[offset - 1] === '\n';

interface Word {
  readonly start: number;
  readonly end: number;
  readonly match: boolean;
}

/** Snippets for one search: the matcher (and its memory of folded words) is shared by every hit. */
export function snippetMaker(terms: readonly QueryTerm[]): (body: string) => NoteSnippet {
  const matches = makeMatcher(terms);
  return (body) => snippetWith(body, matches);
}

export function buildSnippet(body: string, terms: readonly QueryTerm[]): NoteSnippet {
  return snippetWith(body, makeMatcher(terms));
}

function snippetWith(body: string, matches: (word: string) => boolean): NoteSnippet {
  const words: Word[] = [];
  for (const found of body.matchAll(BODY_WORD)) {
    words.push({ start: found.index, end: found.index + found[0].length, match: matches(found[0]) });
  }
  if (words.length === 0) return plainSnippet(body);

  const [first, last] = bestWindow(words);
  let from = first === 0 ? 0 : words[first]!.start;
  let to = last === words.length - 1 ? body.length : words[last]!.end;
  if (to - from > SNIPPET_MAX_CHARS) {
    const firstMatch = words.slice(first, last + 1).find((word) => word.match);
    if (firstMatch && firstMatch.end - from > SNIPPET_MAX_CHARS) from = firstMatch.start;
    to = Math.min(to, from + SNIPPET_MAX_CHARS);
    // Never cut a word in two: end at the last word that fits whole.
    const fitting = words.filter((word) => word.start >= from && word.end <= to).at(-1);
    if (fitting) to = fitting.end;
  }
  const segments: SnippetSegment[] = [];
  let cursor = from;
  for (const word of words) {
    if (!word.match || word.start < from || word.end > to) continue;
    pushPlain(segments, body.slice(cursor, word.start), atLineStart(body, cursor));
    segments.push({ text: body.slice(word.start, word.end), match: true });
    cursor = word.end;
  }
  pushPlain(segments, body.slice(cursor, to), atLineStart(body, cursor));
  trimEdges(segments);
  return {
    segments,
    truncatedStart: body.slice(0, from).trim() !== '',
    truncatedEnd: body.slice(to).trim() !== '',
  };
}

/** The window of SNIPPET_WORDS words holding the most matches (earliest on a tie), with a little lead. */
function bestWindow(words: readonly Word[]): [number, number] {
  const size = Math.min(SNIPPET_WORDS, words.length);
  let count = 0;
  for (let i = 0; i < size; i++) if (words[i]!.match) count++;
  let best = count;
  let bestStart = 0;
  for (let start = 1; start + size <= words.length; start++) {
    if (words[start - 1]!.match) count--;
    if (words[start + size - 1]!.match) count++;
    if (count > best) {
      best = count;
      bestStart = start;
    }
  }
  if (best === 0) return [0, size - 1];
  let firstMatch = bestStart;
  while (!words[firstMatch]!.match) firstMatch++;
  const start = Math.max(0, Math.min(firstMatch - LEAD_WORDS, words.length - size));
  return [start, start + size - 1];
}

function plainSnippet(body: string): NoteSnippet {
  const text = body.slice(0, SNIPPET_MAX_CHARS);
  const segments: SnippetSegment[] = [];
  pushPlain(segments, text, true);
  trimEdges(segments);
  return { segments, truncatedStart: false, truncatedEnd: body.slice(text.length).trim() !== '' };
}

/** Markdown markers that mean nothing in one line of a results list: headings, quotes, list bullets… */
const LINE_MARKER = /\n[ \t]*(?:#{1,6}|>|[-+*]|\d+[.)])[ \t]+/gu;
/** …and emphasis and code marks. */
const INLINE_MARKER = /\*{2,}|_{2,}|`+/gu;

/** `lineStart`: the text begins a line of the body, so a marker at its very start is one. */
function pushPlain(segments: SnippetSegment[], raw: string, lineStart: boolean): void {
  const text = `${lineStart ? '\n' : ''}${raw}`
    .replace(LINE_MARKER, ' ')
    .replace(INLINE_MARKER, '')
    .replace(/\s+/gu, ' ');
  if (text === '') return;
  const previous = segments.at(-1);
  if (previous && !previous.match) segments[segments.length - 1] = { text: previous.text + text, match: false };
  else segments.push({ text, match: false });
}

function trimEdges(segments: SnippetSegment[]): void {
  const first = segments[0];
  if (first && !first.match) {
    const text = first.text.trimStart();
    if (text === '') segments.shift();
    else segments[0] = { text, match: false };
  }
  const last = segments.at(-1);
  if (last && !last.match) {
    const text = last.text.trimEnd();
    if (text === '') segments.pop();
    else segments[segments.length - 1] = { text, match: false };
  }
}
