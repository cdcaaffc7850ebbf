import type { Selectable } from 'kysely';
import type { Contract, DialogueView, ParsedInputOf, PartyView } from '../../../shared/contract';
import { foldForMatch } from '../../../shared/text/fold';
import { ParleyFault } from '../../errors';
import type { DialoguesTable } from '../../store/schema';
import type { ServiceContext } from '../context';
import { insertParty, listParties } from '../parties/party-service';
import { EMPTY_PROCESS, loadProcesses, writeRootCauses, writeSponsors, type DialogueProcess } from './process';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

export interface DialogueService {
  create(input: Input<'dialogue.create'>): Promise<DialogueView>;
  list(input: Input<'dialogue.list'>): Promise<DialogueView[]>;
  get(input: Input<'dialogue.get'>): Promise<DialogueView>;
  update(input: Input<'dialogue.update'>): Promise<DialogueView>;
  archive(input: Input<'dialogue.archive'>): Promise<DialogueView>;
}

/** SQLite and file-system errors are left to the registry's `toFault`, which maps them for every call. */
export function createDialogueService(ctx: ServiceContext): DialogueService {
  const db = () => ctx.workspace().db;

  async function view(row: Selectable<DialoguesTable>): Promise<DialogueView> {
    const parties = await listParties(db(), row.id);
    const process = (await loadProcesses(db(), row.id)).get(row.id) ?? EMPTY_PROCESS;
    return toView(row, parties, process);
  }

  async function findRow(id: string): Promise<Selectable<DialoguesTable>> {
    const row = await db().selectFrom('dialogues').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new ParleyFault('DIALOGUE_NOT_FOUND', 'That dialogue no longer exists.');
    return row;
  }

  async function assertCodeNameFree(codeName: string, exceptId?: string): Promise<string> {
    const key = foldForMatch(codeName);
    const clash = await db()
      .selectFrom('dialogues')
      .select('id')
      .where('code_name_key', '=', key)
      .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
      .executeTakeFirst();
    if (clash) {
      throw new ParleyFault(
        'CODE_NAME_TAKEN',
        `Another dialogue is already called “${codeName}”. Choose another code name.`,
      );
    }
    return key;
  }

  return {
    async create(input) {
      const key = await assertCodeNameFree(input.codeName);
      const partyKeys = input.parties.map((party) => foldForMatch(party.name));
      const duplicate = partyKeys.find((k, index) => partyKeys.indexOf(k) !== index);
      if (duplicate !== undefined) {
        throw new ParleyFault('DUPLICATE_PARTY', 'Two parties have the same name. Give each side a distinct name.');
      }
      const now = ctx.now().toISOString();
      const id = ctx.newId();
      await db()
        .transaction()
        .execute(async (trx) => {
          await trx
            .insertInto('dialogues')
            .values({
              id,
              code_name: input.codeName,
              code_name_key: key,
              conflict: input.conflict,
              objectives: input.objectives,
              status: input.status,
              track_level: input.trackLevel,
              started_on: input.startedOn,
              archived_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          for (const party of input.parties) {
            await insertParty(trx, { id: ctx.newId(), dialogueId: id, ...party, createdAt: now });
          }
          await writeSponsors(trx, id, input.sponsors);
          await writeRootCauses(trx, id, input.rootCauses, { newId: ctx.newId, now });
        });
      return view(await findRow(id));
    },

    async list(input) {
      const rows = await db()
        .selectFrom('dialogues')
        .selectAll()
        .$if(!input.includeArchived, (q) => q.where('archived_at', 'is', null))
        .orderBy('archived_at', (ob) => ob.asc().nullsFirst())
        .orderBy('updated_at', 'desc')
        .execute();
      const parties = await listParties(db());
      const byDialogue = Map.groupBy(parties, (party) => party.dialogueId);
      const processes = await loadProcesses(db());
      return rows.map((row) => toView(row, byDialogue.get(row.id) ?? [], processes.get(row.id) ?? EMPTY_PROCESS));
    },

    async get(input) {
      return view(await findRow(input.id));
    },

    async update(input) {
      const current = await findRow(input.id);
      const key =
        input.codeName !== undefined ? await assertCodeNameFree(input.codeName, input.id) : current.code_name_key;
      const now = ctx.now().toISOString();
      // One transaction: the dialogue's fields and its lists change together or not at all.
      await db()
        .transaction()
        .execute(async (trx) => {
          await trx
            .updateTable('dialogues')
            .set({
              code_name: input.codeName ?? current.code_name,
              code_name_key: key,
              conflict: input.conflict ?? current.conflict,
              objectives: input.objectives ?? current.objectives,
              status: input.status ?? current.status,
              track_level: input.trackLevel ?? current.track_level,
              started_on: input.startedOn === undefined ? current.started_on : input.startedOn,
              updated_at: now,
            })
            .where('id', '=', input.id)
            .execute();
          if (input.sponsors !== undefined) await writeSponsors(trx, input.id, input.sponsors);
          if (input.rootCauses !== undefined) {
            await writeRootCauses(trx, input.id, input.rootCauses, { newId: ctx.newId, now });
          }
        });
      return view(await findRow(input.id));
    },

    async archive(input) {
      const current = await findRow(input.id);
      const archivedAt = input.archived ? (current.archived_at ?? ctx.now().toISOString()) : null;
      await db()
        .updateTable('dialogues')
        .set({ archived_at: archivedAt, updated_at: ctx.now().toISOString() })
        .where('id', '=', input.id)
        .execute();
      return view(await findRow(input.id));
    },
  };
}

function toView(
  row: Selectable<DialoguesTable>,
  parties: readonly PartyView[],
  process: DialogueProcess,
): DialogueView {
  return {
    id: row.id,
    codeName: row.code_name,
    conflict: row.conflict,
    objectives: row.objectives,
    status: row.status,
    trackLevel: row.track_level,
    startedOn: row.started_on,
    archived: row.archived_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    parties,
    sponsors: process.sponsors,
    rootCauses: process.rootCauses,
  };
}
