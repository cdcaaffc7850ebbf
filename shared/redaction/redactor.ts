import { affiliationFinder } from './affiliations';
import { emailFinder, phoneFinder, phraseFinder, type TermHit } from './contacts';
import type { RedactionLexicon } from './lexicon';
import { classifyNameHits, findNameHits, NameIndex, type ClassifiedName } from './names';
import type { Certainty, Disguise, Finding, FindingPart, SensitiveTerm, SensitiveTermKind } from './terms';
import { foldedWords, readDocument, type DocumentBlock, type Positions, type Reading, type TokenList } from './tokens';

/**
 * The redaction engine (DESIGN.md, "PDF and reports"): one engine for every export. It reads the
 * document's text in reading order and finds what points to a participant, however disguised.
 * Certain findings refuse an export (or are replaced, in the sponsor report); likely ones are
 * warnings the facilitator confirms. Findings say where and why, never what.
 */

export interface RedactorOptions {
  readonly lexicon: RedactionLexicon;
  /** The dialogue's known-safe phrases ("Rose Garden Accord"): a name word inside one is not a name. */
  readonly safePhrases?: readonly string[];
}

export interface ScanOptions {
  /**
   * The text comes from a printed page (the finished PDF): line breaks and table cells say nothing
   * about sentences, so a capital letter is no sign of a name.
   */
  readonly layout?: boolean;
}

export type ReplacementStyle = 'participant' | 'participant-with-side' | 'remove';

export interface Redactor {
  /** Everything in the document that points to a participant, in reading order. */
  scan(blocks: readonly DocumentBlock[], options?: ScanOptions): Finding[];
  /** The document with the given findings' text replaced ("a participant", "a participant from Side A") or removed. */
  replace(blocks: readonly DocumentBlock[], findings: readonly Finding[], style: ReplacementStyle): DocumentBlock[];
}

const WHAT: Record<SensitiveTermKind, string> = {
  name: 'a participant’s name',
  alias: 'a participant’s alias',
  email: 'a participant’s email address',
  phone: 'a participant’s phone number',
  affiliation: 'a participant’s sensitive affiliation',
  'speaker-code': 'a speaker code',
  pseudonym: 'a participant’s pseudonym',
};

const HOW: Record<Disguise, string> = {
  'look-alike-letters': 'written with look-alike letters from another script',
  'other-script': 'written in another script',
  'hidden-characters': 'with invisible characters inside it',
  'spelling-variant': 'spelled one letter differently',
  'joined-or-split': 'with its parts joined or split',
  'attached-prefix': 'with a prefix or particle attached',
  reversed: 'written backwards behind a direction override',
  'letter-by-letter': 'spelled out letter by letter',
  'written-out': 'with its symbols written out as words',
  'across-places': 'split across two places',
};

const PART: Record<string, (kind: SensitiveTermKind) => string> = {
  whole: (kind) => WHAT[kind],
  local: () => 'the first part of a participant’s email address',
  tail: () => 'the last digits of a participant’s phone number',
  words: () => 'a word of a participant’s sensitive affiliation',
  acronym: () => 'the initials of a participant’s sensitive affiliation',
};

const NAME_CONTEXT: Record<ClassifiedName['context'], (what: string) => string> = {
  'multiple-words': (what) => what,
  'next-to-name': (what) => what,
  'after-title': (what) => `a word of ${what} after a title`,
  capitalised: (what) => `a word of ${what}, written as a name`,
  distinct: (what) => `a word of ${what}`,
  none: (what) => `a word of ${what}`,
};

const DOUBT: Record<NonNullable<ClassifiedName['doubt']>, string> = {
  ordinary: 'it is also an ordinary word',
  short: 'it is short',
  variant: 'it may be another word',
  split: 'its pieces are ordinary words',
};

const CONFIRM = 'confirm it does not point to them';

function reasonOf(what: string, disguises: readonly Disguise[], doubt: string | null): string {
  const how = disguises.map((disguise) => HOW[disguise]);
  const head = how.length > 0 ? `${what}, ${how.join(', ')}` : what;
  return doubt ? `${head} — ${doubt}; ${CONFIRM}` : head;
}

/** Block-by-block stretches of tokens [from, to]. */
function partsOf(positions: Positions, from: number, to: number): FindingPart[] {
  const parts: FindingPart[] = [];
  for (let i = from; i <= to; i++) {
    const block = positions.block(i);
    const start = positions.start(i);
    const end = positions.end(i);
    const last = parts.at(-1);
    if (last && last.block === block) {
      parts[parts.length - 1] = { ...last, start: Math.min(last.start, start), end: Math.max(last.end, end) };
    } else {
      parts.push({ block, start, end });
    }
  }
  return parts;
}

