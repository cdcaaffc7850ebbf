import { diffArrays, diffWords } from 'diff';
import type { ClauseStatus } from '../domain/agreement';
import { clauseNumbers } from './outline';

/**
 * Comparing two states of a draft, clause by clause.
 *
 * Clauses keep their identity across versions, so a clause that moved is known to be the same
 * clause: it is shown once, as moved (from its old number), with its own word-level edits inside —
 * never as a deletion plus an insertion, which is what a word processor's track changes shows for
 * a moved paragraph. Which clauses moved is decided like a person would: the longest run of
 * clauses that kept their relative order stayed put; the others moved.
 *
 * Inside a clause, words are compared with jsdiff, split by `Intl.Segmenter` so that Arabic,
 * Hebrew and other scripts are compared word by word, not letter by letter. Brackets are tokens
 * of their own, so "[establish]" → "establish" shows the brackets removed and the word kept.
 */

export interface ComparedClause {
  readonly id: string;
  readonly depth: number;
  readonly text: string;
  readonly status: ClauseStatus;
}

export interface WordChange {
  readonly text: string;
  readonly added?: true;
  readonly removed?: true;
}

export interface ClauseSide {
  readonly number: string;
  readonly depth: number;
  readonly status: ClauseStatus;
  readonly text: string;
}

export type CompareKind = 'unchanged' | 'changed' | 'added' | 'removed';

export interface CompareEntry {
  readonly clauseId: string;
  readonly kind: CompareKind;
  /** The clause moved relative to the others (its text may also have changed). */
  readonly moved: boolean;
  /** Only its level changed hands: 2.1 → 3 without moving. */
  readonly reLevelled: boolean;
  readonly statusChanged: boolean;
  readonly before: ClauseSide | null;
  readonly after: ClauseSide | null;
  /** Word-level changes from `before.text` to `after.text`; the whole text for added or removed clauses. */
  readonly changes: readonly WordChange[];
}

export interface CompareSummary {
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly moved: number;
  readonly unchanged: number;
}

