import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeBracketError,
  parseClause,
  placeOf,
  readingText,
  type AlternativesSegment,
  type ClauseParse,
  type ParsedClause,
  type Segment,
} from '../../../../shared/agreements/brackets';

const parsed = (text: string): ParsedClause => {
  const result = parseClause(text);
  if (!result.ok) throw new Error(`expected a parse of ${JSON.stringify(text)}: ${describeBracketError(result.error)}`);
  return result;
};
const failed = (text: string) => {
  const result = parseClause(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return result.error;
};

/** A compact picture of the tree: text as is, brackets as {depth:…}, alternatives as <…>. */
function shape(segments: readonly Segment[]): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      if (segment.kind === 'alternatives') return `<${shape(segment.children)}>`;
      const label = segment.option ? `#${segment.option.number}` : '';
      return `{${segment.depth}${label}:${shape(segment.children)}}`;
    })
    .join('');
}

describe('parseClause: the structure of brackets and options', () => {
  it('reads plain text as one text segment with no brackets', () => {
    const result = parsed('The parties agree to meet.');
    expect(shape(result.segments)).toBe('The parties agree to meet.');
    expect(result.brackets).toEqual([]);
    expect(result.maxDepth).toBe(0);
  });

  it('nests brackets and numbers their depth from the outside in', () => {
    const result = parsed('A [joint [basin] commission] shall [meet].');
    expect(shape(result.segments)).toBe('A {1:joint {2:basin} commission} shall {1:meet}.');
    expect(result.maxDepth).toBe(2);
    expect(result.brackets.map((b) => [b.ordinal, b.depth, b.start, b.end])).toEqual([
      [0, 1, 2, 28],
      [1, 2, 9, 16],
      [2, 1, 35, 41],
    ]);
  });

  it('groups labelled brackets side by side (or with spaces between) into alternatives', () => {
    const result = parsed('Water is managed by [Option 1: a joint board][Option 2: an international custodian].');
    expect(shape(result.segments)).toBe(
      'Water is managed by <{1#1:Option 1: a joint board}{1#2:Option 2: an international custodian}>.',
    );
    expect(result.alternatives).toBe(1);
    const spaced = parsed('[Option A: x] \n [Option B: y] then');
    expect(shape(spaced.segments)).toBe('<{1#1:Option A: x} \n {1#2:Option B: y}> then');
    const group = spaced.segments[0] as AlternativesSegment;
    expect([group.start, group.end]).toEqual([0, 29]);
  });

  it('recognises labels in Arabic and Hebrew, with Arabic-Indic digits', () => {
    const arabic = parsed('[الخيار ١: لجنة مشتركة][الخيار ٢: هيئة دولية]');
    expect(arabic.alternatives).toBe(1);
    expect(arabic.brackets.map((b) => b.option?.number)).toEqual([1, 2]);
    expect(arabic.brackets[0]!.option!.label).toBe('الخيار ١');
    const hebrew = parsed('[אפשרות 1: ועדה][אפשרות 2: נאמן]');
    expect(hebrew.brackets.map((b) => b.option?.number)).toEqual([1, 2]);
  });

  it('keeps options nested inside a bracket as their own group', () => {
    const result = parsed('[The board [Option 1: meets monthly][Option 2: meets when called]]');
    expect(shape(result.segments)).toBe(
      '{1:The board <{2#1:Option 1: meets monthly}{2#2:Option 2: meets when called}>}',
    );
  });

  it('warns (without refusing) about a lone option, options out of order and empty brackets', () => {
    expect(parsed('[Option 1: only one] here').warnings.map((w) => w.kind)).toEqual(['single-option']);
    const skipped = parsed('[Option 1: a][Option 3: b]');
    expect(skipped.warnings.map((w) => [w.kind, w.column])).toEqual([['option-numbering', 1]]);
    expect(skipped.warnings[0]!.message).toContain('Option 1, Option 3');
    expect(parsed('a [ ] b').warnings.map((w) => [w.kind, w.column])).toEqual([['empty-bracket', 3]]);
  });

  it('treats \\[ \\] and \\\\ as literal characters, not brackets', () => {
    const result = parsed('He wrote \\[sic\\] and a \\\\ then [real]');
    expect(result.brackets).toHaveLength(1);
    expect(readingText(result.segments, '')).toBe('He wrote [sic] and a \\ then [real]');
  });
});

