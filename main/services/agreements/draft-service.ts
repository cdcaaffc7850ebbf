import type { DraftHeader, DraftSummary, DraftView } from '../../../shared/contract/agreement';
import type { ServiceContext } from '../context';
import { assertDialogue, findDraft, inTransaction, localDay, type Input } from './common';
import { draftHeader, draftSummary, draftView } from './read';
import { changedSinceVersion } from './versions';

export interface DraftService {
  list(input: Input<'draft.list'>): Promise<DraftSummary[]>;
  get(input: Input<'draft.get'>): Promise<DraftView>;
  create(input: Input<'draft.create'>): Promise<DraftView>;
  update(input: Input<'draft.update'>): Promise<DraftHeader>;
  delete(input: Input<'draft.delete'>): Promise<{ deleted: true }>;
}

/** Drafts of a dialogue: several per process ("Joint statement on water", "Framework"). */
export function createDraftService(ctx: ServiceContext): DraftService {
  const db = () => ctx.workspace().db;

  const view = async (id: string) => {
    const row = await findDraft(db(), id);
    return draftView(db(), row, (clauses) => changedSinceVersion(db(), row.id, clauses));
  };

  return {
    async list(input) {
      await assertDialogue(db(), input.dialogueId);
      const rows = await db()
        .selectFrom('drafts')
        .selectAll()
        .where('dialogue_id', '=', input.dialogueId)
        .orderBy('updated_at', 'desc')
        .execute();
      return Promise.all(rows.map((row) => draftSummary(db(), row)));
    },

    get: (input) => view(input.id),

    async create(input) {
      const id = ctx.newId();
      const now = ctx.now();
      await inTransaction(db(), async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        await trx
          .insertInto('drafts')
          .values({
            id,
            dialogue_id: input.dialogueId,
            title: input.title,
            purpose: input.purpose,
            stage: input.stage,
            status: input.status,
            final_on: input.status === 'final' ? localDay(now) : null,
            created_at: now.toISOString(),
            updated_at: now.toISOString(),
          })
          .execute();
      });
      return view(id);
    },

    async update(input) {
      const now = ctx.now();
      const row = await inTransaction(db(), async (trx) => {
        const draft = await findDraft(trx, input.id);
        const status = input.status ?? draft.status;
        // The orphan rule counts from the day it became final; it stays that day until it leaves final.
        const finalOn = status !== 'final' ? null : draft.status === 'final' ? draft.final_on : localDay(now);
        const next = {
          title: input.title ?? draft.title,
          purpose: input.purpose ?? draft.purpose,
          stage: input.stage ?? draft.stage,
          status,
          final_on: finalOn,
        };
        const same = (Object.keys(next) as (keyof typeof next)[]).every((key) => next[key] === draft[key]);
        if (same) return draft;
        await trx
          .updateTable('drafts')
          .set({ ...next, updated_at: now.toISOString() })
          .where('id', '=', draft.id)
          .execute();
        return { ...draft, ...next, updated_at: now.toISOString() };
      });
      return draftHeader(db(), row);
    },

    async delete(input) {
      return inTransaction(db(), async (trx) => {
        await findDraft(trx, input.id);
        await trx.deleteFrom('drafts').where('id', '=', input.id).execute();
        return { deleted: true as const };
      });
    },
  };
}
