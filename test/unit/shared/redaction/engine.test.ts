import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRedactor,
  loadRedactionLexicon,
  type Finding,
  type RedactionLexicon,
  type SensitiveTerm,
} from '../../../../shared/redaction';

let lexicon: RedactionLexicon;
beforeAll(async () => {
  lexicon = await loadRedactionLexicon();
});

const name = (value: string, owner = value): SensitiveTerm => ({ kind: 'name', value, owner });
const alias = (value: string, owner: string): SensitiveTerm => ({ kind: 'alias', value, owner });

function scan(text: string | readonly string[], terms: readonly SensitiveTerm[], safePhrases: readonly string[] = []) {
  const blocks = (typeof text === 'string' ? [text] : text).map((t, i) => ({ where: `Block ${i + 1}`, text: t }));
  return createRedactor(terms, { lexicon, safePhrases }).scan(blocks);
}
const certainty = (text: string, terms: readonly SensitiveTerm[]) => {
  const found = scan(text, terms);
  if (found.some((f) => f.certainty === 'certain')) return 'certain';
  return found.length > 0 ? 'likely' : 'none';
};
const matched = (text: string, finding: Finding) => finding.parts.map((p) => text.slice(p.start, p.end)).join('|');

describe('findings', () => {
  it('say where and why, never what', () => {
    const [finding] = scan('As Yusuf Haddad proposed', [name('Yusuf Haddad')]);
    expect(finding).toMatchObject({ kind: 'name', certainty: 'certain', where: 'Block 1', term: 0 });
    expect(finding!.reason).toBe('a participant’s name');
    expect(JSON.stringify(finding).toLowerCase()).not.toMatch(/yusuf|haddad/u);
    expect(matched('As Yusuf Haddad proposed', finding!)).toBe('Yusuf Haddad');
  });

  it('find nothing in empty text or for empty terms', () => {
    expect(scan('', [name('Yusuf Haddad')])).toEqual([]);
    expect(scan(' — ', [name('Yusuf Haddad')])).toEqual([]);
    expect(scan('anything at all', [name(''), name('   '), { kind: 'email', value: '@.' }])).toEqual([]);
  });

  it('come in reading order, across blocks', () => {
    const found = scan(['Miriam spoke.', 'Then Haddad.'], [name('Yusuf Haddad', 'a'), name('Miriam Levi', 'b')]);
    expect(found.map((f) => f.where)).toEqual(['Block 1', 'Block 2']);
  });
});

