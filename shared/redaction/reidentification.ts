import { affixStrippedForms } from './affixes';
import type { FindingPart } from './terms';
import { foldedWords, readDocument, type DocumentBlock, type Positions, type Token, type TokenList } from './tokens';

/**
 * Re-identification risks (DOMAIN.md, "The sanitized sponsor report"): text that names nobody but
 * points to one person of a small group — "the only former general on Side B", a role two people
 * hold, an age, a home town, a side with two participants. Each is a warning the facilitator
 * acknowledges; none refuses an export on its own.
 */

/** What the roster says about a participant that is not an identity: their side, role and (non-sensitive) affiliation. */
export interface RosterPerson {
  readonly side: string;
  readonly role: string;
  /** Only an affiliation not marked sensitive: a sensitive one is a sensitive term, found as such. */
  readonly affiliation: string;
}

export type ReidentificationKind = 'rare-descriptor' | 'singling-out' | 'age' | 'home-town' | 'small-side';

export interface ReidentificationRisk {
  readonly kind: ReidentificationKind;
  readonly where: string;
  readonly parts: readonly FindingPart[];
  readonly reason: string;
  /** Which descriptor or side, as an index ("descriptor:3"), never its text. */
  readonly subject: string;
}

export interface ReidentificationOptions {
  /** Smallest group that hides a person (small-cell suppression's k); 3 by default. */
  readonly k?: number;
  /** Warn where a side with fewer than k participants is named (off where naming sides is the point, as in an agenda). */
  readonly smallSides?: boolean;
}

const STOP_WORDS = new Set('of the a an for and in on at to from de la le du des al el و في من ال של и в'.split(' '));

/** How many words around a descriptor may name the side it is about. */
const SIDE_WINDOW = 12;

/** Words that stand for a person after "the only…" ("the only woman", "the sole cleric"). */
const PERSON_NOUNS = new Set(
  `woman women man men member person one representative delegate participant general officer colonel cleric imam
  rabbi priest sheikh bishop journalist academic professor lawyer minister ambassador diplomat soldier veteran mayor
  judge doctor businessman businesswoman activist student mother father widow widower survivor refugee settler
  former retired serving female male christian muslim jew jewish druze kurd`.split(/\s+/u),
);
const SINGLING_OUT_LEADS = [
  ['the', 'only'],
  ['the', 'sole'],
  ['the', 'lone'],
  ['the', 'single'],
  ['the', 'youngest'],
  ['the', 'oldest'],
  ['the', 'first'],
  ['le', 'seul'],
  ['la', 'seule'],
];
/** Words that single someone out in themselves (Arabic, Hebrew, Russian, Persian "the only…"). */
const SINGLING_OUT_WORDS = new Set(
  [
    'الوحيد',
    'الوحيدة',
    'الأصغر',
    'الاصغر',
    'الأكبر',
    'היחיד',
    'היחידה',
    'הצעיר',
    'הצעירה',
    'המבוגר',
    'единственный',
    'единственная',
    'تنها',
    'یگانه',
  ].flatMap(foldedWords),
);

