import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseClause } from '../../../shared/agreements/brackets';
import type {
  ClauseView,
  CommitmentView,
  DraftView,
  OutcomeView,
  TransferView,
  VersionView,
} from '../../../shared/contract';
import { CLAUSE_WITHDRAWN_MARK } from '../../../main/services/agreements/purge-step';
import { readKeyFile, unlockWithPassphrase } from '../../../main/store/keyslots';
import { workspaceFiles } from '../../../main/store/workspace';
import { decryptDatabase, decryptWal, pagesContaining } from '../../fixtures/sqlcipher-pages';
import { PASSPHRASE } from '../../fixtures/workspace';
import { createAgreementWorld, type AgreementWorld } from './fixture';

/**
 * B2 withdraws consent and is purged. What the agreements held that pointed at them — a commitment
 * they owned, a transfer they carried — stays, by "withdrawn participant"; their code, name and
 * alias are gone from every text of the drafts, every version, the transfer log and outcomes, and
 * from every decrypted page of the workspace.
 */
let w: AgreementWorld;
beforeEach(async () => {
  w = await createAgreementWorld();
});
afterEach(() => w.dispose());

const NAME = 'Noa Ben-Ami';

describe('purging a participant from the agreements', () => {
  it('unlinks what they owned or carried and redacts them everywhere, versions included', async () => {
    const draft = await w.draft();
    const [clause] = (await w.clauses(draft.id, [`As B2 proposed, the parties [shall] meet; see ${NAME}’s note.`])) as [
      string,
    ];
    await w.ok('stance.set', {
      clauseId: clause,
      partyId: w.sideB,
      stance: 'reservation',
      rationale: `${NAME} fears the word “shall”.`,
    });
    await w.ok('hold.add', { clauseId: clause, bracket: 0, pending: { kind: 'other' }, reason: `until B2 consults` });
    await w.ok('version.save', { draftId: draft.id, note: `Sent to B2` });
    const owned = await w.ok<CommitmentView>('commitment.create', {
      draftId: draft.id,
      description: 'Share the gauge data',
      owner: { kind: 'participant', participantId: w.b2.id },
      dueOn: '2026-06-01',
      evidence: 'Confirmed by B2 by phone',
    });
    const carried = await w.ok<TransferView>('transfer.create', {
      dialogueId: w.cedar.id,
      idea: { kind: 'clause', clauseId: clause },
      // Typed: the label made from the clause would carry the name, which the log refuses.
      ideaLabel: 'Clause 1, as B2 proposed it',
      trackOneRole: 'Deputy foreign minister',
      carriedOn: '2026-05-01',
      carrier: { kind: 'participant', participantId: w.b2.id },
      channel: 'in-person',
      followUp: 'B2 to report back',
    });
    const outcome = await w.ok<OutcomeView>('outcome.create', {
      dialogueId: w.cedar.id,
      description: 'Ministry asked for the annex after B2’s briefing.',
      socialActor: 'Foreign ministry, Side B',
    });

    expect((await w.call('participant.purge', { id: w.b2.id, confirmSpeakerCode: 'B2' })).ok).toBe(true);

    const after: DraftView = await w.get(draft.id);
    const text = after.clauses[0]!.text;
    expect(text).toBe(
      `As ${CLAUSE_WITHDRAWN_MARK} proposed, the parties [shall] meet; see ${CLAUSE_WITHDRAWN_MARK}’s note.`,
    );
    // The mark brings no bracket into the negotiating text.
    expect(parseClause(text)).toMatchObject({ ok: true, brackets: [expect.anything()] });
    const view: ClauseView = after.clauses[0]!;
    expect(view.stances[0]!.rationale).toBe('[withdrawn participant] fears the word “shall”.');
    expect(view.holds[0]).toMatchObject({
      label: 'until [withdrawn participant] consults',
      span: { start: 49, end: 56 },
    });
    const v1 = await w.ok<VersionView>('version.get', { draftId: draft.id, number: 1 });
    expect(v1.note).toBe('Sent to [withdrawn participant]');
    expect(v1.clauses[0]!.text).toBe(text);
    expect(v1.clauses[0]!.stances[0]!.rationale).toBe('[withdrawn participant] fears the word “shall”.');

    const [commitment] = await w.ok<CommitmentView[]>('commitment.list', { draftId: draft.id });
    expect(commitment).toMatchObject({
      id: owned.id,
      owner: { kind: 'participant', participantId: null, speakerCode: null, withdrawn: true },
      evidence: 'Confirmed by [withdrawn participant] by phone',
    });
    const [transfer] = await w.ok<TransferView[]>('transfer.list', { dialogueId: w.cedar.id });
    expect(transfer).toMatchObject({
      id: carried.id,
      carrier: { kind: 'participant', participantId: null, withdrawn: true },
      followUp: '[withdrawn participant] to report back',
    });
    expect(transfer!.ideaLabel).toBe('Clause 1, as [withdrawn participant] proposed it');
    const [harvested] = await w.ok<OutcomeView[]>('outcome.list', { dialogueId: w.cedar.id });
    expect(harvested).toMatchObject({
      id: outcome.id,
      description: 'Ministry asked for the annex after [withdrawn participant]’s briefing.',
    });

    // Nothing of them on any page, live or free, of the database and its WAL.
    const files = workspaceFiles(join(w.root, 'cedar'));
    const key = await unlockWithPassphrase(await readKeyFile(files.keys), PASSPHRASE);
    try {
      const db = await readFile(files.database);
      const wal = await readFile(`${files.database}-wal`).catch(() => Buffer.alloc(0));
      const pages = [...decryptDatabase(db, key), ...(wal.length ? decryptWal(wal, db.subarray(0, 16), key) : [])];
      for (const needle of [NAME, 'Ben-Ami', 'B2 consults', 'Sent to B2', 'B2 to report', 'after B2']) {
        expect(
          pagesContaining(pages, needle).map((page) => page.pageNumber),
          needle,
        ).toEqual([]);
      }
      expect(pagesContaining(pages, 'Deputy foreign minister').length).toBeGreaterThan(0);
    } finally {
      key.fill(0);
    }
  });
});