describe('a word of a name', () => {
  const yusuf = [name('Yusuf Haddad')];

  it('is certain alone when no language uses it otherwise, possessive included, in any case', () => {
    for (const text of [
      "Haddad's proposal",
      'HADDAD objected',
      'haddad objected',
      'Ḥaddād objected',
      'Then Yusuf spoke.',
    ]) {
      expect(certainty(text, yusuf), text).toBe('certain');
    }
  });

  it('is not a longer word that merely contains it', () => {
    expect(certainty('The Haddadin family farm', yusuf)).toBe('none');
    expect(certainty('Rosemary and thyme', [name('Rose Li')])).not.toBe('certain');
    expect(certainty('Yusufiya district', yusuf)).toBe('none');
  });

  it('is certain next to another word of the same name, in either order, particles between', () => {
    expect(certainty('Rose Li said so', [name('Rose Li')])).toBe('certain');
    expect(certainty('Li, Rose said so', [name('Rose Li')])).toBe('certain');
    expect(certainty('Yusuf al-Haddad', yusuf)).toBe('certain');
    expect(certainty('said: Grace Hope', [name('Grace Hope')])).toBe('certain');
  });

  it('is not made certain by a word of someone else’s name beside it', () => {
    const terms = [name('Rose Li', 'a'), name('Mark Grace', 'b')];
    expect(certainty('Mark Rose', terms)).toBe('likely');
  });

  it('is certain after a title, however short or ordinary', () => {
    for (const text of ['Dr Rose agreed', 'as Dr. Li put it', 'Sheikh Rose', 'Ambassador Li', 'Prof Li']) {
      expect(certainty(text, [name('Rose Li')]), text).toBe('certain');
    }
    expect(certainty('قال الشيخ كريم', [name('كريم منصور')])).toBe('certain');
    expect(certainty('אמר הרב לוי', [name('משה לוי')])).toBe('certain');
    expect(certainty('сказал генерал Орлов', [name('Иван Орлов')])).toBe('certain');
    expect(certainty('Ahmet Bey geldi', [name('Ahmet Kaya')])).toBe('certain');
    expect(certainty('김 교수가 말했다', [name('김민준')])).toBe('certain');
  });

  it('replaces the title with the name', () => {
    const text = 'As Dr Rose Li put it.';
    const [finding] = scan(text, [name('Rose Li')]);
    expect(matched(text, finding!)).toBe('Dr Rose Li');
  });

  it('is certain capitalised in running text, whatever its length', () => {
    expect(certainty('and then Li said', [name('Rose Li')])).toBe('certain');
    expect(certainty('we met Rose yesterday', [name('Rose Li')])).toBe('certain');
  });

  it('is only likely where a capital says nothing: a sentence start, a heading, capitals throughout', () => {
    expect(certainty('Li said so', [name('Rose Li')])).toBe('likely');
    expect(certainty('Mark the date', [name('Mark Said')])).toBe('likely');
    expect(certainty('Grace Period And Other Matters', [name('Grace Kim')])).toBe('likely');
    expect(certainty('ROSE', [name('Rose Li')])).toBe('likely');
  });

  it('is only likely as an ordinary lower-case word, never silent', () => {
    expect(certainty('we hope so', [name('Hope Martin')])).toBe('likely');
    expect(certainty('he said that', [name('Said Nassar')])).toBe('likely');
    const [finding] = scan('a grace period', [name('Grace Kim')]);
    expect(finding!.reason).toBe(
      'a word of a participant’s name — it is also an ordinary word; confirm it does not point to them',
    );
  });

  it('is only likely inside a proper noun of its own ("the Rose Garden Accord")', () => {
    expect(certainty('under the Rose Garden Accord of 2019', [name('Rose Li')])).toBe('likely');
  });

  it('counts aliases like names, word by word, with their owner’s other words', () => {
    const terms = [name('Yusuf Haddad', 'y'), alias('Abu Karim', 'y')];
    expect(certainty('Abu-Karim was late', terms)).toBe('certain');
    expect(certainty('Karim was late', terms)).toBe('certain');
    expect(certainty('Abu was late', terms)).toBe('none');
    expect(certainty('Karim Haddad came', terms)).toBe('certain');
    expect(scan('Karim was late', terms)[0]!.kind).toBe('alias');
  });

  it('skips particles and initials alone', () => {
    expect(certainty('Al agreed', [name('Al Haddad')])).toBe('none');
    expect(certainty('van der Berg', [name('Jan van der Berg')])).toBe('certain');
    expect(certainty('the van was late', [name('Jan van der Berg')])).toBe('none');
  });
});

