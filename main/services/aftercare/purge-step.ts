import { TRUST_LIMITS } from '../../../shared/domain/trust';
import { redactWithin } from '../exercises/redact';
import { identityOf } from '../notes/purge-step';
import type { PurgeStep } from '../purge';

/**
 * After-care's share of a participant purge: their check-ins go, concern and follow-up with them
 * (secure-deleted, then the purge's VACUUM rewrites every page); a check-in is about one person, so
 * nothing of it can be kept unattributed. Mentions of them in other people's check-ins ("worried
 * about A1") become "[withdrawn participant]".
 */
export const aftercarePurgeStep: PurgeStep = async (trx, participantId) => {
  const identity = await identityOf(trx, participantId);
  await trx.deleteFrom('aftercare_checkins').where('participant_id', '=', participantId).execute();
  if (!identity || identity.words.length === 0) return;
  const others = await trx
    .selectFrom('aftercare_checkins')
    .select(['id', 'concern', 'follow_up'])
    .where('dialogue_id', '=', identity.dialogueId)
    .where((eb) => eb.or([eb('concern', '<>', ''), eb('follow_up', '<>', '')]))
    .execute();
  for (const checkIn of others) {
    const concern = redactWithin(checkIn.concern, identity.words, TRUST_LIMITS.concernChars);
    const followUp = redactWithin(checkIn.follow_up, identity.words, TRUST_LIMITS.followUpChars);
    if (concern === null && followUp === null) continue;
    await trx
      .updateTable('aftercare_checkins')
      .set({ concern: concern ?? checkIn.concern, follow_up: followUp ?? checkIn.follow_up })
      .where('id', '=', checkIn.id)
      .execute();
  }
};
