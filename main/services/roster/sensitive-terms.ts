import type { RosterPerson, SensitiveTerm } from '../../../shared/redaction';
import type { Db } from '../sessions/common';

export interface SensitiveTermOptions {
  /** Also the speaker codes: exports for sponsors carry none (DOMAIN.md). */
  readonly speakerCodes?: boolean;
  /** Also the pseudonyms (the pseudonym key must not reach a sponsor). */
  readonly pseudonyms?: boolean;
}

/**
 * What would identify a participant of the dialogue if it appeared in an export (DOMAIN.md, rule 3):
 * real names, aliases, emails, phones and affiliations marked sensitive, each with whose it is and
 * their side. Purged participants have none left. Speaker codes and pseudonyms are how most exports
 * refer to people, so they are included only when asked for.
 */
export async function sensitiveTermsOf(
  db: Db,
  dialogueId: string,
  options: SensitiveTermOptions = {},
): Promise<SensitiveTerm[]> {
  const people = await db
    .selectFrom('participants')
    .innerJoin('parties', 'parties.id', 'participants.party_id')
    .select([
      'participants.id',
      'participants.real_name',
      'participants.email',
      'participants.phone',
      'participants.affiliation',
      'participants.affiliation_sensitive',
      'participants.speaker_code',
      'participants.pseudonym',
      'parties.name as side',
    ])
    .where('participants.dialogue_id', '=', dialogueId)
    .where('participants.purged_at', 'is', null)
    .execute();
  const aliases = await db
    .selectFrom('participant_aliases')
    .innerJoin('participants', 'participants.id', 'participant_aliases.participant_id')
    .select(['participant_aliases.participant_id', 'participant_aliases.alias'])
    .where('participants.dialogue_id', '=', dialogueId)
    .where('participants.purged_at', 'is', null)
    .execute();
  const sides = new Map(people.map((person) => [person.id, person.side]));
  const terms: SensitiveTerm[] = [];
  for (const person of people) {
    const of = { owner: person.id, side: person.side };
    terms.push({ kind: 'name', value: person.real_name, ...of });
    if (person.email) terms.push({ kind: 'email', value: person.email, ...of });
    if (person.phone) terms.push({ kind: 'phone', value: person.phone, ...of });
    if (person.affiliation && person.affiliation_sensitive) {
      terms.push({ kind: 'affiliation', value: person.affiliation, ...of });
    }
    if (options.speakerCodes && person.speaker_code)
      terms.push({ kind: 'speaker-code', value: person.speaker_code, ...of });
    if (options.pseudonyms) terms.push({ kind: 'pseudonym', value: person.pseudonym, ...of });
  }
  for (const { participant_id, alias } of aliases) {
    terms.push({ kind: 'alias', value: alias, owner: participant_id, side: sides.get(participant_id) });
  }
  return terms.filter((term) => term.value.trim() !== '');
}

/**
 * What the roster says about each participant that is not an identity — side, role and an
 * affiliation not marked sensitive — for re-identification warnings. Those who declined or
 * withdrew are not in the group a report describes.
 */
export async function rosterPeopleOf(db: Db, dialogueId: string): Promise<RosterPerson[]> {
  const rows = await db
    .selectFrom('participants')
    .innerJoin('parties', 'parties.id', 'participants.party_id')
    .select([
      'parties.name as side',
      'participants.role',
      'participants.affiliation',
      'participants.affiliation_sensitive',
    ])
    .where('participants.dialogue_id', '=', dialogueId)
    .where('participants.purged_at', 'is', null)
    .where('participants.status', 'not in', ['declined', 'withdrawn'])
    .where('parties.kind', '=', 'side')
    .execute();
  return rows.map((row) => ({
    side: row.side,
    role: row.role,
    affiliation: row.affiliation_sensitive ? '' : row.affiliation,
  }));
}