describe('in Arabic and Hebrew', () => {
  it('matches with harakat, shadda or another hamza seat', () => {
    expect(certainty('اقتراح الحدّاد', [name('يوسف الحداد')])).toBe('certain');
    expect(certainty('قال أَحْمَد منصور', [name('احمد منصور')])).toBe('certain');
    expect(certainty('كتب إبراهيم', [name('ابراهيم منصوري')])).toBe('certain');
  });

  it('strips one-letter prefixes in any combination, and the article on either side', () => {
    for (const text of ['اقتراح الحداد', 'اقتراح والحداد', 'اتصلنا بالحداد', 'فبالحداد', 'وكالحداد', 'للحداد']) {
      expect(certainty(text, [name('يوسف حداد')]), text).toBe('certain');
    }
    expect(certainty('مع يوسف والحداد', [name('محمد الحداد')])).toBe('certain');
    for (const text of ['הצעה ושמעוני', 'וכשמשמעוני', 'לשמעוני', 'הַצָּעַת שִׁמְעוֹנִי']) {
      expect(certainty(text, [name('אברהם שמעוני')]), text).toBe('certain');
    }
  });

  it('does not strip into a different word', () => {
    expect(certainty('اقتراح حدادين', [name('محمد الحداد')])).toBe('none');
  });

  it('warns on a short or ordinary name word alone', () => {
    expect(certainty('لدينا أمل كبير', [name('أمل حداد')])).toBe('likely');
    expect(certainty('הוא לוי', [name('משה לוי')])).toBe('likely');
  });

  it('unifies Persian and Arabic letter forms', () => {
    expect(certainty('گفتگو با رضايي', [name('مهدی رضایی')])).toBe('certain');
    expect(certainty('كرماني', [name('پریسا کرمانی')])).toBe('certain');
  });
});

describe('contacts', () => {
  const email: SensitiveTerm = { kind: 'email', value: 'yusuf.haddad@example.org' };
  const phone: SensitiveTerm = { kind: 'phone', value: '+41 22 555 01 23' };

  it('finds an email address and a phone number as written on the roster', () => {
    expect(scan('Write to YUSUF.HADDAD@example.org first.', [email, phone]).map((f) => f.kind)).toEqual(['email']);
    expect(scan('Call +41 22 555 01 23 on arrival.', [email, phone]).map((f) => f.kind)).toEqual(['phone']);
    expect(scan('Call +41 22 555 01 24 on arrival.', [email, phone])).toEqual([]);
  });

  it('does not flag an address by one word of it, nor dates, times and counts as phones', () => {
    expect(scan('The org chart', [email])).toEqual([]);
    expect(scan('from 09:00 to 17:30 on 2026-05-14, 45 min, 1,250 people', [phone])).toEqual([]);
  });

  it('finds a phone number split across two fields', () => {
    expect(scan(['Reception: +41 22', '555 01 23'], [phone]).map((f) => f.where)).toEqual(['Block 1']);
  });

  it('warns on the local part of an address alone, unless it is ordinary words', () => {
    expect(certainty('ask yhaddad77 about it', [{ kind: 'email', value: 'yhaddad77@mail.example' }])).toBe('likely');
    expect(certainty('the office asked', [{ kind: 'email', value: 'office@example.org' }])).toBe('none');
  });
});

describe('sensitive affiliations', () => {
  const ministry: SensitiveTerm = { kind: 'affiliation', value: 'Ministry of Water Resources' };
  const quds: SensitiveTerm = { kind: 'affiliation', value: 'IRGC Quds Force' };

  it('are certain as written, reordered or reworded', () => {
    expect(certainty('ministry of WATER resources', [ministry])).toBe('certain');
    expect(certainty('the Water Resources Ministry said', [ministry])).toBe('certain');
    expect(certainty('from the water-resources ministry', [ministry])).toBe('certain');
  });

  it('are a warning by a distinctive word or their initials alone, and nothing by an ordinary word', () => {
    expect(certainty('a Quds commander', [quds])).toBe('likely');
    expect(
      certainty('the PFLP said', [{ kind: 'affiliation', value: 'Popular Front for the Liberation of Palestine' }]),
    ).toBe('likely');
    expect(certainty('water was discussed', [ministry])).toBe('none');
    expect(certainty('Ministry meeting', [ministry])).toBe('none');
  });
});

