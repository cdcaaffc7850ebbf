import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClauseView, DraftHeader, DraftSummary, DraftView, OutlineView } from '../../../shared/contract';
import { createAgreementWorld, UNKNOWN_ID, type AgreementWorld } from './fixture';

let w: AgreementWorld;
beforeEach(async () => {
  w = await createAgreementWorld();
});
afterEach(() => w.dispose());

const numbers = (outline: OutlineView | DraftView) => outline.clauses.map((clause) => clause.number);
const texts = (draft: DraftView) => draft.clauses.map((clause) => `${clause.number} ${clause.text}`);

describe('drafts', () => {
  it('keeps several drafts per dialogue with title, purpose, PA-X stage and status', async () => {
    const water = await w.draft({ purpose: 'Test whether both sides would sign a shared principle.' });
    const framework = await w.draft({ title: 'Framework', stage: 'framework-partial', status: 'tabled' });
    expect(water).toMatchObject({ status: 'working', stage: 'pre-negotiation', clauseCount: 0, latestVersion: null });
    const list = await w.ok<DraftSummary[]>('draft.list', { dialogueId: w.cedar.id });
    expect(list.map((draft) => draft.title).sort()).toEqual(['Framework', 'Joint statement on the water commons']);
    expect(await w.ok<DraftSummary[]>('draft.list', { dialogueId: w.juniper.id })).toEqual([]);
    expect(framework.sides.map((side) => side.name)).toEqual(['Side A', 'Side B']);
  });

  it('records the day a draft became final, and forgets it when it leaves final', async () => {
    const draft = await w.draft();
    const final = await w.ok<DraftHeader>('draft.update', { id: draft.id, status: 'final' });
    expect(final.finalOn).toBe('2026-05-14');
    w.clock.now = new Date('2026-06-01T09:00:00.000Z');
    expect((await w.ok<DraftHeader>('draft.update', { id: draft.id, title: 'Joint statement' })).finalOn).toBe(
      '2026-05-14',
    );
    expect((await w.ok<DraftHeader>('draft.update', { id: draft.id, status: 'tabled' })).finalOn).toBeNull();
  });

  it('deletes a draft with its clauses and versions', async () => {
    const draft = await w.draft();
    await w.clauses(draft.id, ['One.']);
    await w.ok('version.save', { draftId: draft.id });
    expect(await w.ok('draft.delete', { id: draft.id })).toEqual({ deleted: true });
    expect((await w.fails('draft.get', { id: draft.id })).code).toBe('DRAFT_NOT_FOUND');
    expect((await w.fails('draft.delete', { id: draft.id })).code).toBe('DRAFT_NOT_FOUND');
  });
});

