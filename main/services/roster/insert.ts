import type { Contract, ParsedInputOf, PartyView } from '../../../shared/contract';
import { foldName } from '../../../shared/domain/participant';
import type { Db } from './views';
import {
  assertCodeFree,
  assertPseudonymFree,
  assertPseudonymSafe,
  defaultPseudonym,
  partyOf,
  replaceAliases,
  replaceLinks,
  searchKeyOf,
  suggestCode,
  takenCodes,
} from './write';

export type NewParticipant = Omit<ParsedInputOf<Contract['participant.create']>, 'dialogueId'>;

/**
 * Inserts one participant inside the caller's transaction, after every check; used by
 * `participant.create` (one row) and `participant.import` (many rows, one transaction).
 * Returns the new participant's id, code and pseudonym.
 */
export async function insertParticipant(
  trx: Db,
  dialogue: { readonly id: string; readonly parties: readonly PartyView[] },
  input: NewParticipant,
  make: { readonly newId: () => string; readonly now: string },
): Promise<{ id: string; speakerCode: string; pseudonym: string }> {
  const party = partyOf(dialogue.parties, input.partyId);
  const speakerCode = input.speakerCode ?? suggestCode(dialogue.parties, party, await takenCodes(trx, dialogue.id));
  if (input.speakerCode !== undefined) await assertCodeFree(trx, dialogue.id, speakerCode);
  const pseudonym = input.pseudonym ?? (await defaultPseudonym(trx, dialogue.id, speakerCode));
  if (input.pseudonym !== undefined) await assertPseudonymFree(trx, dialogue.id, pseudonym);
  assertPseudonymSafe(pseudonym, input.realName, input.aliases);

  const id = make.newId();
  await trx
    .insertInto('participants')
    .values({
      id,
      dialogue_id: dialogue.id,
      party_id: party.id,
      real_name: input.realName,
      pseudonym,
      pseudonym_key: foldName(pseudonym),
      speaker_code: speakerCode,
      search_key: searchKeyOf({ realName: input.realName, aliases: input.aliases, pseudonym, speakerCode }),
      affiliation: input.affiliation,
      affiliation_sensitive: input.affiliationSensitive ? 1 : 0,
      role: input.role,
      track_level: input.trackLevel,
      sector: input.sector,
      languages: JSON.stringify(input.languages),
      email: input.contacts.email,
      phone: input.contacts.phone,
      messaging: input.contacts.messaging,
      influence: input.rationale.influence,
      open_mindedness: input.rationale.openMindedness,
      access: input.rationale.access,
      personal_capacity: input.rationale.personalCapacity,
      selection_notes: input.rationale.notes,
      risk_travel: input.risks.travel,
      risk_safety: input.risks.safety,
      status: input.status,
      purged_at: null,
      created_at: make.now,
      updated_at: make.now,
    })
    .execute();
  await replaceAliases(trx, id, input.aliases);
  if (input.links.length > 0)
    await replaceLinks(trx, { dialogueId: dialogue.id, participantId: id }, input.links, make);
  return { id, speakerCode, pseudonym };
}
