import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AgreementWarningsView,
  CommitmentView,
  DraftView,
  OutcomeView,
  OvertonOptionView,
  OvertonTopicView,
  TransferView,
} from '../../../shared/contract';
import { createAgreementWorld, UNKNOWN_ID, type AgreementWorld } from './fixture';

let w: AgreementWorld;
let draft: DraftView;
let clause: string;
beforeEach(async () => {
  w = await createAgreementWorld();
  draft = await w.draft();
  [clause] = (await w.clauses(draft.id, ['Technical teams of both sides shall meet by 1 March.'])) as [string];
});
afterEach(() => w.dispose());

const commitment = (fields: Record<string, unknown> = {}) =>
  w.ok<CommitmentView>('commitment.create', {
    draftId: draft.id,
    clauseId: clause,
    description: 'Technical teams meet',
    owner: { kind: 'party', partyId: w.sideA },
    dueOn: '2026-06-30',
    ...fields,
  });

describe('commitments', () => {
  it('records owner by side, role or speaker code, with a due state against today', async () => {
    const bySide = await commitment();
    expect(bySide).toMatchObject({
      clauseNumber: '1',
      owner: { kind: 'party', partyName: 'Side A' },
      status: 'pending',
      dueState: 'upcoming',
      daysLeft: 47,
    });
    const byRole = await commitment({
      owner: { kind: 'role', role: 'Water ministry technical team', partyId: w.sideB },
      dueOn: '2026-05-20',
    });
    expect(byRole).toMatchObject({
      owner: { kind: 'role', role: 'Water ministry technical team', partyName: 'Side B' },
      dueState: 'due-soon',
    });
    const byCode = await commitment({ owner: { kind: 'participant', participantId: w.b2.id } });
    expect(byCode.owner).toEqual({ kind: 'participant', participantId: w.b2.id, speakerCode: 'B2', withdrawn: false });
    expect(JSON.stringify(byCode)).not.toContain('Ben-Ami');
  });

  it('allows a due date already past on a new commitment, and flags it overdue at once', async () => {
    const late = await commitment({ dueOn: '2026-05-13' });
    expect(late).toMatchObject({ dueState: 'overdue', daysLeft: -1, status: 'pending' });
    const done = await w.ok<CommitmentView>('commitment.update', { id: late.id, status: 'done', evidence: 'Minutes' });
    expect(done).toMatchObject({ dueState: 'done', evidence: 'Minutes' });
  });

  it('refuses an owner or clause from elsewhere, and a role that names someone on the roster', async () => {
    expect(
      (
        await w.call('commitment.create', {
          draftId: draft.id,
          description: 'x',
          owner: { kind: 'participant', participantId: w.juniperPerson.id },
          dueOn: '2026-06-01',
        })
      ).ok,
    ).toBe(false);
    const wrongSide = await w.fails('commitment.create', {
      draftId: draft.id,
      description: 'x',
      owner: { kind: 'party', partyId: w.juniper.parties[0]!.id },
      dueOn: '2026-06-01',
    });
    expect(wrongSide.code).toBe('PARTY_NOT_FOUND');
    const wrongClause = await w.fails('commitment.create', {
      draftId: draft.id,
      clauseId: UNKNOWN_ID,
      description: 'x',
      owner: { kind: 'party', partyId: w.sideA },
      dueOn: '2026-06-01',
    });
    expect(wrongClause.code).toBe('CLAUSE_NOT_FOUND');
    const named = await w.fails('commitment.create', {
      draftId: draft.id,
      description: 'Follow up',
      owner: { kind: 'role', role: 'Haddad’s office' },
      dueOn: '2026-06-01',
    });
    expect(named.code).toBe('NAME_IN_TEXT');
    expect(named.message).not.toMatch(/Haddad|Salim/iu);
  });

  it('lists a dialogue’s commitments due within N days, overdue ones included', async () => {
    await commitment({ dueOn: '2026-05-01', description: 'Overdue' });
    await commitment({ dueOn: '2026-05-20', description: 'Soon' });
    await commitment({ dueOn: '2026-09-01', description: 'Later' });
    await commitment({ dueOn: '2026-05-16', description: 'Done', status: 'done' });
    const due = await w.ok<CommitmentView[]>('commitment.list', { dialogueId: w.cedar.id, dueWithinDays: 7 });
    expect(due.map((c) => c.description)).toEqual(['Overdue', 'Soon']);
    expect(await w.ok<CommitmentView[]>('commitment.list', { dialogueId: w.juniper.id })).toEqual([]);
    expect((await w.fails('commitment.list', {})).code).toBe('INVALID_INPUT');
  });
});

