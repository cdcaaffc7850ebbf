/**
 * The bracket language of a single negotiating text, parsed for real.
 *
 * - `[ … ]` marks text not yet agreed. Brackets nest: `[the [joint] commission]`.
 * - Alternatives are brackets that open with a label and stand side by side:
 *   `[Option 1: a shared board][Option 2: an international custodian]` (also `Option A:`,
 *   `Alternative 2:`, `الخيار ١:`, `אפשרות 2:`). Only white space may separate them.
 * - `\[`, `\]` and `\\` are a literal bracket or backslash, for the rare "[sic]" that is not a bracket.
 *
 * The parser never guesses: an unbalanced bracket is an error with its place (offset, line and
 * character), so a broken structure is never saved as if it were whole. Offsets are UTF-16 indices
 * into the text as typed (what a textarea's selection uses); lines and characters are 1-based and
 * count code points (what a person counts).
 */

export interface TextSegment {
  readonly kind: 'text';
  /** The text as it reads: escapes resolved. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface OptionLabel {
  /** As typed, without the colon: "Option 2", "الخيار ٢". */
  readonly label: string;
  /** Its number (Option B is 2). */
  readonly number: number;
  /** Offset just after the label's colon (and any space after it). */
  readonly bodyStart: number;
}

export interface BracketSegment {
  readonly kind: 'bracket';
  /** 1 for an outermost bracket, 2 inside it, and so on. */
  readonly depth: number;
  /** Offset of `[` and just after `]`. */
  readonly start: number;
  readonly end: number;
  /** Pre-order index among all the clause's brackets: 0 is the first `[` typed. */
  readonly ordinal: number;
  readonly option: OptionLabel | null;
  readonly children: readonly Segment[];
}

/** Two or more labelled brackets side by side: the alternatives the sides choose between. */
export interface AlternativesSegment {
  readonly kind: 'alternatives';
  readonly depth: number;
  readonly start: number;
  readonly end: number;
  /** The options, with the white space between them as text segments. */
  readonly children: readonly (BracketSegment | TextSegment)[];
}

export type Segment = TextSegment | BracketSegment | AlternativesSegment;

export interface TextPlace {
  /** UTF-16 offset into the text. */
  readonly offset: number;
  /** 1-based line and character (code points) for messages. */
  readonly line: number;
  readonly column: number;
}

export type BracketErrorKind = 'unclosed' | 'unopened' | 'too-deep';

export interface BracketError extends TextPlace {
  readonly kind: BracketErrorKind;
}

export type BracketWarningKind = 'empty-bracket' | 'single-option' | 'option-numbering';

export interface BracketWarning extends TextPlace {
  readonly kind: BracketWarningKind;
  readonly message: string;
}

export interface ParsedClause {
  readonly ok: true;
  readonly segments: readonly Segment[];
  /** Every bracket, in pre-order (`ordinal` order). */
  readonly brackets: readonly BracketSegment[];
  readonly maxDepth: number;
  readonly alternatives: number;
  readonly warnings: readonly BracketWarning[];
}

export interface UnparsedClause {
  readonly ok: false;
  readonly error: BracketError;
}

export type ClauseParse = ParsedClause | UnparsedClause;

/** Deeper than this, a bracket is refused (AGREEMENT_LIMITS.maxBracketDepth). */
export const MAX_BRACKET_DEPTH = 8;

const LABEL_WORDS = ['option', 'alternative', 'alt', 'الخيار', 'خيار', 'البديل', 'אפשרות', 'חלופה'];
const LABEL = new RegExp(
  `^\\s*(${LABEL_WORDS.join('|')})\\.?\\s+([0-9]{1,3}|[\\u0660-\\u0669]{1,3}|[\\u06F0-\\u06F9]{1,3}|[A-Za-z])\\s*[:：]\\s*`,
  'iu',
);

