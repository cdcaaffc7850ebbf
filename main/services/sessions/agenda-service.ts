import type { Selectable, Transaction } from 'kysely';
import type { AgendaTemplateView, AgendaView, TemplateItemView, TopicView } from '../../../shared/contract/agenda';
import { moveItem, MoveError, type Placed } from '../../../shared/agenda/order';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../../../shared/agenda/templates';
import { AGENDA_LIMITS, type AgendaItemKind } from '../../../shared/domain/session';
import { foldForMatch } from '../../../shared/text/fold';
import { ParleyFault } from '../../errors';
import { assertNoRecordedRun, recordedRunCount } from '../exercises/records';
import type { AgendaItemsTable, SessionsTable, WorkspaceSchema } from '../../store/schema';
import type { ServiceContext } from '../context';
import { loadAgenda, notesReferencing } from './agenda-read';
import {
  assertDialogue,
  assertParticipantOf,
  assertPartyOf,
  findSessionRow,
  inTransaction,
  isConstraint,
  notFound,
  type Db,
  type Input,
} from './common';

export interface AgendaService {
  get(input: Input<'agenda.get'>): Promise<AgendaView>;
  add(input: Input<'agenda.add'>): Promise<{ itemId: string; agenda: AgendaView }>;
  update(input: Input<'agenda.update'>): Promise<AgendaView>;
  delete(input: Input<'agenda.delete'>): Promise<AgendaView>;
  move(input: Input<'agenda.move'>): Promise<AgendaView>;
  applyTemplate(input: Input<'agenda.applyTemplate'>): Promise<AgendaView>;
  saveTemplate(input: Input<'agenda.saveTemplate'>): Promise<AgendaTemplateView>;
  templates(input: Input<'agenda.templates'>): Promise<AgendaTemplateView[]>;
  deleteTemplate(input: Input<'agenda.deleteTemplate'>): Promise<{ deleted: true }>;
  topics(input: Input<'agenda.topics'>): Promise<TopicView[]>;
}

type Trx = Transaction<WorkspaceSchema>;
type ItemRow = Selectable<AgendaItemsTable>;

/** The last day index an item may be given: the contract's limit, whatever the session's length. */
const MAX_DAY = AGENDA_LIMITS.maxSessionDays - 1;

export async function findItemRow(db: Db, id: string): Promise<ItemRow> {
  const row = await db.selectFrom('agenda_items').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound.item();
  return row;
}

export async function sessionItems(db: Db, sessionId: string): Promise<ItemRow[]> {
  return db.selectFrom('agenda_items').selectAll().where('session_id', '=', sessionId).orderBy('position').execute();
}

/** Writes the new order (positions 0…n−1, days) for the rows whose place changed. */
async function writeOrder(
  trx: Trx,
  order: readonly Placed[],
  before: readonly (Placed & { readonly position: number })[],
  now: string,
) {
  const previous = new Map(before.map((row) => [row.id, row]));
  for (const [position, item] of order.entries()) {
    const row = previous.get(item.id);
    if (row && row.position === position && row.day === item.day) continue;
    await trx
      .updateTable('agenda_items')
      .set({ position, day: item.day, updated_at: now })
      .where('id', '=', item.id)
      .execute();
  }
}

function moveOrFault<T extends Placed>(items: readonly T[], id: string, toIndex: number, toDay?: number): T[] {
  try {
    return moveItem(items, id, toIndex, toDay, MAX_DAY);
  } catch (error) {
    if (error instanceof MoveError) throw new ParleyFault('INVALID_MOVE', error.message);
    throw error;
  }
}

async function assertRoom(trx: Db, sessionId: string, adding: number) {
  const { n } = await trx
    .selectFrom('agenda_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  if (Number(n) + adding > AGENDA_LIMITS.maxItemsPerSession) {
    throw new ParleyFault(
      'AGENDA_FULL',
      `A session’s agenda holds at most ${AGENDA_LIMITS.maxItemsPerSession} items. Split it into several sessions.`,
    );
  }
}