const NUMBER = String.raw`\p{Nd}{1,3}`;
const AGE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:aged?|age of)\s*${NUMBER}\b`, 'giu'),
  new RegExp(String.raw`\b${NUMBER}[\s-]*(?:years?|yrs?)[\s-]*old\b`, 'giu'),
  new RegExp(String.raw`\b${NUMBER}-year-old\b`, 'giu'),
  /\bin (?:his|her|their) (?:early |mid-?|late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)\b/giu,
  new RegExp(String.raw`(?:عمره|عمرها|البالغ من العمر|البالغة من العمر|بعمر)\s*${NUMBER}?`, 'gu'),
  new RegExp(String.raw`${NUMBER}\s*(?:عاما|عامًا|سنة|سنوات)`, 'gu'),
  new RegExp(String.raw`(?:^|\s)(?:בן|בת|בגיל)\s+${NUMBER}`, 'gu'),
  new RegExp(String.raw`${NUMBER}\s*(?:лет|года|год)(?![\p{L}])`, 'gu'),
  new RegExp(String.raw`${NUMBER}\s*ساله`, 'gu'),
];
const HOME_TOWN_PATTERNS: readonly RegExp[] = [
  /\b(?:born|raised|grew up|brought up|lives|living|resident|who lives)\s+(?:in|at)\s+(?:the\s+)?(?:village|town|city|camp|refugee camp\s+)?(?:of\s+)?\p{Lu}/gu,
  /\b(?:a\s+)?native of\b/giu,
  /\bhails? from\b/giu,
  /\bhome ?town\b/giu,
  /\bfrom the (?:village|town|city|camp|refugee camp|neighbourhood|neighborhood) of\b/giu,
  /(?:من مواليد|ابن مدينة|ابنة مدينة|ابن قرية|ابنة قرية|من قرية|من مخيم|يسكن في|تسكن في|مسقط رأس)/gu,
  /(?:^|\s)(?:יליד|ילידת|תושב|תושבת|גדל ב|גדלה ב|מהכפר)/gu,
  /(?:уроженец|уроженка|родом из|родился в|родилась в|живёт в|живет в)/giu,
  /(?:اهل |متولد)/gu,
];

const contentWords = (text: string) => foldedWords(text).filter((word) => !STOP_WORDS.has(word));

/** A token's forms: the word, and the word without attached prefixes ("לצד", "وبالجانب"). */
type FormsOf = (token: Token) => readonly string[];

/** Forms worked out once per written word of the reading (Token.word), not per occurrence. */
function formsOfReading(): FormsOf {
  const forms: (readonly string[] | undefined)[] = [];
  return (token) => (forms[token.word] ??= [token.fold, ...affixStrippedForms(token.fold)]);
}

/** Whether the tokens from `i` on spell the words, one form each. */
function spellsAt(tokens: TokenList, i: number, words: readonly string[], formsOf: FormsOf): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (!formsOf(tokens.get(i + k)!).includes(words[k]!)) return false;
  return true;
}

/**
 * Where each sequence of folded words occurs in the reading, in order, next to each other: one
 * pass over the tokens for all of them, each token only tried against the sequences its forms begin.
 */
function sequencesAt(tokens: TokenList, sequences: readonly (readonly string[])[], formsOf: FormsOf): number[][] {
  const found = sequences.map((): number[] => []);
  const byFirst = new Map<string, number[]>();
  sequences.forEach((words, index) => {
    if (words.length === 0) return;
    const list = byFirst.get(words[0]!);
    if (list) list.push(index);
    else byFirst.set(words[0]!, [index]);
  });
  const begun: (readonly number[] | undefined)[] = [];
  tokens.forEach((token, i) => {
    const candidates = (begun[token.word] ??= [...new Set(formsOf(token).flatMap((form) => byFirst.get(form) ?? []))]);
    for (const index of candidates) {
      if (spellsAt(tokens, i, sequences[index]!, formsOf)) found[index]!.push(i);
    }
  });
  return found;
}

/** How far the nearest of the (ascending) positions is from `i`. */
function nearestDistance(positions: readonly number[], i: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < i) low = middle + 1;
    else high = middle;
  }
  let nearest = Infinity;
  if (low < positions.length) nearest = positions[low]! - i;
  if (low > 0) nearest = Math.min(nearest, i - positions[low - 1]!);
  return nearest;
}

function partOf(positions: Positions, first: number, last: number): FindingPart[] {
  const a = { block: positions.block(first), start: positions.start(first), end: positions.end(first) };
  const b = { block: positions.block(last), start: positions.start(last), end: positions.end(last) };
  if (a.block === b.block) return [{ block: a.block, start: a.start, end: b.end }];
  return [a, b];
}

/** Text that points to one person of a small group, given what the roster says about everyone. */
export function findReidentificationRisks(
  blocks: readonly DocumentBlock[],
  people: readonly RosterPerson[],
  options: ReidentificationOptions = {},
): ReidentificationRisk[] {
  const k = options.k ?? 3;
  const { tokens, positions } = readDocument(blocks)[0]!;
  const formsOf = formsOfReading();
  const risks: ReidentificationRisk[] = [];
  const push = (risk: Omit<ReidentificationRisk, 'where'>) =>
    risks.push({ ...risk, where: blocks[risk.parts[0]!.block]!.where });

  // Sides by name, and how many of the roster are on each.
  const sides = [...new Set(people.map((person) => person.side))];
  const sideCount = new Map(sides.map((side) => [side, people.filter((p) => p.side === side).length]));
  // Where each side and each "the only…" is mentioned, in one pass.
  const mentions = sequencesAt(tokens, [...sides.map(foldedWords), ...SINGLING_OUT_LEADS], formsOf);
  const sideMentions = new Map(sides.map((side, index) => [side, mentions[index]!]));

  // Roles and affiliations, by their content words, with who holds them.
  const descriptors = new Map<string, { words: string[]; holders: RosterPerson[] }>();
  for (const person of people) {
    for (const value of [person.role, person.affiliation]) {
      const words = contentWords(value);
      if (words.length === 0) continue;
      const key = [...words].sort().join(' ');
      const entry = descriptors.get(key) ?? { words, holders: [] };
      if (!entry.holders.includes(person)) entry.holders.push(person);
      descriptors.set(key, entry);
    }
  }
  const byFirstWord = new Map<string, number[]>();
  const list = [...descriptors.values()];
  list.forEach(({ words }, index) => byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), index]));
  const descriptorsBegun: (readonly number[] | undefined)[] = [];
  /** Whether each of the words stands within `reach` tokens of `i`. */
  const allAround = (i: number, words: readonly string[], reach: number) => {
    const window = tokens.slice(Math.max(0, i - reach), i + reach + 1);
    return words.every((word) => window.some((token) => formsOf(token).includes(word)));
  };
  tokens.forEach((token, i) => {
    const begun = (descriptorsBegun[token.word] ??= [
      ...new Set(formsOf(token).flatMap((form) => byFirstWord.get(form) ?? [])),
    ]);
    for (const index of begun) {
      const { words, holders } = list[index]!;
      // All the descriptor's words within a few words of each other, in any order.
      if (!allAround(i, words, words.length + 2)) continue;
      let nearSide: string | undefined;
      let nearest = SIDE_WINDOW + 1;
      for (const side of sides) {
        const distance = nearestDistance(sideMentions.get(side) ?? [], i);
        if (distance < nearest) [nearSide, nearest] = [side, distance];
      }
      const onSide = nearSide ? holders.filter((holder) => holder.side === nearSide).length : 0;
      if (nearSide && onSide > 0 && onSide < k) {
        push({
          kind: 'rare-descriptor',
          parts: partOf(positions, i, i),
          reason: `a role or affiliation that fewer than ${k} participants of ${nearSide} have`,
          subject: `descriptor:${index}`,
        });
      } else if (holders.length < k) {
        push({
          kind: 'rare-descriptor',
          parts: partOf(positions, i, i),
          reason: `a role or affiliation that fewer than ${k} participants have`,
          subject: `descriptor:${index}`,
        });
      }
    }
  });

  // "the only …", "the youngest …", "الوحيد".
  const descriptorWords = new Set([...descriptors.values()].flatMap(({ words }) => words));
  SINGLING_OUT_LEADS.forEach((lead, index) => {
    for (const at of mentions[sides.length + index]!) {
      const following = tokens.slice(at + lead.length, at + lead.length + 4);
      if (following.some((token) => PERSON_NOUNS.has(token.fold) || descriptorWords.has(token.fold))) {
        push({
          kind: 'singling-out',
          parts: partOf(positions, at, at + lead.length - 1),
          reason: 'words that single out one person',
          subject: `singling:${index}`,
        });
      }
    }
  });
  const singles: (boolean | undefined)[] = [];
  tokens.forEach((token, i) => {
    if ((singles[token.word] ??= formsOf(token).some((form) => SINGLING_OUT_WORDS.has(form)))) {
      push({
        kind: 'singling-out',
        parts: partOf(positions, i, i),
        reason: 'words that single out one person',
        subject: 'singling:word',
      });
    }
  });

  // Ages and home towns, as written.
  blocks.forEach((block, index) => {
    for (const [kind, patterns, reason] of [
      ['age', AGE_PATTERNS, 'a person’s age'],
      ['home-town', HOME_TOWN_PATTERNS, 'a person’s home town or birthplace'],
    ] as const) {
      patterns.forEach((pattern, p) => {
        for (const match of block.text.matchAll(pattern)) {
          const start = match.index + (match[0].length - match[0].trimStart().length);
          push({
            kind,
            parts: [{ block: index, start, end: match.index + match[0].length }],
            reason,
            subject: `${kind}:${p}`,
          });
        }
      });
    }
  });

  // A side so small that whatever is said of it is said of one or two people.
  if (options.smallSides ?? true) {
    sides.forEach((side, index) => {
      const count = sideCount.get(side) ?? 0;
      const first = sideMentions.get(side)?.[0];
      if (count === 0 || count >= k || first === undefined) return;
      const length = foldedWords(side).length;
      push({
        kind: 'small-side',
        parts: partOf(positions, first, first + length - 1),
        reason: `a side with fewer than ${k} participants, so what is said of it points to them`,
        subject: `side:${index}`,
      });
    });
  }
  return risks.sort((a, b) => a.parts[0]!.block - b.parts[0]!.block || a.parts[0]!.start - b.parts[0]!.start);
}
