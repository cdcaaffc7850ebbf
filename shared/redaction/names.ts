import { distance } from 'fastest-levenshtein';
import { affixStrippedForms, koreanNameParts } from './affixes';
import { PARTICLES, TITLES, type RedactionLexicon } from './lexicon';
import type { Certainty, Disguise, SensitiveTerm, SensitiveTermKind } from './terms';
import { foldedWords, spread, wordKeys, type Token, type TokenList } from './tokens';

/**
 * Names and aliases, word by word. Every word of a name identifies the person next to another word
 * of their name, after a title, or wherever it could not be an ordinary word; elsewhere it is a
 * warning to confirm.
 */

export interface NameWord {
  readonly id: number;
  readonly term: number;
  readonly kind: SensitiveTermKind;
  readonly owner: string;
  /** Position of the word in its term, for the finding's subject. */
  readonly position: number;
  readonly fold: string;
  readonly particle: boolean;
}

/** Roster words a key stands for: one word, or several written together ("ivanovpetrov"). */
interface Entry {
  readonly words: readonly NameWord[];
  readonly joined: boolean;
}

/** Spelling variants are one edit away, for words this long or longer (DESIGN.md). */
const MIN_VARIANT_LETTERS = 5;
/** Below this many letters a name word alone is "short": a warning unless its context settles it. */
const MIN_DISTINCT_LETTERS = 4;
/** Up to this many roster words written as one ("abdalrahman", "ivanovpetrov"). */
const MAX_JOINED_WORDS = 4;

/** Letters (code points) in a word, counted without spreading it into an array. */
function letterCount(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}

const DOUBLED = /(.)\1+/gu;

/** "minjoon" → "minjon": letters written twice in a row, once. Most words have none: no regex then. */
function collapseDoubles(value: string): string {
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // A letter like the one before, or a letter outside the BMP (then the regex decides).
    if (code === value.charCodeAt(i - 1) || (code >= 0xd800 && code <= 0xdfff)) return value.replace(DOUBLED, '$1');
  }
  return value;
}

/**
 * The forms of a key for symmetric-delete matching — the key itself, then the key with one letter
 * (code point) left out, for each letter in turn — as hashes rather than strings: a document
 * probes ~40,000 forms, and hashing each deletion from the key's prefix and suffix hashes makes
 * none of them. Two forms may share a hash; that only adds a candidate, which the edit distance
 * then rejects, so a collision can never hide a name.
 */
function formHashes(key: string): number[] {
  const n = key.length;
  // suffix[i]: hash of key[i..n); power[k]: 31^k, both modulo 2^32. Scratch space shared by every
  // call (they never overlap), grown for the longest key.
  if (SUFFIX.length <= n) [SUFFIX, POWER] = [new Int32Array(2 * n + 2), new Int32Array(2 * n + 2)];
  const suffix = SUFFIX;
  const power = POWER;
  suffix[n] = 0;
  power[0] = 1;
  for (let k = 1; k <= n; k++) power[k] = Math.imul(power[k - 1]!, 31);
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(key.charCodeAt(i), power[n - 1 - i]!) + suffix[i + 1]!) | 0;
  const hashes = [smallHash(suffix[0]!)];
  let prefix = 0; // hash of key[0..i)
  for (let i = 0; i < n;) {
    const size = key.codePointAt(i)! > 0xffff ? 2 : 1;
    hashes.push(smallHash((Math.imul(prefix, power[n - i - size]!) + suffix[i + size]!) | 0));
    for (let k = 0; k < size; k++) prefix = hashStep(prefix, key.charCodeAt(i + k));
    i += size;
  }
  return hashes;
}

let SUFFIX = new Int32Array(64);
let POWER = new Int32Array(64);

/** One UTF-16 unit more of a polynomial hash, modulo 2^32 (the hash formHashes works out in pieces). */
const hashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

/** A 32-bit hash folded to 30 bits: never negative, so -1 can mark a free slot (HashLists). */
const smallHash = (hash: number) => (hash ^ (hash >>> 30)) & 0x3fffffff;

/**
 * Lists of small numbers filed under 30-bit hashes, kept in typed arrays: the index of a large
 * roster files tens of thousands of them, and typed arrays give the garbage collector nothing to
 * copy or trace. Open addressing with linear probing; each hash's numbers are chained in the
 * order they were added.
 */