describe('parseClause: an unbalanced bracket is an error with its place', () => {
  it('names the innermost bracket left open', () => {
    const error = failed('The parties [shall [establish a commission');
    expect(error).toMatchObject({ kind: 'unclosed', offset: 19, line: 1, column: 20 });
    expect(describeBracketError(error)).toBe(
      'The bracket opened at character 20 is never closed. Add “]” where the bracketed text ends.',
    );
  });

  it('names a closing bracket without an opening one', () => {
    const error = failed('shall] meet');
    expect(error).toMatchObject({ kind: 'unopened', offset: 5, column: 6 });
    expect(describeBracketError(error)).toContain('closing bracket at character 6 has no opening bracket');
  });

  it('counts lines and characters as a person does: per line, surrogate pairs as one character', () => {
    expect(failed('First line.\nSecond [line')).toMatchObject({ line: 2, column: 8, offset: 19 });
    expect(describeBracketError(failed('a\nb]'))).toContain('line 2, character 2');
    expect(failed('🌊 [x')).toMatchObject({ offset: 3, column: 3 });
    expect(placeOf('قال [x', 4)).toMatchObject({ line: 1, column: 5 });
  });

  it('refuses brackets nested deeper than eight', () => {
    const deep = `${'['.repeat(9)}x${']'.repeat(9)}`;
    expect(failed(deep)).toMatchObject({ kind: 'too-deep', offset: 8 });
    expect(parsed(`${'['.repeat(8)}x${']'.repeat(8)}`).maxDepth).toBe(8);
  });

  it('parses a 100 KB clause of many brackets', () => {
    const unit = 'The parties [shall [jointly]] review [Option 1: yearly][Option 2: every two years]. ';
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const result = parsed(text);
    expect(result.brackets.length).toBe(4 * Math.ceil(100_000 / unit.length));
    expect(result.alternatives).toBe(Math.ceil(100_000 / unit.length));
  });
});

/** A well-formed clause built from a generated tree, with what its parse must say. */
interface Built {
  readonly text: string;
  readonly reading: string;
  readonly brackets: number;
  readonly depth: number;
}

const plain = fc
  .string({ unit: fc.constantFrom('a', 'b', ' ', 'ق', 'ש', '\n', '.', '\\[', '\\]', '😀'), maxLength: 6 })
  .map((s): Built => ({ text: s, reading: s.replace(/\\([[\]])/gu, '$1'), brackets: 0, depth: 0 }));

const tree: fc.Memo<Built> = fc.memo((n) =>
  n <= 1
    ? plain
    : fc.array(fc.oneof(plain, tree(n - 1).map(bracket)), { maxLength: 4 }).map((parts) => ({
        text: parts.map((p) => p.text).join(''),
        reading: parts.map((p) => p.reading).join(''),
        brackets: parts.reduce((sum, p) => sum + p.brackets, 0),
        depth: Math.max(0, ...parts.map((p) => p.depth)),
      })),
);

function bracket(inner: Built): Built {
  return {
    text: `[${inner.text}]`,
    reading: `[${inner.reading}]`,
    brackets: inner.brackets + 1,
    depth: inner.depth + 1,
  };
}

/** Every segment's offsets lie inside its parent's, in order, and raw slices rebuild the text. */
function wellFormed(text: string, result: ClauseParse): boolean {
  if (!result.ok) return false;
  const check = (segments: readonly Segment[], from: number, to: number): boolean => {
    let cursor = from;
    for (const segment of segments) {
      if (segment.start < cursor || segment.end > to || segment.start > segment.end) return false;
      if (segment.kind !== 'text') {
        const inner = segment.kind === 'bracket' ? [segment.start + 1, segment.end - 1] : [segment.start, segment.end];
        if (!check(segment.children, inner[0]!, inner[1]!)) return false;
        if (segment.kind === 'bracket' && (text[segment.start] !== '[' || text[segment.end - 1] !== ']')) return false;
      }
      cursor = segment.end;
    }
    return true;
  };
  return check(result.segments, 0, text.length);
}

describe('parseClause: properties', () => {
  it('parses every well-formed text: same reading, bracket count and depth, offsets nested', () => {
    fc.assert(
      fc.property(tree(5), (built) => {
        const result = parseClause(built.text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(readingText(result.segments, built.text)).toBe(built.reading);
        expect(result.brackets.length).toBe(built.brackets);
        expect(result.maxDepth).toBe(built.depth);
        expect(wellFormed(built.text, result)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses any well-formed text with one bracket removed, and points at a bracket', () => {
    fc.assert(
      fc.property(
        tree(5).filter((b) => b.brackets > 0),
        fc.nat(),
        (built, pick) => {
          // Positions of unescaped bracket characters.
          const positions: number[] = [];
          for (let i = 0; i < built.text.length; i++) {
            if (built.text[i] === '\\') i++;
            else if (built.text[i] === '[' || built.text[i] === ']') positions.push(i);
          }
          const at = positions[pick % positions.length]!;
          const broken = built.text.slice(0, at) + built.text.slice(at + 1);
          const result = parseClause(broken);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(['[', ']']).toContain(broken[result.error.offset]);
          expect(describeBracketError(result.error)).toMatch(/character \d+/);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary text, and any success is a well-formed tree', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('[', ']', '\\', 'x', ' ', 'O', 'ption 1:', '\n'), maxLength: 60 }),
        (text) => {
          const result = parseClause(text);
          if (result.ok) expect(wellFormed(text, result)).toBe(true);
          else expect(['[', ']']).toContain(text[result.error.offset]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
