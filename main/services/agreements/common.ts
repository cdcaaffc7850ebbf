import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Selectable } from 'kysely';
import { AGREEMENT_LIMITS } from '../../../shared/domain/agreement';
import { formatSize, utf8Bytes } from '../../../shared/domain/note';
import { ParleyFault } from '../../errors';
import type { DraftsTable } from '../../store/schema';
import { assertParticipantIn, assertPartyIn, assertTopicIn, dialogueGone } from '../dialogue-scope';
import { notFound, type Db } from '../sessions/common';

/** Helpers shared by the agreement services (drafts, clauses, versions, commitments, transfers, outcomes). */

export type { Db, Input } from '../sessions/common';
export { assertDialogue, chunks, inTransaction } from '../sessions/common';

export type DraftRow = Selectable<DraftsTable>;

export const fault = {
  dialogue: dialogueGone,
  draft: () => new ParleyFault('DRAFT_NOT_FOUND', 'That draft no longer exists. It may have been deleted.'),
  clause: () => new ParleyFault('CLAUSE_NOT_FOUND', 'That clause is no longer in this draft.'),
  side: () =>
    new ParleyFault(
      'PARTY_NOT_FOUND',
      'That side is not part of this draft’s dialogue. Only the sides of the dialogue take a stance.',
    ),
  party: notFound.party,
  participant: () =>
    new ParleyFault(
      'PARTICIPANT_NOT_FOUND',
      'That participant is not on this dialogue’s roster (or has withdrawn). Choose a speaker code from the roster.',
    ),
  topic: () => new ParleyFault('TOPIC_NOT_FOUND', 'That topic is not one of this dialogue’s topics.'),
  option: () => new ParleyFault('OPTION_NOT_FOUND', 'That option is not one of the options of this dialogue’s topics.'),
  session: () => new ParleyFault('SESSION_NOT_FOUND', 'That session is not one of this dialogue’s sessions.'),
  version: (number: number) =>
    new ParleyFault('VERSION_NOT_FOUND', `This draft has no version ${number}. Choose one from the list of versions.`),
  commitment: () => new ParleyFault('COMMITMENT_NOT_FOUND', 'That commitment no longer exists.'),
  transfer: () => new ParleyFault('TRANSFER_NOT_FOUND', 'That transfer entry no longer exists.'),
  outcome: () => new ParleyFault('OUTCOME_NOT_FOUND', 'That outcome no longer exists.'),
  hold: () => new ParleyFault('HOLD_NOT_FOUND', 'That hold was already released.'),
};

/** Checked before anything else, so an oversized paste costs nothing and the answer gives its size. */
export function assertClauseSize(text: string): void {
  const bytes = utf8Bytes(text);
  if (bytes > AGREEMENT_LIMITS.maxClauseBytes) {
    throw new ParleyFault(
      'CLAUSE_TOO_LARGE',
      `This clause is ${formatSize(bytes)}; a clause holds at most ${formatSize(AGREEMENT_LIMITS.maxClauseBytes)}. ` +
        'Split it into several clauses. Nothing was lost: the text is still in the editor.',
    );
  }
}

export async function findDraft(db: Db, id: string): Promise<DraftRow> {
  const row = await db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw fault.draft();
  return row;
}

/** The draft a clause belongs to, with the clause. */
export async function findClause(db: Db, id: string) {
  const row = await db
    .selectFrom('clauses as c')
    .innerJoin('drafts as d', 'd.id', 'c.draft_id')
    .selectAll('c')
    .select('d.dialogue_id')
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw fault.clause();
  return row;
}

export const assertSideOf = (db: Db, dialogueId: string, partyId: string) =>
  assertPartyIn(db, dialogueId, partyId, fault.side, 'side');

export { assertPartyOf } from '../sessions/common';

/** A participant of the dialogue who can still be named by code (not purged). */
export const assertParticipantOf = (db: Db, dialogueId: string, participantId: string) =>
  assertParticipantIn(db, dialogueId, participantId, fault.participant);

export const assertTopicOf = (db: Db, dialogueId: string, topicId: string) =>
  assertTopicIn(db, dialogueId, topicId, fault.topic);

/**
 * Today on this laptop's calendar: commitments fall due on days, and the facilitator's "today" is
 * the one on their own clock.
 */
export const localDay = (now: Date) => format(now, 'yyyy-MM-dd');

export const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));