class HashLists {
  private keys = new Int32Array(2048).fill(-1); // the hash in each slot, -1 when free
  private heads = new Int32Array(2048); // each slot's first entry
  private tails = new Int32Array(2048); // each slot's last entry
  private values = new Int32Array(2048); // each entry's number
  private nexts = new Int32Array(2048); // each entry's next in its list, -1 at the end
  private used = 0;
  private entries = 0;

  /** Adds `value` under `hash`, unless it is the last one added there already. */
  add(hash: number, value: number): void {
    let slot = this.slotOf(hash);
    if (this.keys[slot] === -1) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.growSlots();
        slot = this.slotOf(hash);
      }
      this.keys[slot] = hash;
      this.heads[slot] = this.tails[slot] = this.append(value);
      this.used += 1;
    } else if (this.values[this.tails[slot]!] !== value) {
      const entry = this.append(value);
      this.nexts[this.tails[slot]!] = entry;
      this.tails[slot] = entry;
    }
  }

  has(hash: number): boolean {
    return this.keys[this.slotOf(hash)] !== -1;
  }

  /** The first entry under `hash`, or -1; walk on with `next`, read with `value`. */
  first(hash: number): number {
    const slot = this.slotOf(hash);
    return this.keys[slot] === -1 ? -1 : this.heads[slot]!;
  }
  next(entry: number): number {
    return this.nexts[entry]!;
  }
  value(entry: number): number {
    return this.values[entry]!;
  }

  /** The slot holding `hash`, or the free one where it would go. */
  private slotOf(hash: number): number {
    const mask = this.keys.length - 1;
    let slot = spread(hash) & mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  private append(value: number): number {
    if (this.entries === this.values.length) {
      this.values = grown(this.values, this.values.length * 2);
      this.nexts = grown(this.nexts, this.nexts.length * 2);
    }
    this.values[this.entries] = value;
    this.nexts[this.entries] = -1;
    return this.entries++;
  }

  private growSlots(): void {
    const { keys, heads, tails } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.heads = new Int32Array(keys.length * 2);
    this.tails = new Int32Array(keys.length * 2);
    for (let old = 0; old < keys.length; old++) {
      if (keys[old] === -1) continue;
      const slot = this.slotOf(keys[old]!);
      this.keys[slot] = keys[old]!;
      this.heads[slot] = heads[old]!;
      this.tails[slot] = tails[old]!;
    }
  }
}

function grown(from: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(length);
  to.set(from);
  return to;
}

const ARABIC_ARTICLE = /^ال(?=[\u0621-\u064A]{2})/u;

interface VariantKey {
  readonly word: NameWord;
  readonly key: string;
  /** The key with doubled letters collapsed, worked out once with the index. */
  readonly collapsed: string;
}
const NO_ENTRIES: readonly Entry[] = Object.freeze([]);

export class NameIndex {
  readonly words: NameWord[] = [];
  private readonly exact = new Map<string, Entry[]>();
  /**
   * Hashes of the beginnings of every key (not the whole key): words cut in pieces are only joined
   * while they could still become a key. A hash shared with another string only makes a joined
   * word be looked up in `exact` for nothing; it can never hide one.
   */
  private readonly prefixes = new HashLists();
  /**
   * Roster keys of five letters or more by each form one deletion from them (symmetric delete):
   * a document word is one edit from a key only if one of its own deletion forms is listed here,
   * so a word is looked up in a handful of probes instead of compared with every name.
   */
  private readonly variants = new HashLists();
  /** What `variants` files, by number. */
  private readonly variantKeys: VariantKey[] = [];

  constructor(terms: readonly SensitiveTerm[]) {
    terms.forEach((term, index) => {
      if (term.kind !== 'name' && term.kind !== 'alias') return;
      this.addTerm(term, index);
    });
  }

