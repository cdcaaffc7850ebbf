import type { ClauseView, HoldView, OutlineView, SideView, StanceView } from '../../shared/contract';
import type { Stance } from '../../shared/domain/agreement';

/**
 * The working copy as the editor holds it: the clauses in order. Structural edits answer with the
 * new outline (ids, levels, numbers) and the editor keeps every clause's text as it holds it, so
 * a move never disturbs what is being typed in another clause.
 */

/** A clause just added, before the workspace has answered with its full view. */
export function placeholder(draftId: string, id: string, depth: number, number: string, text: string): ClauseView {
  return {
    id,
    draftId,
    position: 0,
    depth,
    number,
    text,
    pendingText: null,
    problem: null,
    warnings: [],
    status: 'proposed',
    bracketCount: 0,
    clean: false,
    stances: [],
    holds: [],
    commitmentCount: 0,
    updatedAt: new Date(0).toISOString(),
  };
}

/** The clauses in the outline's order with its levels and numbers; unknown ids become placeholders. */
export function applyOutline(
  clauses: readonly ClauseView[],
  outline: OutlineView,
  fresh: ReadonlyMap<string, string> = new Map(),
): ClauseView[] {
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  return outline.clauses.map((entry, position) => {
    const known = byId.get(entry.id);
    if (!known) return placeholder(outline.draftId, entry.id, entry.depth, entry.number, fresh.get(entry.id) ?? '');
    return known.depth === entry.depth && known.number === entry.number && known.position === position
      ? known
      : { ...known, depth: entry.depth, number: entry.number, position };
  });
}

/** Replaces one clause's view, keeping the order. */
export function replaceClause(clauses: readonly ClauseView[], view: ClauseView): ClauseView[] {
  return clauses.map((clause) =>
    clause.id === view.id ? { ...view, number: clause.number, position: clause.position } : clause,
  );
}

/**
 * A hold's label with the pending clause's number as it is now (the workspace wrote it at the
 * last save; a move since may have renumbered that clause).
 */
export function holdLabel(hold: HoldView, numberOf: (id: string) => string | undefined): string {
  if (hold.pending.kind !== 'clause' || !hold.pending.clauseId) return hold.label;
  const number = numberOf(hold.pending.clauseId);
  if (!number) return hold.label;
  return `pending clause ${number}${hold.reason.trim() ? ` — ${hold.reason.trim()}` : ''}`;
}

/** A side's stance on a clause; no row is "no position". */
export function stanceOf(clause: ClauseView, sideId: string): StanceView | { stance: Stance; rationale: string } {
  return clause.stances.find((stance) => stance.partyId === sideId) ?? { stance: 'no-position', rationale: '' };
}

/** A short name for a side in a crowded place: the whole name when short, else its first word. */
export function sideShort(side: SideView): string {
  return side.name.length <= 12 ? side.name : (side.name.split(/\s+/u)[0] ?? side.name);
}
