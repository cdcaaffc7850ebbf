import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import commonWords from '@zxcvbn-ts/language-en/dist/commonWords.json.mjs';
import {
  createRedactor,
  loadRedactionLexicon,
  type RedactionLexicon,
  type SensitiveTerm,
} from '../../../../shared/redaction';

/**
 * False refusals matter too (DESIGN.md): a report that mentions hope, grace or a rose garden must
 * not be refused because a participant is called Hope, Grace or Rose. Such words are at most
 * warnings, and a known-safe phrase silences them for good.
 */

let lexicon: RedactionLexicon;
beforeAll(async () => {
  lexicon = await loadRedactionLexicon();
});

const ORDINARY_NAMES: SensitiveTerm[] = [
  'Rose Li',
  'Hope Martin',
  'Grace Kim',
  'Mark Said',
  'Will Young',
  'Joy Park',
  'Faith Stone',
  'Amal Haddad',
  'أمل منصور',
  'نور الهدى',
  'كريم جميل',
  'שלום כהן',
  'טל אור',
  'Вера Орлова',
  'Umut Deniz',
  'امید بهار',
].map((value, i) => ({ kind: 'name', value, owner: `p${i}` }));

const PROSE = [
  'We hope the grace period holds until the next round.',
  'Mark the date: the talks resume in May, and we will meet again.',
  'The rose garden at the venue was a place to walk and talk.',
  'He said that joy and faith were not enough without a plan.',
  'Young people from both sides joined the park clean-up.',
  'The stone bridge is a landmark of the old town.',
  'لدينا أمل كبير في أن يستمر الحوار، والنور في آخر النفق.',
  'كان الجو جميل والضيف كريم.',
  'שלום לכולם, אור השמש נכנס לחדר.',
  'Вера в процесс растёт.',
  'Umut var, deniz sakin.',
  'امید داریم که بهار بیاید.',
];

describe('ordinary words that are also name words', () => {
  it.each(PROSE)('never refuse %s, at most warn', (text) => {
    const found = createRedactor(ORDINARY_NAMES, { lexicon }).scan([{ where: 'Summary', text }]);
    expect(found.filter((finding) => finding.certainty === 'certain')).toEqual([]);
  });

  it('are silenced by known-safe phrases', () => {
    const blocks = [{ where: 'Summary', text: 'The Rose Garden Accord and the grace period.' }];
    const before = createRedactor(ORDINARY_NAMES, { lexicon }).scan(blocks);
    expect(before.length).toBeGreaterThan(0);
    const after = createRedactor(ORDINARY_NAMES, { lexicon, safePhrases: ['Rose Garden Accord', 'grace period'] }).scan(
      blocks,
    );
    expect(after).toEqual([]);
  });
});

describe('words that share letters with a name', () => {
  const terms: SensitiveTerm[] = [
    { kind: 'name', value: 'Yusuf Haddad', owner: 'y' },
    { kind: 'name', value: 'Miriam Levi', owner: 'm' },
    { kind: 'name', value: 'Sergei Petrov', owner: 's' },
  ];

  it.each([
    'The Haddadin family farm',
    'Levitation and the Levant',
    'Petrovna Street',
    'Yusufiya district',
    'The haddock was served',
    'petrol prices',
  ])('%s is no refusal', (text) => {
    const found = createRedactor(terms, { lexicon }).scan([{ where: 'Summary', text }]);
    expect(found.filter((finding) => finding.certainty === 'certain')).toEqual([]);
  });

  // The 10,000 most frequent English words, against names made of their letters: a word that
  // contains a name word, or is one letter away from it, is not a refusal in lower-case prose.
  const ordinary = (commonWords as readonly string[]).slice(0, 10_000).filter((word) => /^[a-z]{5,}$/u.test(word));

  it('holds for any ordinary word and any name that is a part of it or one letter from it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ordinary), fc.nat(), fc.boolean(), (word, cut, edit) => {
        const start = cut % (word.length - 3);
        const piece = word.slice(start, start + 4 + (cut % 3));
        const nameWord = edit ? `${word.slice(0, -1)}${word.at(-1) === 'z' ? 'y' : 'z'}` : piece;
        fc.pre(nameWord !== word && nameWord.length >= 4);
        const capital = nameWord[0]!.toUpperCase() + nameWord.slice(1);
        const roster: SensitiveTerm[] = [{ kind: 'name', value: `Qxv ${capital}`, owner: 'q' }];
        const found = createRedactor(roster, { lexicon }).scan([
          { where: 'Summary', text: `they spoke of the ${word} again` },
        ]);
        expect(found.filter((finding) => finding.certainty === 'certain')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
