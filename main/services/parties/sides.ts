import type { SideView } from '../../../shared/contract/party';
import type { Db } from '../sessions/common';

/**
 * The sides of a dialogue in their order: the parties of the conflict, which take stances, are
 * rated and placed — never the facilitation team.
 */
export async function sidesOf(db: Db, dialogueId: string): Promise<SideView[]> {
  return db
    .selectFrom('parties')
    .select(['id', 'name', 'position'])
    .where('dialogue_id', '=', dialogueId)
    .where('kind', '=', 'side')
    .orderBy('position')
    .execute();
}
