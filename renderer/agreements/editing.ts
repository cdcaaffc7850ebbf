import { parseClause, type BracketSegment } from '../../shared/agreements/brackets';
import { bracketAt } from '../../shared/agreements/holds';

/**
 * The drafting editor's text commands as pure functions of (text, selection): what Ctrl/Cmd+B and
 * Ctrl/Cmd+Shift+O do to a clause, so they are the same from a key, a toolbar button or a test.
 */

export interface TextState {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Brackets the selection (or an empty bracket at the caret, the caret inside it); the bracketed
 * words stay selected. White space at the edges of the selection stays outside the bracket:
 * "[shall ]meet" is never what was meant.
 */
export function wrapInBrackets({ text, start, end }: TextState): TextState {
  let from = Math.min(start, end);
  let to = Math.max(start, end);
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  const inner = text.slice(from, to);
  const next = `${text.slice(0, from)}[${inner}]${text.slice(to)}`;
  // The bracketed words stay selected, inside the new brackets.
  return { text: next, start: from + 1, end: to + 1 };
}

/** The labelled brackets that stand side by side with `bracket` (its alternatives group), in order. */
function groupOf(text: string, bracket: BracketSegment): BracketSegment[] {
  const parse = parseClause(text);
  if (!parse.ok) return [bracket];
  const siblings = parse.brackets.filter((other) => other.depth === bracket.depth && other.option !== null);
  const group = [bracket];
  // Walk left and right while only white space separates the labelled brackets.
  for (let i = siblings.findIndex((b) => b.ordinal === bracket.ordinal) - 1; i >= 0; i--) {
    if (text.slice(siblings[i]!.end, group[0]!.start).trim() !== '') break;
    group.unshift(siblings[i]!);
  }
  for (let i = siblings.findIndex((b) => b.ordinal === bracket.ordinal) + 1; i < siblings.length; i++) {
    if (text.slice(group.at(-1)!.end, siblings[i]!.start).trim() !== '') break;
    group.push(siblings[i]!);
  }
  return group;
}

/**
 * Adds an alternative. Inside an option, a new "[Option N+1: ]" goes after the last option of its
 * group, caret inside. With a selection outside options, the selection becomes Option 1 and an
 * empty Option 2 follows it. Otherwise an empty pair of options is inserted at the caret.
 */
export function addOption(state: TextState): TextState {
  const { text, start, end } = state;
  const parse = parseClause(text);
  const inside = parse.ok ? bracketAt(parse, start) : null;
  const labelled = inside?.option ? inside : null;
  if (labelled) {
    const group = groupOf(text, labelled);
    const last = group.at(-1)!;
    const label = labelled.option!.label.replace(/\s*\S+$/u, '');
    const number = Math.max(...group.map((b) => b.option!.number)) + 1;
    const insert = `[${label} ${number}: ]`;
    const at = last.end;
    return {
      text: `${text.slice(0, at)}${insert}${text.slice(at)}`,
      start: at + insert.length - 1,
      end: at + insert.length - 1,
    };
  }
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  const selected = text.slice(from, to).trim();
  const first = `[Option 1: ${selected}]`;
  const second = '[Option 2: ]';
  const next = `${text.slice(0, from)}${first}${second}${text.slice(to)}`;
  const caret = selected === '' ? from + first.length - 1 : from + first.length + second.length - 1;
  return { text: next, start: caret, end: caret };
}

/** Where the caret is, for the editor's status line: which bracket, how deep, which option. */
export function caretContext(
  text: string,
  offset: number,
): { depth: number; option: string | null; ordinal: number } | null {
  const parse = parseClause(text);
  if (!parse.ok) return null;
  const bracket = bracketAt(parse, offset);
  if (!bracket) return null;
  return { depth: bracket.depth, option: bracket.option?.label ?? null, ordinal: bracket.ordinal };
}

/** Splits a clause at the caret (Enter): the text before stays, the text after starts the next clause. */
export function splitAt(text: string, offset: number): { before: string; after: string } {
  return { before: text.slice(0, offset).replace(/[ \t]+$/u, ''), after: text.slice(offset).replace(/^[ \t]+/u, '') };
}
