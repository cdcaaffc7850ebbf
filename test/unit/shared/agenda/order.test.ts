import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWellOrdered, keyboardMove, moveItem, MoveError, type Placed } from '../../../../shared/agenda/order';

const list = (...spec: [string, number][]): Placed[] => spec.map(([id, day]) => ({ id, day }));
const show = (items: readonly Placed[]) => items.map((i) => `${i.id}${i.day}`).join(' ');

describe('agenda order', () => {
  const agenda = list(['a', 0], ['b', 0], ['c', 0], ['d', 1], ['e', 1]);

  it('moves within a day and keeps the day', () => {
    expect(show(moveItem(agenda, 'c', 0, undefined, 1))).toBe('c0 a0 b0 d1 e1');
    expect(show(moveItem(agenda, 'd', 4, undefined, 1))).toBe('a0 b0 c0 e1 d1');
  });

  it('takes the day of its new neighbours when dragged across a day without one given', () => {
    expect(show(moveItem(agenda, 'a', 4, undefined, 1))).toBe('b0 c0 d1 e1 a1');
    expect(show(moveItem(agenda, 'e', 0, undefined, 1))).toBe('e0 a0 b0 c0 d1');
  });

  it('at a day boundary, an explicit day decides which side of it the item lands', () => {
    expect(show(moveItem(agenda, 'a', 2, 0, 1))).toBe('b0 c0 a0 d1 e1');
    expect(show(moveItem(agenda, 'a', 2, 1, 1))).toBe('b0 c0 a1 d1 e1');
  });

  it('refuses unknown items, positions out of range and days out of order', () => {
    expect(() => moveItem(agenda, 'zz', 0, undefined, 1)).toThrow(MoveError);
    expect(() => moveItem(agenda, 'a', 5, undefined, 1)).toThrow(/between 1 and 5/);
    expect(() => moveItem(agenda, 'a', -1, undefined, 1)).toThrow(MoveError);
    expect(() => moveItem(agenda, 'a', 1.5, undefined, 1)).toThrow(MoveError);
    expect(() => moveItem(agenda, 'a', 0, 1, 1)).toThrow(/days must stay in order/);
  });

  it('Alt+↑/↓ swaps within a day and crosses into the neighbouring day at its edge', () => {
    expect(keyboardMove(agenda, 'b', 'up', 2)).toEqual({ toIndex: 0, toDay: 0 });
    expect(keyboardMove(agenda, 'a', 'up', 2)).toBeNull();
    expect(keyboardMove(agenda, 'c', 'down', 2)).toEqual({ toIndex: 2, toDay: 1 });
    expect(keyboardMove(agenda, 'd', 'up', 2)).toEqual({ toIndex: 3, toDay: 0 });
    expect(keyboardMove(agenda, 'e', 'down', 2)).toBeNull();
    expect(keyboardMove(agenda, 'e', 'down', 3)).toEqual({ toIndex: 4, toDay: 2 });
  });

  it('any sequence of moves keeps every item, dense positions and days in order', () => {
    const start = list(['a', 0], ['b', 0], ['c', 1], ['d', 2], ['e', 2], ['f', 3]);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 0, max: 5 }),
            fc.option(fc.integer({ min: 0, max: 4 })),
          ),
          {
            maxLength: 30,
          },
        ),
        (moves) => {
          let items = start;
          for (const [which, to, day] of moves) {
            try {
              items = moveItem(items, items[which]!.id, to, day ?? undefined, 4);
            } catch (error) {
              expect(error).toBeInstanceOf(MoveError);
            }
          }
          expect(items.map((i) => i.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
          expect(isWellOrdered(items.map((item, position) => ({ ...item, position })))).toBe(true);
        },
      ),
    );
  });
});
