import { bracketBody, type BracketSegment, type ParsedClause } from './brackets';

/**
 * A hold ("pending clause 4", "pending the security topic") belongs to one bracket of a clause.
 * Brackets have no ids of their own — they are characters in the text — so a hold remembers the
 * bracket by what it says (white space collapsed) and, when the same words are bracketed twice,
 * which of them. Editing around the bracket, or moving it within the clause, keeps the hold;
 * rewriting the bracketed words themselves leaves the hold *detached*, which the editor shows
 * so the facilitator can attach it again or drop it. Nothing is silently re-attached elsewhere.
 */

export interface HoldAnchor {
  /** The bracket's words, white space collapsed, its own `[` `]` left out. */
  readonly text: string;
  /** 0 for the first bracket with those words, 1 for the second… */
  readonly occurrence: number;
}

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The anchor that finds `bracket` again in later versions of the same clause. */
export function anchorOf(source: string, parse: ParsedClause, bracket: BracketSegment): HoldAnchor {
  const text = collapse(bracketBody(source, bracket));
  const occurrence = parse.brackets
    .filter((other) => other.ordinal < bracket.ordinal)
    .filter((other) => collapse(bracketBody(source, other)) === text).length;
  return { text, occurrence };
}

/** The bracket an anchor names in the clause as it is now, or null when it is gone (detached). */
export function resolveAnchor(source: string, parse: ParsedClause, anchor: HoldAnchor): BracketSegment | null {
  const matching = parse.brackets.filter((bracket) => collapse(bracketBody(source, bracket)) === anchor.text);
  return matching[anchor.occurrence] ?? matching.at(-1) ?? null;
}

/** The innermost bracket around a caret (or selection start) offset, or null outside any bracket. */
export function bracketAt(parse: ParsedClause, offset: number): BracketSegment | null {
  let found: BracketSegment | null = null;
  for (const bracket of parse.brackets) {
    if (offset > bracket.start && offset < bracket.end && (!found || bracket.depth > found.depth)) found = bracket;
  }
  return found;
}