/**
 * Whether the tokens from `i` on spell the phrase. Apart from the loop over the tokens: a closure
 * there would hold `i` and make V8 allocate a context for every token.
 */
function phraseAt(tokens: TokenList, i: number, phrase: readonly string[]): boolean {
  return phrase.every((word, k) => tokens.get(i + k)?.fold === word);
}

/** The first part started `lead` characters earlier (a phone number's "+" or "("). */
function widenStart(parts: FindingPart[], lead: number): FindingPart[] {
  if (lead === 0 || parts.length === 0) return parts;
  const [first, ...rest] = parts;
  return [{ ...first!, start: first!.start - lead }, ...rest];
}

interface Draft {
  readonly finding: Omit<Finding, 'where'>;
  /** Token range the finding covers (a title before a name excluded), for known-safe phrases. */
  readonly first: number;
  readonly last: number;
  readonly suppressible: boolean;
}

const rank = (certainty: Certainty) => (certainty === 'certain' ? 2 : 1);

function overlaps(a: readonly FindingPart[], b: readonly FindingPart[]): boolean {
  return a.some((p) => b.some((q) => p.block === q.block && p.start < q.end && q.start < p.end));
}

/** One finding per stretch of text: the surest of those that overlap, covering all of them. */
function merge(findings: readonly Omit<Finding, 'where'>[]): Omit<Finding, 'where'>[] {
  const merged: Omit<Finding, 'where'>[] = [];
  for (const finding of findings) {
    // Findings come in reading order and span a few words: only the last few can overlap this one.
    let index = -1;
    for (let i = merged.length - 1; i >= Math.max(0, merged.length - 8); i--) {
      if (overlaps(merged[i]!.parts, finding.parts)) {
        index = i;
        break;
      }
    }
    if (index < 0) {
      merged.push(finding);
      continue;
    }
    const other = merged[index]!;
    const size = (f: Omit<Finding, 'where'>) => f.parts.reduce((sum, part) => sum + part.end - part.start, 0);
    const better =
      rank(finding.certainty) > rank(other.certainty) ||
      (rank(finding.certainty) === rank(other.certainty) && size(finding) > size(other));
    const [sure, less] = better ? [finding, other] : [other, finding];
    const parts = [...sure.parts];
    for (const part of less.parts) {
      const same = parts.findIndex((p) => p.block === part.block);
      if (same < 0) parts.push(part);
      else
        parts[same] = {
          ...parts[same]!,
          start: Math.min(parts[same]!.start, part.start),
          end: Math.max(parts[same]!.end, part.end),
        };
    }
    parts.sort((p, q) => p.block - q.block || p.start - q.start);
    merged[index] = { ...sure, parts, disguises: [...new Set([...sure.disguises, ...less.disguises])] };
  }
  return merged;
}

