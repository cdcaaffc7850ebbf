import type { Transaction } from 'kysely';
import { AGREEMENT_LIMITS } from '../../../shared/domain/agreement';
import { utf8Bytes } from '../../../shared/domain/note';
import type { WorkspaceSchema } from '../../store/schema';
import { redactNames, WITHDRAWN_MARK } from '../notes/redact';
import type { PurgeStep } from '../purge';
import { chunks } from './common';

type Trx = Transaction<WorkspaceSchema>;

/**
 * Inside a clause the mark must not bring brackets of its own into the negotiating text (the
 * parser would read them as a bracket), so it is written with parentheses there.
 */
export const CLAUSE_WITHDRAWN_MARK = '(withdrawn participant)';

/**
 * The agreements' share of a participant purge (consent withdrawn), inside the purge's transaction:
 * - a commitment they owned, or a transfer they carried, stays — owned or carried by "withdrawn
 *   participant" (`*_withdrawn`), with no link left to the participant row;
 * - their speaker code, name and aliases are replaced in every text of the dialogue's agreements:
 *   clauses (working copy and every version), rationales, holds, package notes, commitments,
 *   the transfer log and outcomes — matched as search matches, case and accents ignored.
 * Versions are rewritten in place rather than deleted: the negotiating history is the record of the
 * process, and after the rewrite it holds nothing of the person.
 */
export const agreementsPurgeStep: PurgeStep = async (trx, participantId) => {
  await trx
    .updateTable('commitments')
    .set({ owner_participant_id: null, owner_withdrawn: 1 })
    .where('owner_participant_id', '=', participantId)
    .execute();
  await trx
    .updateTable('transfers')
    .set({ carrier_participant_id: null, carrier_withdrawn: 1 })
    .where('carrier_participant_id', '=', participantId)
    .execute();

  const identity = await identityOf(trx, participantId);
  if (!identity) return;
  const { dialogueId, names } = identity;
  const redact = (text: string, mark = WITHDRAWN_MARK) => redactNames(text, names, mark);
  /** A clause keeps within its size: the shortest mark when the usual one would not fit. */
  const redactClause = (text: string) => {
    const out = redact(text, CLAUSE_WITHDRAWN_MARK);
    if (out === null || utf8Bytes(out) <= AGREEMENT_LIMITS.maxClauseBytes) return out;
    return redact(text, '—');
  };

  const draftIds = (await trx.selectFrom('drafts').select('id').where('dialogue_id', '=', dialogueId).execute()).map(
    (row) => row.id,
  );

  for (const draft of await trx
    .selectFrom('drafts')
    .select(['id', 'title', 'purpose'])
    .where('dialogue_id', '=', dialogueId)
    .execute()) {
    const title = redact(draft.title);
    const purpose = redact(draft.purpose);
    if (title !== null || purpose !== null) {
      await trx
        .updateTable('drafts')
        .set({ title: title ?? draft.title, purpose: purpose ?? draft.purpose })
        .where('id', '=', draft.id)
        .execute();
    }
  }

  for (const ids of chunks(draftIds)) {
    for (const clause of await trx
      .selectFrom('clauses')
      .select(['id', 'text', 'pending_text'])
      .where('draft_id', 'in', ids)
      .execute()) {
      const text = redactClause(clause.text);
      const pending = clause.pending_text === null ? null : redactClause(clause.pending_text);
      if (text !== null || pending !== null) {
        await trx
          .updateTable('clauses')
          .set({ text: text ?? clause.text, pending_text: pending ?? clause.pending_text })
          .where('id', '=', clause.id)
          .execute();
      }
    }
    for (const stance of await trx
      .selectFrom('clause_stances as s')
      .innerJoin('clauses as c', 'c.id', 's.clause_id')
      .select(['s.clause_id', 's.party_id', 's.rationale'])
      .where('c.draft_id', 'in', ids)
      .execute()) {
      const rationale = redact(stance.rationale);
      if (rationale !== null) {
        await trx
          .updateTable('clause_stances')
          .set({ rationale })
          .where('clause_id', '=', stance.clause_id)
          .where('party_id', '=', stance.party_id)
          .execute();
      }
    }
    for (const hold of await trx
      .selectFrom('clause_holds as h')
      .innerJoin('clauses as c', 'c.id', 'h.clause_id')
      .select(['h.id', 'h.anchor_text', 'h.reason'])
      .where('c.draft_id', 'in', ids)
      .execute()) {
      // The anchor is rewritten as its clause was, so the hold still finds its bracket.
      const anchor = redact(hold.anchor_text, CLAUSE_WITHDRAWN_MARK);
      const reason = redact(hold.reason);
      if (anchor !== null || reason !== null) {
        await trx
          .updateTable('clause_holds')
          .set({ anchor_text: anchor ?? hold.anchor_text, reason: reason ?? hold.reason })
          .where('id', '=', hold.id)
          .execute();
      }
    }
    for (const decision of await trx
      .selectFrom('draft_packages')
      .select(['draft_id', 'party_id', 'note'])
      .where('draft_id', 'in', ids)
      .execute()) {
      const note = redact(decision.note);
      if (note !== null) {
        await trx
          .updateTable('draft_packages')
          .set({ note })
          .where('draft_id', '=', decision.draft_id)
          .where('party_id', '=', decision.party_id)
          .execute();
      }
    }
    for (const version of await trx
      .selectFrom('draft_versions')
      .select(['id', 'title', 'note'])
      .where('draft_id', 'in', ids)
      .execute()) {
      await redactVersion(trx, version, redact);
    }
    for (const commitment of await trx
      .selectFrom('commitments')
      .select(['id', 'description', 'evidence', 'owner_role'])
      .where('draft_id', 'in', ids)
      .execute()) {
      const description = redact(commitment.description);
      const evidence = redact(commitment.evidence);
      const role = redact(commitment.owner_role);
      if (description !== null || evidence !== null || role !== null) {
        await trx
          .updateTable('commitments')
          .set({
            description: description ?? commitment.description,
            evidence: evidence ?? commitment.evidence,
            owner_role: role ?? commitment.owner_role,
          })
          .where('id', '=', commitment.id)
          .execute();
      }
    }
  }

  for (const transfer of await trx
    .selectFrom('transfers')
    .select(['id', 'idea_label', 'track_one_role', 'response_notes', 'follow_up'])
    .where('dialogue_id', '=', dialogueId)
    .execute()) {
    const fields = {
      idea_label: redact(transfer.idea_label),
      track_one_role: redact(transfer.track_one_role),
      response_notes: redact(transfer.response_notes),
      follow_up: redact(transfer.follow_up),
    };
    const changed = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
    if (Object.keys(changed).length > 0) {
      await trx.updateTable('transfers').set(changed).where('id', '=', transfer.id).execute();
    }
  }

  for (const outcome of await trx
    .selectFrom('outcomes')
    .select(['id', 'description', 'social_actor', 'place', 'contribution', 'significance', 'verifier_role', 'evidence'])
    .where('dialogue_id', '=', dialogueId)
    .execute()) {
    const fields = {
      description: redact(outcome.description),
      social_actor: redact(outcome.social_actor),
      place: redact(outcome.place),
      contribution: redact(outcome.contribution),
      significance: redact(outcome.significance),
      verifier_role: redact(outcome.verifier_role),
      evidence: redact(outcome.evidence),
    };
    const changed = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
    if (Object.keys(changed).length > 0) {
      await trx.updateTable('outcomes').set(changed).where('id', '=', outcome.id).execute();
    }
  }
};