/** The dialogue's topics with these titles, created where new (case and accents ignored). */
async function topicIds(trx: Trx, dialogueId: string, titles: readonly string[], now: string, newId: () => string) {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const title of titles) {
    const key = foldForMatch(title);
    if (seen.has(key)) continue;
    seen.add(key);
    const found = await trx
      .selectFrom('topics')
      .select('id')
      .where('dialogue_id', '=', dialogueId)
      .where('title_key', '=', key)
      .executeTakeFirst();
    if (found) {
      ids.push(found.id);
      continue;
    }
    const id = newId();
    await trx
      .insertInto('topics')
      .values({ id, dialogue_id: dialogueId, title, title_key: key, created_at: now })
      .execute();
    ids.push(id);
  }
  return ids;
}

async function linkTopics(trx: Trx, itemId: string, ids: readonly string[]) {
  await trx.deleteFrom('agenda_item_topics').where('agenda_item_id', '=', itemId).execute();
  for (const [position, topicId] of ids.entries()) {
    await trx
      .insertInto('agenda_item_topics')
      .values({ agenda_item_id: itemId, topic_id: topicId, position })
      .execute();
  }
}

const caucusNeedsParty = () =>
  new ParleyFault('CAUCUS_PARTY_REQUIRED', 'A caucus meets with one party: choose which side it is with.');

/** The caucus party to store: required for a caucus, dropped for any other kind. */
async function caucusParty(trx: Db, session: Selectable<SessionsTable>, kind: AgendaItemKind, partyId: string | null) {
  if (kind !== 'caucus') return null;
  if (partyId === null) throw caucusNeedsParty();
  await assertPartyOf(trx, session.dialogue_id, partyId);
  return partyId;
}

type LeadInput = Input<'agenda.add'>['lead'];

async function leadColumns(trx: Db, session: Selectable<SessionsTable>, lead: LeadInput) {
  if (lead.kind !== 'participant') return { lead_kind: lead.kind, lead_participant_id: null };
  await assertParticipantOf(trx, session.dialogue_id, lead.participantId);
  return { lead_kind: lead.kind, lead_participant_id: lead.participantId };
}

/**
 * Adds one item inside the caller's transaction: `agenda.add`, and an exercise added from the
 * library (which links the item to its run in the same transaction). Returns the session.
 */