/** Numbers written with Arabic-Indic or Persian digits count the same as 0–9. */
function numberOf(token: string): number {
  if (/^[A-Za-z]$/u.test(token)) return token.toUpperCase().charCodeAt(0) - 64;
  const western = [...token]
    .map((char) => {
      const code = char.charCodeAt(0);
      if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
      if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
      return char;
    })
    .join('');
  return Number(western);
}

/** 1-based line and code-point column of a UTF-16 offset. */
export function placeOf(text: string, offset: number): TextPlace {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) {
      line++;
      column = 1;
    } else if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) {
      column++;
    }
  }
  return { offset, line, column };
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

interface OpenBracket {
  readonly start: number;
  readonly ordinal: number;
  readonly children: Segment[];
  text: string;
  textStart: number;
}

/** Parses a clause's text. Linear in its length; a 256 KiB clause parses in a few milliseconds. */
export function parseClause(text: string): ClauseParse {
  const root: OpenBracket = { start: -1, ordinal: -1, children: [], text: '', textStart: 0 };
  const stack: OpenBracket[] = [root];
  const brackets: BracketSegment[] = [];
  const ordinals: { ordinal: number; index: number }[] = [];
  let ordinal = 0;
  let maxDepth = 0;

  const flushText = (frame: OpenBracket, end: number) => {
    if (frame.text !== '') frame.children.push({ kind: 'text', text: frame.text, start: frame.textStart, end });
    frame.text = '';
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const frame = stack.at(-1)!;
    if (char === '\\' && (text[i + 1] === '[' || text[i + 1] === ']' || text[i + 1] === '\\')) {
      if (frame.text === '') frame.textStart = i;
      frame.text += text[i + 1];
      i++;
      continue;
    }
    if (char === '[') {
      if (stack.length > MAX_BRACKET_DEPTH) return { ok: false, error: { kind: 'too-deep', ...placeOf(text, i) } };
      flushText(frame, i);
      stack.push({ start: i, ordinal: ordinal++, children: [], text: '', textStart: i + 1 });
      continue;
    }
    if (char === ']') {
      if (stack.length === 1) return { ok: false, error: { kind: 'unopened', ...placeOf(text, i) } };
      flushText(frame, i);
      stack.pop();
      const depth = stack.length;
      maxDepth = Math.max(maxDepth, depth);
      const bracket: BracketSegment = {
        kind: 'bracket',
        depth,
        start: frame.start,
        end: i + 1,
        ordinal: frame.ordinal,
        option: optionLabel(text, frame.start + 1, i),
        children: frame.children,
      };
      ordinals.push({ ordinal: frame.ordinal, index: brackets.length });
      brackets.push(bracket);
      stack.at(-1)!.children.push(bracket);
      continue;
    }
    if (frame.text === '') frame.textStart = i;
    frame.text += char;
  }
  if (stack.length > 1) {
    // The innermost bracket still open is the one most likely forgotten.
    return { ok: false, error: { kind: 'unclosed', ...placeOf(text, stack.at(-1)!.start) } };
  }
  flushText(root, text.length);

  const warnings: BracketWarning[] = [];
  let alternatives = 0;
  const group = (children: readonly Segment[]): Segment[] => {
    const out: Segment[] = [];
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.kind !== 'bracket' || child.option === null) {
        out.push(child.kind === 'bracket' ? withChildren(child, group(child.children)) : child);
        continue;
      }
      // Collect labelled brackets separated only by white space.
      const members: (BracketSegment | TextSegment)[] = [withChildren(child, group(child.children))];
      let j = i + 1;
      while (j < children.length) {
        const gap = children[j]!;
        const next = children[j + 1];
        if (gap.kind === 'bracket' && gap.option) {
          members.push(withChildren(gap, group(gap.children)));
          j++;
          continue;
        }
        if (gap.kind === 'text' && gap.text.trim() === '' && next?.kind === 'bracket' && next.option) {
          members.push(gap, withChildren(next, group(next.children)));
          j += 2;
          continue;
        }
        break;
      }
      const options = members.filter((m): m is BracketSegment => m.kind === 'bracket');
      if (options.length === 1) {
        warnings.push({
          kind: 'single-option',
          ...placeOf(text, child.start),
          message: `${child.option.label} stands alone: add another option beside it, or remove its label.`,
        });
        out.push(options[0]!);
      } else {
        alternatives++;
        const numbers = options.map((option) => option.option!.number);
        const expected = numbers.map((_, index) => index + 1);
        if (numbers.some((n, index) => n !== expected[index])) {
          warnings.push({
            kind: 'option-numbering',
            ...placeOf(text, child.start),
            message: `These options are numbered ${options.map((o) => o.option!.label).join(', ')}: renumber them in order.`,
          });
        }
        out.push({
          kind: 'alternatives',
          depth: child.depth,
          start: child.start,
          end: members.at(-1)!.end,
          children: members,
        });
      }
      i = j - 1;
    }
    return out;
  };
  const segments = group(root.children);

  // Grouping rebuilt the bracket objects: list them again, in pre-order.
  const ordered: BracketSegment[] = [];
  const collect = (list: readonly Segment[]) => {
    for (const segment of list) {
      if (segment.kind === 'bracket') {
        ordered.push(segment);
        collect(segment.children);
      } else if (segment.kind === 'alternatives') collect(segment.children);
    }
  };
  collect(segments);
  ordered.sort((a, b) => a.ordinal - b.ordinal);
  for (const bracket of ordered) {
    if (bracketBody(text, bracket).trim() === '') {
      warnings.push({
        kind: 'empty-bracket',
        ...placeOf(text, bracket.start),
        message: 'An empty bracket: type the proposed text inside it, or remove it.',
      });
    }
  }
  warnings.sort((a, b) => a.offset - b.offset);
  return { ok: true, segments, brackets: ordered, maxDepth, alternatives, warnings };
}

