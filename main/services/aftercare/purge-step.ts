import { TRUST_LIMITS } from '../../../shared/domain/trust';
import type { PurgeStep } from '../purge';
import { ofDialogue, textPurgeStep } from '../purge-text';

const mentions = textPurgeStep([
  {
    table: 'aftercare_checkins',
    key: ['id'],
    columns: [
      { column: 'concern', maxChars: TRUST_LIMITS.concernChars },
      { column: 'follow_up', maxChars: TRUST_LIMITS.followUpChars },
    ],
    rows: ofDialogue(),
  },
]);

/**
 * After-care's share of a participant purge: their check-ins go, concern and follow-up with them
 * (secure-deleted, then the purge's VACUUM rewrites every page); a check-in is about one person, so
 * nothing of it can be kept unattributed. Mentions of them in other people's check-ins ("worried
 * about A1") become "[withdrawn participant]".
 */
export const aftercarePurgeStep: PurgeStep = async (trx, participantId) => {
  await trx.deleteFrom('aftercare_checkins').where('participant_id', '=', participantId).execute();
  await mentions(trx, participantId);
};
