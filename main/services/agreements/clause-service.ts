import { parseClause } from '../../../shared/agreements/brackets';
import { anchorOf } from '../../../shared/agreements/holds';
import {
  depthRange,
  indent,
  insertionIndex,
  moveDown,
  moveUp,
  outdent,
  type OutlineEntry,
} from '../../../shared/agreements/outline';
import type { ClauseView, OutlineView, PackageDecisionView } from '../../../shared/contract/agreement';
import {
  AGREEMENT_LIMITS,
  CLAUSE_STATUS_LABELS,
  SETTLED_CLAUSE_STATUSES,
  type ClauseStatus,
} from '../../../shared/domain/agreement';
import { ParleyFault } from '../../errors';
import type { ServiceContext } from '../context';
import {
  assertClauseSize,
  assertSideOf,
  assertTopicOf,
  fault,
  findClause,
  findDraft,
  inTransaction,
  localDay,
  type Db,
  type Input,
} from './common';
import { clauseViews, outlineOf, packageDecisions } from './read';

export interface ClauseService {
  add(input: Input<'clause.add'>): Promise<OutlineView>;
  save(input: Input<'clause.save'>): Promise<ClauseView>;
  move(input: Input<'clause.move'>): Promise<OutlineView>;
  indent(input: Input<'clause.indent'>): Promise<OutlineView>;
  delete(input: Input<'clause.delete'>): Promise<OutlineView>;
  setStance(input: Input<'stance.set'>): Promise<ClauseView>;
  addHold(input: Input<'hold.add'>): Promise<ClauseView>;
  removeHold(input: Input<'hold.remove'>): Promise<ClauseView>;
  setPackage(input: Input<'package.set'>): Promise<PackageDecisionView[]>;
}

interface Placed extends OutlineEntry {
  readonly position: number;
}

async function placed(db: Db, draftId: string): Promise<Placed[]> {
  return db
    .selectFrom('clauses')
    .select(['id', 'depth', 'position'])
    .where('draft_id', '=', draftId)
    .orderBy('position')
    .execute();
}

/** Writes the new order and levels of the rows that changed; positions become 0…n−1 again. */
async function writeOutline(db: Db, before: readonly Placed[], after: readonly OutlineEntry[]): Promise<void> {
  const old = new Map(before.map((entry) => [entry.id, entry]));
  for (const [position, entry] of after.entries()) {
    const was = old.get(entry.id);
    if (was && was.position === position && was.depth === entry.depth) continue;
    await db.updateTable('clauses').set({ position, depth: entry.depth }).where('id', '=', entry.id).execute();
  }
}

/** The text to store and the typed text to keep aside, from what the editor sent. */
function split(typed: string): { text: string | null; pending: string | null; brackets: number } {
  const parse = parseClause(typed);
  return parse.ok
    ? { text: typed, pending: null, brackets: parse.brackets.length }
    : { text: null, pending: typed, brackets: 0 };
}

const cannot = (message: string) => new ParleyFault('CLAUSE_CANNOT_MOVE', message);

/**
 * The working copy of a draft, edited clause by clause. Every structural edit (add, move, indent,
 * delete) is one transaction that leaves a valid outline; text arrives from the editor's autosave.
 */