  private addTerm(term: SensitiveTerm, index: number) {
    const owner = term.owner ?? `term:${index}`;
    const folds = foldedWords(term.value);
    const parts: NameWord[] = [];
    folds.forEach((fold, position) => {
      const word: NameWord = {
        id: this.words.length,
        term: index,
        kind: term.kind,
        owner,
        position,
        fold,
        particle: PARTICLES.has(fold) || letterCount(fold) < 2,
      };
      this.words.push(word);
      parts.push(word);
    });
    for (const word of parts) {
      if (word.particle) continue;
      const keys = new Set(wordKeys(word.fold).keys);
      const bare = word.fold.replace(ARABIC_ARTICLE, '');
      if (bare !== word.fold) keys.add(bare);
      for (const key of keys) this.addExact(key, { words: [word], joined: false });
      for (const key of keys) this.addVariant(word, key);
      // "김민준" is also "민준" (given name) and "김" (family name).
      koreanNameParts(word.fold).forEach((part, i) => {
        const partWord: NameWord = {
          ...word,
          id: this.words.length,
          position: word.position + (i + 1) / 10,
          fold: part,
        };
        this.words.push(partWord);
        this.addExact(part, { words: [partWord], joined: false });
      });
    }
    // Words written together: "Ivanov-Petrov" as "IvanovPetrov", "Abd al-Rahman" as "Abdalrahman".
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 2; end <= Math.min(parts.length, start + MAX_JOINED_WORDS); end++) {
        const covered = parts.slice(start, end);
        if (covered.every((word) => word.particle)) continue;
        const joined = covered.map((word) => word.fold).join('');
        for (const key of new Set(wordKeys(joined).keys)) this.addExact(key, { words: covered, joined: true });
      }
    }
  }

  private addExact(key: string, entry: Entry) {
    const list = this.exact.get(key);
    if (list) list.push(entry);
    else this.exact.set(key, [entry]);
    let hash = 0;
    for (let end = 1; end < key.length; end++) {
      hash = hashStep(hash, key.charCodeAt(end - 1));
      this.prefixes.add(smallHash(hash), 0);
    }
  }

  /** Whether some roster key starts with `start`: words cut in pieces are only tried then. */
  startsKey(start: string): boolean {
    if (start === '') return false;
    let hash = 0;
    for (let i = 0; i < start.length; i++) hash = hashStep(hash, start.charCodeAt(i));
    return this.prefixes.has(smallHash(hash));
  }

  private addVariant(word: NameWord, key: string) {
    if (letterCount(key) < MIN_VARIANT_LETTERS) return;
    const collapsed = collapseDoubles(key);
    const variant = this.variantKeys.push({ word, key, collapsed }) - 1;
    // A form met twice for this key ("aab" loses either "a") is listed once (HashLists.add).
    for (const form of formHashes(key)) this.variants.add(form, variant);
    if (collapsed !== key) for (const form of formHashes(collapsed)) this.variants.add(form, variant);
  }

  lookup(key: string): readonly Entry[] {
    return this.exact.get(key) ?? NO_ENTRIES;
  }

  /** Roster words one edit from `key` (also after collapsing doubled letters: "Minjoon" ~ "Minjun"). */
  lookupVariants(key: string): NameWord[] {
    if (letterCount(key) < MIN_VARIANT_LETTERS - 1) return [];
    const found = new Map<number, NameWord>();
    const collapsed = collapseDoubles(key);
    const probe = (form: number) => {
      for (let entry = this.variants.first(form); entry >= 0; entry = this.variants.next(entry)) {
        const candidate = this.variantKeys[this.variants.value(entry)]!;
        if (found.has(candidate.word.id)) continue;
        // Sharing a deletion form (or its hash) is necessary, not sufficient ("ab" and "ba"):
        // the distance decides.
        const near = distance(key, candidate.key) <= 1 || distance(collapsed, candidate.collapsed) <= 1;
        if (near) found.set(candidate.word.id, candidate.word);
      }
    };
    for (const form of formHashes(key)) probe(form);
    if (collapsed !== key) for (const form of formHashes(collapsed)) probe(form);
    return [...found.values()];
  }
}

/** A stretch of tokens that matched one or more roster words of one person. */
export interface NameHit {
  /** Token range [first, last] in the reading. */
  readonly first: number;
  readonly last: number;
  readonly owner: string;
  readonly words: readonly NameWord[];
  readonly how: 'exact' | 'variant' | 'joined-words' | 'split-word' | 'letter-run';
  readonly disguises: readonly Disguise[];
  /** For a split word: every piece is an ordinary word and they are only spaced apart. */
  readonly innocentSplit?: boolean;
}

function disguisesOf(tokens: readonly Token[], key: string): Disguise[] {
  const found = new Set<Disguise>();
  tokens.forEach((token, i) => {
    if (token.hidden) found.add('hidden-characters');
    if (token.reversed) found.add('reversed');
    if (token.mixedScripts || token.lookAlike === key) found.add('look-alike-letters');
    else if (token.transliterated === key && token.fold !== key) found.add('other-script');
    if (token.newBlock && i > 0) found.add('across-places');
  });
  return [...found];
}

