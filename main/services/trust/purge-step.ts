import { TRUST_LIMITS } from '../../../shared/domain/trust';
import { redactWithin } from '../exercises/redact';
import { identityOf } from '../notes/purge-step';
import type { PurgeStep } from '../purge';

/**
 * Trust readings' share of a participant purge: a rationale may name someone ("A2 and B1 walked
 * together at dinner"). Those mentions become "[withdrawn participant]". Readings themselves are
 * about sides, never people, and stay.
 */
export const trustPurgeStep: PurgeStep = async (trx, participantId) => {
  const identity = await identityOf(trx, participantId);
  if (!identity || identity.words.length === 0) return;
  const readings = await trx
    .selectFrom('trust_readings')
    .select(['session_id', 'party_a_id', 'party_b_id', 'rationale'])
    .where('dialogue_id', '=', identity.dialogueId)
    .where('rationale', '<>', '')
    .execute();
  for (const reading of readings) {
    const rationale = redactWithin(reading.rationale, identity.words, TRUST_LIMITS.rationaleChars);
    if (rationale === null) continue;
    await trx
      .updateTable('trust_readings')
      .set({ rationale })
      .where('session_id', '=', reading.session_id)
      .where('party_a_id', '=', reading.party_a_id)
      .where('party_b_id', '=', reading.party_b_id)
      .execute();
  }
};
