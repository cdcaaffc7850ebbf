import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../../shared/text/fold';

describe('foldForMatch', () => {
  it('ignores case and Latin diacritics', () => {
    expect(foldForMatch('Ḥaddād')).toBe('haddad');
    expect(foldForMatch('HADDAD')).toBe('haddad');
    expect(foldForMatch('Çelik Şahin')).toBe('celik sahin');
  });

  it('drops Arabic harakat and Hebrew niqqud, so vocalised and plain spellings match', () => {
    expect(foldForMatch('مُحَمَّد')).toBe(foldForMatch('محمد'));
    expect(foldForMatch('שָׁלוֹם')).toBe(foldForMatch('שלום'));
  });

  it('unifies compatibility forms and collapses white space', () => {
    expect(foldForMatch('ＡＢＣ  def\u00A0 g')).toBe('abc def g');
  });
});