describe('clauses: an outline numbered 1, 1.1, 1.1 a', () => {
  it('numbers clauses from their order and level, never from stored numbers', async () => {
    const draft = await w.draft();
    await w.clauses(draft.id, ['Principles.', '  Water is shared.', '    Upstream.', '    Downstream.', 'Data.']);
    expect(numbers(await w.get(draft.id))).toEqual(['1', '1.1', '1.1 a', '1.1 b', '2']);
  });

  it('inserts after a clause and its children; a retried add with the same id adds nothing', async () => {
    const draft = await w.draft();
    const [first] = await w.clauses(draft.id, ['One.', '  One point one.', 'Two.']);
    const id = randomUUID();
    const add = { draftId: draft.id, id, afterClauseId: first, text: 'Between.' };
    expect(numbers(await w.ok<OutlineView>('clause.add', add))).toEqual(['1', '1.1', '2', '3']);
    await w.ok('clause.add', add);
    const after = await w.get(draft.id);
    expect(texts(after)).toEqual(['1 One.', '1.1 One point one.', '2 Between.', '3 Two.']);
    expect((await w.fails('clause.add', { ...add, id: randomUUID(), afterClauseId: null, depth: 1 })).code).toBe(
      'CLAUSE_CANNOT_MOVE',
    );
    expect((await w.fails('clause.add', { ...add, id: randomUUID(), afterClauseId: UNKNOWN_ID })).code).toBe(
      'CLAUSE_NOT_FOUND',
    );
  });

  it('moves a clause with its children among its siblings, and says why it cannot go further', async () => {
    const draft = await w.draft();
    const [one, , two] = await w.clauses(draft.id, ['One.', '  One point one.', 'Two.']);
    await w.ok('clause.move', { id: two, direction: 'up' });
    expect(texts(await w.get(draft.id))).toEqual(['1 Two.', '2 One.', '2.1 One point one.']);
    const refused = await w.fails('clause.move', { id: two, direction: 'up' });
    expect(refused).toMatchObject({ code: 'CLAUSE_CANNOT_MOVE', message: 'Clause 1 is already the first clause.' });
    const [, , child] = (await w.get(draft.id)).clauses.map((c) => c.id);
    expect((await w.fails('clause.move', { id: child!, direction: 'down' })).message).toBe(
      'Clause 2.1 is already the last in clause 2. Move it out a level to move it further.',
    );
    await w.ok('clause.move', { id: one, direction: 'up' });
    expect(numbers(await w.get(draft.id))).toEqual(['1', '1.1', '2']);
  });

  it('indents under the clause before and outdents, adopting the clauses that followed', async () => {
    const draft = await w.draft();
    const [, b, c] = await w.clauses(draft.id, ['A.', 'B.', 'C.']);
    await w.ok('clause.indent', { id: b, direction: 'in' });
    await w.ok('clause.indent', { id: c, direction: 'in' });
    expect(texts(await w.get(draft.id))).toEqual(['1 A.', '1.1 B.', '1.2 C.']);
    await w.ok('clause.indent', { id: b, direction: 'out' });
    expect(texts(await w.get(draft.id))).toEqual(['1 A.', '2 B.', '2.1 C.']);
    expect((await w.fails('clause.indent', { id: b, direction: 'out' })).message).toBe(
      'Clause 2 is already at the top level.',
    );
  });

  it('deletes one clause; its children stay and move up where the outline needs it', async () => {
    const draft = await w.draft();
    const [a] = await w.clauses(draft.id, ['A.', '  A1.', '    A1a.', 'B.']);
    await w.ok('clause.delete', { id: a });
    expect(texts(await w.get(draft.id))).toEqual(['1 A1.', '1.1 A1a.', '2 B.']);
  });

  it('keeps brackets that do not balance aside, with the place, and never as the clause’s text', async () => {
    const draft = await w.draft();
    const [id] = await w.clauses(draft.id, ['The parties [shall] meet.']);
    const broken = await w.save(id!, { text: 'The parties [shall [jointly meet.' });
    expect(broken).toMatchObject({
      text: 'The parties [shall] meet.',
      pendingText: 'The parties [shall [jointly meet.',
      problem: { offset: 19, line: 1, column: 20 },
      bracketCount: 1,
    });
    expect(broken.problem!.message).toContain('opened at character 20 is never closed');
    const version = await w.fails('version.save', { draftId: draft.id, note: 'v1' });
    expect(version.code).toBe('BRACKETS_UNBALANCED');
    expect(version.message).toBe(
      'Clause 1: The bracket opened at character 20 is never closed. Add “]” where the bracketed text ends. Fix it before saving a version.',
    );
    const fixed = await w.save(id!, { text: 'The parties [shall [jointly]] meet.' });
    expect(fixed).toMatchObject({ text: 'The parties [shall [jointly]] meet.', pendingText: null, problem: null });
    expect(fixed.bracketCount).toBe(2);
  });

  it('saves a 100 KB clause whole, and refuses a larger-than-256 KiB one with its size', async () => {
    const draft = await w.draft();
    const [id] = await w.clauses(draft.id, ['Short.']);
    const long = 'The parties [shall] cooperate on the river. '.repeat(2_300);
    expect(long.length).toBeGreaterThan(100_000);
    expect((await w.save(id!, { text: long })).text).toBe(long);
    const huge = 'x'.repeat(300 * 1024);
    const refused = await w.fails('clause.save', { id, text: huge });
    expect(refused).toMatchObject({ code: 'CLAUSE_TOO_LARGE' });
    expect(refused.message).toMatch(/^This clause is 300 KB; a clause holds at most 256 KB\./);
    expect((await w.get(draft.id)).clauses[0]!.text).toBe(long);
  });

  it('refuses to settle a clause that holds brackets; typing a bracket into settled text reopens it', async () => {
    const draft = await w.draft();
    const [id] = await w.clauses(draft.id, ['The parties [shall][may] meet.']);
    const refused = await w.fails('clause.save', { id, status: 'agreed' });
    expect(refused).toMatchObject({ code: 'CLAUSE_HAS_BRACKETS' });
    expect(refused.message).toBe('Clause 1 still has 2 brackets. Settle them before marking it agreed.');
    expect(await w.save(id!, { text: 'The parties shall meet.', status: 'agreed-ad-referendum' })).toMatchObject({
      status: 'agreed-ad-referendum',
      bracketCount: 0,
    });
    expect(await w.save(id!, { text: 'The parties [shall] meet.' })).toMatchObject({ status: 'bracketed' });
    // "Bracketed" follows the text both ways; an open bracket (kept aside) changes nothing.
    expect(await w.save(id!, { text: 'The parties shall meet.' })).toMatchObject({ status: 'proposed' });
    expect(await w.save(id!, { text: 'The parties [shall meet.' })).toMatchObject({ status: 'proposed' });
    expect(await w.save(id!, { text: 'The parties [shall] meet.' })).toMatchObject({ status: 'bracketed' });
  });

  it('holds a draft of 1,000 clauses and refuses a clause past the limit', async () => {
    const draft = await w.draft();
    const sqlite = w.services.workspace.current().sqlite;
    const insert = sqlite.prepare(
      `INSERT INTO clauses (id, draft_id, position, depth, text, status, created_at, updated_at)
       VALUES (?, ?, ?, 0, ?, 'proposed', '2026-01-01', '2026-01-01')`,
    );
    sqlite.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run(randomUUID(), draft.id, i, `Clause ${i} [text].`);
    })();
    const big = await w.get(draft.id);
    expect(big.clauses).toHaveLength(2_000);
    expect(big.clauses.at(-1)!.number).toBe('2000');
    const refused = await w.fails('clause.add', { draftId: draft.id, id: randomUUID(), afterClauseId: null });
    expect(refused.code).toBe('TOO_MANY_CLAUSES');
  });
});