export function createRedactor(terms: readonly SensitiveTerm[], options: RedactorOptions): Redactor {
  const usable = terms.map((term) => ({ ...term, value: term.value.trim() }));
  const { lexicon } = options;
  // Everything about the roster is folded and indexed here, once: a scan only reads the document.
  const names = new NameIndex(usable);
  const findEmails = emailFinder(usable, lexicon);
  const findPhones = phoneFinder(usable);
  const findPhrases = phraseFinder(usable);
  const findAffiliations = affiliationFinder(usable, lexicon);
  const safePhrases = (options.safePhrases ?? []).map(foldedWords).filter((words) => words.length > 0);
  const safeByFirst = Map.groupBy(safePhrases, (words) => words[0]!);

  function safeRanges(tokens: TokenList): [number, number][] {
    const ranges: [number, number][] = [];
    if (safeByFirst.size === 0) return ranges;
    // The phrases a written word can start, once per word (Token.word).
    const startedBy: (readonly string[][] | null | undefined)[] = [];
    tokens.forEach((token, i) => {
      let phrases = startedBy[token.word];
      if (phrases === undefined) phrases = startedBy[token.word] = safeByFirst.get(token.fold) ?? null;
      if (!phrases) return;
      for (const phrase of phrases) if (phraseAt(tokens, i, phrase)) ranges.push([i, i + phrase.length - 1]);
    });
    return ranges;
  }

  function termDraft(positions: Positions, hit: TermHit): Draft {
    const term = usable[hit.term]!;
    const what = (PART[hit.part] ?? PART.whole!)(term.kind);
    const doubt = hit.certainty === 'likely' ? 'it may be something else' : null;
    return {
      first: hit.first,
      last: hit.last,
      suppressible: term.kind === 'affiliation' || term.kind === 'pseudonym',
      finding: {
        kind: term.kind,
        certainty: hit.certainty,
        parts: widenStart(partsOf(positions, hit.first, hit.last), hit.lead ?? 0),
        reason: reasonOf(what, hit.disguises, doubt),
        term: hit.term,
        subject: `${hit.term}:${hit.part}`,
        disguises: hit.disguises,
      },
    };
  }

  function nameDraft(positions: Positions, classified: ClassifiedName): Draft | null {
    const { hit, certainty } = classified;
    if (certainty === null) return null;
    const word = hit.words.find((w) => !w.particle) ?? hit.words[0]!;
    const disguises = [...hit.disguises];
    if (positions.block(classified.from) !== positions.block(classified.to) && !disguises.includes('across-places')) {
      disguises.push('across-places');
    }
    const what = NAME_CONTEXT[classified.context](WHAT[word.kind]);
    return {
      first: hit.first,
      last: hit.last,
      suppressible: true,
      finding: {
        kind: word.kind,
        certainty,
        parts: partsOf(positions, classified.from, classified.to),
        reason: reasonOf(what, disguises, classified.doubt ? DOUBT[classified.doubt] : null),
        term: word.term,
        subject: `${word.term}:w${hit.words.map((w) => w.position).join('-')}`,
        disguises,
      },
    };
  }

  function scanReading(reading: Reading, texts: readonly string[], primary: boolean): Omit<Finding, 'where'>[] {
    const { tokens, positions } = reading;
    if (tokens.length === 0) return [];
    const drafts: Draft[] = [];
    const hits = findNameHits(tokens, names, lexicon);
    for (const classified of classifyNameHits(tokens, hits, lexicon)) {
      const draft = nameDraft(positions, classified);
      if (draft) drafts.push(draft);
    }
    const termHits = [
      ...findEmails(reading, texts),
      ...(primary ? findPhones(reading, texts) : []),
      ...findPhrases(reading, texts),
      ...findAffiliations(reading, texts),
    ];
    for (const hit of termHits) drafts.push(termDraft(positions, hit));
    const safe = safeRanges(tokens);
    const kept = drafts.filter(
      (draft) => !(draft.suppressible && safe.some(([from, to]) => draft.first >= from && draft.last <= to)),
    );
    return kept.map((draft) => draft.finding);
  }

  return {
    scan(blocks, scanOptions = {}) {
      const texts = blocks.map((block) => block.text);
      const readings = readDocument(blocks, scanOptions);
      const found = readings.flatMap((reading, i) => scanReading(reading, texts, i === 0));
      found.sort((a, b) => a.parts[0]!.block - b.parts[0]!.block || a.parts[0]!.start - b.parts[0]!.start);
      return merge(found).map((finding) => ({ ...finding, where: blocks[finding.parts[0]!.block]!.where }));
    },
    replace(blocks, findings, style) {
      return replaceFindings(blocks, findings, (finding) => replacementFor(usable[finding.term], finding, style));
    },
  };
}

function replacementFor(term: SensitiveTerm | undefined, finding: Finding, style: ReplacementStyle): string {
  if (style === 'remove') return '';
  switch (finding.kind) {
    case 'email':
    case 'phone':
      return '(contact details removed)';
    case 'affiliation':
      return 'an organisation';
    default:
      return style === 'participant-with-side' && term?.side ? `a participant from ${term.side}` : 'a participant';
  }
}

const SENTENCE_BEFORE = /(^|[.!?؟。:\n]\s*)$/u;

/** Replaces each finding's text: its first part by the replacement, any further part by nothing. */
export function replaceFindings(
  blocks: readonly DocumentBlock[],
  findings: readonly Finding[],
  replacement: (finding: Finding) => string,
): DocumentBlock[] {
  const edits = new Map<number, { start: number; end: number; text: string }[]>();
  for (const finding of findings) {
    finding.parts.forEach((part, i) => {
      const list = edits.get(part.block) ?? [];
      list.push({ start: part.start, end: part.end, text: i === 0 ? replacement(finding) : '' });
      edits.set(part.block, list);
    });
  }
  return blocks.map((block, index) => {
    const list = (edits.get(index) ?? []).sort((a, b) => a.start - b.start);
    let text = '';
    let cursor = 0;
    for (const edit of list) {
      if (edit.end <= cursor) continue;
      const start = Math.max(edit.start, cursor);
      text += block.text.slice(cursor, start);
      let insert = edit.text;
      // "the Ministry of…" → "an organisation", not "the an organisation".
      if (/^an? /u.test(insert)) text = text.replace(/\b[Tt]he\s+$/u, '');
      if (insert && SENTENCE_BEFORE.test(text)) insert = insert[0]!.toUpperCase() + insert.slice(1);
      let end = edit.end;
      if (insert === '' && text.endsWith(' ') && block.text[end] === ' ') end += 1;
      text += insert;
      cursor = end;
    }
    text += block.text.slice(cursor);
    return { where: block.where, text };
  });
}
