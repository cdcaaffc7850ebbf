import { describe, expect, it } from 'vitest';
import { findSensitiveTerms, type SensitiveTerm } from '../../../../shared/redaction/leak-check';

const name = (value: string): SensitiveTerm => ({ kind: 'name', value });
const alias = (value: string): SensitiveTerm => ({ kind: 'alias', value });

/** Whether `text` betrays `term`, and nothing else. */
const flags = (text: string, term: SensitiveTerm) => findSensitiveTerms(text, [term]).length > 0;

describe('findSensitiveTerms', () => {
  it('finds a full name', () => {
    const yusuf = name('Yusuf Haddad');
    expect(findSensitiveTerms('As Yusuf Haddad proposed, the wells stay shared.', [yusuf])).toEqual([yusuf]);
  });

  it('finds the surname alone, possessive included', () => {
    expect(flags("Haddad's proposal on the wells", name('Yusuf Haddad'))).toBe(true);
    expect(flags('Then Yusuf spoke.', name('Yusuf Haddad'))).toBe(true);
  });

  it('ignores case and Latin accents', () => {
    expect(flags('HADDAD objected', name('Yusuf Haddad'))).toBe(true);
    expect(flags('Ḥaddād objected', name('Yusuf Haddad'))).toBe(true);
    expect(flags('haddad objected', name('Yūsuf Ḥaddād'))).toBe(true);
  });

  it('finds an Arabic name written with harakat, shadda or another hamza seat', () => {
    expect(flags('اقتراح الحدّاد', name('يوسف الحداد'))).toBe(true);
    expect(flags('قال أَحْمَد', name('احمد منصور'))).toBe(true);
    expect(flags('كتب إبراهيم', name('ابراهيم منصور'))).toBe(true);
    expect(flags('قالَ يُوسُف', name('يوسف الحداد'))).toBe(true);
  });

  it('finds an Arabic name behind an article or a conjunction in the text', () => {
    expect(flags('اقتراح الحداد', name('يوسف حداد'))).toBe(true);
    expect(flags('اقتراح والحداد', name('يوسف حداد'))).toBe(true);
    expect(flags('اتصلنا بالحداد', name('يوسف حداد'))).toBe(true);
  });

  it('finds a Hebrew name written with niqqud or behind a prefix', () => {
    expect(flags('הַצָּעַת שִׁמְעוֹנִי', name('אברהם שמעוני'))).toBe(true);
    expect(flags('דיברנו עם אַבְרָהָם', name('אברהם שמעוני'))).toBe(true);
    expect(flags('הצעה ושמעוני', name('אברהם שמעוני'))).toBe(true);
  });

  it('does not flag a name word shorter than four letters on its own', () => {
    expect(flags('Li said the map was wrong', name('Rose Li'))).toBe(false);
    expect(flags('Al agreed', name('Al Haddad'))).toBe(false);
    // The whole name still counts.
    expect(flags('Rose Li said so', name('Rose Li'))).toBe(true);
    // A four-letter word does count alone.
    expect(flags('Rose said so', name('Rose Li'))).toBe(true);
  });

  it('does not flag a longer word that merely contains a name', () => {
    expect(flags('The Haddadin family farm', name('Yusuf Haddad'))).toBe(false);
    expect(flags('Rosemary and thyme', name('Rose Li'))).toBe(false);
    expect(flags('Yusufiya district', name('Yusuf Haddad'))).toBe(false);
  });

  it('matches aliases like names, word by word', () => {
    expect(flags('Abu-Karim was late', alias('Abu Karim'))).toBe(true);
    expect(flags('Karim was late', alias('Abu Karim'))).toBe(true);
    expect(flags('Abu was late', alias('Abu Karim'))).toBe(false);
  });

  it('finds an email address and a phone number as written on the roster', () => {
    const email: SensitiveTerm = { kind: 'email', value: 'yusuf.haddad@example.org' };
    const phone: SensitiveTerm = { kind: 'phone', value: '+41 22 555 01 23' };
    expect(findSensitiveTerms('Write to YUSUF.HADDAD@example.org first.', [email, phone])).toEqual([email]);
    expect(findSensitiveTerms('Call +41 22 555 01 23 on arrival.', [email, phone])).toEqual([phone]);
    expect(findSensitiveTerms('Call +41 22 555 01 24 on arrival.', [email, phone])).toEqual([]);
  });

  it('matches contact details and affiliations only as a whole, never by one of their words', () => {
    expect(flags('The org chart', { kind: 'email', value: 'yusuf.haddad@example.org' })).toBe(false);
    expect(flags('Ministry meeting', { kind: 'affiliation', value: 'Ministry of Water' })).toBe(false);
    expect(flags('ministry of WATER', { kind: 'affiliation', value: 'Ministry of Water' })).toBe(true);
  });

  it('returns every term found, in roster order', () => {
    const terms = [name('Yusuf Haddad'), name('Miriam Levi'), name('Rose Li')];
    expect(findSensitiveTerms('Miriam and Haddad met.', terms)).toEqual([terms[0], terms[1]]);
  });

  it('ignores empty terms and finds nothing in empty text', () => {
    expect(findSensitiveTerms('anything at all', [name(''), name('   '), { kind: 'email', value: '@.' }])).toEqual([]);
    expect(findSensitiveTerms('', [name('Yusuf Haddad')])).toEqual([]);
    expect(findSensitiveTerms(' — ', [name('Yusuf Haddad')])).toEqual([]);
  });

  it('finds a roster name written with the Arabic article ("محمد الحداد") in "والحداد" or bare "حداد"', () => {
    const terms = [{ kind: 'name', value: 'محمد الحداد' }] as const;
    expect(findSensitiveTerms('مع يوسف والحداد', terms)).toHaveLength(1);
    expect(findSensitiveTerms('اقتراح حداد', terms)).toHaveLength(1);
    expect(findSensitiveTerms('اقتراح حدادين', terms)).toEqual([]);
  });

  it('finds a phone number written with other spacing, with or without country code or trunk zero', () => {
    const terms = [{ kind: 'phone', value: '+41 22 555 01 23' }] as const;
    for (const text of ['+41225550123', 'call 022 555 01 23', '(022) 555-0123', '0041 22 555 01 23']) {
      expect(findSensitiveTerms(text, terms), text).toHaveLength(1);
    }
    expect(findSensitiveTerms('from 09:00 to 17:30 on 2026-05-14, 45 min', terms)).toEqual([]);
    expect(findSensitiveTerms('+41 22 555 01 24', terms)).toEqual([]);
  });
});
