import { REPORT_LIMITS } from '../../../shared/domain/report';
import { foldForMatch } from '../../../shared/text/fold';
import { redactWithin } from '../exercises/redact';
import { identityOf } from '../notes/purge-step';
import type { PurgeStep } from '../purge';

/**
 * The reports' share of a participant purge: the sponsor report's written sections and the way a
 * risky session's venue is described may mention someone by name or code ("thanks to Dr Haddad…"), and so may a profile's name.
 * Those mentions become "[withdrawn participant]", matched as notes are, inside the purge's
 * transaction. Agreed statements are notes: the notes' step handles their text, and a statement
 * whose note changed is no longer agreed.
 */
export const reportsPurgeStep: PurgeStep = async (trx, participantId) => {
  const identity = await identityOf(trx, participantId);
  if (!identity || identity.words.length === 0) return;
  const texts = await trx
    .selectFrom('sponsor_report_texts')
    .select(['section', 'body'])
    .where('dialogue_id', '=', identity.dialogueId)
    .execute();
  for (const row of texts) {
    const body = redactWithin(row.body, identity.words, REPORT_LIMITS.sectionChars);
    if (body !== null) {
      await trx
        .updateTable('sponsor_report_texts')
        .set({ body })
        .where('dialogue_id', '=', identity.dialogueId)
        .where('section', '=', row.section)
        .execute();
    }
  }
  const profiles = await trx
    .selectFrom('report_profiles')
    .select(['id', 'name'])
    .where('dialogue_id', '=', identity.dialogueId)
    .execute();
  for (const profile of profiles) {
    const name = redactWithin(profile.name, identity.words, REPORT_LIMITS.profileNameChars);
    if (name !== null) {
      // Two profiles could now read the same: the later keeps its id in its name, so both stay.
      const taken = profiles.some(
        (other) => other.id !== profile.id && foldForMatch(other.name) === foldForMatch(name),
      );
      const unique = taken ? `${name} (${profile.id.slice(0, 4)})`.slice(0, REPORT_LIMITS.profileNameChars) : name;
      await trx
        .updateTable('report_profiles')
        .set({ name: unique, name_key: foldForMatch(unique) })
        .where('id', '=', profile.id)
        .execute();
    }
  }
  const marks = await trx
    .selectFrom('session_report_marks as m')
    .innerJoin('sessions as s', 's.id', 'm.session_id')
    .select(['m.session_id', 'm.venue_label'])
    .where('s.dialogue_id', '=', identity.dialogueId)
    .where('m.venue_label', '<>', '')
    .execute();
  for (const mark of marks) {
    const label = redactWithin(mark.venue_label, identity.words, REPORT_LIMITS.venueLabelChars);
    if (label !== null) {
      await trx
        .updateTable('session_report_marks')
        .set({ venue_label: label })
        .where('session_id', '=', mark.session_id)
        .execute();
    }
  }
};
