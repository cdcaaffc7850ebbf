import type { SessionPointView } from '../../../shared/contract/trust';
import { ParleyFault } from '../../errors';
import type { Db } from '../sessions/common';
import { notFound } from '../sessions/common';

/** A dialogue's sessions as chart points, in time order. */
export async function sessionPoints(db: Db, dialogueId: string): Promise<SessionPointView[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'number', 'title', 'starts_at'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('starts_at')
    .orderBy('number')
    .execute();
  return rows.map((row) => ({ id: row.id, number: row.number, title: row.title, startsAt: row.starts_at }));
}

/**
 * A party given for a reading or a placement: it must be a side of the session's dialogue.
 * A party of another dialogue is refused as unknown; the facilitation team as not a side.
 */
export async function sideOf(db: Db, dialogueId: string, partyId: string): Promise<{ id: string; position: number }> {
  const party = await db
    .selectFrom('parties')
    .select(['id', 'kind', 'position'])
    .where('id', '=', partyId)
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  if (!party) throw notFound.party();
  if (party.kind !== 'side') {
    throw new ParleyFault(
      'NOT_A_SIDE',
      'Readings and placements are per side of the conflict; the facilitation team has none.',
    );
  }
  return party;
}
