import {
  foldLetters,
  isFormatCharacter,
  LEFT_TO_RIGHT_OVERRIDE,
  lookAlikeSkeleton,
  mixesScripts,
  RIGHT_TO_LEFT_OVERRIDE,
  scriptOf,
  transliteration,
  type Script,
} from './letters';

/** A piece of a document's text and how to tell the facilitator where it is ("Item 3 (day 1, 10:30)"). */
export interface DocumentBlock {
  readonly where: string;
  readonly text: string;
}

export type Casing = 'lower' | 'capitalised' | 'upper' | 'none';

/** One word of the document as the matcher reads it, with where it came from. */
export interface Token {
  readonly block: number;
  /** UTF-16 offsets of the word in its block's text (format characters inside it included). */
  readonly start: number;
  readonly end: number;
  /** Folded letters (see foldLetters). */
  readonly fold: string;
  /** How many characters it was written with (format characters left out): "Æ" is one, folded "ae". */
  readonly length: number;
  /** Every form it may match under: folded, look-alike skeleton, transliteration. */
  readonly keys: readonly string[];
  /** Which of `keys` came from a look-alike skeleton or a transliteration. */
  readonly lookAlike: string | null;
  readonly transliterated: string | null;
  readonly script: Script;
  readonly mixedScripts: boolean;
  /** Format characters (zero-width, soft hyphen, bidi controls…) were inside the word. */
  readonly hidden: boolean;
  readonly casing: Casing;
  /** First word of its block, line or sentence: its capital says nothing. */
  readonly sentenceStart: boolean;
  /** Separated from the word before only by a space, hyphen, apostrophe, dot or a field boundary. */
  readonly joinable: boolean;
  /** The separator before it crossed into a new block (a name split across two fields). */
  readonly newBlock: boolean;
  /** Read backwards from a bidi override ("‮daddaH" displays as "Haddad"). */
  readonly reversed: boolean;
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}\p{Co}]$/u;
const SENTENCE_END = /[.!?؟。:;\n\r•|]|[\u2022\u00B7]\s/u;
// Hyphens, apostrophes, dots and spaces: what may be dropped or changed inside a name.
const JOINER_GAP = /^[\s\p{Pd}'’ʼ‘`´.·_/]{1,3}$/u;

function casingOf(letters: string): Casing {
  const cased = [...letters].filter((c) => c.toLowerCase() !== c.toUpperCase());
  if (cased.length === 0) return 'none';
  const first = cased[0]!;
  if (first === first.toLowerCase()) return 'lower';
  if (cased.length > 1 && cased.every((c) => c === c.toUpperCase())) return 'upper';
  return 'capitalised';
}

function keysOf(letters: string) {
  const fold = foldLetters(letters);
  const lookAlike = lookAlikeSkeleton(letters);
  const transliterated = transliteration(fold);
  const keys = [fold];
  if (lookAlike !== null && !keys.includes(lookAlike)) keys.push(lookAlike);
  if (transliterated !== null && !keys.includes(transliterated)) keys.push(transliterated);
  return { fold, lookAlike, transliterated, keys };
}

interface RawWord {
  readonly start: number;
  readonly end: number;
  readonly letters: string;
  readonly hidden: boolean;
}

/** Words of a text: runs of letters, marks and digits; format characters inside them are skipped. */
function rawWords(text: string): RawWord[] {
  const found: RawWord[] = [];
  let start = -1;
  let end = -1;
  let letters = '';
  let hidden = false;
  let pendingHidden = false;
  let offset = 0;
  for (const character of text) {
    const size = character.length;
    if (WORD_CHARACTER.test(character)) {
      if (start < 0) {
        start = offset;
        hidden = false;
      } else if (pendingHidden) {
        hidden = true;
      }
      pendingHidden = false;
      letters += character;
      end = offset + size;
    } else if (isFormatCharacter(character)) {
      if (start >= 0) pendingHidden = true;
    } else if (start >= 0) {
      found.push({ start, end, letters, hidden });
      start = -1;
      letters = '';
      pendingHidden = false;
    }
    offset += size;
  }
  if (start >= 0) found.push({ start, end, letters, hidden });
  return found;
}

/**
 * Whether a block reads like a heading or a table cell in title case ("Needs And Fears Of Each
 * Side"): there a capital letter says nothing about a name.
 */
function isTitleCase(words: readonly RawWord[]): boolean {
  const long = words.filter((word) => word.letters.length >= 4 && casingOf(word.letters) !== 'none');
  if (long.length < 3) return false;
  const capitalised = long.filter((word) => casingOf(word.letters) !== 'lower').length;
  return capitalised / long.length >= 0.7;
}

export interface Reading {
  readonly tokens: readonly Token[];
}

function tokensOfText(
  text: string,
  block: number,
  options: { readonly layout: boolean; readonly first: boolean; readonly reversed: boolean },
  map: (start: number, end: number) => { start: number; end: number } = (start, end) => ({ start, end }),
): Token[] {
  const words = rawWords(text);
  const capitalsSayNothing = options.layout || isTitleCase(words);
  return words.map((word, i) => {
    const previous = words[i - 1];
    const gap = previous ? text.slice(previous.end, word.start).replace(/[\p{Cf}]/gu, '') : '';
    const { fold, lookAlike, transliterated, keys } = keysOf(word.letters);
    const span = map(word.start, word.end);
    return {
      block,
      start: span.start,
      end: span.end,
      fold,
      length: [...word.letters].length,
      keys,
      lookAlike,
      transliterated,
      script: scriptOf(word.letters),
      mixedScripts: mixesScripts(word.letters),
      hidden: word.hidden,
      casing: casingOf(word.letters),
      sentenceStart: capitalsSayNothing || !previous || SENTENCE_END.test(gap),
      joinable: previous ? JOINER_GAP.test(gap) : !options.first,
      newBlock: !previous && !options.first,
      reversed: options.reversed,
    };
  });
}

const OVERRIDE_RUN = /[\u202D\u202E]([^\u202C\u2069\n]*)/gu;

/**
 * The document as the matcher reads it: every block's words in reading order, as one stream, so a
 * name split across two fields or lines is two neighbouring words. A block that uses a bidi
 * override adds a reading of the overridden run as it is displayed, backwards.
 */
export function readDocument(blocks: readonly DocumentBlock[], options: { readonly layout?: boolean } = {}): Reading[] {
  const layout = options.layout ?? false;
  const main: Token[] = [];
  const extra: Reading[] = [];
  blocks.forEach((block, index) => {
    main.push(...tokensOfText(block.text, index, { layout, first: main.length === 0, reversed: false }));
    if (!block.text.includes(RIGHT_TO_LEFT_OVERRIDE) && !block.text.includes(LEFT_TO_RIGHT_OVERRIDE)) return;
    for (const run of block.text.matchAll(OVERRIDE_RUN)) {
      const runStart = run.index + 1;
      const runEnd = runStart + run[1]!.length;
      const backwards = [...run[1]!].reverse().join('');
      // Offsets of a backwards reading point back to the whole run: that is what displays as the word.
      const tokens = tokensOfText(backwards, index, { layout, first: true, reversed: true }, () => ({
        start: runStart,
        end: runEnd,
      }));
      if (tokens.length > 0) extra.push({ tokens });
    }
  });
  return [{ tokens: main }, ...extra];
}

/** A text's words, folded, for matching it against roster terms and lists (titles, safe phrases…). */
export function foldedWords(text: string): string[] {
  return rawWords(text).map((word) => foldLetters(word.letters));
}

/** The match keys of one roster word, as a token of the document would have them. */
export function wordKeys(letters: string): { fold: string; keys: readonly string[] } {
  const { fold, keys } = keysOf(letters);
  return { fold, keys };
}
