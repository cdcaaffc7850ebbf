import { describe, expect, it } from 'vitest';
import {
  compareCodes,
  filterTerms,
  foldName,
  formatTrack,
  matchesFilter,
  nextSpeakerCode,
  normaliseSpeakerCode,
  parseTrack,
  partyLetter,
  revealedWord,
  rosterSearchKey,
} from '../../../shared/domain/participant';

describe('roster matching', () => {
  it('folds case, accents, harakat, transliteration marks, special letters and hyphens', () => {
    expect(foldName('Ḥaddād')).toBe('haddad');
    expect(foldName('ʿAlī al-Moḥammadī')).toBe('ali al mohammadi');
    expect(foldName("'Ali")).toBe('ali');
    expect(foldName('Øster-Łukasz Straße')).toBe('oster lukasz strasse');
    expect(foldName('مُحَمَّد')).toBe('محمد');
    expect(foldName('  Nour   al–Huda ')).toBe('nour al huda');
  });

  it('matches when every filter word occurs in one of the names, aliases, pseudonym or code', () => {
    const key = rosterSearchKey({
      realName: 'Salim Ḥaddād',
      aliases: ['Abu Karim', 'سليم حداد'],
      pseudonym: 'The engineer',
      speakerCode: 'A1',
    });
    for (const filter of ['haddad', 'HADDĀD salim', 'karim', 'حداد', 'engineer', 'a1', '']) {
      expect(matchesFilter(key, filterTerms(filter)), filter).toBe(true);
    }
    for (const filter of ['haddad nour', 'b1', 'smith'])
      expect(matchesFilter(key, filterTerms(filter)), filter).toBe(false);
  });
});

describe('speaker codes', () => {
  it('gives sides A, B, C… (skipping F) and the facilitation team F', () => {
    expect([0, 1, 2, 4, 5].map((i) => partyLetter({ kind: 'side' }, i))).toEqual(['A', 'B', 'C', 'E', 'G']);
    expect(partyLetter({ kind: 'facilitation' }, -1)).toBe('F');
  });

  it('suggests one past the highest number of the letter, ignoring other letters', () => {
    expect(nextSpeakerCode('A', [])).toBe('A1');
    expect(nextSpeakerCode('A', ['A1', 'A2', 'B7', 'AB3'])).toBe('A3');
    expect(nextSpeakerCode('B', ['B9', 'B2'])).toBe('B10');
  });

  it('normalises to upper case and orders naturally', () => {
    expect(normaliseSpeakerCode(' b2 ')).toBe('B2');
    expect(['A10', 'B1', 'A2', null, 'A1'].sort(compareCodes)).toEqual(['A1', 'A2', 'A10', 'B1', null]);
  });
});

describe('pseudonym safety', () => {
  it('finds a word of a name or alias repeated in a pseudonym, ignoring particles and accents', () => {
    expect(revealedWord('Mr Haddad', ['Salim Ḥaddād'])).toBe('haddad');
    expect(revealedWord('The Karim file', ['Salim', 'Abu Karim'])).toBe('karim');
    expect(revealedWord('Al engineer', ['Nour al-Huda'])).toBeUndefined();
    expect(revealedWord('The engineer', ['Salim Ḥaddād'])).toBeUndefined();
  });
});

describe('track cells', () => {
  it('reads and writes a level, a sector or both', () => {
    expect(parseTrack('2/religion')).toEqual({ ok: true, trackLevel: '2', sector: 'religion' });
    expect(parseTrack('Track 1.5')).toEqual({ ok: true, trackLevel: '1.5', sector: null });
    expect(parseTrack('MEDIA')).toEqual({ ok: true, trackLevel: null, sector: 'media' });
    expect(parseTrack('')).toEqual({ ok: true, trackLevel: null, sector: null });
    expect(parseTrack('4')).toMatchObject({ ok: false });
    expect(parseTrack('2/3')).toMatchObject({ ok: false });
    expect(formatTrack('2', 'religion')).toBe('2/religion');
    expect(formatTrack(null, null)).toBe('');
  });
});