describe('the dialogue overview’s warnings and the orphan-risk rule', () => {
  it('warns on due-soon and lapsed commitments, soonest first, and leaves abandoned drafts out', async () => {
    await commitment({ dueOn: '2026-05-20', description: 'Soon' });
    await commitment({ dueOn: '2026-04-01', description: 'Past due' });
    await commitment({ dueOn: '2026-12-01', description: 'Marked lapsed', status: 'lapsed' });
    await commitment({ dueOn: '2026-12-01', description: 'Far away' });
    const abandoned = await w.draft({ title: 'Old idea', status: 'abandoned' });
    await w.ok('commitment.create', {
      draftId: abandoned.id,
      description: 'Ignored',
      owner: { kind: 'party', partyId: w.sideA },
      dueOn: '2026-04-01',
    });
    const warnings = await w.ok<AgreementWarningsView>('agreement.warnings', { dialogueId: w.cedar.id });
    expect(warnings).toMatchObject({ today: '2026-05-14', dueSoonDays: 14, followUpDays: 90 });
    expect(warnings.commitments.map((c) => [c.description, c.dueState, c.dialogueCodeName])).toEqual([
      ['Past due', 'overdue', 'Cedar'],
      ['Soon', 'due-soon', 'Cedar'],
      ['Marked lapsed', 'lapsed', 'Cedar'],
    ]);
    // Not final: no orphan risk yet.
    expect(warnings.orphanRisks).toEqual([]);
  });

  it('flags a final draft whose commitment lapsed', async () => {
    await w.ok('draft.update', { id: draft.id, status: 'final' });
    await commitment({ dueOn: '2026-05-13', description: 'Due yesterday' });
    const warnings = await w.ok<AgreementWarningsView>('agreement.warnings', {});
    expect(warnings.orphanRisks).toEqual([
      expect.objectContaining({
        draftId: draft.id,
        dialogueCodeName: 'Cedar',
        finalOn: '2026-05-14',
        reasons: [{ kind: 'lapsed', commitments: 1 }],
      }),
    ]);
  });

  it('flags a final draft that nothing has followed for 90 days, and clears once something does', async () => {
    await w.ok('draft.update', { id: draft.id, status: 'final' });
    w.clock.now = new Date('2026-08-11T09:00:00.000Z'); // 89 days after
    expect((await w.ok<AgreementWarningsView>('agreement.warnings', {})).orphanRisks).toEqual([]);
    w.clock.now = new Date('2026-08-12T09:00:00.000Z'); // 90 days after
    const quiet = await w.ok<AgreementWarningsView>('agreement.warnings', {});
    expect(quiet.orphanRisks[0]!.reasons).toEqual([{ kind: 'no-follow-up', since: '2026-05-14', days: 90 }]);
    await w.ok('transfer.create', {
      dialogueId: w.cedar.id,
      idea: { kind: 'clause', clauseId: clause },
      trackOneRole: 'Deputy foreign minister',
      carriedOn: '2026-08-10',
      carrier: { kind: 'facilitation' },
      channel: 'in-person',
    });
    const followed = await w.ok<AgreementWarningsView>('agreement.warnings', {});
    expect(followed.orphanRisks).toEqual([]);
  });
});

