import type { Contract, ParsedInputOf, PartyView } from '../../../shared/contract';
import {
  foldName,
  nextSpeakerCode,
  partyLetter,
  revealedWord,
  rosterSearchKey,
} from '../../../shared/domain/participant';
import { ParleyFault } from '../../errors';
import type { Db } from './views';

/**
 * The rules every write of a participant follows, whichever door it came in by (the form, an
 * import): the party belongs to the dialogue, speaker codes and pseudonyms are unique within it,
 * and a pseudonym never repeats a word of the person's names.
 */

type CreateInput = ParsedInputOf<Contract['participant.create']>;
export type AliasInput = CreateInput['aliases'][number];
export type LinkInput = CreateInput['links'][number];

export function partyOf(parties: readonly PartyView[], partyId: string): PartyView {
  const party = parties.find((p) => p.id === partyId);
  if (!party) throw new ParleyFault('UNKNOWN_PARTY', 'That party is not part of this dialogue.');
  return party;
}

export async function takenCodes(db: Db, dialogueId: string, exceptId?: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('participants')
    .select('speaker_code')
    .where('dialogue_id', '=', dialogueId)
    .where('speaker_code', 'is not', null)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .execute();
  return new Set(rows.map((row) => row.speaker_code!));
}

/** A1, A2, B1…: the party's letter and one past its highest number in use. */
export function suggestCode(parties: readonly PartyView[], party: PartyView, taken: Iterable<string>): string {
  const sides = parties.filter((p) => p.kind === 'side').sort((a, b) => a.position - b.position);
  return nextSpeakerCode(
    partyLetter(
      party,
      sides.findIndex((p) => p.id === party.id),
    ),
    taken,
  );
}

export async function assertCodeFree(db: Db, dialogueId: string, code: string, exceptId?: string): Promise<void> {
  if ((await takenCodes(db, dialogueId, exceptId)).has(code)) {
    throw new ParleyFault(
      'DUPLICATE_SPEAKER_CODE',
      `Speaker code ${code} is already used in this dialogue. Choose another code.`,
    );
  }
}

export async function isPseudonymFree(db: Db, dialogueId: string, pseudonym: string, exceptId?: string) {
  const clash = await db
    .selectFrom('participants')
    .select('id')
    .where('dialogue_id', '=', dialogueId)
    .where('pseudonym_key', '=', foldName(pseudonym))
    .where('purged_at', 'is', null)
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .executeTakeFirst();
  return clash === undefined;
}

export async function assertPseudonymFree(db: Db, dialogueId: string, pseudonym: string, exceptId?: string) {
  if (!(await isPseudonymFree(db, dialogueId, pseudonym, exceptId))) {
    throw new ParleyFault(
      'DUPLICATE_PSEUDONYM',
      `Another participant of this dialogue is already called “${pseudonym}”. Choose another pseudonym.`,
    );
  }
}

/** Reports carry the pseudonym: one that repeats a word of a real name or alias would expose the person. */
export function assertPseudonymSafe(pseudonym: string, realName: string, aliases: readonly { alias: string }[]) {
  const word = revealedWord(pseudonym, [realName, ...aliases.map((a) => a.alias)]);
  if (word !== undefined) {
    throw new ParleyFault(
      'PSEUDONYM_REVEALS_IDENTITY',
      `The pseudonym “${pseudonym}” repeats part of the participant’s name or an alias. Choose one that does not.`,
    );
  }
}

/** "Participant A1", or the first free variant of it when a renamed participant kept the plain one. */
export async function defaultPseudonym(db: Db, dialogueId: string, code: string): Promise<string> {
  const base = `Participant ${code}`;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base} (${n})`;
    if (await isPseudonymFree(db, dialogueId, candidate)) return candidate;
  }
}

export function searchKeyOf(values: {
  realName: string;
  aliases: readonly { alias: string }[];
  pseudonym: string;
  speakerCode: string | null;
}): string {
  return rosterSearchKey({ ...values, aliases: values.aliases.map((a) => a.alias) });
}

export async function replaceAliases(db: Db, participantId: string, aliases: readonly AliasInput[]): Promise<void> {
  await db.deleteFrom('participant_aliases').where('participant_id', '=', participantId).execute();
  for (const [position, { alias, kind }] of aliases.entries()) {
    await db
      .insertInto('participant_aliases')
      .values({ participant_id: participantId, position, alias, alias_key: foldName(alias), kind })
      .execute();
  }
}

/**
 * Replaces a participant's links. Decision makers are shared within the dialogue by their folded
 * name, so two participants who reach "the Minister of Water" point at one node of the map.
 */
export async function replaceLinks(
  db: Db,
  ids: { readonly dialogueId: string; readonly participantId: string },
  links: readonly LinkInput[],
  make: { readonly newId: () => string; readonly now: string },
): Promise<void> {
  await db.deleteFrom('decision_maker_links').where('participant_id', '=', ids.participantId).execute();
  for (const [position, link] of links.entries()) {
    const key = foldName(link.decisionMaker);
    let maker = await db
      .selectFrom('decision_makers')
      .select('id')
      .where('dialogue_id', '=', ids.dialogueId)
      .where('name_key', '=', key)
      .executeTakeFirst();
    if (!maker) {
      maker = { id: make.newId() };
      await db
        .insertInto('decision_makers')
        .values({
          id: maker.id,
          dialogue_id: ids.dialogueId,
          name: link.decisionMaker,
          name_key: key,
          created_at: make.now,
        })
        .execute();
    }
    await db
      .insertInto('decision_maker_links')
      .values({
        participant_id: ids.participantId,
        decision_maker_id: maker.id,
        position,
        closeness: link.closeness,
        channel: link.channel,
        note: link.note,
      })
      .execute();
  }
  await removeOrphanDecisionMakers(db, ids.dialogueId);
}

/** A decision maker nobody reaches any more says something about whoever used to: it goes. */
export async function removeOrphanDecisionMakers(db: Db, dialogueId: string): Promise<void> {
  await db
    .deleteFrom('decision_makers')
    .where('dialogue_id', '=', dialogueId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('decision_maker_links')
            .select('decision_maker_links.participant_id')
            .whereRef('decision_maker_links.decision_maker_id', '=', 'decision_makers.id'),
        ),
      ),
    )
    .execute();
}
