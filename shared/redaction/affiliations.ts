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
}

const DISTINCT_LETTERS = 4;

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
  return { term: index, distinctive, kinds, acronym };
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
  for (const affiliation of affiliations) {
    if (!affiliation) continue;
    for (const word of affiliation.distinctive) byWord.set(word, [...(byWord.get(word) ?? []), affiliation]);
    if (affiliation.acronym)
      byAcronym.set(affiliation.acronym, [...(byAcronym.get(affiliation.acronym) ?? []), affiliation]);
  }
  if (byWord.size === 0 && byAcronym.size === 0) return () => [];

  return (tokens) => {
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
        found = own.some((form) => byWord.has(form)) ? [...new Set(own.flatMap((form) => byWord.get(form) ?? []))] : [];
        mentioned[token.word] = found;
      }
      return found;
    };
    const hits: TermHit[] = [];
    const seen = new Set<string>();
    tokens.forEach((token, i) => {
      for (const affiliation of mentionedBy(token)) {
        const span = affiliation.distinctive.length + affiliation.kinds.length + 3;
        const found = new Map<string, number>();
        for (let j = Math.max(0, i - span); j <= Math.min(tokens.length - 1, i + span); j++) {
          for (const form of formsOf(tokens[j]!)) {
            if (affiliation.distinctive.includes(form) || affiliation.kinds.includes(form)) {
              if (!found.has(form)) found.set(form, j);
            }
          }
        }
        const distinct = affiliation.distinctive.filter((w) => found.has(w));
        const kinds = affiliation.kinds.filter((w) => found.has(w));
        const positions = [...found.values()];
        const first = Math.min(...positions);
        const last = Math.max(...positions);
        const key = `${affiliation.term}:${first}:${last}`;
        if (seen.has(key)) continue;
        // Reordered or reworded, but together: "the Water Resources Ministry".
        const together = last - first + 1 <= found.size + 2;
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
      if (token.casing === 'upper' || token.casing === 'none') {
        for (const affiliation of byAcronym.get(token.fold) ?? []) {
          hits.push({ term: affiliation.term, first: i, last: i, certainty: 'likely', disguises: [], part: 'acronym' });
        }
      }
    });
    return hits;
  };
}