async function redactVersion(
  trx: Trx,
  version: { id: string; title: string; note: string },
  redact: (text: string, mark?: string) => string | null,
): Promise<void> {
  const title = redact(version.title);
  const note = redact(version.note);
  if (title !== null || note !== null) {
    await trx
      .updateTable('draft_versions')
      .set({ title: title ?? version.title, note: note ?? version.note })
      .where('id', '=', version.id)
      .execute();
  }
  for (const clause of await trx
    .selectFrom('draft_version_clauses')
    .select(['position', 'text'])
    .where('version_id', '=', version.id)
    .execute()) {
    const text = redact(clause.text, CLAUSE_WITHDRAWN_MARK);
    if (text !== null) {
      await trx
        .updateTable('draft_version_clauses')
        .set({ text })
        .where('version_id', '=', version.id)
        .where('position', '=', clause.position)
        .execute();
    }
  }
  for (const stance of await trx
    .selectFrom('draft_version_stances')
    .select(['clause_id', 'party_id', 'rationale'])
    .where('version_id', '=', version.id)
    .execute()) {
    const rationale = redact(stance.rationale);
    if (rationale !== null) {
      await trx
        .updateTable('draft_version_stances')
        .set({ rationale })
        .where('version_id', '=', version.id)
        .where('clause_id', '=', stance.clause_id)
        .where('party_id', '=', stance.party_id)
        .execute();
    }
  }
  for (const hold of await trx
    .selectFrom('draft_version_holds')
    .select(['clause_id', 'position', 'anchor_text', 'label'])
    .where('version_id', '=', version.id)
    .execute()) {
    const anchor = redact(hold.anchor_text, CLAUSE_WITHDRAWN_MARK);
    const label = redact(hold.label);
    if (anchor !== null || label !== null) {
      await trx
        .updateTable('draft_version_holds')
        .set({ anchor_text: anchor ?? hold.anchor_text, label: label ?? hold.label })
        .where('version_id', '=', version.id)
        .where('clause_id', '=', hold.clause_id)
        .where('position', '=', hold.position)
        .execute();
    }
  }
}

async function identityOf(trx: Trx, participantId: string): Promise<{ dialogueId: string; names: string[] } | null> {
  const person = await trx
    .selectFrom('participants')
    .select(['dialogue_id', 'speaker_code', 'real_name'])
    .where('id', '=', participantId)
    .executeTakeFirst();
  if (!person) return null;
  const aliases = await trx
    .selectFrom('participant_aliases')
    .select('alias')
    .where('participant_id', '=', participantId)
    .execute();
  const names = [person.speaker_code ?? '', person.real_name, ...aliases.map((row) => row.alias)].filter(
    (name) => name.trim() !== '',
  );
  return { dialogueId: person.dialogue_id, names };
}
