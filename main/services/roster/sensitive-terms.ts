import type { SensitiveTerm } from '../../../shared/redaction/leak-check';
import type { Db } from '../sessions/common';

/**
 * What would identify a participant of the dialogue if it appeared in an export (DOMAIN.md, rule 3):
 * real names, aliases, emails, phones and affiliations marked sensitive. Purged participants have
 * none left. Speaker codes and pseudonyms are how exports refer to people, so they are not here.
 */
export async function sensitiveTermsOf(db: Db, dialogueId: string): Promise<SensitiveTerm[]> {
  const people = await db
    .selectFrom('participants')
    .select(['id', 'real_name', 'email', 'phone', 'affiliation', 'affiliation_sensitive'])
    .where('dialogue_id', '=', dialogueId)
    .where('purged_at', 'is', null)
    .execute();
  const aliases = await db
    .selectFrom('participant_aliases')
    .innerJoin('participants', 'participants.id', 'participant_aliases.participant_id')
    .select('participant_aliases.alias')
    .where('participants.dialogue_id', '=', dialogueId)
    .where('participants.purged_at', 'is', null)
    .execute();
  const terms: SensitiveTerm[] = [];
  for (const person of people) {
    terms.push({ kind: 'name', value: person.real_name });
    if (person.email) terms.push({ kind: 'email', value: person.email });
    if (person.phone) terms.push({ kind: 'phone', value: person.phone });
    if (person.affiliation && person.affiliation_sensitive)
      terms.push({ kind: 'affiliation', value: person.affiliation });
  }
  for (const { alias } of aliases) terms.push({ kind: 'alias', value: alias });
  return terms.filter((term) => term.value.trim() !== '');
}
