import { EXERCISE_LIMITS } from '../../../shared/domain/exercise';
import { identityOf } from '../notes/purge-step';
import type { PurgeStep } from '../purge';
import { redactWithin } from './redact';

/**
 * The exercise runs' share of a participant purge: runs never record who took part (counts per
 * side only), but an observation or the word for how it landed may mention someone by code or
 * name ("B2 left the room"). Those mentions in the dialogue's runs become "[withdrawn participant]",
 * matched as notes are (case, accents and harakat ignored, whole words only).
 */
export const exercisesPurgeStep: PurgeStep = async (trx, participantId) => {
  const identity = await identityOf(trx, participantId);
  if (!identity || identity.words.length === 0) return;
  const observations = await trx
    .selectFrom('exercise_observations as o')
    .innerJoin('exercise_runs as r', 'r.id', 'o.run_id')
    .innerJoin('sessions as s', 's.id', 'r.session_id')
    .select(['o.id', 'o.body'])
    .where('s.dialogue_id', '=', identity.dialogueId)
    .execute();
  for (const observation of observations) {
    const body = redactWithin(observation.body, identity.words, EXERCISE_LIMITS.observationChars);
    if (body !== null) {
      await trx.updateTable('exercise_observations').set({ body }).where('id', '=', observation.id).execute();
    }
  }
  const runs = await trx
    .selectFrom('exercise_runs as r')
    .innerJoin('sessions as s', 's.id', 'r.session_id')
    .select(['r.id', 'r.landed_word'])
    .where('s.dialogue_id', '=', identity.dialogueId)
    .where('r.landed_word', '<>', '')
    .execute();
  for (const run of runs) {
    const word = redactWithin(run.landed_word, identity.words, EXERCISE_LIMITS.landedWordChars);
    if (word !== null)
      await trx.updateTable('exercise_runs').set({ landed_word: word }).where('id', '=', run.id).execute();
  }
};
