import type { SensitiveTerm } from '../../../../shared/redaction';

/**
 * Our own corpus of tricky identities, across the scripts facilitators work in, and the classes of
 * disguise a name can take in a report. Tests combine them (every identity × every disguise that
 * applies), so no test is tuned to a fixed list of examples.
 */

export interface Identity {
  readonly id: string;
  readonly script: 'latin' | 'arabic' | 'hebrew' | 'cyrillic' | 'persian' | 'greek' | 'hangul' | 'turkish';
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly email?: string;
  readonly phone?: string;
  readonly affiliation?: string;
  readonly side: string;
}

export const IDENTITIES: readonly Identity[] = [
  {
    id: 'haddad',
    script: 'latin',
    name: 'Yusuf Ḥaddād',
    aliases: ['Abu Karim'],
    email: 'yusuf.haddad@example.org',
    phone: '+41 22 555 01 23',
    affiliation: 'Ministry of Water Resources',
    side: 'Side A',
  },
  {
    id: 'odegard',
    script: 'latin',
    name: 'Søren Ødegård',
    email: 'soren.odegard@fjord.no',
    phone: '+47 22 33 44 55',
    side: 'Side B',
  },
  { id: 'wrobel', script: 'latin', name: 'Łukasz Wróbel', side: 'Side A' },
  { id: 'petrovic', script: 'latin', name: 'Đorđe Petrović', side: 'Side B' },
  { id: 'aegisson', script: 'latin', name: 'Þórður Ægisson', side: 'Side A' },
  { id: 'oneill', script: 'latin', name: "Siobhán O'Neill", side: 'Side B' },
  { id: 'grossmann', script: 'latin', name: 'Jürgen Großmann', side: 'Side A' },
  { id: 'lefevre', script: 'latin', name: 'François-Xavier Lefèvre', side: 'Side B' },
  { id: 'nguyen', script: 'latin', name: 'Nguyễn Thị Phương', side: 'Side A' },
  { id: 'yilmaz', script: 'turkish', name: 'Ayşe Yılmaz', side: 'Side B' },
  { id: 'celik', script: 'turkish', name: 'İbrahim Çelikkaya', side: 'Side A' },
  {
    id: 'najjar',
    script: 'arabic',
    name: 'عبد الرحمن النجار',
    aliases: ['Abdulrahman al-Najjar'],
    side: 'Side A',
    phone: '+962 6 555 1234',
  },
  { id: 'mansour', script: 'arabic', name: 'ابراهيم منصوري', side: 'Side B' },
  { id: 'shimoni', script: 'hebrew', name: 'אברהם שמעוני', aliases: ['Avraham Shimoni'], side: 'Side B' },
  { id: 'levinson', script: 'hebrew', name: 'מרים לוינסון', side: 'Side A' },
  { id: 'ivanov', script: 'cyrillic', name: 'Сергей Иванов-Петров', aliases: ['Sergei Ivanov-Petrov'], side: 'Side B' },
  { id: 'kuznetsova', script: 'cyrillic', name: 'Ольга Кузнецова', side: 'Side A' },
  { id: 'rezaei', script: 'persian', name: 'مهدی رضایی', side: 'Side B' },
  { id: 'kermani', script: 'persian', name: 'پریسا کرمانی', side: 'Side A' },
  { id: 'papadopoulou', script: 'greek', name: 'Ελένη Παπαδοπούλου', side: 'Side B' },
  { id: 'kim', script: 'hangul', name: '김민준', aliases: ['Kim Min-jun'], side: 'Side A' },
  { id: 'park', script: 'hangul', name: '박서연', aliases: ['Park Seo-yeon'], side: 'Side B' },
];

export function termsOf(identities: readonly Identity[]): SensitiveTerm[] {
  return identities.flatMap((person) => {
    const of = { owner: person.id, side: person.side };
    return [
      { kind: 'name' as const, value: person.name, ...of },
      ...(person.aliases ?? []).map((alias) => ({ kind: 'alias' as const, value: alias, ...of })),
      ...(person.email ? [{ kind: 'email' as const, value: person.email, ...of }] : []),
      ...(person.phone ? [{ kind: 'phone' as const, value: person.phone, ...of }] : []),
      ...(person.affiliation ? [{ kind: 'affiliation' as const, value: person.affiliation, ...of }] : []),
    ];
  });
}