function withChildren(bracket: BracketSegment, children: readonly Segment[]): BracketSegment {
  return { ...bracket, children };
}

function optionLabel(text: string, from: number, to: number): OptionLabel | null {
  const match = LABEL.exec(text.slice(from, Math.min(to, from + 64)));
  if (!match) return null;
  const label = `${match[1]} ${match[2]}`;
  return { label, number: numberOf(match[2]!), bodyStart: from + match[0].length };
}

/** What a bracket holds, as typed (nested brackets included), without its own `[` and `]`. */
export function bracketBody(text: string, bracket: BracketSegment): string {
  return text.slice(bracket.start + 1, bracket.end - 1);
}

/** A sentence for the facilitator: what is wrong and where, never the text itself. */
export function describeBracketError(error: BracketError): string {
  const where = error.line > 1 ? `line ${error.line}, character ${error.column}` : `character ${error.column}`;
  switch (error.kind) {
    case 'unclosed':
      return `The bracket opened at ${where} is never closed. Add “]” where the bracketed text ends.`;
    case 'unopened':
      return `The closing bracket at ${where} has no opening bracket. Add “[” where the bracketed text starts, or remove it.`;
    case 'too-deep':
      return `The bracket at ${where} is nested more than ${MAX_BRACKET_DEPTH} deep. Split it into options instead.`;
  }
}

/** True when the text has no bracket left (escaped brackets are text, not brackets). */
export function isUnbracketed(parse: ClauseParse): boolean {
  return parse.ok && parse.brackets.length === 0;
}

/** The text with escapes resolved, brackets kept: what a reader of the clause sees. */
export function readingText(segments: readonly Segment[], source: string): string {
  let out = '';
  for (const segment of segments) {
    if (segment.kind === 'text') out += segment.text;
    else if (segment.kind === 'alternatives') out += readingText(segment.children, source);
    else out += `[${readingText(segment.children, source)}]`;
  }
  return out;
}
