import { MAX_CLAUSE_DEPTH } from '../domain/agreement';

/**
 * The outline of a draft: clauses in reading order, each with a depth (0 for "1", 1 for "1.1",
 * 2 for "1.1 a"). A clause's children are the deeper clauses that follow it. Numbers are never
 * stored: they follow from the order, so a move can never leave a stale "2.1" behind.
 *
 * Every operation here is pure and returns a new outline (or null when it cannot apply), so main
 * checks a structural edit before writing it and the renderer can show the result at once.
 */

export interface OutlineEntry {
  readonly id: string;
  readonly depth: number;
}

/** Letters for the third level: a…z, then aa, ab… (bijective base 26). */
function letters(n: number): string {
  let out = '';
  let value = n;
  while (value > 0) {
    const rest = (value - 1) % 26;
    out = String.fromCharCode(97 + rest) + out;
    value = Math.floor((value - 1) / 26);
  }
  return out;
}

/** "1", "1.1", "1.1 a" for each entry, in order. Assumes a valid outline (see `outlineProblem`). */
export function clauseNumbers(depths: readonly number[]): string[] {
  const counters: number[] = [];
  return depths.map((depth) => {
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    for (let level = 0; level < depth; level++) counters[level] ??= 1;
    const [top, middle, bottom] = counters as [number, number | undefined, number | undefined];
    if (depth === 0) return String(top);
    if (depth === 1) return `${top}.${middle}`;
    return `${top}.${middle} ${letters(bottom ?? 1)}`;
  });
}

/** Why a list of depths is not an outline, or null when it is one. */
export function outlineProblem(depths: readonly number[]): string | null {
  for (let i = 0; i < depths.length; i++) {
    const depth = depths[i]!;
    if (!Number.isInteger(depth) || depth < 0 || depth > MAX_CLAUSE_DEPTH) {
      return `Clauses nest at most ${MAX_CLAUSE_DEPTH + 1} levels deep (1, 1.1, 1.1 a).`;
    }
    const before = i === 0 ? -1 : depths[i - 1]!;
    if (depth > before + 1) return 'A clause can only be one level deeper than the clause before it.';
  }
  return null;
}

/** One past the last clause of `index`'s subtree. */
export function subtreeEnd(outline: readonly OutlineEntry[], index: number): number {
  const depth = outline[index]!.depth;
  let end = index + 1;
  while (end < outline.length && outline[end]!.depth > depth) end++;
  return end;
}

/** The sibling before `index` (same depth, same parent), or -1. */
function previousSibling(outline: readonly OutlineEntry[], index: number): number {
  const depth = outline[index]!.depth;
  for (let i = index - 1; i >= 0; i--) {
    const other = outline[i]!.depth;
    if (other === depth) return i;
    if (other < depth) return -1;
  }
  return -1;
}

/** The sibling after `index`'s subtree, or -1. */
function nextSibling(outline: readonly OutlineEntry[], index: number): number {
  const end = subtreeEnd(outline, index);
  return end < outline.length && outline[end]!.depth === outline[index]!.depth ? end : -1;
}

function splice<T>(list: readonly T[], start: number, end: number, replacement: readonly T[]): T[] {
  return [...list.slice(0, start), ...replacement, ...list.slice(end)];
}

/** The clause with its children swapped with the sibling before it; null when it is first. */
export function moveUp<T extends OutlineEntry>(outline: readonly T[], index: number): T[] | null {
  const before = previousSibling(outline, index);
  if (before === -1) return null;
  const end = subtreeEnd(outline, index);
  return splice(outline, before, end, [...outline.slice(index, end), ...outline.slice(before, index)]);
}

/** The clause with its children swapped with the sibling after it; null when it is last. */
export function moveDown<T extends OutlineEntry>(outline: readonly T[], index: number): T[] | null {
  const after = nextSibling(outline, index);
  if (after === -1) return null;
  const end = subtreeEnd(outline, index);
  const afterEnd = subtreeEnd(outline, after);
  return splice(outline, index, afterEnd, [...outline.slice(end, afterEnd), ...outline.slice(index, end)]);
}

const shifted = <T extends OutlineEntry>(entry: T, by: number): T => ({ ...entry, depth: entry.depth + by });

/**
 * The clause (with its children) one level deeper, becoming the last child of the clause before
 * it; null when there is no clause at its level before it, or when its children would nest too deep.
 */
export function indent<T extends OutlineEntry>(outline: readonly T[], index: number): T[] | null {
  if (previousSibling(outline, index) === -1) return null;
  const end = subtreeEnd(outline, index);
  const subtree = outline.slice(index, end);
  if (subtree.some((entry) => entry.depth + 1 > MAX_CLAUSE_DEPTH)) return null;
  return splice(
    outline,
    index,
    end,
    subtree.map((entry) => shifted(entry, 1)),
  );
}

/**
 * The clause (with its children) one level up. As in a word processor's numbered list, the
 * clauses that followed it at its old level become its children. Null at the top level.
 */
export function outdent<T extends OutlineEntry>(outline: readonly T[], index: number): T[] | null {
  if (outline[index]!.depth === 0) return null;
  const end = subtreeEnd(outline, index);
  return splice(
    outline,
    index,
    end,
    outline.slice(index, end).map((entry) => shifted(entry, -1)),
  );
}

/** Where a new clause goes after `afterIndex` (-1: at the top): after that clause's children. */
export function insertionIndex(outline: readonly OutlineEntry[], afterIndex: number): number {
  return afterIndex < 0 ? 0 : subtreeEnd(outline, afterIndex);
}

/** The depths a new clause may take at `index`: from the top level to one below the clause before it. */
export function depthRange(outline: readonly OutlineEntry[], index: number): { min: number; max: number } {
  const before = index === 0 ? -1 : outline[index - 1]!.depth;
  const after = index < outline.length ? outline[index]!.depth : 0;
  return { min: Math.max(0, after - 1), max: Math.min(MAX_CLAUSE_DEPTH, before + 1) };
}
