import { EMAIL_FILLERS, type RedactionLexicon } from './lexicon';
import type { Certainty, Disguise, SensitiveTerm } from './terms';
import { foldedWords, type Reading } from './tokens';

/**
 * A matcher made once per roster (the engine is kept while the roster does not change) and run on
 * each reading of each document: its terms are folded and indexed when it is made, not per scan.
 */
export type TermFinder = (reading: Reading, texts: readonly string[]) => TermHit[];

const NOTHING_TO_FIND: TermFinder = () => [];

/** A contact detail, speaker code or pseudonym found in the reading: tokens [first, last]. */
export interface TermHit {
  readonly term: number;
  readonly first: number;
  readonly last: number;
  readonly certainty: Certainty;
  readonly disguises: readonly Disguise[];
  /** Which part of the term: "whole", "local part"… (for the subject, no text). */
  readonly part: string;
  /** Characters before the first token that belong to it (a phone number's "+" or "("). */
  readonly lead?: number;
}

interface EmailTerm {
  readonly term: number;
  /** Folded alphanumeric pieces, the local part's then the domain's. */
  readonly pieces: readonly string[];
  readonly localPieces: number;
  /** The pieces run together, where each piece ends in it, and where the local part ends. */
  readonly whole: string;
  readonly boundaries: ReadonlySet<number>;
  readonly localEnd: number;
}

/** The words of an address are not enough on their own: a short local part could be anything. */
const MIN_LOCAL_LETTERS = 5;

/**
 * Emails however written: "yusuf.haddad@example.org", "yusuf dot haddad at example dot org",
 * "yusuf.haddad [at] example [.] org", "YusufHaddad @ example . org". The address's letters and
 * digits must follow one another in the text, only separators and "at"/"dot" words between them,
 * and pieces may be run together.
 */
export function emailFinder(terms: readonly SensitiveTerm[], lexicon: RedactionLexicon): TermFinder {
  const emails: EmailTerm[] = [];
  terms.forEach((term, index) => {
    if (term.kind !== 'email') return;
    const at = term.value.lastIndexOf('@');
    if (at <= 0) return;
    const local = foldedWords(term.value.slice(0, at));
    const domain = foldedWords(term.value.slice(at + 1));
    if (local.length === 0 || domain.length === 0) return;
    const pieces = [...local, ...domain];
    const boundaries = new Set<number>();
    let length = 0;
    for (const piece of pieces) boundaries.add((length += piece.length));
    emails.push({
      term: index,
      pieces,
      localPieces: local.length,
      whole: pieces.join(''),
      boundaries,
      localEnd: local.join('').length,
    });
  });
  if (emails.length === 0) return NOTHING_TO_FIND;

  const starts = new Map<string, EmailTerm[]>();
  for (const email of emails) {
    let prefix = '';
    for (const piece of email.pieces) {
      prefix += piece;
      starts.set(prefix, [...(starts.get(prefix) ?? []), email]);
    }
  }
  return ({ tokens }) => {
    /** The next token after `i` that carries letters, past the "at" and "dot" put between them. */
    const nextWord = (i: number): number => {
      let j = i + 1;
      while (j < tokens.length && j - i <= 3 && EMAIL_FILLERS.has(tokens.get(j)!.fold)) j++;
      return j - i <= 3 ? j : tokens.length;
    };
    const hits: TermHit[] = [];
    // Which addresses a written word can start, once per word (Token.word).
    const startedBy: (readonly EmailTerm[] | null | undefined)[] = [];
    tokens.forEach((token, first) => {
      let candidates = startedBy[token.word];
      if (candidates === undefined) candidates = startedBy[token.word] = starts.get(token.fold) ?? null;
      if (!candidates) return;
      for (const email of candidates) {
        const { whole, boundaries, localEnd } = email;
        let consumed = token.fold.length;
        let last = first;
        let words = 1;
        while (consumed < whole.length) {
          const j = nextWord(last);
          const next = tokens.get(j);
          if (!next || next.newBlock) break;
          if (!whole.startsWith(next.fold, consumed) || !boundaries.has(consumed + next.fold.length)) break;
          consumed += next.fold.length;
          last = j;
          words += 1;
        }
        const written = last - first + 1 !== words;
        if (consumed === whole.length) {
          hits.push({
            term: email.term,
            first,
            last,
            certainty: 'certain',
            disguises: written ? ['written-out'] : [],
            part: 'whole',
          });
        } else if (consumed >= localEnd && localEnd >= MIN_LOCAL_LETTERS && boundaries.has(consumed)) {
          const onlyOrdinary = email.pieces.slice(0, email.localPieces).every((piece) => lexicon.isOrdinary(piece));
          if (!onlyOrdinary) {
            hits.push({ term: email.term, first, last, certainty: 'likely', disguises: [], part: 'local' });
          }
        }
      }
    });
    return hits;
  };
}

/** Fewer digits than this are dates, times and counts, not phone numbers. */
const MIN_PHONE_DIGITS = 7;
// Anything a phone number is written with between its digit groups.
const PHONE_GAP = /^[\s\p{Pd}\p{Ps}\p{Pe}.+/·_,]{0,4}$/u;

