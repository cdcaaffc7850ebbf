import { describe, expect, it } from 'vitest';
import { displayWidth, renderJson, renderTable } from '../../../main/cli/output';

describe('terminal output', () => {
  it('counts terminal columns per grapheme: marks add nothing, Hangul and CJK take two', () => {
    expect(displayWidth('Cedar')).toBe(5);
    expect(displayWidth('أرز')).toBe(3);
    expect(displayWidth('שָׁלוֹם')).toBe(4); // niqqud are marks on their letters
    expect(displayWidth('Ḥaddād')).toBe(6);
    expect(displayWidth('한국')).toBe(4);
    expect(displayWidth('a\u200Fb')).toBe(2); // a direction mark takes no column
  });

  it('aligns columns by display width and keeps each row on one line', () => {
    const table = renderTable(
      [
        { header: 'NAME', value: (row: { name: string; note: string }) => row.name },
        { header: 'NOTE', value: (row) => row.note },
      ],
      [
        { name: '한국', note: 'first\nsecond' },
        { name: 'أرز', note: 'x' },
      ],
    );
    expect(table).toBe('NAME  NOTE\n한국  first second\nأرز   x\n');
  });

  it('prints JSON with non-Latin text as-is', () => {
    expect(renderJson({ codeName: 'أرز' })).toBe('{\n  "codeName": "أرز"\n}\n');
  });
});
