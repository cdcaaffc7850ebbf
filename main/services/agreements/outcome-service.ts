import type { Selectable } from 'kysely';
import type { OutcomeView } from '../../../shared/contract/agreement';
import type { OutcomesTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import { assertDialogue, chunks, fault, inTransaction, type Db, type Input } from './common';
import { outlineOf } from './read';
import { assertRolesNameNobody } from './roles';

export interface OutcomeService {
  list(input: Input<'outcome.list'>): Promise<OutcomeView[]>;
  create(input: Input<'outcome.create'>): Promise<OutcomeView>;
  update(input: Input<'outcome.update'>): Promise<OutcomeView>;
  delete(input: Input<'outcome.delete'>): Promise<{ deleted: true }>;
}

type OutcomeRow = Selectable<OutcomesTable>;
type Links = Pick<Input<'outcome.create'>, 'sessionIds' | 'clauseIds' | 'transferIds'>;
type Fields = Omit<Input<'outcome.update'>, 'id' | 'sessionIds' | 'clauseIds' | 'transferIds'>;

async function outcomeViews(db: Db, rows: readonly OutcomeRow[]): Promise<OutcomeView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const sessions = new Map<string, { id: string; number: number }[]>();
  const clauses = new Map<string, { id: string; draftId: string; number: string }[]>();
  const transfers = new Map<string, { id: string; ideaLabel: string; carriedOn: string }[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  const numbers = new Map<string, Map<string, string>>();
  for (const part of chunks(ids)) {
    for (const row of await db
      .selectFrom('outcome_sessions as l')
      .innerJoin('sessions as s', 's.id', 'l.session_id')
      .select(['l.outcome_id', 's.id', 's.number'])
      .where('l.outcome_id', 'in', part)
      .orderBy('s.number')
      .execute()) {
      push(sessions, row.outcome_id, { id: row.id, number: row.number });
    }
    for (const row of await db
      .selectFrom('outcome_clauses as l')
      .innerJoin('clauses as c', 'c.id', 'l.clause_id')
      .select(['l.outcome_id', 'c.id', 'c.draft_id'])
      .where('l.outcome_id', 'in', part)
      .orderBy('c.position')
      .execute()) {
      if (!numbers.has(row.draft_id)) {
        numbers.set(row.draft_id, new Map((await outlineOf(db, row.draft_id)).clauses.map((c) => [c.id, c.number])));
      }
      push(clauses, row.outcome_id, {
        id: row.id,
        draftId: row.draft_id,
        number: numbers.get(row.draft_id)!.get(row.id) ?? '',
      });
    }
    for (const row of await db
      .selectFrom('outcome_transfers as l')
      .innerJoin('transfers as t', 't.id', 'l.transfer_id')
      .select(['l.outcome_id', 't.id', 't.idea_label', 't.carried_on'])
      .where('l.outcome_id', 'in', part)
      .orderBy('t.carried_on')
      .execute()) {
      push(transfers, row.outcome_id, { id: row.id, ideaLabel: row.idea_label, carriedOn: row.carried_on });
    }
  }
  return rows.map((row) => ({
    id: row.id,
    dialogueId: row.dialogue_id,
    description: row.description,
    socialActor: row.social_actor,
    observedOn: row.observed_on,
    place: row.place,
    contribution: row.contribution,
    significance: row.significance,
    verifierRole: row.verifier_role,
    substantiation: row.substantiation,
    evidence: row.evidence,
    sessions: sessions.get(row.id) ?? [],
    clauses: clauses.get(row.id) ?? [],
    transfers: transfers.get(row.id) ?? [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** Links must stay inside the outcome's dialogue; any one outside it is refused by its kind. */
async function writeLinks(trx: Db, outcomeId: string, dialogueId: string, links: Links): Promise<void> {
  const unique = (ids: readonly string[] | undefined) => (ids === undefined ? undefined : [...new Set(ids)]);
  const sessionIds = unique(links.sessionIds);
  const clauseIds = unique(links.clauseIds);
  const transferIds = unique(links.transferIds);
  if (sessionIds) {
    const found = sessionIds.length
      ? await trx
          .selectFrom('sessions')
          .select('id')
          .where('id', 'in', sessionIds)
          .where('dialogue_id', '=', dialogueId)
          .execute()
      : [];
    if (found.length !== sessionIds.length) throw fault.session();
    await trx.deleteFrom('outcome_sessions').where('outcome_id', '=', outcomeId).execute();
    if (sessionIds.length) {
      await trx
        .insertInto('outcome_sessions')
        .values(sessionIds.map((session_id) => ({ outcome_id: outcomeId, session_id })))
        .execute();
    }
  }
  if (clauseIds) {
    const found = clauseIds.length
      ? await trx
          .selectFrom('clauses as c')
          .innerJoin('drafts as d', 'd.id', 'c.draft_id')
          .select('c.id')
          .where('c.id', 'in', clauseIds)
          .where('d.dialogue_id', '=', dialogueId)
          .execute()
      : [];
    if (found.length !== clauseIds.length) throw fault.clause();
    await trx.deleteFrom('outcome_clauses').where('outcome_id', '=', outcomeId).execute();
    if (clauseIds.length) {
      await trx
        .insertInto('outcome_clauses')
        .values(clauseIds.map((clause_id) => ({ outcome_id: outcomeId, clause_id })))
        .execute();
    }
  }
  if (transferIds) {
    const found = transferIds.length
      ? await trx
          .selectFrom('transfers')
          .select('id')
          .where('id', 'in', transferIds)
          .where('dialogue_id', '=', dialogueId)
          .execute()
      : [];
    if (found.length !== transferIds.length) throw fault.transfer();
    await trx.deleteFrom('outcome_transfers').where('outcome_id', '=', outcomeId).execute();
    if (transferIds.length) {
      await trx
        .insertInto('outcome_transfers')
        .values(transferIds.map((transfer_id) => ({ outcome_id: outcomeId, transfer_id })))
        .execute();
    }
  }
}

/** Every text of an outcome that reaches a sponsor report names people by role only. */
const roleTexts = (fields: Fields) => [
  { field: 'Who changed', text: fields.socialActor ?? '' },
  { field: 'The verifier', text: fields.verifierRole ?? '' },
  { field: 'The outcome', text: fields.description ?? '' },
  { field: 'Where', text: fields.place ?? '' },
  { field: 'The dialogue’s contribution', text: fields.contribution ?? '' },
  { field: 'The significance', text: fields.significance ?? '' },
  { field: 'The evidence', text: fields.evidence ?? '' },
];

/**
 * Outcome harvesting (Wilson-Grau): what changed, in whom (a social actor by role), when and where,
 * how the dialogue contributed, why it matters, and who can verify it — linked to the sessions,
 * clauses and transfers it came from.
 */
export function createOutcomeService(ctx: ServiceContext): OutcomeService {
  const db = () => ctx.workspace().db;

  async function viewOf(id: string): Promise<OutcomeView> {
    const row = await db().selectFrom('outcomes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw fault.outcome();
    return (await outcomeViews(db(), [row]))[0]!;
  }

  return {
    async list(input) {
      await assertDialogue(db(), input.dialogueId);
      const rows = await db()
        .selectFrom('outcomes')
        .selectAll()
        .where('dialogue_id', '=', input.dialogueId)
        .orderBy((eb) => eb.fn.coalesce('observed_on', 'created_at'), 'desc')
        .execute();
      return outcomeViews(db(), rows);
    },

    async create(input) {
      const now = ctx.now().toISOString();
      const id = ctx.newId();
      await inTransaction(db(), async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        await assertRolesNameNobody(trx, input.dialogueId, roleTexts(input));
        await trx
          .insertInto('outcomes')
          .values({
            id,
            dialogue_id: input.dialogueId,
            description: input.description,
            social_actor: input.socialActor,
            observed_on: input.observedOn ?? null,
            place: input.place ?? '',
            contribution: input.contribution ?? '',
            significance: input.significance ?? '',
            verifier_role: input.verifierRole ?? '',
            substantiation: input.substantiation ?? 'not-yet',
            evidence: input.evidence ?? '',
            created_at: now,
            updated_at: now,
          })
          .execute();
        await writeLinks(trx, id, input.dialogueId, input);
      });
      return viewOf(id);
    },

    async update(input) {
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const row = await trx.selectFrom('outcomes').selectAll().where('id', '=', input.id).executeTakeFirst();
        if (!row) throw fault.outcome();
        await assertRolesNameNobody(trx, row.dialogue_id, roleTexts(input));
        await trx
          .updateTable('outcomes')
          .set({
            ...(input.description !== undefined ? { description: input.description } : {}),
            ...(input.socialActor !== undefined ? { social_actor: input.socialActor } : {}),
            ...(input.observedOn !== undefined ? { observed_on: input.observedOn } : {}),
            ...(input.place !== undefined ? { place: input.place } : {}),
            ...(input.contribution !== undefined ? { contribution: input.contribution } : {}),
            ...(input.significance !== undefined ? { significance: input.significance } : {}),
            ...(input.verifierRole !== undefined ? { verifier_role: input.verifierRole } : {}),
            ...(input.substantiation !== undefined ? { substantiation: input.substantiation } : {}),
            ...(input.evidence !== undefined ? { evidence: input.evidence } : {}),
            updated_at: now,
          })
          .where('id', '=', row.id)
          .execute();
        await writeLinks(trx, row.id, row.dialogue_id, input);
      });
      return viewOf(input.id);
    },

    async delete(input) {
      const result = await db().deleteFrom('outcomes').where('id', '=', input.id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw fault.outcome();
      return { deleted: true as const };
    },
  };
}
