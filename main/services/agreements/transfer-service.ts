import type { Selectable } from 'kysely';
import { parseClause, readingText } from '../../../shared/agreements/brackets';
import type { TransferIdeaView, TransferView } from '../../../shared/contract/agreement';
import { ParleyFault } from '../../errors';
import type { TransfersTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import {
  assertDialogue,
  assertParticipantOf,
  assertPartyOf,
  assertTopicOf,
  chunks,
  fault,
  inTransaction,
  type Db,
  type Input,
} from './common';
import { outlineOf } from './read';
import { assertRolesNameNobody } from './roles';

export interface TransferService {
  list(input: Input<'transfer.list'>): Promise<TransferView[]>;
  create(input: Input<'transfer.create'>): Promise<TransferView>;
  update(input: Input<'transfer.update'>): Promise<TransferView>;
  delete(input: Input<'transfer.delete'>): Promise<{ deleted: true }>;
}

type TransferRow = Selectable<TransfersTable>;
type IdeaInput = Input<'transfer.create'>['idea'];

const LABEL_WORDS = 80;

/** An idea's links, all cleared: each kind sets its own, so a change of kind leaves no stale link. */
const NO_IDEA = { clause_id: null, topic_id: null, topic_option_id: null } as const;

/** A clause's first words, for a label: brackets kept, escapes resolved, one line. */
function firstWords(text: string): string {
  const parse = parseClause(text);
  const reading = (parse.ok ? readingText(parse.segments, text) : text).replace(/\s+/gu, ' ').trim();
  return reading.length > LABEL_WORDS ? `${reading.slice(0, LABEL_WORDS - 1).trimEnd()}…` : reading;
}

async function transferViews(db: Db, rows: readonly TransferRow[]): Promise<TransferView[]> {
  if (rows.length === 0) return [];
  const clauseIds = rows.map((row) => row.clause_id).filter((id): id is string => id !== null);
  const clauseDraft = new Map<string, string>();
  for (const part of chunks(clauseIds)) {
    for (const row of await db.selectFrom('clauses').select(['id', 'draft_id']).where('id', 'in', part).execute()) {
      clauseDraft.set(row.id, row.draft_id);
    }
  }
  const numbers = new Map<string, string>();
  for (const draftId of new Set(clauseDraft.values())) {
    for (const clause of (await outlineOf(db, draftId)).clauses) numbers.set(clause.id, clause.number);
  }
  const topicIds = rows.map((row) => row.topic_id).filter((id): id is string => id !== null);
  const topics = new Map<string, string>();
  for (const part of chunks(topicIds)) {
    for (const row of await db.selectFrom('topics').select(['id', 'title']).where('id', 'in', part).execute()) {
      topics.set(row.id, row.title);
    }
  }
  const optionIds = rows.map((row) => row.topic_option_id).filter((id): id is string => id !== null);
  const options = new Map<string, string>();
  for (const part of chunks(optionIds)) {
    for (const row of await db.selectFrom('topic_options').select(['id', 'title']).where('id', 'in', part).execute()) {
      options.set(row.id, row.title);
    }
  }
  const partyIds = rows.map((row) => row.role_party_id).filter((id): id is string => id !== null);
  const parties = new Map<string, string>();
  for (const part of chunks(partyIds)) {
    for (const row of await db.selectFrom('parties').select(['id', 'name']).where('id', 'in', part).execute()) {
      parties.set(row.id, row.name);
    }
  }
  const carrierIds = rows.map((row) => row.carrier_participant_id).filter((id): id is string => id !== null);
  const codes = new Map<string, string | null>();
  for (const part of chunks(carrierIds)) {
    for (const row of await db
      .selectFrom('participants')
      .select(['id', 'speaker_code'])
      .where('id', 'in', part)
      .execute()) {
      codes.set(row.id, row.speaker_code);
    }
  }
  const topicTitle = (row: TransferRow) => (row.topic_id ? (topics.get(row.topic_id) ?? null) : null);
  const idea = (row: TransferRow): TransferIdeaView => {
    switch (row.idea_kind) {
      case 'clause':
        return {
          kind: 'clause',
          clauseId: row.clause_id,
          draftId: row.clause_id ? (clauseDraft.get(row.clause_id) ?? null) : null,
          number: row.clause_id ? (numbers.get(row.clause_id) ?? null) : null,
        };
      case 'topic':
        return { kind: 'topic', topicId: row.topic_id, title: topicTitle(row) };
      case 'topic-option':
        return {
          kind: 'topic-option',
          optionId: row.topic_option_id,
          title: row.topic_option_id ? (options.get(row.topic_option_id) ?? null) : null,
          topicId: row.topic_id,
          topicTitle: topicTitle(row),
        };
      case 'other':
        return { kind: 'other' };
    }
  };
  return rows.map((row) => ({
    id: row.id,
    dialogueId: row.dialogue_id,
    idea: idea(row),
    ideaLabel: row.idea_label,
    trackOneRole: row.track_one_role,
    roleParty: row.role_party_id ? { id: row.role_party_id, name: parties.get(row.role_party_id) ?? '' } : null,
    carriedOn: row.carried_on,
    carrier:
      row.carrier_kind === 'facilitation'
        ? { kind: 'facilitation' }
        : {
            kind: 'participant',
            participantId: row.carrier_participant_id,
            speakerCode: row.carrier_participant_id ? (codes.get(row.carrier_participant_id) ?? null) : null,
            withdrawn: row.carrier_withdrawn === 1,
          },
    channel: row.channel,
    response: row.response,
    responseNotes: row.response_notes,
    followUp: row.follow_up,
    followUpOn: row.follow_up_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/**
 * The transfer log: which idea was carried to which Track One role, when, by whom, how, and with
 * what response. Track Two's theory of change runs through these entries.
 */
export function createTransferService(ctx: ServiceContext): TransferService {
  const db = () => ctx.workspace().db;

  async function viewOf(id: string): Promise<TransferView> {
    const row = await db().selectFrom('transfers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw fault.transfer();
    return (await transferViews(db(), [row]))[0]!;
  }

  /** The idea's columns, and the label it gets when none is typed. */
  async function ideaColumns(trx: Db, dialogueId: string, idea: IdeaInput) {
    if (idea.kind === 'clause') {
      const clause = await trx
        .selectFrom('clauses as c')
        .innerJoin('drafts as d', 'd.id', 'c.draft_id')
        .select(['c.id', 'c.text', 'c.draft_id', 'd.title'])
        .where('c.id', '=', idea.clauseId)
        .where('d.dialogue_id', '=', dialogueId)
        .executeTakeFirst();
      if (!clause) throw fault.clause();
      const number = (await outlineOf(trx, clause.draft_id)).clauses.find((c) => c.id === clause.id)!.number;
      return {
        columns: { ...NO_IDEA, idea_kind: 'clause' as const, clause_id: clause.id },
        label: `Clause ${number} of “${clause.title}”: ${firstWords(clause.text)}`,
      };
    }
    if (idea.kind === 'topic') {
      await assertTopicOf(trx, dialogueId, idea.topicId);
      const topic = await trx
        .selectFrom('topics')
        .select('title')
        .where('id', '=', idea.topicId)
        .executeTakeFirstOrThrow();
      return { columns: { ...NO_IDEA, idea_kind: 'topic' as const, topic_id: idea.topicId }, label: topic.title };
    }
    if (idea.kind === 'topic-option') {
      // An option of another dialogue's topic is not this dialogue's to log.
      const option = await trx
        .selectFrom('topic_options as o')
        .innerJoin('topics as t', 't.id', 'o.topic_id')
        .select(['o.id', 'o.title', 'o.topic_id', 't.title as topic_title'])
        .where('o.id', '=', idea.optionId)
        .where('t.dialogue_id', '=', dialogueId)
        .executeTakeFirst();
      if (!option) throw fault.option();
      return {
        columns: {
          ...NO_IDEA,
          idea_kind: 'topic-option' as const,
          topic_id: option.topic_id,
          topic_option_id: option.id,
        },
        label: `${option.topic_title}: ${option.title}`,
      };
    }
    return { columns: { ...NO_IDEA, idea_kind: 'other' as const }, label: null };
  }

  async function checkPeople(
    trx: Db,
    dialogueId: string,
    input: Pick<Input<'transfer.update'>, 'rolePartyId' | 'carrier'>,
  ): Promise<void> {
    if (input.rolePartyId) await assertPartyOf(trx, dialogueId, input.rolePartyId);
    if (input.carrier?.kind === 'participant') await assertParticipantOf(trx, dialogueId, input.carrier.participantId);
  }

  const namesChecked = (input: Partial<Input<'transfer.create'>>, label: string | undefined) => [
    { field: 'The Track One role', text: input.trackOneRole ?? '' },
    { field: 'The idea’s label', text: label ?? '' },
    { field: 'The response', text: input.responseNotes ?? '' },
    { field: 'The follow-up', text: input.followUp ?? '' },
  ];

  const labelRequired = () =>
    new ParleyFault('IDEA_LABEL_REQUIRED', 'Say in a few words what idea was carried (an option, a proposal…).');

  return {
    async list(input) {
      await assertDialogue(db(), input.dialogueId);
      const rows = await db()
        .selectFrom('transfers')
        .selectAll()
        .where('dialogue_id', '=', input.dialogueId)
        .orderBy('carried_on', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
      return transferViews(db(), rows);
    },

    async create(input) {
      const now = ctx.now().toISOString();
      const id = ctx.newId();
      await inTransaction(db(), async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        const idea = await ideaColumns(trx, input.dialogueId, input.idea);
        const label = input.ideaLabel ?? idea.label;
        if (!label) throw labelRequired();
        await checkPeople(trx, input.dialogueId, input);
        await assertRolesNameNobody(trx, input.dialogueId, namesChecked(input, label));
        await trx
          .insertInto('transfers')
          .values({
            id,
            dialogue_id: input.dialogueId,
            ...idea.columns,
            idea_label: label,
            track_one_role: input.trackOneRole,
            role_party_id: input.rolePartyId ?? null,
            carried_on: input.carriedOn,
            carrier_kind: input.carrier.kind,
            carrier_participant_id: input.carrier.kind === 'participant' ? input.carrier.participantId : null,
            carrier_withdrawn: 0,
            channel: input.channel,
            response: input.response ?? 'awaiting',
            response_notes: input.responseNotes ?? '',
            follow_up: input.followUp ?? '',
            follow_up_on: input.followUpOn ?? null,
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
        const row = await trx.selectFrom('transfers').selectAll().where('id', '=', input.id).executeTakeFirst();
        if (!row) throw fault.transfer();
        const idea = input.idea ? await ideaColumns(trx, row.dialogue_id, input.idea) : null;
        const label = input.ideaLabel ?? idea?.label ?? (idea ? undefined : row.idea_label);
        if (!label) throw labelRequired();
        await checkPeople(trx, row.dialogue_id, input);
        await assertRolesNameNobody(trx, row.dialogue_id, namesChecked(input, input.ideaLabel));
        await trx
          .updateTable('transfers')
          .set({
            ...(idea ? idea.columns : {}),
            idea_label: label,
            ...(input.trackOneRole !== undefined ? { track_one_role: input.trackOneRole } : {}),
            ...(input.rolePartyId !== undefined ? { role_party_id: input.rolePartyId } : {}),
            ...(input.carriedOn !== undefined ? { carried_on: input.carriedOn } : {}),
            ...(input.carrier
              ? {
                  carrier_kind: input.carrier.kind,
                  carrier_participant_id: input.carrier.kind === 'participant' ? input.carrier.participantId : null,
                  carrier_withdrawn: 0 as const,
                }
              : {}),
            ...(input.channel !== undefined ? { channel: input.channel } : {}),
            ...(input.response !== undefined ? { response: input.response } : {}),
            ...(input.responseNotes !== undefined ? { response_notes: input.responseNotes } : {}),
            ...(input.followUp !== undefined ? { follow_up: input.followUp } : {}),
            ...(input.followUpOn !== undefined ? { follow_up_on: input.followUpOn } : {}),
            updated_at: now,
          })
          .where('id', '=', row.id)
          .execute();
      });
      return viewOf(input.id);
    },

    async delete(input) {
      const result = await db().deleteFrom('transfers').where('id', '=', input.id).executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw fault.transfer();
      return { deleted: true as const };
    },
  };
}
