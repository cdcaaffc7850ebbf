import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ftsString, parseSearchQuery, textExpression } from '../../../main/services/notes/search-query';

describe('parseSearchQuery', () => {
  it('reads words, prefixes, quoted phrases and punctuation-joined words', () => {
    expect(parseSearchQuery('Water  GUARANTEES negotiat* "sharing plan" al-Haddad')).toEqual([
      { kind: 'word', words: ['water'] },
      { kind: 'word', words: ['guarantees'] },
      { kind: 'prefix', words: ['negotiat'] },
      { kind: 'phrase', words: ['sharing', 'plan'], prefixLast: false },
      { kind: 'phrase', words: ['al', 'haddad'], prefixLast: false },
    ]);
  });

  it('folds Arabic, Hebrew and Latin the way the index does', () => {
    expect(parseSearchQuery('المِيَاهُ أمن שָׁלוֹם Ḥaddād')).toEqual([
      { kind: 'word', words: ['المياه'] },
      { kind: 'word', words: ['امن'] },
      { kind: 'word', words: ['שלום'] },
      { kind: 'word', words: ['haddad'] },
    ]);
  });

  it('treats a one-letter prefix as a word, drops duplicates and symbols-only chunks', () => {
    expect(parseSearchQuery('a* water WATER *** -- 🌊')).toEqual([
      { kind: 'word', words: ['a'] },
      { kind: 'word', words: ['water'] },
    ]);
    expect(parseSearchQuery('')).toEqual([]);
    expect(parseSearchQuery('"" * ()')).toEqual([]);
  });

  it('keeps at most twelve terms', () => {
    const query = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(parseSearchQuery(query)).toHaveLength(12);
  });
});

describe('textExpression', () => {
  it('quotes every term and confines them to the text columns', () => {
    expect(textExpression(parseSearchQuery('water negot* "sharing pl*"'))).toBe(
      '{text extra} : ("water" AND "negot" * AND "sharing pl" *)',
    );
    expect(textExpression([])).toBeNull();
  });

  it('escapes double quotes in a literal', () => {
    expect(ftsString('a"b')).toBe('"a""b"');
  });

  it('never lets any input produce FTS5 syntax outside quoted literals (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: 'grapheme' }), (input) => {
        const expression = textExpression(parseSearchQuery(input));
        if (expression === null) return;
        // Strip the quoted literals: what remains is only our own scaffolding.
        const outside = expression.replace(/"(?:[^"]|"")*"/gu, '"');
        expect(outside).toMatch(/^\{text extra\} : \("(?: \*)?(?: AND "(?: \*)?)*\)$/u);
        // Literals hold only folded words and spaces: no quote, star, colon or bracket inside.
        for (const literal of expression.match(/"(?:[^"]|"")*"/gu) ?? []) {
          expect(literal.slice(1, -1)).toMatch(/^[\p{L}\p{N}\p{Co} ]+$/u);
        }
      }),
      { numRuns: 500 },
    );
  });
});