const significantDigits = (digits: string) => digits.replace(/^0+/u, '');

/**
 * Phone numbers by their digits, in any script and with any separators, with or without the
 * country code or trunk zero: "+41 22 555 01 23", "٠٢٢ ٥٥٥ ٠١ ٢٣", "(022) 555-0123" and
 * "0041225550123" are one number. A number split across two fields still reads as one.
 */
export function phoneFinder(terms: readonly SensitiveTerm[]): TermFinder {
  const phones: { term: number; digits: string }[] = [];
  terms.forEach((term, index) => {
    if (term.kind !== 'phone') return;
    const digits = significantDigits(foldedWords(term.value).join('').replace(/\D/gu, ''));
    if (digits.length >= MIN_PHONE_DIGITS) phones.push({ term: index, digits });
  });
  if (phones.length === 0) return NOTHING_TO_FIND;
  return ({ tokens, positions }, texts) => {
    const hits: TermHit[] = [];
    for (let start = 0; start < tokens.length; start++) {
      if (tokens.get(start)!.script !== 'digits') continue;
      let digits = tokens.get(start)!.fold;
      let end = start;
      while (end + 1 < tokens.length && tokens.get(end + 1)!.script === 'digits') {
        const block = positions.block(end);
        const gap =
          block === positions.block(end + 1) ? texts[block]!.slice(positions.end(end), positions.start(end + 1)) : ' ';
        if (!PHONE_GAP.test(gap)) break;
        digits += tokens.get(end + 1)!.fold;
        end += 1;
      }
      const found = significantDigits(digits);
      if (found.length >= MIN_PHONE_DIGITS) {
        const at = positions.start(start);
        const lead = /[+(]*$/u.exec(texts[positions.block(start)]!.slice(Math.max(0, at - 2), at))![0].length;
        for (const phone of phones) {
          if (found.endsWith(phone.digits) || phone.digits.endsWith(found)) {
            hits.push({
              term: phone.term,
              first: start,
              last: end,
              certainty: 'certain',
              disguises: [],
              part: 'whole',
              lead,
            });
          } else if (found.includes(phone.digits.slice(-MIN_PHONE_DIGITS))) {
            hits.push({
              term: phone.term,
              first: start,
              last: end,
              certainty: 'likely',
              disguises: [],
              part: 'tail',
              lead,
            });
          }
        }
      }
      start = end;
    }
    return hits;
  };
}

/**
 * Speaker codes ("A1", "B12", also "a-1") and pseudonyms ("Participant A1", "The Gardener"),
 * which some exports must not carry: each as the exact sequence of its words.
 */
export function phraseFinder(terms: readonly SensitiveTerm[]): TermFinder {
  const phrases = new Map<string, { term: number; words: readonly string[]; code: boolean }[]>();
  terms.forEach((term, index) => {
    if (term.kind !== 'speaker-code' && term.kind !== 'pseudonym') return;
    const words = foldedWords(term.value);
    if (words.length === 0) return;
    const code = term.kind === 'speaker-code';
    // A code is one word when its letter and number are written apart ("A 1", "A-1").
    const entry = { term: index, words: code ? [words.join('')] : words, code };
    phrases.set(entry.words[0]!, [...(phrases.get(entry.words[0]!) ?? []), entry]);
  });
  if (phrases.size === 0) return NOTHING_TO_FIND;
  // Every start of a first word (the empty one and the whole word included): a word joined to the
  // next can only be a first word if the first word starts with it.
  const starts = new Set<string>();
  for (const key of phrases.keys()) for (let end = 0; end <= key.length; end++) starts.add(key.slice(0, end));
  return ({ tokens }) => {
    const hits: TermHit[] = [];
    const check = (i: number, key: string, span: number) => {
      const token = tokens.get(i)!;
      const candidates = phrases.get(key);
      if (!candidates) return;
      for (const phrase of candidates) {
        const end = i + span + phrase.words.length - 1;
        if (!phrase.words.every((word, k) => k === 0 || tokens.get(i + span + k)?.fold === word)) continue;
        // Codes are written in capitals; "b2" in running text is more likely something else.
        const shouted = !phrase.code || token.casing !== 'lower';
        hits.push({
          term: phrase.term,
          first: i,
          last: end,
          certainty: shouted ? 'certain' : 'likely',
          disguises: span > 0 ? ['joined-or-split'] : [],
          part: 'whole',
        });
      }
    };
    // Once per written word (Token.word): whether it is, or may begin, a phrase's first word.
    const isFirst: (boolean | undefined)[] = [];
    const beginsFirst: (boolean | undefined)[] = [];
    tokens.forEach((token, i) => {
      if ((isFirst[token.word] ??= phrases.has(token.fold))) check(i, token.fold, 0);
      const next = tokens.get(i + 1);
      if (
        next?.joinable &&
        !next.newBlock &&
        token.length <= 8 &&
        (beginsFirst[token.word] ??= starts.has(token.fold))
      ) {
        check(i, token.fold + next.fold, 1);
      }
    });
    return hits;
  };
}
