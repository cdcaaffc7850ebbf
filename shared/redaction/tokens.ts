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

/**
 * One word of the document as the matcher reads it: its written word and how it stands among its
 * neighbours. Where it is (block and offsets) is kept apart, in the reading's `Positions`, and
 * every occurrence of a word with the same flags is the same Token object (see TokenList): compare
 * tokens by their index in the reading, never by identity.
 */
export interface Token {
  /**
   * Which written word it is: every occurrence of a word in one reading of a document has the same
   * number, counted from 0. Matchers work out what a word matches once per word under this number
   * (a megabyte of prose is ~150,000 tokens but a few thousand words), not once per occurrence.
   */
  readonly word: number;
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

/** A word of ASCII letters only, or digits only: nothing in it to fold, map or transliterate. */
const PLAIN_ASCII_WORD = /^(?:[A-Za-z]+|[0-9]+)$/u;

function keysOf(letters: string) {
  if (PLAIN_ASCII_WORD.test(letters)) {
    const fold = letters.toLowerCase();
    return { fold, lookAlike: null, transliterated: null, keys: [fold] };
  }
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

/** ASCII letters and digits, tested without a regular expression (most report text is ASCII). */
const isAsciiWordCode = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

const FORMAT_CHARACTERS = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

const LETTER = 1;
const FORMAT = 2;
const OTHER = 0;
/** What each non-ASCII character seen so far is to a word: two Unicode property tests, once each. */
const CHARACTER_CLASSES = new Map<number, number>();

function classOf(codePoint: number): number {
  let kind = CHARACTER_CLASSES.get(codePoint);
  if (kind === undefined) {
    const character = String.fromCodePoint(codePoint);
    kind = WORD_CHARACTER.test(character) ? LETTER : isFormatCharacter(character) ? FORMAT : OTHER;
    CHARACTER_CLASSES.set(codePoint, kind);
  }
  return kind;
}

/** Words of a text: runs of letters, marks and digits; format characters inside them are skipped. */
function rawWords(text: string): RawWord[] {
  const found: RawWord[] = [];
  let start = -1;
  let end = -1;
  let hidden = false;
  // A format character after a letter: it hides something only if another letter follows.
  let pendingHidden = false;
  let offset = 0;
  while (offset < text.length) {
    const code = text.charCodeAt(offset);
    let size = 1;
    let kind: number;
    if (code < 0x80) {
      // The ASCII fast path: a letter or digit continues a word, anything else ends it.
      kind = isAsciiWordCode(code) ? LETTER : OTHER;
    } else {
      const codePoint = text.codePointAt(offset)!;
      size = codePoint > 0xffff ? 2 : 1;
      kind = classOf(codePoint);
    }
    if (kind === LETTER) {
      if (start < 0) {
        start = offset;
        hidden = false;
      } else if (pendingHidden) {
        hidden = true;
      }
      pendingHidden = false;
      end = offset + size;
    } else if (kind === FORMAT) {
      if (start >= 0) pendingHidden = true;
    } else if (start >= 0) {
      const slice = text.slice(start, end);
      found.push({ start, end, letters: hidden ? slice.replace(FORMAT_CHARACTERS, '') : slice, hidden });
      start = -1;
      pendingHidden = false;
    }
    offset += size;
  }
  if (start >= 0) {
    const slice = text.slice(start, end);
    found.push({ start, end, letters: hidden ? slice.replace(FORMAT_CHARACTERS, '') : slice, hidden });
  }
  return found;
}

/** What a written word gives the matcher; the same for every occurrence, so computed once per word. */
interface WordShape {
  /** Its number among the document's distinct words (Token.word). */
  readonly id: number;
  /** As written, format characters left out. */
  readonly letters: string;
  readonly fold: string;
  readonly length: number;
  readonly keys: readonly string[];
  readonly lookAlike: string | null;
  readonly transliterated: string | null;
  readonly script: Script;
  readonly mixedScripts: boolean;
  readonly casing: Casing;
}

function shapeOf(letters: string, id: number): WordShape {
  if (PLAIN_ASCII_WORD.test(letters)) {
    const fold = letters.toLowerCase();
    const digits = letters.charCodeAt(0) <= 0x39;
    return {
      id,
      letters,
      fold,
      length: letters.length,
      keys: [fold],
      lookAlike: null,
      transliterated: null,
      script: digits ? 'digits' : 'latin',
      mixedScripts: false,
      casing: digits ? 'none' : casingOf(letters),
    };
  }
  const { fold, lookAlike, transliterated, keys } = keysOf(letters);
  return {
    id,
    letters,
    fold,
    length: [...letters].length,
    keys,
    lookAlike,
    transliterated,
    script: scriptOf(letters),
    mixedScripts: mixesScripts(letters),
    casing: casingOf(letters),
  };
}

/** The hash a word table files letters under, one UTF-16 unit at a time (see WordTable). */
const hashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

/**
 * The distinct words of one document, their shapes, and the tokens made of them (one per word and
 * combination of flags, shared by every reading of the document). A megabyte of prose is ~150,000
 * words but a few thousand distinct ones: a word is found by a hash of its letters, worked out
 * while the text is read, and compared in place, so an occurrence of a known word is neither cut
 * out of the text nor hashed again (open addressing over a power-of-two table, linear probing).
 */
class WordTable {
  private hashes = new Int32Array(4096);
  private slots: (WordShape | undefined)[] = new Array<WordShape | undefined>(4096);
  private count = 0;
  /** Every Token of the document's words, by number: one per word and combination of flags. */
  readonly tokens: StoredToken[] = [];
  private readonly byWord: (StoredToken | undefined)[][] = [];

  /** The shape of `source`'s letters from `start` to `end`, whose hash is `hash`; made on first sight. */
  shapeOf(source: string, start: number, end: number, hash: number): WordShape {
    const mask = this.slots.length - 1;
    let slot = spread(hash) & mask;
    for (let shape = this.slots[slot]; shape !== undefined; shape = this.slots[slot]) {
      if (this.hashes[slot] === hash && sameLetters(shape.letters, source, start, end)) return shape;
      slot = (slot + 1) & mask;
    }
    const shape = shapeOf(source.slice(start, end), this.count);
    this.count += 1;
    this.slots[slot] = shape;
    this.hashes[slot] = hash;
    if (this.count * 2 > this.slots.length) this.grow();
    return shape;
  }

  /** The one token for a word with these flags. */
  token(shape: WordShape, flags: number): StoredToken {
    const byFlags = (this.byWord[shape.id] ??= []);
    let token = byFlags[flags];
    if (!token) {
      token = byFlags[flags] = new StoredToken(shape, flags, this.tokens.length);
      this.tokens.push(token);
    }
    return token;
  }

  private grow() {
    const slots = this.slots;
    const hashes = this.hashes;
    this.slots = new Array<WordShape | undefined>(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    slots.forEach((shape, i) => {
      if (!shape) return;
      let slot = spread(hashes[i]!) & mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
      this.slots[slot] = shape;
      this.hashes[slot] = hashes[i]!;
    });
  }
}

/**
 * The hash with its high bits mixed into the low ones that pick a slot (MurmurHash3's finaliser):
 * a polynomial hash of short words leaves the low bits clustered, and linear probing suffers.
 */
export function spread(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function sameLetters(letters: string, source: string, start: number, end: number): boolean {
  if (letters.length !== end - start) return false;
  for (let i = 0; i < letters.length; i++) if (letters.charCodeAt(i) !== source.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Whether a block reads like a heading or a table cell in title case ("Needs And Fears Of Each
 * Side"): there a capital letter says nothing about a name.
 */
function isTitleCase(shapes: readonly WordShape[], count: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let i = 0; i < count; i++) {
    const shape = shapes[i]!;
    if (shape.length < 4 || shape.casing === 'none') continue;
    long += 1;
    if (shape.casing !== 'lower') capitalised += 1;
  }
  return long >= 3 && capitalised / long >= 0.7;
}

/**
 * Where each token of a reading is: its block and the UTF-16 offsets of the word in the block's
 * text (format characters inside it included), one typed array each.
 */
export class Positions {
  private blocks = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private count = 0;

  block(token: number): number {
    return this.blocks[token]!;
  }
  start(token: number): number {
    return this.starts[token]!;
  }
  end(token: number): number {
    return this.ends[token]!;
  }

  add(block: number, start: number, end: number): void {
    if (this.count === this.blocks.length) {
      const grow = (from: Int32Array) => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.blocks = grow(this.blocks);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.blocks[this.count] = block;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count += 1;
  }
}

/**
 * The tokens of a reading, in order. Each is kept as a number (its written word and its flags) in
 * a typed array, beside one Token object per word and combination of flags: a megabyte of prose is
 * ~150,000 tokens, and an array of that many object references costs more to fill and to collect
 * (a write barrier per store, every young object traced) than reading the words does.
 */
export class TokenList {
  /** Per token: the number of its Token among the document's (StoredToken.number). */
  private numbers = new Int32Array(1024);
  private count = 0;

  constructor(private readonly distinct: readonly Token[]) {}

  get length(): number {
    return this.count;
  }

  /** The i-th token, or undefined outside the list (as an array index would give). */
  get(i: number): Token | undefined {
    return i >= 0 && i < this.count ? this.distinct[this.numbers[i]!] : undefined;
  }

  forEach(visit: (token: Token, i: number) => void): void {
    for (let i = 0; i < this.count; i++) visit(this.distinct[this.numbers[i]!]!, i);
  }

  /** Tokens [from, to) as an array, clamped to the list (as Array.prototype.slice, without negatives). */
  slice(from: number, to: number): Token[] {
    const tokens: Token[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.count); i++) tokens.push(this.distinct[this.numbers[i]!]!);
    return tokens;
  }

  add(token: StoredToken): void {
    if (this.count === this.numbers.length) {
      const numbers = new Int32Array(this.count * 2);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
    this.numbers[this.count] = token.number;
    this.count += 1;
  }
}

export interface Reading {
  readonly tokens: TokenList;
  /** Where `tokens.get(i)` is. */
  readonly positions: Positions;
}

const HIDDEN = 1;
const SENTENCE_START = 2;
const JOINABLE = 4;
const NEW_BLOCK = 8;
const REVERSED = 16;

/**
 * The words of the block being read, before they become tokens (its capitals are judged on all of
 * them first). One per reading, reused from block to block: reading allocates nothing per word.
 */
class BlockWords {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  hidden = new Uint8Array(256);
  readonly shapes: WordShape[] = [];
  count = 0;

  add(start: number, end: number, shape: WordShape, hidden: boolean): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      const flags = new Uint8Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      flags.set(this.hidden);
      [this.starts, this.ends, this.hidden] = [starts, ends, flags];
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.hidden[this.count] = hidden ? 1 : 0;
    this.shapes[this.count] = shape;
    this.count += 1;
  }
}

/** A token as stored: the shape its written word has, and its flags in one number. */
class StoredToken implements Token {
  // Copied from the shape: every pass over the tokens reads these two first.
  readonly word: number;
  readonly fold: string;

  constructor(
    private readonly shape: WordShape,
    private readonly flags: number,
    /** Its place among the document's tokens (WordTable.tokens). */
    readonly number: number,
  ) {
    this.word = shape.id;
    this.fold = shape.fold;
  }
  get length() {
    return this.shape.length;
  }
  get keys() {
    return this.shape.keys;
  }
  get lookAlike() {
    return this.shape.lookAlike;
  }
  get transliterated() {
    return this.shape.transliterated;
  }
  get script() {
    return this.shape.script;
  }
  get mixedScripts() {
    return this.shape.mixedScripts;
  }
  get casing() {
    return this.shape.casing;
  }
  get hidden() {
    return (this.flags & HIDDEN) !== 0;
  }
  get sentenceStart() {
    return (this.flags & SENTENCE_START) !== 0;
  }
  get joinable() {
    return (this.flags & JOINABLE) !== 0;
  }
  get newBlock() {
    return (this.flags & NEW_BLOCK) !== 0;
  }
  get reversed() {
    return (this.flags & REVERSED) !== 0;
  }
}

/**
 * The words of one text as tokens, read in one pass: runs of letters, marks and digits, format
 * characters inside them skipped (and marking the word hidden), each word's shape looked up as it
 * ends (the same rules as `rawWords`, which the roster side uses).
 */
function tokensOfText(
  text: string,
  block: number,
  options: {
    readonly layout: boolean;
    readonly first: boolean;
    readonly reversed: boolean;
    readonly words: WordTable;
    readonly scratch: BlockWords;
  },
  into: Reading,
  span?: { readonly start: number; readonly end: number },
): void {
  const found = options.scratch;
  found.count = 0;
  let start = -1;
  let end = -1;
  let hash = 0;
  let hidden = false;
  // A format character after a letter: it hides something only if another letter follows.
  let pendingHidden = false;
  // One step past the end, where the last word ends.
  for (let offset = 0; offset <= text.length;) {
    let kind = OTHER;
    let size = 1;
    let code = 0;
    if (offset < text.length) {
      code = text.charCodeAt(offset);
      if (code < 0x80) {
        // The ASCII fast path: a letter or digit continues a word, anything else ends it.
        kind = isAsciiWordCode(code) ? LETTER : OTHER;
      } else {
        const codePoint = text.codePointAt(offset)!;
        size = codePoint > 0xffff ? 2 : 1;
        kind = classOf(codePoint);
      }
    }
    if (kind === LETTER) {
      if (start < 0) {
        start = offset;
        hash = 0;
        hidden = false;
      } else if (pendingHidden) {
        hidden = true;
      }
      pendingHidden = false;
      hash = hashStep(hash, code);
      if (size === 2) hash = hashStep(hash, text.charCodeAt(offset + 1));
      end = offset + size;
    } else if (kind === FORMAT) {
      if (start >= 0) pendingHidden = true;
    } else if (start >= 0) {
      let shape: WordShape;
      if (hidden) {
        // Rare: the letters without the characters hidden between them, hashed as the table does.
        const letters = text.slice(start, end).replace(FORMAT_CHARACTERS, '');
        let lettersHash = 0;
        for (let i = 0; i < letters.length; i++) lettersHash = hashStep(lettersHash, letters.charCodeAt(i));
        shape = options.words.shapeOf(letters, 0, letters.length, lettersHash);
      } else {
        shape = options.words.shapeOf(text, start, end, hash);
      }
      found.add(start, end, shape, hidden);
      start = -1;
      pendingHidden = false;
    }
    offset += size;
  }
  const { starts, ends, shapes, count } = found;
  const capitalsSayNothing = options.layout || isTitleCase(shapes, count);
  for (let i = 0; i < count; i++) {
    let flags = options.reversed ? REVERSED : 0;
    if (found.hidden[i] === 1) flags |= HIDDEN;
    if (i > 0) {
      const gapStart = ends[i - 1]!;
      const gapEnd = starts[i]!;
      // Most words are one space apart: no need to cut the gap out to look at it.
      const space = gapEnd - gapStart === 1 && text.charCodeAt(gapStart) === 0x20;
      const gap = space ? ' ' : text.slice(gapStart, gapEnd).replace(/[\p{Cf}]/gu, '');
      if (capitalsSayNothing || (gap !== ' ' && SENTENCE_END.test(gap))) flags |= SENTENCE_START;
      if (gap === ' ' || JOINER_GAP.test(gap)) flags |= JOINABLE;
    } else {
      flags |= SENTENCE_START;
      if (!options.first) flags |= JOINABLE | NEW_BLOCK;
    }
    into.tokens.add(options.words.token(shapes[i]!, flags));
    into.positions.add(block, span?.start ?? starts[i]!, span?.end ?? ends[i]!);
  }
}

const OVERRIDE_RUN = /[\u202D\u202E]([^\u202C\u2069\n]*)/gu;

/**
 * The document as the matcher reads it: every block's words in reading order, as one stream, so a
 * name split across two fields or lines is two neighbouring words. A block that uses a bidi
 * override adds a reading of the overridden run as it is displayed, backwards.
 */
export function readDocument(blocks: readonly DocumentBlock[], options: { readonly layout?: boolean } = {}): Reading[] {
  const layout = options.layout ?? false;
  const words = new WordTable();
  const scratch = new BlockWords();
  const main: Reading = { tokens: new TokenList(words.tokens), positions: new Positions() };
  const extra: Reading[] = [];
  blocks.forEach((block, index) => {
    tokensOfText(block.text, index, { layout, first: main.tokens.length === 0, reversed: false, words, scratch }, main);
    if (!block.text.includes(RIGHT_TO_LEFT_OVERRIDE) && !block.text.includes(LEFT_TO_RIGHT_OVERRIDE)) return;
    for (const run of block.text.matchAll(OVERRIDE_RUN)) {
      const runStart = run.index + 1;
      const runEnd = runStart + run[1]!.length;
      const backwards = [...run[1]!].reverse().join('');
      // Offsets of a backwards reading point back to the whole run: that is what displays as the word.
      const reading: Reading = { tokens: new TokenList(words.tokens), positions: new Positions() };
      tokensOfText(backwards, index, { layout, first: true, reversed: true, words, scratch }, reading, {
        start: runStart,
        end: runEnd,
      });
      if (reading.tokens.length > 0) extra.push(reading);
    }
  });
  return [main, ...extra];
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
