import type { DialogueArrivalStep } from '../workspace/lifecycle-service';

/**
 * Notes brought back from a travel backup arrive without their search index (an index is not
 * copied, only rows): each is queued for indexing, which the next search or the queue finishes.
 */
export const notesArrivalStep: DialogueArrivalStep = async (trx, dialogueIds) => {
  if (dialogueIds.length === 0) return;
  await trx
    .insertInto('notes_fts_pending')
    .columns(['seq'])
    .expression((eb) =>
      eb
        .selectFrom('notes')
        .select('seq')
        .where('dialogue_id', 'in', [...dialogueIds]),
    )
    .onConflict((oc) => oc.column('seq').doNothing())
    .execute();
};