/** What a written word matches, worked out once per word of a reading. */
interface WordMatches {
  readonly exact: readonly { entry: Entry; key: string; prefixed: boolean }[];
  readonly variants: readonly NameWord[];
  /** Some roster key starts with the word: only then is it tried joined to the next ones. */
  readonly startsKey: boolean;
  /** The word is an ordinary word of a language. */
  readonly ordinary: boolean;
}

function matchesOf(token: Token, index: NameIndex, lexicon: RedactionLexicon): WordMatches {
  const exact: { entry: Entry; key: string; prefixed: boolean }[] = [];
  for (const key of token.keys) for (const entry of index.lookup(key)) exact.push({ entry, key, prefixed: false });
  if (exact.length === 0) {
    for (const form of affixStrippedForms(token.fold)) {
      for (const entry of index.lookup(form)) exact.push({ entry, key: token.fold, prefixed: true });
    }
  }
  const ordinary = lexicon.isOrdinary(token.fold);
  const variants: NameWord[] = [];
  // An ordinary word not written with a capital is never taken for a name one letter away
  // (variantHits), so there is nothing to look up for it — most words of a report.
  if (exact.length === 0 && !(ordinary && token.casing !== 'capitalised')) {
    for (const key of token.keys) {
      for (const word of index.lookupVariants(key)) {
        if (!word.particle && !variants.includes(word)) variants.push(word);
      }
    }
  }
  return { exact, variants, startsKey: index.startsKey(token.fold), ordinary };
}

/**
 * Every roster word the reading's tokens match, alone, joined or split. The loop over the tokens
 * only looks up what each written word matches (worked out once per word) and hands the rare
 * tokens that match something to the functions below: small functions V8 optimises early and
 * keeps optimised, where one long loop would be optimised mid-run and dropped back to the
 * interpreter at the first path it had not seen.
 */
export function findNameHits(tokens: TokenList, index: NameIndex, lexicon: RedactionLexicon): NameHit[] {
  const hits: NameHit[] = [];
  const matches: (WordMatches | undefined)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens.get(i)!;
    const found = (matches[token.word] ??= matchesOf(token, index, lexicon));
    if (found.exact.length > 0) exactHits(hits, token, i, found);
    if (found.variants.length > 0) variantHits(hits, token, i, found);
    if (found.startsKey) joinedHits(hits, tokens, i, index, lexicon);
  }
  letterRunHits(hits, tokens, index);
  return hits;
}

function exactHits(hits: NameHit[], token: Token, i: number, found: WordMatches): void {
  for (const { entry, key, prefixed } of found.exact) {
    const disguises = disguisesOf([token], key);
    if (prefixed) disguises.push('attached-prefix');
    hits.push({
      first: i,
      last: i,
      owner: entry.words[0]!.owner,
      words: entry.words,
      how: entry.joined ? 'joined-words' : 'exact',
      disguises: entry.joined ? [...disguises, 'joined-or-split'] : disguises,
      innocentSplit: false,
    });
  }
}

function variantHits(hits: NameHit[], token: Token, i: number, found: WordMatches): void {
  // A lower-case ordinary word one letter from a name is that word (see classifyNameHits).
  if ((token.casing !== 'capitalised' || token.sentenceStart) && found.ordinary) return;
  for (const word of found.variants) {
    hits.push({
      first: i,
      last: i,
      owner: word.owner,
      words: [word],
      how: 'variant',
      disguises: [...disguisesOf([token], token.fold), 'spelling-variant'],
      innocentSplit: false,
    });
  }
}

/** A word cut in pieces: "Had dad", "O Neill", "Ivanov - Petrov", a name split over two fields. */
function joinedHits(hits: NameHit[], tokens: TokenList, i: number, index: NameIndex, lexicon: RedactionLexicon): void {
  let joined = tokens.get(i)!.fold;
  for (let end = i + 1; end < Math.min(tokens.length, i + MAX_JOINED_WORDS); end++) {
    const next = tokens.get(end)!;
    // The first piece is known to start a key (WordMatches.startsKey); the pieces so far must too.
    if (!next.joinable || (end > i + 1 && !index.startsKey(joined))) break;
    joined += next.fold;
    const entries = index.lookup(joined);
    if (entries.length > 0) splitHits(hits, tokens.slice(i, end + 1), i, joined, entries, lexicon);
  }
}