describe('transfer log', () => {
  it('logs a clause carried to a Track One role, by code, with a label made from the clause', async () => {
    const entry = await w.ok<TransferView>('transfer.create', {
      dialogueId: w.cedar.id,
      idea: { kind: 'clause', clauseId: clause },
      trackOneRole: 'Deputy foreign minister',
      rolePartyId: w.sideB,
      carriedOn: '2026-05-02',
      carrier: { kind: 'participant', participantId: w.b2.id },
      channel: 'written',
      response: 'interested',
      responseNotes: 'Asked for the data annex.',
      followUp: 'Send the annex',
      followUpOn: '2026-06-01',
    });
    expect(entry).toMatchObject({
      idea: { kind: 'clause', clauseId: clause, draftId: draft.id, number: '1' },
      ideaLabel:
        'Clause 1 of “Joint statement on the water commons”: Technical teams of both sides shall meet by 1 March.',
      roleParty: { id: w.sideB, name: 'Side B' },
      carrier: { kind: 'participant', speakerCode: 'B2', withdrawn: false },
      response: 'interested',
    });
    await w.ok('clause.delete', { id: clause });
    const [kept] = await w.ok<TransferView[]>('transfer.list', { dialogueId: w.cedar.id });
    expect(kept).toMatchObject({ idea: { kind: 'clause', clauseId: null }, ideaLabel: entry.ideaLabel });
  });

  it('logs a topic or an idea in words, and refuses names, other dialogues’ topics and a missing label', async () => {
    const topic = await w.ok<TransferView>('transfer.create', {
      dialogueId: w.cedar.id,
      idea: { kind: 'topic', topicId: w.security.id },
      trackOneRole: 'Chief of staff to the president',
      carriedOn: '2026-05-03',
      carrier: { kind: 'facilitation' },
      channel: 'call',
    });
    expect(topic).toMatchObject({ ideaLabel: 'Security guarantees', idea: { title: 'Security guarantees' } });
    const base = {
      dialogueId: w.cedar.id,
      trackOneRole: 'Adviser',
      carriedOn: '2026-05-03',
      carrier: { kind: 'facilitation' },
      channel: 'call',
    };
    expect((await w.fails('transfer.create', { ...base, idea: { kind: 'other' } })).code).toBe('IDEA_LABEL_REQUIRED');
    expect(
      (
        await w.ok<TransferView>('transfer.create', {
          ...base,
          idea: { kind: 'other' },
          ideaLabel: 'Shared water board',
        })
      ).ideaLabel,
    ).toBe('Shared water board');
    const named = await w.fails('transfer.create', {
      ...base,
      idea: { kind: 'other' },
      ideaLabel: 'x',
      trackOneRole: 'Noa Ben-Ami’s minister',
    });
    expect(named.code).toBe('NAME_IN_TEXT');
    expect(named.message).toContain('The Track One role contains a name from the roster');
    expect((await w.fails('transfer.create', { ...base, idea: { kind: 'topic', topicId: UNKNOWN_ID } })).code).toBe(
      'TOPIC_NOT_FOUND',
    );
    expect(
      (
        await w.fails('transfer.create', {
          ...base,
          idea: { kind: 'other' },
          ideaLabel: 'x',
          carrier: { kind: 'participant', participantId: w.juniperPerson.id },
        })
      ).code,
    ).toBe('PARTICIPANT_NOT_FOUND');
  });
  it('logs an option of one of the dialogue’s topics, labelled with both, and refuses another dialogue’s', async () => {
    const option = async (dialogueId: string, topic: string, title: string) => {
      const added = await w.ok<OvertonTopicView>('overton.addTopic', { dialogueId, title: topic });
      return w.ok<OvertonOptionView>('overton.addOption', { dialogueId, topicId: added.id, title });
    };
    const board = await option(w.cedar.id, 'Water', 'Shared water board');
    const elsewhere = await option(w.juniper.id, 'Water', 'International custodianship');
    const base = {
      dialogueId: w.cedar.id,
      trackOneRole: 'Minister of water',
      rolePartyId: w.sideA,
      carriedOn: '2026-05-04',
      carrier: { kind: 'facilitation' },
      channel: 'intermediary',
    };
    const entry = await w.ok<TransferView>('transfer.create', {
      ...base,
      idea: { kind: 'topic-option', optionId: board.id },
    });
    expect(entry).toMatchObject({
      idea: {
        kind: 'topic-option',
        optionId: board.id,
        title: 'Shared water board',
        topicId: board.topicId,
        topicTitle: 'Water',
      },
      ideaLabel: 'Water: Shared water board',
    });
    // Renamed later: the entry shows the option as it is now, and keeps the words as carried.
    await w.ok('overton.renameOption', { id: board.id, title: 'Joint water board' });
    expect((await w.ok<TransferView[]>('transfer.list', { dialogueId: w.cedar.id }))[0]).toMatchObject({
      idea: { kind: 'topic-option', title: 'Joint water board' },
      ideaLabel: 'Water: Shared water board',
    });

    for (const optionId of [elsewhere.id, UNKNOWN_ID]) {
      const refused = await w.fails('transfer.create', { ...base, idea: { kind: 'topic-option', optionId } });
      expect(refused).toMatchObject({ code: 'OPTION_NOT_FOUND' });
      expect(
        await w.fails('transfer.update', { id: entry.id, idea: { kind: 'topic-option', optionId } }),
      ).toMatchObject({ code: 'OPTION_NOT_FOUND' });
    }
    // Another kind of idea leaves no link to the option behind.
    const retold = await w.ok<TransferView>('transfer.update', {
      id: entry.id,
      idea: { kind: 'topic', topicId: w.security.id },
    });
    expect(retold.idea).toEqual({ kind: 'topic', topicId: w.security.id, title: 'Security guarantees' });
    expect(
      w.services.workspace
        .current()
        .sqlite.prepare('SELECT topic_option_id FROM transfers WHERE id = ?')
        .pluck()
        .get(entry.id),
    ).toBeNull();
  });
});