describe('speaker codes and pseudonyms, for exports that must not carry them', () => {
  const code: SensitiveTerm = { kind: 'speaker-code', value: 'B2' };
  const pseudonym: SensitiveTerm = { kind: 'pseudonym', value: 'The Gardener' };

  it('finds a code as written or pulled apart, and warns on a lower-case one', () => {
    expect(certainty('B2 objected', [code])).toBe('certain');
    expect(certainty('B-2 objected', [code])).toBe('certain');
    expect(certainty('a b2 visa', [code])).toBe('likely');
    expect(certainty('B20 objected', [code])).toBe('none');
  });

  it('finds a pseudonym as a whole, not by one of its words', () => {
    expect(certainty('as the gardener said', [pseudonym])).toBe('certain');
    expect(certainty('the garden', [pseudonym])).toBe('none');
  });
});

describe('known-safe phrases', () => {
  const rose = [name('Rose Li', 'r')];

  it('suppress name words inside them, and only there', () => {
    expect(scan('under the Rose Garden Accord', rose, ['Rose Garden Accord'])).toEqual([]);
    expect(scan('under the rose garden accord', rose, ['Rose Garden Accord'])).toEqual([]);
    const found = scan('Rose Li signed the Rose Garden Accord', rose, ['Rose Garden Accord']);
    expect(found).toHaveLength(1);
    expect(found[0]!.parts[0]!.start).toBe(0);
  });

  it('never suppress contact details', () => {
    const phone: SensitiveTerm = { kind: 'phone', value: '+41 22 555 01 23' };
    expect(scan('Hotel line +41 22 555 01 23', [phone], ['Hotel line +41 22 555 01 23'])).toHaveLength(1);
  });
});

describe('replace mode', () => {
  const terms: SensitiveTerm[] = [
    { kind: 'name', value: 'Yusuf Haddad', owner: 'y', side: 'Side A' },
    { kind: 'email', value: 'yusuf.haddad@example.org', owner: 'y', side: 'Side A' },
    { kind: 'affiliation', value: 'Ministry of Water Resources', owner: 'y', side: 'Side A' },
  ];
  const replace = (text: string, style: 'participant' | 'participant-with-side' | 'remove') => {
    const redactor = createRedactor(terms, { lexicon });
    const blocks = [{ where: 'Summary', text }];
    return redactor.replace(blocks, redactor.scan(blocks), style)[0]!.text;
  };

  it('replaces names by "a participant", with the side when asked, capitalised at a sentence start', () => {
    expect(replace('Dr Yusuf Haddad spoke. Later Haddad agreed.', 'participant')).toBe(
      'A participant spoke. Later a participant agreed.',
    );
    expect(replace('As Haddad said', 'participant-with-side')).toBe('As a participant from Side A said');
  });

  it('removes contacts and affiliations without leaving their pieces', () => {
    expect(replace('Write to yusuf dot haddad at example dot org today.', 'participant')).toBe(
      'Write to (contact details removed) today.',
    );
    expect(replace('Staff of the Ministry of Water Resources came.', 'participant')).toBe(
      'Staff of an organisation came.',
    );
    expect(replace('Then Haddad left.', 'remove')).toBe('Then left.');
  });

  it('replaces a name split across blocks in its first block and removes the rest', () => {
    const redactor = createRedactor(terms, { lexicon });
    const blocks = [
      { where: 'Item 1', text: 'Opening by Yusuf' },
      { where: 'Item 2', text: 'Haddad and the wells' },
    ];
    expect(redactor.replace(blocks, redactor.scan(blocks), 'participant').map((b) => b.text)).toEqual([
      'Opening by a participant',
      ' and the wells',
    ]);
  });
});

describe('layout mode (a printed page)', () => {
  it('reads capitals as saying nothing, so a line start is no name', () => {
    const redactor = createRedactor([name('Rose Li')], { lexicon });
    expect(redactor.scan([{ where: 'p', text: '10:30 Plenary Rose Garden' }], { layout: true })[0]!.certainty).toBe(
      'likely',
    );
    expect(redactor.scan([{ where: 'p', text: 'planting then Rose' }])[0]!.certainty).toBe('certain');
    expect(redactor.scan([{ where: 'p', text: 'planting then Rose' }], { layout: true })[0]!.certainty).toBe('likely');
  });
});