/** The hits of pieces [i, …] that together spell roster keys. */
function splitHits(
  hits: NameHit[],
  pieces: readonly Token[],
  i: number,
  joined: string,
  entries: readonly Entry[],
  lexicon: RedactionLexicon,
): void {
  for (const entry of entries) {
    // Words written apart as on the roster ("Abu Karim") are no disguise: the words match one by one.
    const asWritten =
      entry.joined &&
      entry.words.length === pieces.length &&
      entry.words.every((word, k) => word.fold === pieces[k]!.fold);
    const spaced = pieces.slice(1).every((piece) => !piece.newBlock);
    const disguises = disguisesOf(pieces, joined);
    hits.push({
      first: i,
      last: i + pieces.length - 1,
      owner: entry.words[0]!.owner,
      words: entry.words,
      how: entry.joined ? 'joined-words' : 'split-word',
      disguises: asWritten ? disguises : [...disguises, 'joined-or-split'],
      innocentSplit: spaced && pieces.every((piece) => lexicon.isOrdinary(piece.fold)),
    });
  }
}

/** Letters spelled out one by one: "H A D D A D", "H.a.d.d.a.d". */
function letterRunHits(hits: NameHit[], tokens: TokenList, index: NameIndex): void {
  for (let start = 0; start < tokens.length;) {
    let end = start;
    while (end < tokens.length && tokens.get(end)!.length === 1 && (end === start || tokens.get(end)!.joinable)) end++;
    if (end - start >= 3) {
      for (let a = start; a < end; a++) {
        let run = '';
        for (let b = a; b < end && b - a < 40; b++) {
          run += tokens.get(b)!.fold;
          if (b - a + 1 < 3) continue;
          for (const entry of index.lookup(run)) {
            hits.push({
              first: a,
              last: b,
              owner: entry.words[0]!.owner,
              words: entry.words,
              how: 'letter-run',
              disguises: ['letter-by-letter'],
              innocentSplit: false,
            });
          }
        }
      }
    }
    start = Math.max(end, start + 1);
  }
}

export interface ClassifiedName {
  readonly hit: NameHit;
  readonly certainty: Certainty | null;
  /** First token including a title before the name, if any. */
  readonly from: number;
  readonly to: number;
  readonly context: 'multiple-words' | 'next-to-name' | 'after-title' | 'capitalised' | 'distinct' | 'none';
  readonly doubt: 'ordinary' | 'short' | 'variant' | 'split' | null;
}

const capitalSignal = (token: Token) => token.casing === 'capitalised' && !token.sentenceStart;

/**
 * A capitalised neighbour that is not a word of the same person's name makes "Rose Garden" (or
 * "Mark Rose", two people's words) a proper noun of its own.
 */
function inProperNounPhrase(tokens: TokenList, hit: NameHit, nameTokens: ReadonlySet<number>): boolean {
  const before = tokens.get(hit.first - 1);
  const after = tokens.get(hit.last + 1);
  const capitalisedNeighbour = (token: Token | undefined, index: number) =>
    token !== undefined &&
    !nameTokens.has(index) &&
    (token.casing === 'capitalised' || token.casing === 'upper') &&
    !PARTICLES.has(token.fold);
  return (
    (capitalisedNeighbour(before, hit.first - 1) &&
      !tokens.get(hit.first)!.sentenceStart &&
      !tokens.get(hit.first)!.newBlock) ||
    (capitalisedNeighbour(after, hit.last + 1) && !after!.newBlock && !after!.sentenceStart)
  );
}

/**
 * How sure a hit is: a name by its context (another name word beside it, a title), by a disguise
 * nobody uses by accident, or by being a word no language uses otherwise; a warning when it could
 * be an ordinary word or is too short to tell.
 */
