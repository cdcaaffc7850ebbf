import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareClauses,
  longestIncreasing,
  wordChanges,
  type ComparedClause,
  type WordChange,
} from '../../../../shared/agreements/compare';

const clause = (
  id: string,
  text: string,
  depth = 0,
  status: ComparedClause['status'] = 'proposed',
): ComparedClause => ({
  id,
  depth,
  text,
  status,
});
/** Changes as text: [-removed-] and {+added+}, as wdiff writes them. */
const marked = (changes: readonly WordChange[]) =>
  changes.map((c) => (c.added ? `{+${c.text}+}` : c.removed ? `[-${c.text}-]` : c.text)).join('');

describe('word changes inside a clause', () => {
  it('marks changed words, keeping brackets as their own tokens', () => {
    expect(
      marked(
        wordChanges('The parties shall [establish] a commission.', 'The sides shall establish a joint commission.'),
      ),
    ).toBe('The [-parties-]{+sides+} shall [-[-]establish[-]-] a{+ joint+} commission.');
  });

  it('compares Arabic word by word, not letter by letter', () => {
    expect(marked(wordChanges('تلتزم الأطراف بإنشاء لجنة مشتركة', 'تلتزم الأطراف بإنشاء هيئة مشتركة'))).toBe(
      'تلتزم الأطراف بإنشاء [-لجنة-]{+هيئة+} مشتركة',
    );
  });

  it('rebuilds both texts from the changes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const changes = wordChanges(before, after);
        expect(
          changes
            .filter((c) => !c.added)
            .map((c) => c.text)
            .join(''),
        ).toBe(before);
        expect(
          changes
            .filter((c) => !c.removed)
            .map((c) => c.text)
            .join(''),
        ).toBe(after);
      }),
      { numRuns: 300 },
    );
  });
});

describe('comparing two versions of a draft', () => {
  const v5 = [
    clause('c1', 'The parties recognise the river as a shared resource.'),
    clause('c2', 'A [joint] commission shall be established.'),
    clause('c3', 'Data on water levels shall be exchanged monthly.'),
    clause('c4', 'Nothing in this statement prejudges final status.'),
  ];

  it('shows a clause that moved and changed as moved, with its word edits — not removed plus added', () => {
    const v6 = [
      clause('c1', 'The parties recognise the river as a shared resource.'),
      clause('c3', 'Data on water levels shall be exchanged weekly and published.'),
      clause('c2', 'A [joint] commission shall be established.'),
      clause('c4', 'Nothing in this statement prejudges final status.'),
    ];
    const { entries, summary } = compareClauses(v5, v6);
    expect(entries.map((e) => [e.clauseId, e.kind, e.moved])).toEqual([
      ['c1', 'unchanged', false],
      ['c3', 'changed', true],
      ['c2', 'unchanged', false],
      ['c4', 'unchanged', false],
    ]);
    const movedEntry = entries[1]!;
    expect(movedEntry.before?.number).toBe('3');
    expect(movedEntry.after?.number).toBe('2');
    expect(marked(movedEntry.changes)).toBe(
      'Data on water levels shall be exchanged [-monthly-]{+weekly and published+}.',
    );
    expect(summary).toEqual({ added: 0, removed: 0, changed: 1, moved: 1, unchanged: 3 });
  });

  it('puts a removed clause where it was and an added one where it is, numbering both sides', () => {
    const v6 = [
      clause('c1', 'The parties recognise the river as a shared resource.'),
      clause('c2', 'A [joint] commission shall be established.'),
      clause('c5', 'The commission reports every year.', 1),
      clause('c4', 'Nothing in this statement prejudges final status.'),
    ];
    const { entries } = compareClauses(v5, v6);
    expect(entries.map((e) => [e.clauseId, e.kind, e.before?.number ?? null, e.after?.number ?? null])).toEqual([
      ['c1', 'unchanged', '1', '1'],
      ['c2', 'unchanged', '2', '2'],
      ['c5', 'added', null, '2.1'],
      ['c3', 'removed', '3', null],
      ['c4', 'unchanged', '4', '3'],
    ]);
    expect(entries[2]!.changes).toEqual([{ text: 'The commission reports every year.', added: true }]);
  });

  it('notes a change of status or level even when the words stay', () => {
    const v6 = [v5[0]!, clause('c2', v5[1]!.text, 0, 'agreed'), clause('c3', v5[2]!.text, 1), v5[3]!];
    const { entries } = compareClauses(v5, v6);
    expect(entries[1]).toMatchObject({ kind: 'changed', statusChanged: true, moved: false });
    expect(entries[2]).toMatchObject({ kind: 'unchanged', reLevelled: true, moved: false });
    expect(entries[2]!.after?.number).toBe('2.1');
  });

  it('marks as moved only what left the longest run that kept its order', () => {
    expect([...longestIncreasing([0, 1, 2, 3])].sort()).toEqual([0, 1, 2, 3]);
    expect(longestIncreasing([3, 0, 1, 2]).size).toBe(3);
    expect(longestIncreasing([]).size).toBe(0);
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(50), { maxLength: 30 }), (ids) => {
        const before = ids.map((id) => clause(String(id), `text ${id}`));
        const after = fc.sample(fc.shuffledSubarray(before, { minLength: before.length }), 1)[0]!;
        const { entries, summary } = compareClauses(before, after);
        // Every clause appears once; none is removed or added, and the rest did not move.
        expect(entries.map((e) => e.clauseId).sort()).toEqual(before.map((c) => c.id).sort());
        expect(summary.added + summary.removed).toBe(0);
        const kept = entries.filter((e) => !e.moved).map((e) => Number(e.clauseId));
        const order = kept.map((id) => ids.indexOf(id));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
});
