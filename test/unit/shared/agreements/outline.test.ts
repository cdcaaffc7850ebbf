import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clauseNumbers,
  depthRange,
  indent,
  insertionIndex,
  moveDown,
  moveUp,
  outdent,
  outlineProblem,
  type OutlineEntry,
} from '../../../../shared/agreements/outline';

/** "a0 b1 c1 d0" ⇄ an outline. */
const outline = (spec: string): OutlineEntry[] =>
  spec.split(' ').map((part) => ({ id: part.slice(0, -1), depth: Number(part.slice(-1)) }));
const show = (entries: readonly OutlineEntry[] | null) =>
  entries === null ? null : entries.map((e) => `${e.id}${e.depth}`).join(' ');

describe('clause numbering', () => {
  it('numbers 1, 1.1, 1.1 a as a drafting officer does, restarting under each parent', () => {
    expect(clauseNumbers([0, 1, 2, 2, 1, 0, 0, 1, 2])).toEqual([
      '1',
      '1.1',
      '1.1 a',
      '1.1 b',
      '1.2',
      '2',
      '3',
      '3.1',
      '3.1 a',
    ]);
  });

  it('runs the letters on past z: y, z, aa, ab', () => {
    const numbers = clauseNumbers([0, 1, ...Array<number>(28).fill(2)]);
    expect(numbers.slice(-4)).toEqual(['1.1 y', '1.1 z', '1.1 aa', '1.1 ab']);
  });

  it('knows an outline from a list of depths that is not one', () => {
    expect(outlineProblem([0, 1, 2, 0])).toBeNull();
    expect(outlineProblem([1])).toMatch(/one level deeper/);
    expect(outlineProblem([0, 2])).toMatch(/one level deeper/);
    expect(outlineProblem([0, 1, 2, 3])).toMatch(/3 levels deep/);
  });
});

describe('outline moves keep each clause with its children', () => {
  const doc = outline('a0 b1 c2 d1 e0 f1');

  it('moves up and down among siblings only, carrying the subtree', () => {
    expect(show(moveUp(doc, 4))).toBe('e0 f1 a0 b1 c2 d1');
    expect(show(moveDown(doc, 0))).toBe('e0 f1 a0 b1 c2 d1');
    expect(show(moveUp(doc, 3))).toBe('a0 d1 b1 c2 e0 f1');
    expect(show(moveDown(doc, 1))).toBe('a0 d1 b1 c2 e0 f1');
    expect(moveUp(doc, 0)).toBeNull();
    expect(moveUp(doc, 1)).toBeNull();
    expect(moveDown(doc, 3)).toBeNull();
    expect(moveDown(doc, 4)).toBeNull();
  });

  it('indents under the clause before it, and outdents adopting the clauses that followed', () => {
    expect(show(indent(doc, 3))).toBe('a0 b1 c2 d2 e0 f1');
    expect(indent(doc, 1)).toBeNull(); // first child: nothing to go under
    expect(indent(doc, 0)).toBeNull();
    expect(indent(outline('a0 b1 c2 d1 e2'), 3)).toBeNull(); // e would go to a fourth level
    expect(show(outdent(doc, 1))).toBe('a0 b0 c1 d1 e0 f1');
    expect(outdent(doc, 0)).toBeNull();
  });

  it('inserts after a clause’s children and offers the depths that keep the outline whole', () => {
    expect(insertionIndex(doc, 1)).toBe(3);
    expect(insertionIndex(doc, -1)).toBe(0);
    expect(depthRange(doc, 3)).toEqual({ min: 0, max: 2 });
    expect(depthRange(doc, 0)).toEqual({ min: 0, max: 0 });
    expect(depthRange(doc, 6)).toEqual({ min: 0, max: 2 });
  });

  it('any sequence of moves, indents and outdents keeps every clause and a valid outline', () => {
    const start = outline('a0 b1 c2 d1 e0 f1 g0 h1 i2');
    const op = fc.tuple(fc.constantFrom(moveUp, moveDown, indent, outdent), fc.nat(8));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let current = start;
        for (const [apply, index] of ops) current = apply(current, index) ?? current;
        expect(outlineProblem(current.map((e) => e.depth))).toBeNull();
        expect(current.map((e) => e.id).sort()).toEqual(start.map((e) => e.id));
      }),
      { numRuns: 500 },
    );
  });
});
