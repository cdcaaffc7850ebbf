import type { Selectable } from 'kysely';
import type {
  AgreementWarningsView,
  CommitmentView,
  CommitmentWarningView,
  DueState,
  OrphanReason,
  OrphanRiskView,
  OwnerInput,
} from '../../../shared/contract/agreement';
import {
  COMMITMENT_DUE_SOON_DAYS,
  ORPHAN_FOLLOW_UP_DAYS,
  type CommitmentStatus,
} from '../../../shared/domain/agreement';
import type { CommitmentsTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import {
  assertDialogue,
  assertParticipantOf,
  assertPartyOf,
  chunks,
  daysBetween,
  fault,
  findDraft,
  inTransaction,
  localDay,
  type Db,
  type Input,
} from './common';
import { outlineOf } from './read';
import { assertRolesNameNobody } from './roles';

export interface CommitmentService {
  list(input: Input<'commitment.list'>): Promise<CommitmentView[]>;
  create(input: Input<'commitment.create'>): Promise<CommitmentView>;
  update(input: Input<'commitment.update'>): Promise<CommitmentView>;
  delete(input: Input<'commitment.delete'>): Promise<{ deleted: true }>;
  warnings(input: Input<'agreement.warnings'>): Promise<AgreementWarningsView>;
}

type CommitmentRow = Selectable<CommitmentsTable>;

/**
 * Where a commitment stands against today. Done and lapsed are what the facilitator marked; a
 * commitment past its due date and not done is overdue, which counts as lapsed for the orphan rule.
 */
export function dueStateOf(status: CommitmentStatus, dueOn: string, today: string): DueState {
  if (status === 'done') return 'done';
  if (status === 'lapsed') return 'lapsed';
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'overdue';
  return left <= COMMITMENT_DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

const LAPSED: readonly DueState[] = ['lapsed', 'overdue'];

/** Commitment rows as views: draft titles, clause numbers, owners by side, role or speaker code. */
async function commitmentViews(db: Db, rows: readonly CommitmentRow[], today: string): Promise<CommitmentView[]> {
  if (rows.length === 0) return [];
  const draftIds = [...new Set(rows.map((row) => row.draft_id))];
  const drafts = new Map(
    (await db.selectFrom('drafts').select(['id', 'title', 'dialogue_id']).where('id', 'in', draftIds).execute()).map(
      (row) => [row.id, row],
    ),
  );
  const numbers = new Map<string, string>();
  for (const draftId of draftIds) {
    for (const clause of (await outlineOf(db, draftId)).clauses) numbers.set(clause.id, clause.number);
  }
  const partyIds = [...new Set(rows.map((row) => row.owner_party_id).filter((id): id is string => id !== null))];
  const parties = new Map<string, string>();
  for (const part of chunks(partyIds)) {
    for (const row of await db.selectFrom('parties').select(['id', 'name']).where('id', 'in', part).execute()) {
      parties.set(row.id, row.name);
    }
  }
  const people = [...new Set(rows.map((row) => row.owner_participant_id).filter((id): id is string => id !== null))];
  const codes = new Map<string, string | null>();
  for (const part of chunks(people)) {
    for (const row of await db
      .selectFrom('participants')
      .select(['id', 'speaker_code'])
      .where('id', 'in', part)
      .execute()) {
      codes.set(row.id, row.speaker_code);
    }
  }
  return rows.map((row) => {
    const draft = drafts.get(row.draft_id)!;
    const partyName = row.owner_party_id ? (parties.get(row.owner_party_id) ?? null) : null;
    return {
      id: row.id,
      draftId: row.draft_id,
      draftTitle: draft.title,
      dialogueId: draft.dialogue_id,
      clauseId: row.clause_id,
      clauseNumber: row.clause_id ? (numbers.get(row.clause_id) ?? null) : null,
      description: row.description,
      owner:
        row.owner_kind === 'party'
          ? { kind: 'party', partyId: row.owner_party_id, partyName }
          : row.owner_kind === 'role'
            ? { kind: 'role', role: row.owner_role, partyId: row.owner_party_id, partyName }
            : {
                kind: 'participant',
                participantId: row.owner_participant_id,
                speakerCode: row.owner_participant_id ? (codes.get(row.owner_participant_id) ?? null) : null,
                withdrawn: row.owner_withdrawn === 1,
              },
      dueOn: row.due_on,
      status: row.status,
      evidence: row.evidence,
      dueState: dueStateOf(row.status, row.due_on, today),
      daysLeft: daysBetween(today, row.due_on),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

/** The stored owner columns for an owner input, after checking it belongs to the dialogue. */
async function ownerColumns(db: Db, dialogueId: string, owner: OwnerInput) {
  if (owner.kind === 'party') {
    await assertPartyOf(db, dialogueId, owner.partyId);
    return { owner_kind: 'party' as const, owner_party_id: owner.partyId, owner_role: '', owner_participant_id: null };
  }
  if (owner.kind === 'role') {
    if (owner.partyId) await assertPartyOf(db, dialogueId, owner.partyId);
    await assertRolesNameNobody(db, dialogueId, [{ field: 'The owner’s role', text: owner.role }]);
    return {
      owner_kind: 'role' as const,
      owner_party_id: owner.partyId,
      owner_role: owner.role,
      owner_participant_id: null,
    };
  }
  await assertParticipantOf(db, dialogueId, owner.participantId);
  return {
    owner_kind: 'participant' as const,
    owner_party_id: null,
    owner_role: '',
    owner_participant_id: owner.participantId,
  };
}

async function assertClauseOfDraft(db: Db, draftId: string, clauseId: string): Promise<void> {
  const found = await db
    .selectFrom('clauses')
    .select('id')
    .where('id', '=', clauseId)
    .where('draft_id', '=', draftId)
    .executeTakeFirst();
  if (!found) throw fault.clause();
}

/**
 * Commitments made in a draft's clauses, and the dialogue overview's warnings: due soon, lapsed,
 * and final drafts at risk of becoming orphaned agreements (Hampson). The rule is in
 * domain/agreement.ts (COMMITMENT_DUE_SOON_DAYS, ORPHAN_FOLLOW_UP_DAYS), the README and the UI.
 */
export function createCommitmentService(ctx: ServiceContext): CommitmentService {
  const db = () => ctx.workspace().db;
  const today = () => localDay(ctx.now());

  async function viewOf(id: string): Promise<CommitmentView> {
    const row = await db().selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw fault.commitment();
    return (await commitmentViews(db(), [row], today()))[0]!;
  }

  return {
    async list(input) {
      if (input.draftId) await findDraft(db(), input.draftId);
      if (input.dialogueId) await assertDialogue(db(), input.dialogueId);
      const day = today();
      const rows = await db()
        .selectFrom('commitments as c')
        .innerJoin('drafts as d', 'd.id', 'c.draft_id')
        .selectAll('c')
        .$if(input.draftId !== undefined, (q) => q.where('c.draft_id', '=', input.draftId!))
        .$if(input.dialogueId !== undefined, (q) => q.where('d.dialogue_id', '=', input.dialogueId!))
        .orderBy('c.due_on')
        .orderBy('c.created_at')
        .execute();
      const views = await commitmentViews(db(), rows, day);
      if (input.dueWithinDays === undefined) return views;
      // Not done, and due within the window; overdue and lapsed ones are due already.
      return views.filter((view) => view.dueState !== 'done' && view.daysLeft <= input.dueWithinDays!);
    },

    async create(input) {
      const now = ctx.now().toISOString();
      const id = ctx.newId();
      await inTransaction(db(), async (trx) => {
        const draft = await findDraft(trx, input.draftId);
        if (input.clauseId) await assertClauseOfDraft(trx, draft.id, input.clauseId);
        const owner = await ownerColumns(trx, draft.dialogue_id, input.owner);
        await assertRolesNameNobody(trx, draft.dialogue_id, [
          { field: 'The commitment', text: input.description },
          { field: 'The evidence', text: input.evidence ?? '' },
        ]);
        await trx
          .insertInto('commitments')
          .values({
            id,
            draft_id: draft.id,
            clause_id: input.clauseId ?? null,
            description: input.description,
            ...owner,
            owner_withdrawn: 0,
            due_on: input.dueOn,
            status: input.status ?? 'pending',
            evidence: input.evidence ?? '',
            created_at: now,
            updated_at: now,
          })
          .execute();
      });
      return viewOf(id);
    },

    async update(input) {
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const row = await trx.selectFrom('commitments').selectAll().where('id', '=', input.id).executeTakeFirst();
        if (!row) throw fault.commitment();
        const draft = await findDraft(trx, row.draft_id);
        if (input.clauseId) await assertClauseOfDraft(trx, draft.id, input.clauseId);
        const owner = input.owner ? await ownerColumns(trx, draft.dialogue_id, input.owner) : {};
        await assertRolesNameNobody(trx, draft.dialogue_id, [
          { field: 'The commitment', text: input.description ?? '' },
          { field: 'The evidence', text: input.evidence ?? '' },
        ]);
        await trx
          .updateTable('commitments')
          .set({
            ...(input.clauseId !== undefined ? { clause_id: input.clauseId } : {}),
            ...(input.description !== undefined ? { description: input.description } : {}),
            ...owner,
            ...(input.owner ? { owner_withdrawn: 0 as const } : {}),
            ...(input.dueOn !== undefined ? { due_on: input.dueOn } : {}),
            ...(input.status !== undefined ? { status: input.status } : {}),
            ...(input.evidence !== undefined ? { evidence: input.evidence } : {}),
            updated_at: now,
          })
          .where('id', '=', row.id)
          .execute();
      });
      return viewOf(input.id);
    },

    async delete(input) {
      const result = await db().deleteFrom('commitments').where('id', '=', input.id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw fault.commitment();
      return { deleted: true as const };
    },

    async warnings(input) {
      if (input.dialogueId) await assertDialogue(db(), input.dialogueId);
      const day = today();
      const dialogues = await db()
        .selectFrom('dialogues')
        .select(['id', 'code_name'])
        .$if(input.dialogueId !== undefined, (q) => q.where('id', '=', input.dialogueId!))
        .$if(input.dialogueId === undefined, (q) => q.where('archived_at', 'is', null))
        .execute();
      const codeNames = new Map(dialogues.map((row) => [row.id, row.code_name]));
      const dialogueIds = [...codeNames.keys()];
      if (dialogueIds.length === 0) {
        return {
          today: day,
          dueSoonDays: COMMITMENT_DUE_SOON_DAYS,
          followUpDays: ORPHAN_FOLLOW_UP_DAYS,
          commitments: [],
          orphanRisks: [],
        };
      }
      const drafts = await db()
        .selectFrom('drafts')
        .selectAll()
        .where('dialogue_id', 'in', dialogueIds)
        .where('status', '!=', 'abandoned')
        .execute();
      const draftIds = drafts.map((draft) => draft.id);
      const rows: CommitmentRow[] = [];
      for (const part of chunks(draftIds)) {
        rows.push(
          ...(await db()
            .selectFrom('commitments')
            .selectAll()
            .where('draft_id', 'in', part)
            .orderBy('due_on')
            .execute()),
        );
      }
      rows.sort((a, b) => a.due_on.localeCompare(b.due_on));
      const views = await commitmentViews(db(), rows, day);
      const commitments: CommitmentWarningView[] = views
        .filter((view) => view.dueState === 'due-soon' || LAPSED.includes(view.dueState))
        .map((view) => ({ ...view, dialogueCodeName: codeNames.get(view.dialogueId) ?? '' }));

      const orphanRisks: OrphanRiskView[] = [];
      for (const draft of drafts.filter((d) => d.status === 'final' && d.final_on !== null)) {
        const own = views.filter((view) => view.draftId === draft.id);
        const lapsed = own.filter((view) => LAPSED.includes(view.dueState)).length;
        const lastFollowUp = await lastFollowUpOf(db(), draft.id, own);
        const since = lastFollowUp && lastFollowUp > draft.final_on! ? lastFollowUp : draft.final_on!;
        const quiet = daysBetween(since, day);
        const reasons: OrphanReason[] = [];
        if (lapsed > 0) reasons.push({ kind: 'lapsed', commitments: lapsed });
        if (quiet >= ORPHAN_FOLLOW_UP_DAYS) reasons.push({ kind: 'no-follow-up', since, days: quiet });
        if (reasons.length === 0) continue;
        orphanRisks.push({
          draftId: draft.id,
          draftTitle: draft.title,
          dialogueId: draft.dialogue_id,
          dialogueCodeName: codeNames.get(draft.dialogue_id) ?? '',
          finalOn: draft.final_on!,
          lastFollowUp,
          reasons,
        });
      }
      return {
        today: day,
        dueSoonDays: COMMITMENT_DUE_SOON_DAYS,
        followUpDays: ORPHAN_FOLLOW_UP_DAYS,
        commitments,
        orphanRisks,
      };
    },
  };
}

/**
 * The last day anything followed the draft: a commitment created or updated (its record kept up),
 * an idea from one of its clauses carried to Track One, or an outcome linked to one of its clauses
 * observed (or, without a date, recorded).
 */
async function lastFollowUpOf(db: Db, draftId: string, commitments: readonly CommitmentView[]): Promise<string | null> {
  const days: string[] = commitments.map((view) => localDay(new Date(view.updatedAt)));
  const transfer = await db
    .selectFrom('transfers as t')
    .innerJoin('clauses as c', 'c.id', 't.clause_id')
    .select((eb) => eb.fn.max('t.carried_on').as('day'))
    .where('c.draft_id', '=', draftId)
    .executeTakeFirst();
  if (transfer?.day) days.push(transfer.day);
  const outcomes = await db
    .selectFrom('outcomes as o')
    .innerJoin('outcome_clauses as oc', 'oc.outcome_id', 'o.id')
    .innerJoin('clauses as c', 'c.id', 'oc.clause_id')
    .select(['o.observed_on', 'o.created_at'])
    .where('c.draft_id', '=', draftId)
    .execute();
  for (const outcome of outcomes) days.push(outcome.observed_on ?? localDay(new Date(outcome.created_at)));
  return days.length === 0 ? null : days.reduce((a, b) => (a > b ? a : b));
}