describe('outcome harvesting', () => {
  it('records an outcome by role, linked to sessions, clauses and transfers of the dialogue', async () => {
    const transfer = await w.ok<TransferView>('transfer.create', {
      dialogueId: w.cedar.id,
      idea: { kind: 'clause', clauseId: clause },
      trackOneRole: 'Director of the basin authority',
      carriedOn: '2026-05-02',
      carrier: { kind: 'facilitation' },
      channel: 'in-person',
    });
    const outcome = await w.ok<OutcomeView>('outcome.create', {
      dialogueId: w.cedar.id,
      description: 'The basin authority began publishing daily gauge readings in both languages.',
      socialActor: 'Basin authority, Side B',
      observedOn: '2026-05-10',
      place: 'Lower valley',
      contribution: 'The idea came from clause 1 and was carried by the facilitator.',
      significance: 'First shared data since 2019.',
      verifierRole: 'Hydrologist, regional university',
      substantiation: 'substantiated',
      evidence: 'Published bulletins',
      sessionIds: [w.sessionId],
      clauseIds: [clause],
      transferIds: [transfer.id],
    });
    expect(outcome).toMatchObject({
      sessions: [{ id: w.sessionId, number: 1 }],
      clauses: [{ id: clause, number: '1' }],
      transfers: [{ id: transfer.id }],
      substantiation: 'substantiated',
    });
    const updated = await w.ok<OutcomeView>('outcome.update', { id: outcome.id, sessionIds: [] });
    expect(updated.sessions).toEqual([]);
    expect(updated.clauses).toHaveLength(1);
    expect(await w.ok<OutcomeView[]>('outcome.list', { dialogueId: w.cedar.id })).toHaveLength(1);
  });

  it('refuses links outside the dialogue and names of people', async () => {
    const base = { dialogueId: w.juniper.id, description: 'x', socialActor: 'Council' };
    expect((await w.fails('outcome.create', { ...base, sessionIds: [w.sessionId] })).code).toBe('SESSION_NOT_FOUND');
    expect((await w.fails('outcome.create', { ...base, clauseIds: [clause] })).code).toBe('CLAUSE_NOT_FOUND');
    const named = await w.fails('outcome.create', {
      dialogueId: w.cedar.id,
      description: 'Changed',
      socialActor: 'Ministry',
      verifierRole: 'Abu Karim',
    });
    expect(named.code).toBe('NAME_IN_TEXT');
    expect(await w.ok<OutcomeView[]>('outcome.list', { dialogueId: w.juniper.id })).toEqual([]);
  });
});