export async function insertAgendaItem(
  trx: Trx,
  input: Input<'agenda.add'>,
  { id, now, newId }: { readonly id: string; readonly now: string; readonly newId: () => string },
): Promise<Selectable<SessionsTable>> {
  const session = await findSessionRow(trx, input.sessionId);
  await assertRoom(trx, session.id, 1);
  const partyId = await caucusParty(trx, session, input.kind, input.caucusPartyId);
  const lead = await leadColumns(trx, session, input.lead);
  const before = await sessionItems(trx, session.id);
  const day = input.day ?? before.at(-1)?.day ?? 0;
  // By default the new item closes its day: it goes after the last item of that day or earlier.
  const index = input.index ?? before.filter((row) => row.day <= day).length;
  const order = moveOrFault([...before, { id, day }], id, index, day);
  await trx
    .insertInto('agenda_items')
    .values({
      id,
      session_id: session.id,
      position: before.length,
      day,
      kind: input.kind,
      caucus_party_id: partyId,
      title: input.title,
      planned_minutes: input.plannedMinutes,
      extra_minutes: 0,
      ...lead,
      notes: input.notes,
      regime: input.regime,
      actual_start: null,
      actual_end: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await writeOrder(trx, order, [...before, { id, position: before.length, day }], now);
  await linkTopics(trx, id, await topicIds(trx, session.dialogue_id, input.topics, now, newId));
  return session;
}

export function createAgendaService(ctx: ServiceContext): AgendaService {
  const db = () => ctx.workspace().db;
  const agenda = (trx: Db, sessionId: string) => loadAgenda(trx, sessionId, ctx.now());

  async function savedTemplates(where?: string): Promise<AgendaTemplateView[]> {
    const templates = await db()
      .selectFrom('agenda_templates')
      .selectAll()
      .$if(where !== undefined, (q) => q.where('id', '=', where!))
      .orderBy('name_key')
      .execute();
    if (templates.length === 0) return [];
    const items = await db()
      .selectFrom('agenda_template_items')
      .selectAll()
      .where(
        'template_id',
        'in',
        templates.map((t) => t.id),
      )
      .orderBy('template_id')
      .orderBy('position')
      .execute();
    const byTemplate = Map.groupBy(items, (item) => item.template_id);
    return templates.map((template) => ({
      id: template.id,
      name: template.name,
      description: template.description,
      builtIn: false,
      items: (byTemplate.get(template.id) ?? []).map((item): TemplateItemView => ({
        day: item.day,
        kind: item.kind,
        title: item.title,
        plannedMinutes: item.planned_minutes,
        lead: item.lead_kind,
        notes: item.notes,
        regime: item.regime,
        caucusPartyPosition: item.caucus_party_position,
      })),
    }));
  }

  return {
    async get(input) {
      return agenda(db(), input.sessionId);
    },

    async add(input) {
      const id = ctx.newId();
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        const session = await insertAgendaItem(trx, input, { id, now, newId: ctx.newId });
        return { itemId: id, agenda: await agenda(trx, session.id) };
      });
    },

    async update(input) {
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        const row = await findItemRow(trx, input.id);
        const session = await findSessionRow(trx, row.session_id);
        const kind = input.kind ?? row.kind;
        const partyId = await caucusParty(
          trx,
          session,
          kind,
          input.caucusPartyId === undefined ? row.caucus_party_id : input.caucusPartyId,
        );
        const lead = input.lead ? await leadColumns(trx, session, input.lead) : {};
        await trx
          .updateTable('agenda_items')
          .set({
            kind,
            caucus_party_id: partyId,
            title: input.title ?? row.title,
            planned_minutes: input.plannedMinutes ?? row.planned_minutes,
            ...lead,
            notes: input.notes ?? row.notes,
            regime: input.regime === undefined ? row.regime : input.regime,
            updated_at: now,
          })
          .where('id', '=', row.id)
          .execute();
        if (input.topics) {
          await linkTopics(trx, row.id, await topicIds(trx, session.dialogue_id, input.topics, now, ctx.newId));
        }
        return agenda(trx, session.id);
      });
    },

    async delete(input) {
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        const row = await findItemRow(trx, input.id);
        if ((await notesReferencing(trx, { itemId: row.id })) > 0) {
          throw new ParleyFault(
            'AGENDA_ITEM_HAS_NOTES',
            'Notes were taken on this item, so it cannot be deleted. Move its notes to another item first.',
          );
        }
        await assertNoRecordedRun(trx, row.id);
        await trx.deleteFrom('agenda_items').where('id', '=', row.id).execute();
        const rest = await sessionItems(trx, row.session_id);
        await writeOrder(trx, rest, rest, now);
        return agenda(trx, row.session_id);
      });
    },

    async move(input) {
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        const row = await findItemRow(trx, input.id);
        const before = await sessionItems(trx, row.session_id);
        await writeOrder(trx, moveOrFault(before, row.id, input.toIndex, input.toDay), before, now);
        return agenda(trx, row.session_id);
      });
    },

    async applyTemplate(input) {
      const template = builtInTemplate(input.templateId) ?? (await savedTemplates(input.templateId))[0];
      if (!template) throw notFound.template();
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        const session = await findSessionRow(trx, input.sessionId);
        let before = await sessionItems(trx, session.id);
        if (input.replace && before.length > 0) {
          const ran = before.some((row) => row.actual_start !== null);
          const noted = (await notesReferencing(trx, { sessionId: session.id })) > 0;
          const recorded = (await recordedRunCount(trx, { sessionId: session.id })) > 0;
          if (ran || noted || recorded) {
            throw new ParleyFault(
              'AGENDA_HAS_RUN',
              'This agenda has already been run or has notes on it, so it cannot be replaced. Add the template after it instead.',
            );
          }
          await trx.deleteFrom('agenda_items').where('session_id', '=', session.id).execute();
          before = [];
        }
        await assertRoom(trx, session.id, template.items.length);
        const parties = await trx
          .selectFrom('parties')
          .select(['id', 'position'])
          .where('dialogue_id', '=', session.dialogue_id)
          .orderBy('position')
          .execute();
        const firstDay = before.at(-1)?.day ?? 0;
        for (const [offset, item] of template.items.entries()) {
          let partyId: string | null = null;
          if (item.kind === 'caucus') {
            partyId = parties[item.caucusPartyPosition ?? -1]?.id ?? null;
            if (partyId === null) {
              throw new ParleyFault(
                'PARTY_NOT_FOUND',
                `The template has a caucus with party ${(item.caucusPartyPosition ?? 0) + 1}, but this dialogue has ${parties.length}. Add the party first.`,
              );
            }
          }
          await trx
            .insertInto('agenda_items')
            .values({
              id: ctx.newId(),
              session_id: session.id,
              position: before.length + offset,
              day: Math.min(firstDay + item.day, MAX_DAY),
              kind: item.kind,
              caucus_party_id: partyId,
              title: item.title,
              planned_minutes: item.plannedMinutes,
              extra_minutes: 0,
              lead_kind: item.lead,
              lead_participant_id: null,
              notes: item.notes,
              regime: item.regime,
              actual_start: null,
              actual_end: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
        }
        return agenda(trx, session.id);
      });
    },

    async saveTemplate(input) {
      const id = ctx.newId();
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const session = await findSessionRow(trx, input.sessionId);
        const items = await sessionItems(trx, session.id);
        if (items.length === 0) {
          throw new ParleyFault('AGENDA_EMPTY', 'This session has no agenda items to save as a template.');
        }
        const parties = await trx
          .selectFrom('parties')
          .select(['id', 'position'])
          .where('dialogue_id', '=', session.dialogue_id)
          .execute();
        const positionOf = new Map(parties.map((party) => [party.id, party.position]));
        try {
          await trx
            .insertInto('agenda_templates')
            .values({
              id,
              name: input.name,
              name_key: foldForMatch(input.name),
              description: input.description,
              created_at: now,
            })
            .execute();
        } catch (error) {
          if (isConstraint(error, 'UNIQUE')) {
            throw new ParleyFault('TEMPLATE_NAME_TAKEN', `There is already a template called “${input.name}”.`);
          }
          throw error;
        }
        const firstDay = items[0]!.day;
        for (const [position, item] of items.entries()) {
          const partyPosition = item.caucus_party_id === null ? undefined : positionOf.get(item.caucus_party_id);
          // A caucus whose party was removed cannot be replayed as a caucus: keep it as informal time.
          const kind = item.kind === 'caucus' && partyPosition === undefined ? 'informal' : item.kind;
          await trx
            .insertInto('agenda_template_items')
            .values({
              template_id: id,
              position,
              day: item.day - firstDay,
              kind,
              title: item.title,
              planned_minutes: item.planned_minutes,
              // Templates hold no people: a participant lead becomes "no lead".
              lead_kind: item.lead_kind === 'facilitator' ? 'facilitator' : 'none',
              notes: item.notes,
              regime: item.regime,
              caucus_party_position: kind === 'caucus' ? (partyPosition ?? null) : null,
            })
            .execute();
        }
      });
      return (await savedTemplates(id))[0]!;
    },

    async templates() {
      return [...BUILT_IN_TEMPLATES, ...(await savedTemplates())];
    },

    async deleteTemplate(input) {
      const result = await inTransaction(db(), (trx) =>
        trx.deleteFrom('agenda_templates').where('id', '=', input.id).executeTakeFirst(),
      );
      if (Number(result.numDeletedRows) === 0) throw notFound.template();
      return { deleted: true };
    },

    async topics(input) {
      await assertDialogue(db(), input.dialogueId);
      return db()
        .selectFrom('topics')
        .select(['id', 'title'])
        .where('dialogue_id', '=', input.dialogueId)
        .orderBy('title_key')
        .execute();
    },
  };
}
