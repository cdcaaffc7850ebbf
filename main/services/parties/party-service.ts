import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Contract, ParsedInputOf, PartyView } from '../../../shared/contract';
import type { PartyKind } from '../../../shared/domain/dialogue';
import { foldForMatch } from '../../../shared/text/fold';
import { ParleyFault, toFault } from '../../errors';
import type { PartiesTable, WorkspaceSchema } from '../../store/schema';
import type { ServiceContext } from '../context';
import { assertDialogue } from '../dialogue-scope';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

export interface PartyService {
  create(input: Input<'party.create'>): Promise<PartyView>;
  list(input: Input<'party.list'>): Promise<PartyView[]>;
}

type Db = Kysely<WorkspaceSchema> | Transaction<WorkspaceSchema>;

export async function listParties(db: Db, dialogueId?: string): Promise<PartyView[]> {
  const rows = await db
    .selectFrom('parties')
    .selectAll()
    .$if(dialogueId !== undefined, (q) => q.where('dialogue_id', '=', dialogueId!))
    .orderBy('dialogue_id')
    .orderBy('position')
    .execute();
  return rows.map(toView);
}

/** Appends a party at the end of its dialogue's list; the unique index refuses a duplicate name. */
export async function insertParty(
  db: Db,
  party: { id: string; dialogueId: string; name: string; kind: PartyKind; createdAt: string },
): Promise<void> {
  const { next } = await db
    .selectFrom('parties')
    .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.lit(-1)).as('next'))
    .where('dialogue_id', '=', party.dialogueId)
    .executeTakeFirstOrThrow();
  try {
    await db
      .insertInto('parties')
      .values({
        id: party.id,
        dialogue_id: party.dialogueId,
        name: party.name,
        name_key: foldForMatch(party.name),
        kind: party.kind,
        position: Number(next) + 1,
        created_at: party.createdAt,
      })
      .execute();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
      throw new ParleyFault('DUPLICATE_PARTY', `This dialogue already has a party called “${party.name}”.`);
    }
    throw toFault(error);
  }
}

export function createPartyService(ctx: ServiceContext): PartyService {
  const db = () => ctx.workspace().db;

  return {
    async create(input) {
      await assertDialogue(db(), input.dialogueId);
      const id = ctx.newId();
      await insertParty(db(), { id, ...input, createdAt: ctx.now().toISOString() });
      const row = await db().selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return toView(row);
    },
    async list(input) {
      await assertDialogue(db(), input.dialogueId);
      return listParties(db(), input.dialogueId);
    },
  };
}

function toView(row: Selectable<PartiesTable>): PartyView {
  return { id: row.id, dialogueId: row.dialogue_id, name: row.name, kind: row.kind, position: row.position };
}
