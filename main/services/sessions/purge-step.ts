import type { PurgeStep } from '../purge';

/**
 * The agendas' share of a participant purge: an item they were to lead keeps "led by a
 * participant" but loses the link, so nothing in a session points at them any more (views show
 * "withdrawn participant"). Attendance rows stay: they hold no identity once the roster row is
 * cleared, and the count of who attended is part of the record of a session.
 */
export const sessionsPurgeStep: PurgeStep = async (trx, participantId) => {
  await trx
    .updateTable('agenda_items')
    .set({ lead_participant_id: null })
    .where('lead_participant_id', '=', participantId)
    .execute();
};
