import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CompareView, DraftView, VersionSummary, VersionView } from '../../../shared/contract';
import { createAgreementWorld, type AgreementWorld } from './fixture';

let w: AgreementWorld;
beforeEach(async () => {
  w = await createAgreementWorld();
});
afterEach(() => w.dispose());

const marked = (entry: CompareView['entries'][number]) =>
  entry.changes.map((c) => (c.added ? `{+${c.text}+}` : c.removed ? `[-${c.text}-]` : c.text)).join('');

describe('versions', () => {
  it('numbers versions 1, 2, 3 with their notes, and keeps each as it was saved', async () => {
    const draft = await w.draft();
    const [id] = await w.clauses(draft.id, ['The parties [shall] meet.']);
    await w.ok('stance.set', { clauseId: id, partyId: w.sideB, stance: 'reservation', rationale: 'Prefers “may”.' });
    const v1 = await w.ok<VersionSummary>('version.save', { draftId: draft.id, note: 'After the first round' });
    expect(v1).toMatchObject({ number: 1, note: 'After the first round', clauseCount: 1 });
    await w.save(id!, { text: 'The parties [may] meet.' });
    const v2 = await w.ok<VersionSummary>('version.save', { draftId: draft.id, note: '' });
    expect(v2.number).toBe(2);
    await w.save(id!, { text: 'The parties meet.' });
    const first = await w.ok<VersionView>('version.get', { draftId: draft.id, number: 1 });
    expect(first.clauses).toEqual([
      expect.objectContaining({
        number: '1',
        text: 'The parties [shall] meet.',
        stances: [{ partyId: w.sideB, stance: 'reservation', rationale: 'Prefers “may”.' }],
      }),
    ]);
    const view = await w.get(draft.id);
    expect(view.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(view.changedSinceVersion).toBe(true);
    expect((await w.fails('version.get', { draftId: draft.id, number: 9 })).message).toBe(
      'This draft has no version 9. Choose one from the list of versions.',
    );
  });

  it('makes no version when nothing changed, or when there is no text yet', async () => {
    const draft = await w.draft();
    expect((await w.fails('version.save', { draftId: draft.id })).code).toBe('VERSION_UNCHANGED');
    await w.clauses(draft.id, ['Text.']);
    await w.ok('version.save', { draftId: draft.id });
    expect((await w.get(draft.id)).changedSinceVersion).toBe(false);
    const again = await w.fails('version.save', { draftId: draft.id, note: 'again' });
    expect(again).toEqual({
      code: 'VERSION_UNCHANGED',
      message: 'Nothing has changed since version 1, so no new version was made.',
    });
    // A stance is part of a version too.
    const [clause] = (await w.get(draft.id)).clauses;
    await w.ok('stance.set', { clauseId: clause!.id, partyId: w.sideA, stance: 'accepts' });
    expect((await w.ok<VersionSummary>('version.save', { draftId: draft.id })).number).toBe(2);
  });

  it('compares versions 5 and 6: the moved clause shows as moved, with its two changed words', async () => {
    const draft = await w.draft();
    const [, two, three] = await w.clauses(draft.id, [
      'The parties recognise the river as a shared resource.',
      'A [joint] commission shall be established.',
      'Data on water levels shall be exchanged every month.',
      'Nothing in this statement prejudges final status.',
    ]);
    for (let n = 1; n <= 5; n++) {
      await w.save(two!, { text: `A [joint] commission shall be established (draft ${n}).` });
      await w.ok('version.save', { draftId: draft.id, note: `Round ${n}` });
    }
    await w.ok('clause.move', { id: three, direction: 'up' });
    await w.save(three!, { text: 'Data on river levels shall be exchanged every week.' });
    await w.ok('version.save', { draftId: draft.id, note: 'Round 6' });

    const compared = await w.ok<CompareView>('draft.compare', {
      from: { draftId: draft.id, version: 5 },
      to: { draftId: draft.id, version: 6 },
    });
    expect(compared.from.label).toBe('Version 5');
    expect(compared.summary).toEqual({ added: 0, removed: 0, changed: 1, moved: 1, unchanged: 3 });
    const moved = compared.entries.find((entry) => entry.moved)!;
    expect(moved).toMatchObject({ clauseId: three, kind: 'changed', before: { number: '3' }, after: { number: '2' } });
    expect(marked(moved)).toBe('Data on [-water-]{+river+} levels shall be exchanged every [-month-]{+week+}.');
    expect(compared.entries.filter((entry) => entry.kind === 'removed' || entry.kind === 'added')).toEqual([]);
  });

  it('compares a version with the working text, and refuses versions of two drafts', async () => {
    const draft = await w.draft();
    const [id] = await w.clauses(draft.id, ['One.']);
    await w.ok('version.save', { draftId: draft.id });
    await w.save(id!, { text: 'One, amended.' });
    const working = await w.ok<CompareView>('draft.compare', {
      from: { draftId: draft.id, version: 1 },
      to: { draftId: draft.id, version: 'working' },
    });
    expect(working.to.label).toBe('Working text');
    expect(marked(working.entries[0]!)).toBe('One{+, amended+}.');
    const other = await w.draft({ title: 'Framework' });
    await w.clauses(other.id, ['Other.']);
    await w.ok('version.save', { draftId: other.id });
    const refused = await w.fails('draft.compare', {
      from: { draftId: draft.id, version: 1 },
      to: { draftId: other.id, version: 1 },
    });
    expect(refused).toEqual({
      code: 'DIFFERENT_DRAFTS',
      message: 'Only two versions of the same draft can be compared. Choose both versions from one draft.',
    });
    expect(
      (
        await w.fails('draft.compare', {
          from: { draftId: draft.id, version: 1 },
          to: { draftId: draft.id, version: 3 },
        })
      ).code,
    ).toBe('VERSION_NOT_FOUND');
  });

  it('freezes holds as they read, and a version survives the clause’s removal from the working copy', async () => {
    const draft = await w.draft();
    const [held, other] = await w.clauses(draft.id, ['Managed by [a board].', 'Security.']);
    await w.ok('hold.add', { clauseId: held, bracket: 0, pending: { kind: 'clause', clauseId: other } });
    await w.ok('version.save', { draftId: draft.id });
    await w.ok('clause.delete', { id: held });
    const v1 = await w.ok<VersionView>('version.get', { draftId: draft.id, number: 1 });
    expect(v1.clauses[0]).toMatchObject({
      text: 'Managed by [a board].',
      holds: [{ anchorText: 'a board', label: 'pending clause 2' }],
    });
    const view: DraftView = await w.get(draft.id);
    expect(view.clauses.map((c) => c.text)).toEqual(['Security.']);
  });
});
