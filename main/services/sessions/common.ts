import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Contract, ParsedInputOf } from '../../../shared/contract';
import { ParleyFault, toFault } from '../../errors';
import type { SessionsTable, WorkspaceSchema } from '../../store/schema';
import { assertDialogue, assertParticipantIn, assertPartyIn, dialogueGone } from '../dialogue-scope';

/** Helpers shared by the session, venue, agenda and live services. */

export type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;
export type Db = Kysely<WorkspaceSchema> | Transaction<WorkspaceSchema>;

export const notFound = {
  dialogue: dialogueGone,
  session: () => new ParleyFault('SESSION_NOT_FOUND', 'That session no longer exists.'),
  venue: () => new ParleyFault('VENUE_NOT_FOUND', 'That venue no longer exists.'),
  item: () => new ParleyFault('AGENDA_ITEM_NOT_FOUND', 'That agenda item no longer exists.'),
  party: () => new ParleyFault('PARTY_NOT_FOUND', 'That party is not part of this dialogue.'),
  participant: () => new ParleyFault('PARTICIPANT_NOT_FOUND', 'That participant is not on this dialogue’s roster.'),
  template: () => new ParleyFault('TEMPLATE_NOT_FOUND', 'That agenda template no longer exists.'),
};

export { assertDialogue };

export async function findSessionRow(db: Db, id: string): Promise<Selectable<SessionsTable>> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound.session();
  return row;
}

export const assertPartyOf = (db: Db, dialogueId: string, partyId: string) =>
  assertPartyIn(db, dialogueId, partyId, notFound.party);

/** On the dialogue's roster, a purged participant included (the row stays, as "withdrawn participant"). */
export const assertParticipantOf = (db: Db, dialogueId: string, participantId: string) =>
  assertParticipantIn(db, dialogueId, participantId, notFound.participant, { purged: 'allowed' });

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

/** Lists cut to a size that SQLite's bound parameters (`IN (…)`) take in one statement. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export function isConstraint(error: unknown, kind: 'UNIQUE' | 'FOREIGNKEY'): boolean {
  return (error as { code?: unknown })?.code === `SQLITE_CONSTRAINT_${kind}`;
}
