import { nameWordsOf } from '../../../shared/redaction';
import type { PurgeStep } from '../purge';

/**
 * The known-safe phrases' share of a participant purge: a phrase that holds a word of their name
 * ("Haddad Street") would keep a trace of it in the workspace, so it goes too. The facilitator adds
 * it again if it is still needed; nothing says whose name it held.
 */
export const safePhrasesPurgeStep: PurgeStep = async (trx, participantId) => {
  const person = await trx
    .selectFrom('participants')
    .select(['dialogue_id', 'real_name'])
    .where('id', '=', participantId)
    .executeTakeFirst();
  if (!person) return;
  const aliases = await trx
    .selectFrom('participant_aliases')
    .select('alias')
    .where('participant_id', '=', participantId)
    .execute();
  const nameWords = new Set(nameWordsOf([person.real_name, ...aliases.map((row) => row.alias)]));
  const phrases = await trx
    .selectFrom('safe_phrases')
    .select(['id', 'phrase_key'])
    .where('dialogue_id', '=', person.dialogue_id)
    .execute();
  const traces = phrases.filter((row) => row.phrase_key.split(' ').some((word) => nameWords.has(word)));
  if (traces.length > 0) {
    await trx
      .deleteFrom('safe_phrases')
      .where(
        'id',
        'in',
        traces.map((row) => row.id),
      )
      .execute();
  }
};