export interface Comparison {
  /** In the newer text's order; removed clauses sit where they were, after what preceded them. */
  readonly entries: readonly CompareEntry[];
  readonly summary: CompareSummary;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Letters of any script but Latin: jsdiff's own word pattern would split them letter by letter. */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** The longest common start and end of two texts, cut back to white space so no word is split. */
function commonEdges(before: string, after: string): { start: number; end: number } {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before[start] === after[start]) start++;
  while (start > 0 && !/\s/u.test(before[start - 1]!)) start--;
  let end = 0;
  while (end < limit - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  while (end > 0 && !/\s/u.test(before[before.length - end]!)) end--;
  return { start, end };
}

/** Word-level changes between two texts (whole text as one change when either side is empty). */
export function wordChanges(before: string, after: string): WordChange[] {
  if (before === after) return before === '' ? [] : [{ text: before }];
  if (before === '') return [{ text: after, added: true }];
  if (after === '') return [{ text: before, removed: true }];
  // Most edits touch a few words: the shared start and end are kept as they are, and only the
  // middle is compared, which keeps a 300-clause comparison within its budget.
  const { start, end } = commonEdges(before, after);
  const middle = middleChanges(before.slice(start, before.length - end), after.slice(start, after.length - end));
  const changes: WordChange[] = [];
  const push = (change: WordChange) => {
    if (change.text === '') return;
    const last = changes.at(-1);
    if (last && !last.added && !last.removed && !change.added && !change.removed) {
      changes[changes.length - 1] = { text: last.text + change.text };
    } else changes.push(change);
  };
  push({ text: before.slice(0, start) });
  for (const change of middle) push(change);
  push({ text: before.slice(before.length - end) });
  return changes;
}

function middleChanges(before: string, after: string): WordChange[] {
  if (before === '' || after === '') {
    return [
      ...(before ? [{ text: before, removed: true as const }] : []),
      ...(after ? [{ text: after, added: true as const }] : []),
    ];
  }
  // jsdiff's word diff reads best (it tidies the spaces around a change), but it ignores changes
  // of white space alone; then the texts are compared token by token, spaces included, so both
  // sides can always be rebuilt exactly from the changes. Latin text uses jsdiff's own, faster
  // word pattern; other scripts are split into words by Intl.Segmenter.
  const options = OTHER_SCRIPT.test(before) || OTHER_SCRIPT.test(after) ? { intlSegmenter: segmenter } : {};
  const changes = diffWords(before, after, options).map(toChange);
  if (rebuilds(changes, before, after)) return changes;
  return diffArrays(tokens(before), tokens(after)).map((change) =>
    toChange({ ...change, value: change.value.join('') }),
  );
}

const toChange = (change: { value: string; added: boolean; removed: boolean }): WordChange =>
  change.added
    ? { text: change.value, added: true }
    : change.removed
      ? { text: change.value, removed: true }
      : { text: change.value };

const tokens = (text: string) => [...segmenter.segment(text)].map((piece) => piece.segment);

function rebuilds(changes: readonly WordChange[], before: string, after: string): boolean {
  let old = '';
  let now = '';
  for (const change of changes) {
    if (!change.added) old += change.text;
    if (!change.removed) now += change.text;
  }
  return old === before && now === after;
}

/**
 * Indices (into `sequence`) of a longest strictly increasing subsequence, in O(n log n). With
 * `sequence` the old positions of the common clauses in their new order, these are the clauses
 * that kept their order; every other common clause moved.
 */
export function longestIncreasing(sequence: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(sequence.length).fill(-1);
  for (let i = 0; i < sequence.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sequence[tails[mid]!]! < sequence[i]!) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

export function compareClauses(before: readonly ComparedClause[], after: readonly ComparedClause[]): Comparison {
  const beforeNumbers = clauseNumbers(before.map((clause) => clause.depth));
  const afterNumbers = clauseNumbers(after.map((clause) => clause.depth));
  const beforeIndex = new Map(before.map((clause, index) => [clause.id, index]));
  const afterIds = new Set(after.map((clause) => clause.id));

  const common = after.flatMap((clause, index) => {
    const old = beforeIndex.get(clause.id);
    return old === undefined ? [] : [{ newIndex: index, oldIndex: old }];
  });
  const stayed = longestIncreasing(common.map((pair) => pair.oldIndex));
  const moved = new Set(common.filter((_, i) => !stayed.has(i)).map((pair) => pair.newIndex));
  const movedIds = new Set([...moved].map((index) => after[index]!.id));

  const side = (clause: ComparedClause, number: string): ClauseSide => ({
    number,
    depth: clause.depth,
    status: clause.status,
    text: clause.text,
  });

  const present: CompareEntry[] = after.map((clause, index) => {
    const oldIndex = beforeIndex.get(clause.id);
    const now = side(clause, afterNumbers[index]!);
    if (oldIndex === undefined) {
      return {
        clauseId: clause.id,
        kind: 'added',
        moved: false,
        reLevelled: false,
        statusChanged: false,
        before: null,
        after: now,
        changes: wordChanges('', clause.text),
      };
    }
    const old = before[oldIndex]!;
    const textChanged = old.text !== clause.text;
    const statusChanged = old.status !== clause.status;
    return {
      clauseId: clause.id,
      kind: textChanged || statusChanged ? 'changed' : 'unchanged',
      moved: moved.has(index),
      reLevelled: old.depth !== clause.depth,
      statusChanged,
      before: side(old, beforeNumbers[oldIndex]!),
      after: now,
      changes: wordChanges(old.text, clause.text),
    };
  });

  // A removed clause goes after the nearest clause before it (in the old text) that is still there
  // and did not move: where a reader of the old text would look for it.
  const entries: CompareEntry[] = [];
  const removedAfter = new Map<string | null, CompareEntry[]>();
  let anchor: string | null = null;
  for (const [index, clause] of before.entries()) {
    if (afterIds.has(clause.id)) {
      if (!movedIds.has(clause.id)) anchor = clause.id;
      continue;
    }
    const list = removedAfter.get(anchor) ?? [];
    list.push({
      clauseId: clause.id,
      kind: 'removed',
      moved: false,
      reLevelled: false,
      statusChanged: false,
      before: side(clause, beforeNumbers[index]!),
      after: null,
      changes: wordChanges(clause.text, ''),
    });
    removedAfter.set(anchor, list);
  }
  entries.push(...(removedAfter.get(null) ?? []));
  // …and after that clause's children in the newer text, so it never splits a clause from its own.
  let pending: { depth: number; removed: CompareEntry[] } | null = null;
  for (const entry of present) {
    if (pending && entry.after!.depth <= pending.depth) {
      entries.push(...pending.removed);
      pending = null;
    }
    entries.push(entry);
    const removed = removedAfter.get(entry.clauseId);
    if (removed) {
      pending = pending
        ? { depth: Math.min(pending.depth, entry.after!.depth), removed: [...pending.removed, ...removed] }
        : { depth: entry.after!.depth, removed };
    }
  }
  if (pending) entries.push(...pending.removed);

  const summary: CompareSummary = {
    added: entries.filter((e) => e.kind === 'added').length,
    removed: entries.filter((e) => e.kind === 'removed').length,
    changed: entries.filter((e) => e.kind === 'changed').length,
    moved: entries.filter((e) => e.moved).length,
    unchanged: entries.filter((e) => e.kind === 'unchanged' && !e.moved && !e.reLevelled).length,
  };
  return { entries, summary };
}