describe('stances and the clean mark', () => {
  it('records each side’s stance privately and marks a clause clean when no bracket remains and all accept', async () => {
    const draft = await w.draft();
    const [id] = await w.clauses(draft.id, ['The river is a shared resource.']);
    await w.ok('stance.set', { clauseId: id, partyId: w.sideA, stance: 'accepts' });
    const reserved = await w.ok<ClauseView>('stance.set', {
      clauseId: id,
      partyId: w.sideB,
      stance: 'reservation',
      rationale: 'Wants “resource” to read “heritage”.',
    });
    expect(reserved.clean).toBe(false);
    expect(reserved.stances).toEqual([
      expect.objectContaining({ partyId: w.sideA, stance: 'accepts', rationale: '' }),
      expect.objectContaining({
        partyId: w.sideB,
        stance: 'reservation',
        rationale: 'Wants “resource” to read “heritage”.',
      }),
    ]);
    const accepted = await w.ok<ClauseView>('stance.set', { clauseId: id, partyId: w.sideB, stance: 'accepts' });
    // The rationale stays unless it is changed.
    expect(accepted.stances[1]).toMatchObject({ stance: 'accepts', rationale: 'Wants “resource” to read “heritage”.' });
    expect(accepted.clean).toBe(true);
    expect((await w.save(id!, { text: 'The river is a [shared] resource.' })).clean).toBe(false);
  });

  it('refuses a stance for a side of another dialogue, or for the facilitation team', async () => {
    const draft = await w.draft();
    const [id] = await w.clauses(draft.id, ['Text.']);
    for (const partyId of [w.juniper.parties[0]!.id, w.team, UNKNOWN_ID]) {
      const refused = await w.fails('stance.set', { clauseId: id, partyId, stance: 'accepts' });
      expect(refused.code).toBe('PARTY_NOT_FOUND');
      expect(refused.message).toContain('not part of this draft’s dialogue');
    }
    expect((await w.get(draft.id)).clauses[0]!.stances).toEqual([]);
  });

  it('records each side’s yes or no to the whole package, with its date', async () => {
    const draft = await w.draft();
    await w.ok('package.set', { draftId: draft.id, partyId: w.sideB, decision: 'no', note: 'Not before elections.' });
    const decisions = await w.ok('package.set', {
      draftId: draft.id,
      partyId: w.sideA,
      decision: 'yes',
      decidedOn: '2026-05-10',
    });
    expect(decisions).toEqual([
      { partyId: w.sideA, decision: 'yes', decidedOn: '2026-05-10', note: '' },
      { partyId: w.sideB, decision: 'no', decidedOn: '2026-05-14', note: 'Not before elections.' },
    ]);
    expect(await w.ok('package.set', { draftId: draft.id, partyId: w.sideB, decision: null })).toHaveLength(1);
    expect((await w.fails('package.set', { draftId: draft.id, partyId: w.team, decision: 'yes' })).code).toBe(
      'PARTY_NOT_FOUND',
    );
  });
});