export function createClauseService(ctx: ServiceContext): ClauseService {
  const db = () => ctx.workspace().db;

  const touch = (trx: Db, draftId: string, now: string) =>
    trx.updateTable('drafts').set({ updated_at: now }).where('id', '=', draftId).execute();

  async function view(id: string): Promise<ClauseView> {
    const clause = await findClause(db(), id);
    const [found] = await clauseViews(db(), clause.draft_id, clause.dialogue_id, [id]);
    return found!;
  }

  /** Applies an outline operation to one clause, or refuses with the reason in words. */
  async function restructure(
    id: string,
    apply: (outline: readonly Placed[], index: number) => OutlineEntry[] | null,
    refusal: (number: string, outline: OutlineView) => string,
  ): Promise<OutlineView> {
    const now = ctx.now().toISOString();
    return inTransaction(db(), async (trx) => {
      const clause = await findClause(trx, id);
      const before = await placed(trx, clause.draft_id);
      const index = before.findIndex((entry) => entry.id === id);
      const after = apply(before, index);
      if (!after) {
        const outline = await outlineOf(trx, clause.draft_id);
        throw cannot(refusal(outline.clauses[index]!.number, outline));
      }
      await writeOutline(trx, before, after);
      await touch(trx, clause.draft_id, now);
      return outlineOf(trx, clause.draft_id);
    });
  }

  return {
    async add(input) {
      assertClauseSize(input.text);
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        const draft = await findDraft(trx, input.draftId);
        const existing = await trx
          .selectFrom('clauses')
          .select('draft_id')
          .where('id', '=', input.id)
          .executeTakeFirst();
        if (existing) {
          // A retried call: the clause is there already.
          if (existing.draft_id !== draft.id) throw fault.clause();
          return outlineOf(trx, draft.id);
        }
        const outline = await placed(trx, draft.id);
        if (outline.length >= AGREEMENT_LIMITS.maxClauses) {
          throw new ParleyFault(
            'TOO_MANY_CLAUSES',
            `A draft holds at most ${AGREEMENT_LIMITS.maxClauses.toLocaleString('en')} clauses. Start a second draft for the rest.`,
          );
        }
        const afterIndex = input.afterClauseId === null ? -1 : outline.findIndex((e) => e.id === input.afterClauseId);
        if (afterIndex === -1 && input.afterClauseId !== null) throw fault.clause();
        const index = insertionIndex(outline, afterIndex);
        const depth = input.depth ?? (afterIndex >= 0 ? outline[afterIndex]!.depth : 0);
        const range = depthRange(outline, index);
        if (depth < range.min || depth > range.max) {
          throw cannot('A new clause there must sit at the level of the clauses around it.');
        }
        const typed = split(input.text);
        await trx
          .updateTable('clauses')
          .set((eb) => ({ position: eb('position', '+', 1) }))
          .where('draft_id', '=', draft.id)
          .where('position', '>=', index)
          .execute();
        await trx
          .insertInto('clauses')
          .values({
            id: input.id,
            draft_id: draft.id,
            position: index,
            depth,
            text: typed.text ?? '',
            pending_text: typed.pending,
            status: typed.brackets > 0 ? 'bracketed' : 'proposed',
            created_at: now,
            updated_at: now,
          })
          .execute();
        await touch(trx, draft.id, now);
        return outlineOf(trx, draft.id);
      });
    },

    async save(input) {
      if (input.text !== undefined) assertClauseSize(input.text);
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const clause = await findClause(trx, input.id);
        let text = clause.text;
        let pending = clause.pending_text;
        if (input.text !== undefined) {
          const typed = split(input.text);
          if (typed.text !== null) {
            text = typed.text;
            pending = null;
          } else {
            pending = typed.pending;
          }
        }
        const parse = parseClause(text);
        const brackets = parse.ok ? parse.brackets.length : 0;
        let status: ClauseStatus = clause.status;
        if (input.status !== undefined) {
          if (SETTLED_CLAUSE_STATUSES.includes(input.status) && (brackets > 0 || pending !== null)) {
            const { number } = (await outlineOf(trx, clause.draft_id)).clauses.find((c) => c.id === clause.id)!;
            throw new ParleyFault(
              'CLAUSE_HAS_BRACKETS',
              pending !== null
                ? `Clause ${number} has a bracket that is not closed. Settle its text before marking it ${CLAUSE_STATUS_LABELS[input.status].toLowerCase()}.`
                : `Clause ${number} still has ${brackets === 1 ? 'a bracket' : `${brackets} brackets`}. Settle ${brackets === 1 ? 'it' : 'them'} before marking it ${CLAUSE_STATUS_LABELS[input.status].toLowerCase()}.`,
            );
          }
          status = input.status;
        } else if (input.text !== undefined && pending === null) {
          // "Bracketed" follows the text: a bracket typed into proposed or settled text makes it
          // bracketed (reopens it), and a bracketed clause whose last bracket goes is proposed.
          if (brackets > 0 && status !== 'bracketed') status = 'bracketed';
          else if (brackets === 0 && status === 'bracketed') status = 'proposed';
        }
        if (text === clause.text && pending === clause.pending_text && status === clause.status) return;
        await trx
          .updateTable('clauses')
          .set({ text, pending_text: pending, status, updated_at: now })
          .where('id', '=', clause.id)
          .execute();
        await touch(trx, clause.draft_id, now);
      });
      return view(input.id);
    },

    move: (input) =>
      restructure(input.id, input.direction === 'up' ? moveUp : moveDown, (number) => {
        const parent = number.includes('.') ? number.replace(/(\.\d+| [a-z]+)$/u, '') : null;
        const edge = input.direction === 'up' ? 'first' : 'last';
        return parent
          ? `Clause ${number} is already the ${edge} in clause ${parent}. Move it out a level to move it further.`
          : `Clause ${number} is already the ${edge} clause.`;
      }),

    indent: (input) =>
      restructure(input.id, input.direction === 'in' ? indent : outdent, (number) =>
        input.direction === 'in'
          ? `Clause ${number} cannot go a level deeper: it needs a clause at its level before it, and clauses nest at most three levels (1, 1.1, 1.1 a).`
          : `Clause ${number} is already at the top level.`,
      ),

    async delete(input) {
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        const clause = await findClause(trx, input.id);
        const before = await placed(trx, clause.draft_id);
        const rest = before.filter((entry) => entry.id !== input.id);
        // Its children stay, one level up where the outline needs it.
        const after: OutlineEntry[] = [];
        for (const entry of rest) {
          const limit = after.length === 0 ? 0 : after.at(-1)!.depth + 1;
          after.push({ id: entry.id, depth: Math.min(entry.depth, limit) });
        }
        await trx.deleteFrom('clauses').where('id', '=', input.id).execute();
        await writeOutline(trx, rest, after);
        await touch(trx, clause.draft_id, now);
        return outlineOf(trx, clause.draft_id);
      });
    },

    async setStance(input) {
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const clause = await findClause(trx, input.clauseId);
        await assertSideOf(trx, clause.dialogue_id, input.partyId);
        const existing = await trx
          .selectFrom('clause_stances')
          .selectAll()
          .where('clause_id', '=', clause.id)
          .where('party_id', '=', input.partyId)
          .executeTakeFirst();
        const rationale = input.rationale ?? existing?.rationale ?? '';
        if (existing && existing.stance === input.stance && existing.rationale === rationale) return;
        await trx
          .insertInto('clause_stances')
          .values({ clause_id: clause.id, party_id: input.partyId, stance: input.stance, rationale, updated_at: now })
          .onConflict((oc) =>
            oc.columns(['clause_id', 'party_id']).doUpdateSet({ stance: input.stance, rationale, updated_at: now }),
          )
          .execute();
        await touch(trx, clause.draft_id, now);
      });
      return view(input.clauseId);
    },

    async addHold(input) {
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const clause = await findClause(trx, input.clauseId);
        const parse = parseClause(clause.text);
        const bracket = parse.ok ? parse.brackets[input.bracket] : undefined;
        if (!parse.ok || !bracket) {
          const count = parse.ok ? parse.brackets.length : 0;
          throw new ParleyFault(
            'BRACKET_NOT_FOUND',
            count === 0
              ? 'This clause has no bracket to hold. Put the text in brackets first.'
              : `This clause has ${count === 1 ? 'one bracket' : `${count} brackets`}; that one is not among them.`,
          );
        }
        const { pending } = input;
        if (pending.kind === 'clause') {
          const other = await trx
            .selectFrom('clauses')
            .select('id')
            .where('id', '=', pending.clauseId)
            .where('draft_id', '=', clause.draft_id)
            .executeTakeFirst();
          if (!other || other.id === clause.id) {
            throw new ParleyFault(
              'CLAUSE_NOT_FOUND',
              'A bracket can be held pending another clause of the same draft.',
            );
          }
        } else if (pending.kind === 'topic') {
          await assertTopicOf(trx, clause.dialogue_id, pending.topicId);
        } else if (input.reason.trim() === '') {
          throw new ParleyFault(
            'HOLD_REASON_REQUIRED',
            'Say what the bracket is held pending, e.g. “pending the security talks”.',
          );
        }
        const anchor = anchorOf(clause.text, parse, bracket);
        await trx
          .insertInto('clause_holds')
          .values({
            id: ctx.newId(),
            clause_id: clause.id,
            anchor_text: anchor.text,
            anchor_occurrence: anchor.occurrence,
            pending_kind: pending.kind,
            pending_clause_id: pending.kind === 'clause' ? pending.clauseId : null,
            pending_topic_id: pending.kind === 'topic' ? pending.topicId : null,
            reason: input.reason.trim(),
            created_at: now,
          })
          .execute();
        await touch(trx, clause.draft_id, now);
      });
      return view(input.clauseId);
    },

    async removeHold(input) {
      const now = ctx.now().toISOString();
      const clauseId = await inTransaction(db(), async (trx) => {
        const hold = await trx
          .selectFrom('clause_holds')
          .select('clause_id')
          .where('id', '=', input.id)
          .executeTakeFirst();
        if (!hold) throw fault.hold();
        const clause = await findClause(trx, hold.clause_id);
        await trx.deleteFrom('clause_holds').where('id', '=', input.id).execute();
        await touch(trx, clause.draft_id, now);
        return clause.id;
      });
      return view(clauseId);
    },

    async setPackage(input) {
      const now = ctx.now();
      return inTransaction(db(), async (trx) => {
        const draft = await findDraft(trx, input.draftId);
        await assertSideOf(trx, draft.dialogue_id, input.partyId);
        if (input.decision === null) {
          await trx
            .deleteFrom('draft_packages')
            .where('draft_id', '=', draft.id)
            .where('party_id', '=', input.partyId)
            .execute();
        } else {
          const row = {
            decision: input.decision,
            decided_on: input.decidedOn ?? localDay(now),
            note: input.note.trim(),
            updated_at: now.toISOString(),
          };
          await trx
            .insertInto('draft_packages')
            .values({ draft_id: draft.id, party_id: input.partyId, ...row })
            .onConflict((oc) => oc.columns(['draft_id', 'party_id']).doUpdateSet(row))
            .execute();
        }
        await touch(trx, draft.id, now.toISOString());
        return packageDecisions(trx, draft.id, draft.dialogue_id);
      });
    },
  };
}
