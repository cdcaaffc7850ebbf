import { affixStrippedForms } from './affixes';
import type { TermFinder, TermHit } from './contacts';
import { GENERIC_AFFILIATION_WORDS, PARTICLES, type RedactionLexicon } from './lexicon';
import type { SensitiveTerm } from './terms';
import { foldedWords, type Token } from './tokens';

/** Words left out of an acronym ("Popular Front for the Liberation of Palestine" is PFLP). */
const ACRONYM_SKIPS = new Set([
  'of',
  'the',
  'for',
  'and',
  'in',
  'on',
  'at',
  'to',
  'a',
  'an',
  'de',
  'la',
  'le',
  'du',
  'des',
  'al',
  'el',
  'y',
  'e',
  'und',
  'der',
  'die',
  'das',
]);

interface Affiliation {
  readonly term: number;
  /** Words that say which body it is ("water", "hamas", "quds"). */
  readonly distinctive: readonly string[];
  /** Words that say what kind of body ("ministry", "brigades"), stop words left out. */
  readonly kinds: readonly string[];
  readonly acronym: string | null;
  /** How many words either side of a mention its other words may stand. */
  readonly span: number;
}

const DISTINCT_LETTERS = 4;
const NONE: readonly Affiliation[] = Object.freeze([]);

function affiliationOf(term: SensitiveTerm, index: number): Affiliation | null {
  const words = foldedWords(term.value);
  const distinctive = [
    ...new Set(words.filter((w) => !GENERIC_AFFILIATION_WORDS.has(w) && !PARTICLES.has(w) && w.length >= 2)),
  ];
  const kinds = [
    ...new Set(words.filter((w) => GENERIC_AFFILIATION_WORDS.has(w) && !ACRONYM_SKIPS.has(w) && w.length >= 3)),
  ];
  if (distinctive.length === 0 && kinds.length === 0) return null;
  const initials = words.filter((w) => !ACRONYM_SKIPS.has(w)).map((w) => [...w][0]!);
  const acronym = initials.length >= 3 && /^[a-z]+$/u.test(initials.join('')) ? initials.join('') : null;
  return { term: index, distinctive, kinds, acronym, span: distinctive.length + kinds.length + 3 };
}

/**
 * Sensitive affiliations by their distinctive words, not only as written on the roster: "the
 * Water Resources Ministry" is "Ministry of Water Resources"; "Quds" alone, or "IRGC" for the
 * whole name, is a warning. Words that only say what kind of body it is ("ministry") or that are
 * ordinary words ("water") do not count alone.
 */
export function affiliationFinder(terms: readonly SensitiveTerm[], lexicon: RedactionLexicon): TermFinder {
  const affiliations = terms.flatMap((term, index) =>
    term.kind === 'affiliation' ? [affiliationOf(term, index)] : [],
  );
  const byWord = new Map<string, Affiliation[]>();
  const byAcronym = new Map<string, Affiliation[]>();
  const add = (map: Map<string, Affiliation[]>, key: string, affiliation: Affiliation) => {
    const list = map.get(key);
    if (list) list.push(affiliation);
    else map.set(key, [affiliation]);
  };
  /** Every word of every affiliation: only these matter around a mention. */
  const affiliationWords = new Set<string>();
  for (const affiliation of affiliations) {
    if (!affiliation) continue;
    for (const word of affiliation.distinctive) add(byWord, word, affiliation);
    if (affiliation.acronym) add(byAcronym, affiliation.acronym, affiliation);
    for (const word of [...affiliation.distinctive, ...affiliation.kinds]) affiliationWords.add(word);
  }
  if (byWord.size === 0 && byAcronym.size === 0) return () => [];

  return ({ tokens }) => {
    // Latin, Cyrillic… words match by their keys; Arabic and Hebrew ones also without their prefixes.
    // Both worked out once per written word (Token.word), not per occurrence.
    const forms: (readonly string[] | undefined)[] = [];
    const formsOf = (token: Token): readonly string[] =>
      (forms[token.word] ??=
        token.script === 'arabic' || token.script === 'hebrew'
          ? [...token.keys, ...affixStrippedForms(token.fold)]
          : token.keys);
    const mentioned: (readonly Affiliation[] | undefined)[] = [];
    const mentionedBy = (token: Token): readonly Affiliation[] => {
      let found = mentioned[token.word];
      if (!found) {
        const own = formsOf(token);
        found = own.some((form) => byWord.has(form))
          ? [...new Set(own.flatMap((form) => byWord.get(form) ?? []))]
          : NONE;
        mentioned[token.word] = found;
      }
      return found;
    };
    const relevant: (readonly string[] | undefined)[] = [];
    const relevantForms = (token: Token): readonly string[] =>
      (relevant[token.word] ??= formsOf(token).filter((form) => affiliationWords.has(form)));
    const hits: TermHit[] = [];
    const seen = new Set<string>();
    /** The affiliations a mention at `i` belongs to, wholly or by telling words. */
    const mentionAt = (i: number, candidates: readonly Affiliation[]) => {
      for (const affiliation of candidates) {
        const from = Math.max(0, i - affiliation.span);
        const to = Math.min(tokens.length - 1, i + affiliation.span);
        let first = tokens.length;
        let last = -1;
        /** Whether the word stands around the mention; its first place there counts. */
        const within = (word: string) => {
          for (let j = from; j <= to; j++) {
            if (!relevantForms(tokens.get(j)!).includes(word)) continue;
            first = Math.min(first, j);
            last = Math.max(last, j);
            return true;
          }
          return false;
        };
        const distinct = affiliation.distinctive.filter(within);
        const kinds = affiliation.kinds.filter(within);
        const key = `${affiliation.term}:${first}:${last}`;
        if (seen.has(key)) continue;
        // Reordered or reworded, but together: "the Water Resources Ministry".
        const together = last - first + 1 <= distinct.length + kinds.length + 2;
        const whole =
          together &&
          distinct.length === affiliation.distinctive.length &&
          (affiliation.kinds.length === 0 ? affiliation.distinctive.length > 1 : kinds.length > 0);
        if (whole) {
          seen.add(key);
          hits.push({ term: affiliation.term, first, last, certainty: 'certain', disguises: [], part: 'whole' });
          continue;
        }
        const telling = distinct.filter((w) => [...w].length >= DISTINCT_LETTERS && !lexicon.isOrdinary(w));
        if (distinct.length >= 2 || telling.length > 0) {
          seen.add(key);
          hits.push({ term: affiliation.term, first: i, last: i, certainty: 'likely', disguises: [], part: 'words' });
        }
      }
    };
    tokens.forEach((token, i) => {
      const candidates = mentionedBy(token);
      if (candidates.length > 0) mentionAt(i, candidates);
      if (token.casing === 'upper' || token.casing === 'none') {
        for (const affiliation of byAcronym.get(token.fold) ?? NONE) {
          hits.push({ term: affiliation.term, first: i, last: i, certainty: 'likely', disguises: [], part: 'acronym' });
        }
      }
    });
    return hits;
  };
}
