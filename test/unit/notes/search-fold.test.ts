import { describe, expect, it } from 'vitest';
import { foldForSearch, prefixStrippedForms, searchWords } from '../../../shared/text/search-fold';
import { redactNames, WITHDRAWN_MARK } from '../../../main/services/notes/redact';

describe('foldForSearch', () => {
  it('folds Arabic spelling variants: harakat, hamza seats, alef wasla, teh marbuta, alef maksura, tatweel', () => {
    expect(searchWords('المِيَاهُ أَمْن إسرائيل آمال ٱلسلام مدرسة على تـــمـــام')).toEqual([
      'المياه',
      'امن',
      'اسراييل',
      'امال',
      'السلام',
      'مدرسه',
      'علي',
      'تمام',
    ]);
  });

  it('folds Persian letters and Eastern digits', () => {
    expect(foldForSearch('کتاب ی ١٢٣ ۴۵۶')).toBe('كتاب ي 123 456');
  });

  it('drops Hebrew niqqud and Latin accents, and lowercases Cyrillic', () => {
    expect(searchWords('שָׁלוֹם Ḥaddād ЁЛКА')).toEqual(['שלום', 'haddad', 'елка']);
  });
});

describe('prefixStrippedForms', () => {
  it('strips Arabic articles and conjunctions, keeping enough of the word', () => {
    expect(prefixStrippedForms('المياه')).toEqual(['مياه']);
    expect(prefixStrippedForms('والمياه')).toEqual(['مياه']);
    expect(prefixStrippedForms('بالماء')).toEqual(['ماء']);
    expect(prefixStrippedForms('وزير')).toEqual(['زير']);
    expect(prefixStrippedForms('ول')).toEqual([]);
    expect(prefixStrippedForms('ال')).toEqual([]);
  });

  it('strips Hebrew vav and one particle, keeping three letters', () => {
    expect(prefixStrippedForms('והמים')).toEqual(['מים', 'המים']);
    expect(prefixStrippedForms('בבית')).toEqual(['בית']);
    expect(prefixStrippedForms('מים')).toEqual([]);
  });

  it('leaves other scripts alone', () => {
    expect(prefixStrippedForms('water')).toEqual([]);
    expect(prefixStrippedForms('вода')).toEqual([]);
  });
});

describe('redactNames', () => {
  it('replaces whole-word mentions of codes, names and aliases, ignoring case and accents', () => {
    expect(redactNames('Ḥaddād (A1) met a12 and Abu-Karim', ['A1', 'Salim Haddad', 'Haddad', 'Abu Karim'])).toBe(
      `${WITHDRAWN_MARK} (${WITHDRAWN_MARK}) met a12 and ${WITHDRAWN_MARK}`,
    );
    expect(redactNames('Salim  HADDAD spoke', ['Salim Haddad'])).toBe(`${WITHDRAWN_MARK} spoke`);
    expect(redactNames('Nobody here', ['A1'])).toBeNull();
    expect(redactNames('anything', [''])).toBeNull();
  });
});