/** A deterministic choice, so a disguise can be drawn from a seed (fast-check hands us one). */
export type Pick = (n: number) => number;

export const seeded =
  (seed: number): Pick =>
  (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.abs(seed) % n;
  };

const FORMAT_CHARACTERS = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u00AD',
  '\u200E',
  '\u200F',
  '\u2060',
  '\uFE0F',
  '\uFEFF',
  '\u2062',
  '\u034F',
  '\u061C',
  '\u202A',
  '\u2066',
];
const LOOK_ALIKES: Readonly<Record<string, readonly string[]>> = {
  a: ['а', 'α'],
  c: ['с', 'ϲ'],
  e: ['е'],
  o: ['о', 'ο', 'օ'],
  p: ['р', 'ρ'],
  x: ['х', 'χ'],
  y: ['у'],
  i: ['і', 'ι'],
  j: ['ј'],
  s: ['ѕ'],
  h: ['һ', 'հ'],
  A: ['А', 'Α', 'Ꭺ'],
  B: ['В', 'Β'],
  C: ['С', 'Ꮯ'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η', 'Ꮋ'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  Y: ['Υ', 'Ү'],
  S: ['Ѕ', 'Ꮪ'],
  I: ['І', 'Ι'],
  J: ['Ј'],
  N: ['Ν'],
  Z: ['Ζ'],
};
const ARABIC_PREFIX_PARTS = [
  ['', 'و', 'ف'],
  ['', 'ب', 'ل', 'ك'],
] as const;
const HEBREW_PREFIX_LETTERS = ['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'];
const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B'];
const NIQQUD = ['\u05B0', '\u05B4', '\u05B7', '\u05B8', '\u05BC', '\u05B9'];
const SEPARATORS_IN_NAMES = ['', ' ', '-', '‐', '’', "'", '.', ' - ', '\u00A0'];

const words = (name: string) => name.split(/[\s\-‐'’]+/u).filter((word) => word !== '');
const letters = (word: string) => [...word];
const isArabic = (word: string) => /\p{Script=Arabic}/u.test(word);
const isHebrew = (word: string) => /\p{Script=Hebrew}/u.test(word);

/** A class of disguise: the name as it may appear in a report, or null where the class does not apply. */
export interface Disguise {
  readonly label: string;
  /** True when the disguise still makes the name certain; false when a warning is the honest answer. */
  readonly certain: boolean;
  readonly apply: (name: string, pick: Pick) => string | null;
}

function insertAt(word: string, pick: Pick, insert: (pick: Pick) => string): string {
  const chars = letters(word);
  const at = 1 + pick(Math.max(1, chars.length - 1));
  return [...chars.slice(0, at), insert(pick), ...chars.slice(at)].join('');
}

const mapWords = (name: string, fn: (word: string, i: number) => string) => words(name).map(fn).join(' ');

export const DISGUISES: readonly Disguise[] = [
  { label: 'as written', certain: true, apply: (name) => name },
  { label: 'upper case', certain: true, apply: (name) => name.toUpperCase() },
  { label: 'lower case', certain: true, apply: (name) => name.toLowerCase() },
  {
    label: 'accents dropped (NFKD)',
    certain: true,
    apply: (name) =>
      /[^\p{ASCII}]/u.test(name) && /\p{Script=Latin}/u.test(name)
        ? name.normalize('NFKD').replace(/\p{M}/gu, '')
        : null,
  },
  {
    label: 'letters NFKD keeps whole, spelled out',
    certain: true,
    apply: (name) => {
      const spelled = name.replace(
        /[øØđĐħĦßæÆıłŁþÞðÐœŒ]/gu,
        (c) =>
          ({
            ø: 'o',
            Ø: 'O',
            đ: 'd',
            Đ: 'D',
            ħ: 'h',
            Ħ: 'H',
            ß: 'ss',
            æ: 'ae',
            Æ: 'Ae',
            ı: 'i',
            ł: 'l',
            Ł: 'L',
            þ: 'th',
            Þ: 'Th',
            ð: 'd',
            Ð: 'D',
            œ: 'oe',
            Œ: 'Oe',
          })[c] ?? c,
      );
      return spelled === name ? null : spelled.normalize('NFKD').replace(/\p{M}/gu, '');
    },
  },
  {
    label: 'invisible characters inside words',
    certain: true,
    apply: (name, pick) =>
      mapWords(name, (word) =>
        letters(word).length > 1 ? insertAt(word, pick, (p) => FORMAT_CHARACTERS[p(FORMAT_CHARACTERS.length)]!) : word,
      ),
  },
  {
    label: 'look-alike letters from other scripts',
    certain: true,
    apply: (name, pick) => {
      if (!/\p{Script=Latin}/u.test(name)) return null;
      let changed = false;
      const out = letters(name.normalize('NFC')).map((c) => {
        const options = LOOK_ALIKES[c];
        if (options && (!changed || pick(2) === 0)) {
          changed = true;
          return options[pick(options.length)]!;
        }
        return c;
      });
      return changed ? out.join('') : null;
    },
  },
  {
    label: 'full-width and mathematical letters',
    certain: true,
    apply: (name, pick) => {
      if (!/^[\p{Script=Latin}\s\-'’]+$/u.test(name)) return null;
      const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '');
      if (!/^[A-Za-z\s\-']+$/u.test(ascii)) return null;
      const style = pick(2);
      return letters(ascii)
        .map((c) => {
          if (!/[A-Za-z]/u.test(c)) return c;
          if (style === 0) return String.fromCodePoint(c.codePointAt(0)! + 0xfee0);
          const base = c <= 'Z' ? 0x1d400 : 0x1d41a;
          return String.fromCodePoint(base + (c.toLowerCase().codePointAt(0)! - 97));
        })
        .join('');
    },
  },
  {
    label: 'Arabic or Hebrew prefixes attached',
    certain: true,
    apply: (name, pick) => {
      const parts = words(name);
      const last = parts.at(-1)!;
      if (isArabic(last)) {
        const prefix = ARABIC_PREFIX_PARTS.map((options) => options[pick(options.length)]).join('') || 'و';
        const bare = last.replace(/^ال/u, '');
        const article = pick(2) === 0 ? 'ال' : '';
        return [...parts.slice(0, -1), `${prefix}${article}${bare}`].join(' ');
      }
      if (isHebrew(last)) {
        const count = 1 + pick(3);
        const prefix = Array.from(
          { length: count },
          () => HEBREW_PREFIX_LETTERS[pick(HEBREW_PREFIX_LETTERS.length)],
        ).join('');
        return [...parts.slice(0, -1), `${prefix}${last}`].join(' ');
      }
      return null;
    },
  },
  {
    label: 'harakat, niqqud or tatweel added',
    certain: true,
    apply: (name, pick) => {
      if (/\p{Script=Arabic}/u.test(name)) {
        return mapWords(name, (word) =>
          insertAt(word, pick, (p) => (p(3) === 0 ? '\u0640' : HARAKAT[p(HARAKAT.length)]!)),
        );
      }
      if (/\p{Script=Hebrew}/u.test(name))
        return mapWords(name, (word) => insertAt(word, pick, (p) => NIQQUD[p(NIQQUD.length)]!));
      return null;
    },
  },
  {
    label: 'one letter changed in a long word',
    certain: true,
    apply: (name, pick) => {
      const parts = words(name);
      const long = parts.findIndex((word) => letters(word).length >= 6);
      if (long < 0 || parts.length < 2) return null;
      const chars = letters(parts[long]!);
      const at = 1 + pick(chars.length - 2);
      const kind = pick(3);
      if (kind === 0) chars.splice(at, 1);
      else if (kind === 1) chars.splice(at, 0, chars[at]!);
      else chars[at] = chars[at - 1]!;
      parts[long] = chars.join('');
      return parts.join(' ');
    },
  },
  {
    label: 'apostrophes, hyphens and spaces inside the name changed',
    certain: true,
    apply: (name, pick) => {
      if (!/[\s\-'’]/u.test(name.trim())) return null;
      return name.replace(/[\s\-'’]+/gu, () => SEPARATORS_IN_NAMES[pick(SEPARATORS_IN_NAMES.length)]!);
    },
  },
  {
    label: 'surname first, after a comma',
    certain: true,
    apply: (name) => {
      const parts = words(name);
      return parts.length < 2 ? null : `${parts.at(-1)}, ${parts.slice(0, -1).join(' ')}`;
    },
  },
  {
    label: 'a title before the surname alone',
    certain: true,
    apply: (name, pick) => {
      const parts = words(name);
      const titles = isArabic(name)
        ? ['الدكتور', 'الشيخ', 'السيد']
        : isHebrew(name)
          ? ['הרב', 'מר', 'פרופ׳']
          : /\p{Script=Cyrillic}/u.test(name)
            ? ['генерал', 'доктор', 'посол']
            : ['Dr', 'Mr.', 'Prof.', 'Sheikh', 'Ambassador', 'Gen.'];
      if (/\p{Script=Hangul}/u.test(name)) return `${name.slice(0, 1)} 교수`;
      return `${titles[pick(titles.length)]} ${parts.at(-1)}`;
    },
  },
  {
    label: 'a line break between the words',
    certain: true,
    apply: (name) => (words(name).length < 2 ? null : words(name).join('\n')),
  },
  {
    label: 'spelled out letter by letter',
    certain: true,
    apply: (name, pick) => {
      const last = words(name).at(-1)!;
      return letters(last).length < 4 || !/\p{Script=Latin}/u.test(last)
        ? null
        : letters(last).join(pick(2) === 0 ? ' ' : '.');
    },
  },
  {
    label: 'written backwards behind a right-to-left override',
    certain: true,
    apply: (name) => {
      const last = words(name).at(-1)!;
      return letters(last).length < 4 || !/\p{Script=Latin}/u.test(last)
        ? null
        : `\u202E${letters(last).reverse().join('')}\u202C`;
    },
  },
  {
    label: 'a Korean particle or honorific attached',
    certain: true,
    apply: (name, pick) => (/\p{Script=Hangul}/u.test(name) ? `${name}${['씨가', '님은', '이', '씨'][pick(4)]}` : null),
  },
];

/** Ways to write an email address past a filter. */
export const EMAIL_DISGUISES: readonly ((email: string) => string)[] = [
  (email) => email,
  (email) => email.toUpperCase(),
  (email) => email.replace('@', ' at ').replaceAll('.', ' dot '),
  (email) => email.replace('@', ' [at] ').replaceAll('.', ' [dot] '),
  (email) => email.replace('@', '(at)').replaceAll('.', '(dot)'),
  (email) => email.replace('@', ' @ ').replaceAll('.', ' . '),
  (email) => email.replace('@', '\u200B@\u200B'),
  (email) => email.replace('@', '＠'),
];

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** Ways to write a phone number: grouping, separators, prefixes and digits of other scripts. */
export const PHONE_DISGUISES: readonly ((phone: string, pick: Pick) => string)[] = [
  (phone) => phone,
  (phone) => phone.replace(/\D/gu, ''),
  (phone) => `00${phone.replace(/\D/gu, '')}`,
  (phone) => {
    // National form: trunk zero instead of the country code (country codes here are 2 or 3 digits).
    const digits = phone.replace(/\D/gu, '');
    return `0${digits.slice(digits.startsWith('9') ? 3 : 2)}`;
  },
  (phone, pick) => {
    const digits = phone.replace(/\D/gu, '');
    const separators = [' ', '-', '.', '/', ' – ', '\u00A0', '·'];
    let out = '+';
    for (let i = 0; i < digits.length; i++) {
      out += `${i > 0 && pick(3) === 0 ? separators[pick(separators.length)]! : ''}${digits[i]!}`;
    }
    return out;
  },
  (phone) => phone.replace(/\d/gu, (d) => ARABIC_INDIC[Number(d)]!),
  (phone) => phone.replace(/\d/gu, (d) => PERSIAN[Number(d)]!),
  (phone) => {
    const digits = phone.replace(/\D/gu, '');
    return `+${digits.slice(0, 2)} (${digits.slice(2, 4)}) ${digits.slice(4)}`;
  },
];

/** Ordinary report prose to plant names in: no word of it is a name of the corpus. */
export const PROSE = [
  'The sessions agreed to continue the dialogue on water allocation.',
  'Participants discussed the costs of the conflict and the needs of each community.',
  'A joint working group will map the root causes before the next round.',
  'Several options entered the range of what can be discussed.',
  'The facilitation team proposes a third meeting in the spring.',
  'Views converged on monitoring and diverged on the sequencing of steps.',
  'نوقشت مسألة المياه المشتركة بين الطرفين.',
  'המשתתפים דנו בצרכים של כל קהילה.',
  'Участники обсудили вопросы водных ресурсов.',
  'شرکت‌کنندگان درباره آینده گفتگو کردند.',
  '참가자들은 물 문제를 논의했다.',
];