export function classifyNameHits(
  tokens: TokenList,
  hits: readonly NameHit[],
  lexicon: RedactionLexicon,
): ClassifiedName[] {
  const foldAt = (i: number) => tokens.get(i)?.fold;
  // Hits by their first token: a hit spans at most a few tokens, so neighbours are found by position.
  const byStart = Map.groupBy(hits, (hit) => hit.first);
  const ownerTokens = new Map<string, Set<number>>();
  for (const hit of hits) {
    const set = ownerTokens.get(hit.owner) ?? new Set<number>();
    for (let i = hit.first; i <= hit.last; i++) set.add(i);
    ownerTokens.set(hit.owner, set);
  }

  const skippable = (i: number) => {
    const token = tokens.get(i);
    return (
      token !== undefined && (PARTICLES.has(token.fold) || (letterCount(token.fold) === 1 && token.script === 'latin'))
    );
  };

  /**
   * Another hit of the same person within two particles or initials ("Yusuf al-Haddad", "Haddad,
   * Y. Yusuf"): the token range of both, or null.
   */
  const besideOwnName = (hit: NameHit): [number, number] | null => {
    // Only hits that start or end within three tokens can be beside this one.
    const nearby: NameHit[] = [];
    for (let i = Math.max(0, hit.first - 3); i <= hit.last + 3; i++) nearby.push(...(byStart.get(i) ?? []));
    for (const other of nearby) {
      if (other.owner !== hit.owner) continue;
      if (other === hit || (other.first <= hit.last && other.last >= hit.first)) continue;
      if (other.words.every((word) => hit.words.some((w) => w.id === word.id))) continue;
      const [left, right] = other.first > hit.last ? [hit.last, other.first] : [other.last, hit.first];
      if (right - left - 1 > 2) continue;
      let between = true;
      for (let i = left + 1; i < right; i++) if (!skippable(i)) between = false;
      if (between) return [Math.min(hit.first, other.first), Math.max(hit.last, other.last)];
    }
    return null;
  };

  const titleBefore = (hit: NameHit): number => {
    let end = hit.first;
    while (end > 0 && PARTICLES.has(foldAt(end - 1)!) && hit.first - end < 2) end--;
    const length = TITLES.before(foldAt, end);
    return length > 0 ? end - length : -1;
  };

  return hits.map((hit): ClassifiedName => {
    const token = tokens.get(hit.first)!;
    const titleStart = titleBefore(hit);
    const from = titleStart >= 0 ? titleStart : hit.first;
    const base = { hit, from, to: hit.last };
    const named = hit.words.filter((word) => !word.particle);
    if (named.length === 0) return { ...base, certainty: null, context: 'none', doubt: null };
    if (named.length > 1) return { ...base, certainty: 'certain', context: 'multiple-words', doubt: null };
    const together = besideOwnName(hit);
    if (together) {
      // Both words as one finding: the whole name is what gets replaced or reported.
      const [first, last] = together;
      const start = titleStart >= 0 ? Math.min(titleStart, first) : first;
      return { hit, from: start, to: last, certainty: 'certain', context: 'next-to-name', doubt: null };
    }
    const next = foldAt(hit.last + 1);
    const titleAfter =
      TITLES.after(foldAt, hit.last + 1) > 0 ||
      (next !== undefined &&
        affixStrippedForms(next).some((form) => TITLES.after((i) => (i === 0 ? form : undefined), 0) > 0));
    if (titleStart >= 0 || titleAfter) {
      return { ...base, certainty: 'certain', context: 'after-title', doubt: null };
    }
    const deliberate = hit.disguises.some((d) =>
      ['look-alike-letters', 'hidden-characters', 'reversed', 'letter-by-letter'].includes(d),
    );
    if (deliberate) return { ...base, certainty: 'certain', context: 'distinct', doubt: null };
    const signal = capitalSignal(token);
    if (hit.how === 'variant') {
      if (lexicon.isOrdinary(token.fold)) {
        return { ...base, certainty: signal ? 'likely' : null, context: 'none', doubt: 'variant' };
      }
      return signal
        ? { ...base, certainty: 'certain', context: 'capitalised', doubt: null }
        : { ...base, certainty: 'likely', context: 'none', doubt: 'variant' };
    }
    if (hit.how === 'split-word' && hit.innocentSplit) {
      return { ...base, certainty: 'likely', context: 'none', doubt: 'split' };
    }
    const word = named[0]!;
    if (lexicon.isOrdinary(word.fold)) {
      const alone = signal && !inProperNounPhrase(tokens, hit, ownerTokens.get(hit.owner)!);
      return alone
        ? { ...base, certainty: 'certain', context: 'capitalised', doubt: null }
        : { ...base, certainty: 'likely', context: 'none', doubt: 'ordinary' };
    }
    const short =
      token.script === 'hangul' ? letterCount(word.fold) < 2 : letterCount(word.fold) < MIN_DISTINCT_LETTERS;
    if (short) {
      return signal
        ? { ...base, certainty: 'certain', context: 'capitalised', doubt: null }
        : { ...base, certainty: 'likely', context: 'none', doubt: 'short' };
    }
    return { ...base, certainty: 'certain', context: 'distinct', doubt: null };
  });
}
