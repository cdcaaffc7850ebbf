import type { OvertonBoardView, OvertonOptionView, OvertonTopicView } from '../../../shared/contract/trust';
import { TRUST_LIMITS } from '../../../shared/domain/trust';
import { foldForMatch } from '../../../shared/text/fold';
import { ParleyFault } from '../../errors';
import type { TopicOptionsTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import { guarded } from '../exercises/guarded';
import { assertDialogue, inTransaction, isConstraint, type Db, type Input } from '../sessions/common';
import { findSessionRow } from '../sessions/common';
import { sidesOf } from '../parties/sides';
import { sessionPoints, sideOf } from './board';

export interface OvertonService {
  board(input: Input<'overton.board'>): Promise<OvertonBoardView>;
  addTopic(input: Input<'overton.addTopic'>): Promise<OvertonTopicView>;
  addOption(input: Input<'overton.addOption'>): Promise<OvertonOptionView>;
  renameOption(input: Input<'overton.renameOption'>): Promise<OvertonOptionView>;
  place(input: Input<'overton.place'>): Promise<OvertonOptionView>;
}

const optionNotFound = () => new ParleyFault('OPTION_NOT_FOUND', 'That option no longer exists.');
const titleTaken = (title: string) =>
  new ParleyFault('OPTION_TITLE_TAKEN', `This topic already has an option called “${title}”.`);

/** Options with every placement kept, oldest option first. */
async function optionViews(db: Db, where: { topicIds: readonly string[] } | { optionId: string }) {
  if ('topicIds' in where && where.topicIds.length === 0) return [];
  const options = await db
    .selectFrom('topic_options')
    .selectAll()
    .$if('topicIds' in where, (q) => q.where('topic_id', 'in', (where as { topicIds: string[] }).topicIds))
    .$if('optionId' in where, (q) => q.where('id', '=', (where as { optionId: string }).optionId))
    .orderBy('created_at')
    .orderBy('title_key')
    .execute();
  if (options.length === 0) return [];
  const placements = await db
    .selectFrom('option_placements')
    .select(['option_id', 'session_id', 'party_id', 'level', 'updated_at'])
    .where(
      'option_id',
      'in',
      options.map((option) => option.id),
    )
    .execute();
  const placed = Map.groupBy(placements, (placement) => placement.option_id);
  return options.map((option: TopicOptionsTable): OvertonOptionView => ({
    id: option.id,
    topicId: option.topic_id,
    title: option.title,
    addedInSessionId: option.added_in_session_id,
    createdAt: option.created_at,
    placements: (placed.get(option.id) ?? []).map((placement) => ({
      sessionId: placement.session_id,
      partyId: placement.party_id,
      level: placement.level,
      updatedAt: placement.updated_at,
    })),
  }));
}

async function optionView(db: Db, optionId: string): Promise<OvertonOptionView> {
  const [view] = await optionViews(db, { optionId });
  if (!view) throw optionNotFound();
  return view;
}

/** An option with the dialogue its topic belongs to. */
async function optionRow(db: Db, optionId: string) {
  const row = await db
    .selectFrom('topic_options as o')
    .innerJoin('topics as t', 't.id', 'o.topic_id')
    .select(['o.id', 'o.topic_id', 't.dialogue_id'])
    .where('o.id', '=', optionId)
    .executeTakeFirst();
  if (!row) throw optionNotFound();
  return row;
}

export function createOvertonService(ctx: ServiceContext): OvertonService {
  const db = () => ctx.workspace().db;

  return {
    board: (input) =>
      guarded(async () => {
        await assertDialogue(db(), input.dialogueId);
        const topics = await db()
          .selectFrom('topics')
          .select(['id', 'title'])
          .where('dialogue_id', '=', input.dialogueId)
          .orderBy('title_key')
          .execute();
        const options = Map.groupBy(
          await optionViews(db(), { topicIds: topics.map((topic) => topic.id) }),
          (option) => option.topicId,
        );
        return {
          dialogueId: input.dialogueId,
          sides: await sidesOf(db(), input.dialogueId),
          sessions: await sessionPoints(db(), input.dialogueId),
          topics: topics.map((topic) => ({ ...topic, options: options.get(topic.id) ?? [] })),
        };
      }),

    async addTopic(input) {
      const now = ctx.now().toISOString();
      const key = foldForMatch(input.title);
      const topic = await inTransaction(db(), async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        const found = await trx
          .selectFrom('topics')
          .select(['id', 'title'])
          .where('dialogue_id', '=', input.dialogueId)
          .where('title_key', '=', key)
          .executeTakeFirst();
        if (found) return found;
        const id = ctx.newId();
        await trx
          .insertInto('topics')
          .values({ id, dialogue_id: input.dialogueId, title: input.title, title_key: key, created_at: now })
          .execute();
        return { id, title: input.title };
      });
      return { ...topic, options: await guarded(() => optionViews(db(), { topicIds: [topic.id] })) };
    },

    async addOption(input) {
      const now = ctx.now().toISOString();
      const id = ctx.newId();
      await inTransaction(db(), async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        const topic = await trx
          .selectFrom('topics')
          .select(['id', 'dialogue_id'])
          .where('id', '=', input.topicId)
          .executeTakeFirst();
        if (!topic || topic.dialogue_id !== input.dialogueId) {
          throw new ParleyFault(
            'TOPIC_NOT_FOUND',
            'That topic is not one of this dialogue’s topics. Add the option to a topic of this dialogue.',
          );
        }
        if (input.sessionId !== null) {
          const session = await findSessionRow(trx, input.sessionId);
          if (session.dialogue_id !== input.dialogueId) {
            throw new ParleyFault('SESSION_NOT_FOUND', 'That session is not part of this dialogue.');
          }
        }
        const { n } = await trx
          .selectFrom('topic_options')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('topic_id', '=', topic.id)
          .executeTakeFirstOrThrow();
        if (Number(n) >= TRUST_LIMITS.optionsPerTopic) {
          throw new ParleyFault(
            'TOO_MANY_OPTIONS',
            `A topic holds at most ${TRUST_LIMITS.optionsPerTopic} options. Split the topic in two.`,
          );
        }
        try {
          await trx
            .insertInto('topic_options')
            .values({
              id,
              topic_id: topic.id,
              title: input.title,
              title_key: foldForMatch(input.title),
              added_in_session_id: input.sessionId,
              created_at: now,
              updated_at: now,
            })
            .execute();
        } catch (error) {
          if (isConstraint(error, 'UNIQUE')) throw titleTaken(input.title);
          throw error;
        }
      });
      return guarded(() => optionView(db(), id));
    },

    async renameOption(input) {
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        await optionRow(trx, input.id);
        try {
          await trx
            .updateTable('topic_options')
            .set({ title: input.title, title_key: foldForMatch(input.title), updated_at: now })
            .where('id', '=', input.id)
            .execute();
        } catch (error) {
          if (isConstraint(error, 'UNIQUE')) throw titleTaken(input.title);
          throw error;
        }
      });
      return guarded(() => optionView(db(), input.id));
    },

    async place(input) {
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const option = await optionRow(trx, input.optionId);
        const session = await findSessionRow(trx, input.sessionId);
        if (session.dialogue_id !== option.dialogue_id) {
          throw new ParleyFault(
            'OPTION_NOT_FOUND',
            'That option belongs to a topic of another dialogue; it cannot be placed at this session.',
          );
        }
        await sideOf(trx, session.dialogue_id, input.partyId);
        if (input.level === null) {
          await trx
            .deleteFrom('option_placements')
            .where('option_id', '=', option.id)
            .where('session_id', '=', session.id)
            .where('party_id', '=', input.partyId)
            .execute();
          return;
        }
        await trx
          .insertInto('option_placements')
          .values({
            option_id: option.id,
            session_id: session.id,
            dialogue_id: session.dialogue_id,
            party_id: input.partyId,
            level: input.level,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc.columns(['option_id', 'session_id', 'party_id']).doUpdateSet({ level: input.level!, updated_at: now }),
          )
          .execute();
      });
      return guarded(() => optionView(db(), input.optionId));
    },
  };
}
