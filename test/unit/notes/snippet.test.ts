import { describe, expect, it } from 'vitest';
import type { NoteSnippet } from '../../../shared/contract';
import { parseSearchQuery } from '../../../main/services/notes/search-query';
import { buildSnippet, SNIPPET_MAX_CHARS } from '../../../main/services/notes/snippet';

const show = (snippet: NoteSnippet) =>
  `${snippet.truncatedStart ? '…' : ''}${snippet.segments
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('')}${snippet.truncatedEnd ? '…' : ''}`;
const snippet = (body: string, query: string) => show(buildSnippet(body, parseSearchQuery(query)));

describe('buildSnippet', () => {
  it('highlights every matching word as typed, accents and harakat included', () => {
    expect(snippet('Ḥaddād said HADDAD twice', 'haddad')).toBe('[Ḥaddād] said [HADDAD] twice');
    expect(snippet('قال إنّ المِيَاهُ مشكلة', 'مياه')).toBe('قال إنّ [المِيَاهُ] مشكلة');
    expect(snippet('Negotiations and negotiators', 'negotiat*')).toBe('[Negotiations] and [negotiators]');
  });

  it('shows the passage with most matches, with an ellipsis where text was left out', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20);
    const body = `${filler}water rights and water access matter ${filler}`;
    const result = snippet(body, 'water');
    expect(result.startsWith('…')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(result).toContain('[water] rights and [water] access matter');
  });

  it('keeps a snippet short even for one enormous word, and never cuts a surrogate pair', () => {
    const body = `${'🌊'.repeat(5000)} water ${'x'.repeat(5000)}`;
    const result = buildSnippet(body, parseSearchQuery('water'));
    const text = result.segments.map((s) => s.text).join('');
    expect(text.length).toBeLessThanOrEqual(SNIPPET_MAX_CHARS);
    expect(text.isWellFormed()).toBe(true);
    expect(result.segments.some((s) => s.match && s.text === 'water')).toBe(true);
  });

  it('starts from the top when nothing matches (filter-only searches), and drops Markdown markers', () => {
    expect(snippet('# Heading\n\n- **Bold** point\n- `code` point', '')).toBe('Heading Bold point code point');
    expect(snippet('', 'water')).toBe('');
  });

  it('returns text as data: HTML stays literal text in a segment', () => {
    const result = buildSnippet('<b onclick="x()">water</b>', parseSearchQuery('water'));
    expect(result.segments).toEqual([
      { text: '<b onclick="x()">', match: false },
      { text: 'water', match: true },
      { text: '</b>', match: false },
    ]);
  });
});
