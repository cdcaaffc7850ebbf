import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Contract, ParsedInputOf } from '../../../shared/contract';
import { ParleyFault, toFault } from '../../errors';
import type { SessionsTable, WorkspaceSchema } from '../../store/schema';

/** Helpers shared by the session, venue, agenda and live services. */

export type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;
export type Db = Kysely<WorkspaceSchema> | Transaction<WorkspaceSchema>;

export const notFound = {
  dialogue: () => new ParleyFault('DIALOGUE_NOT_FOUND', 'That dialogue no longer exists.'),
  session: () => new ParleyFault('SESSION_NOT_FOUND', 'That session no longer exists.'),
  venue: () => new ParleyFault('VENUE_NOT_FOUND', 'That venue no longer exists.'),
  item: () => new ParleyFault('AGENDA_ITEM_NOT_FOUND', 'That agenda item no longer exists.'),
  party: () => new ParleyFault('PARTY_NOT_FOUND', 'That party is not part of this dialogue.'),
  participant: () => new ParleyFault('PARTICIPANT_NOT_FOUND', 'That participant is not on this dialogue’s roster.'),
  template: () => new ParleyFault('TEMPLATE_NOT_FOUND', 'That agenda template no longer exists.'),
};

export async function findSessionRow(db: Db, id: string): Promise<Selectable<SessionsTable>> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound.session();
  return row;
}

export async function assertDialogue(db: Db, dialogueId: string): Promise<void> {
  const found = await db.selectFrom('dialogues').select('id').where('id', '=', dialogueId).executeTakeFirst();
  if (!found) throw notFound.dialogue();
}

export async function assertPartyOf(db: Db, dialogueId: string, partyId: string): Promise<void> {
  const found = await db
    .selectFrom('parties')
    .select('id')
    .where('id', '=', partyId)
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  if (!found) throw notFound.party();
}

export async function assertParticipantOf(db: Db, dialogueId: string, participantId: string): Promise<void> {
  const found = await db
    .selectFrom('participants')
    .select('id')
    .where('id', '=', participantId)
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  if (!found) throw notFound.participant();
}

/** Runs `work` in one transaction; low-level failures become faults a facilitator can act on. */
export async function inTransaction<T>(
  db: Kysely<WorkspaceSchema>,
  work: (trx: Transaction<WorkspaceSchema>) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    throw toFault(error);
  }
}

export function isConstraint(error: unknown, kind: 'UNIQUE' | 'FOREIGNKEY'): boolean {
  return (error as { code?: unknown })?.code === `SQLITE_CONSTRAINT_${kind}`;
}