describe('holds', () => {
  it('holds a bracket pending another clause, whose number follows it when clauses move', async () => {
    const draft = await w.draft();
    const [first, , fourth] = await w.clauses(draft.id, [
      'Water is managed by [a joint board].',
      'Data is shared.',
      'Security is discussed later.',
    ]);
    const held = await w.ok<ClauseView>('hold.add', {
      clauseId: first,
      bracket: 0,
      pending: { kind: 'clause', clauseId: fourth },
    });
    expect(held.holds).toEqual([
      expect.objectContaining({ anchorText: 'a joint board', label: 'pending clause 3', span: { start: 20, end: 35 } }),
    ]);
    await w.ok('clause.move', { id: fourth, direction: 'up' });
    expect((await w.get(draft.id)).clauses[0]!.holds[0]!.label).toBe('pending clause 2');
    // Editing around the bracket keeps the hold on it; rewriting its words detaches it.
    expect((await w.save(first!, { text: 'Basin water is managed by [a joint board].' })).holds[0]!.span).toEqual({
      start: 26,
      end: 41,
    });
    expect((await w.save(first!, { text: 'Water is managed by [a commission].' })).holds[0]!.span).toBeNull();
  });

  it('holds pending a topic or words, and refuses what cannot be held', async () => {
    const draft = await w.draft();
    const [id] = await w.clauses(draft.id, ['[Option 1: a board][Option 2: a custodian]']);
    const byTopic = await w.ok<ClauseView>('hold.add', {
      clauseId: id,
      bracket: 1,
      pending: { kind: 'topic', topicId: w.security.id },
    });
    expect(byTopic.holds[0]!.label).toBe('pending the topic “Security guarantees”');
    const byWords = await w.ok<ClauseView>('hold.add', {
      clauseId: id,
      bracket: 0,
      pending: { kind: 'other' },
      reason: 'pending the ministers’ meeting',
    });
    expect(byWords.holds.map((hold) => hold.label)).toEqual([
      'pending the topic “Security guarantees”',
      'pending the ministers’ meeting',
    ]);
    expect(
      (await w.fails('hold.add', { clauseId: id, bracket: 5, pending: { kind: 'other' }, reason: 'x' })).code,
    ).toBe('BRACKET_NOT_FOUND');
    expect((await w.fails('hold.add', { clauseId: id, bracket: 0, pending: { kind: 'other' } })).code).toBe(
      'HOLD_REASON_REQUIRED',
    );
    expect(
      (await w.fails('hold.add', { clauseId: id, bracket: 0, pending: { kind: 'clause', clauseId: id } })).code,
    ).toBe('CLAUSE_NOT_FOUND');
    const juniperTopic = await w.fails('hold.add', {
      clauseId: id,
      bracket: 0,
      pending: { kind: 'topic', topicId: UNKNOWN_ID },
    });
    expect(juniperTopic.code).toBe('TOPIC_NOT_FOUND');
    const released = await w.ok<ClauseView>('hold.remove', { id: byTopic.holds[0]!.id });
    expect(released.holds).toHaveLength(1);
  });
});
