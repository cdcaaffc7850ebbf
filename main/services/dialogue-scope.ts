import type { Kysely, Transaction } from 'kysely';
import type { PartyKind } from '../../shared/domain/dialogue';
import { ParleyFault } from '../errors';
import type { WorkspaceSchema } from '../store/schema';

/**
 * What a request names must belong to the dialogue it is about: a party (or only a side), a
 * participant, a topic. One query each, for every feature; each feature answers a miss in its own
 * words (a stance wants a side "of this draft's dialogue", a note a speaker "on the roster"), so
 * the fault is the caller's.
 */

type Db = Kysely<WorkspaceSchema> | Transaction<WorkspaceSchema>;
type Fault = () => ParleyFault;

export const dialogueGone: Fault = () => new ParleyFault('DIALOGUE_NOT_FOUND', 'That dialogue no longer exists.');

export async function assertDialogue(db: Db, dialogueId: string, fault: Fault = dialogueGone): Promise<void> {
  const found = await db.selectFrom('dialogues').select('id').where('id', '=', dialogueId).executeTakeFirst();
  if (!found) throw fault();
}

/** A party of the dialogue; of the given kind only, when one is given. */
export async function assertPartyIn(
  db: Db,
  dialogueId: string,
  partyId: string,
  fault: Fault,
  kind?: PartyKind,
): Promise<void> {
  const found = await db
    .selectFrom('parties')
    .select('id')
    .where('id', '=', partyId)
    .where('dialogue_id', '=', dialogueId)
    .$if(kind !== undefined, (query) => query.where('kind', '=', kind!))
    .executeTakeFirst();
  if (!found) throw fault();
}

/**
 * A participant on the dialogue's roster. A purged one can no longer be named (by code) for
 * anything new unless `purged: 'allowed'` (a link that only records attendance or a lead).
 */
export async function assertParticipantIn(
  db: Db,
  dialogueId: string,
  participantId: string,
  fault: Fault,
  options: { readonly purged: 'refused' | 'allowed' } = { purged: 'refused' },
): Promise<void> {
  const found = await db
    .selectFrom('participants')
    .select('id')
    .where('id', '=', participantId)
    .where('dialogue_id', '=', dialogueId)
    .$if(options.purged === 'refused', (query) => query.where('purged_at', 'is', null))
    .executeTakeFirst();
  if (!found) throw fault();
}

export async function assertTopicIn(db: Db, dialogueId: string, topicId: string, fault: Fault): Promise<void> {
  const found = await db
    .selectFrom('topics')
    .select('id')
    .where('id', '=', topicId)
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  if (!found) throw fault();
}
