import anyAscii from 'any-ascii';

/**
 * Letters for matching identities, one token at a time. Every disguise that changes how a word is
 * encoded without changing how it reads ends here: compatibility forms, accents, letters NFKD keeps
 * whole, Arabic and Hebrew spelling forms, digits of other scripts, look-alike letters of other
 * scripts, and invisible characters.
 */

/**
 * Characters that draw nothing or only steer layout: zero-width spaces and joiners, soft hyphens,
 * bidi marks and controls, variation selectors, tag characters, Hangul fillers, the combining
 * grapheme joiner… (Unicode's Cf category and Default_Ignorable_Code_Point property).
 */
const FORMAT_CHARACTER = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;
export const isFormatCharacter = (character: string): boolean => FORMAT_CHARACTER.test(character);

/** Bidi overrides make the characters after them display in reverse: "‮daddaH" shows as "Haddad". */
export const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
export const LEFT_TO_RIGHT_OVERRIDE = '\u202D';

const LATIN = /^\p{Script=Latin}$/u;
const COMBINING_MARKS = /\p{M}+/gu;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The value of a decimal digit of any script: Unicode lays out every script's digits as runs of ten
 * from zero, so the distance to the start of the run is the value.
 */
export function digitValue(character: string): number {
  let codePoint = character.codePointAt(0)!;
  let value = 0;
  while (value < 9 && DECIMAL_DIGIT.test(String.fromCodePoint(codePoint - 1))) {
    codePoint -= 1;
    value += 1;
  }
  // Runs longer than ten (mathematical digits) are unified by NFKD before we get here.
  return value % 10;
}

/** Arabic spellings that vary between writers and keyboards for the same word (as in search-fold.ts). */
const ARABIC_FORMS: Readonly<Record<string, string>> = {
  '\u0671': '\u0627', // alef wasla → alef
  '\u0629': '\u0647', // teh marbuta → heh
  '\u0649': '\u064A', // alef maksura → yeh
  '\u06CC': '\u064A', // Farsi yeh → Arabic yeh
  '\u06A9': '\u0643', // keheh → kaf
  '\u0640': '', // tatweel (kashida) only stretches a word
};

/** Hebrew final forms read as their letters, so a name with a misplaced final letter still matches. */
const HEBREW_FINALS: Readonly<Record<string, string>> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };

const FOLDED_CHARACTERS = new Map<string, string>();

/**
 * One character, already decomposed, without marks and in lower case, as matching reads it. Latin
 * letters that NFKD leaves whole (ø đ ħ ß æ ı ł þ ð œ ŋ ŧ…) are spelled out the way transliteration
 * writes them; any-ascii holds that table for the whole Latin script, so the class is covered rather
 * than a list of examples.
 */
function foldCharacter(character: string): string {
  if (character.length === 1 && character.charCodeAt(0) < 0x80) return character;
  // A document repeats the same few hundred letters: each is worked out (two Unicode property
  // tests, perhaps any-ascii) once per process.
  let folded = FOLDED_CHARACTERS.get(character);
  if (folded === undefined) {
    folded = DECIMAL_DIGIT.test(character)
      ? String(digitValue(character))
      : LATIN.test(character)
        ? anyAscii(character).toLowerCase()
        : character === 'ς'
          ? 'σ'
          : (ARABIC_FORMS[character] ?? HEBREW_FINALS[character] ?? character);
    FOLDED_CHARACTERS.set(character, folded);
  }
  return folded;
}

/** Printable ASCII: NFKD leaves it as it is, and it has no marks to drop. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

/**
 * A token's letters as matching compares them in their own script: compatibility forms unified,
 * accents, harakat and niqqud dropped, case folded, Latin letters spelled out, Arabic letter forms
 * and digits of every script unified. Format characters must already be gone.
 */
export function foldLetters(value: string): string {
  // Most words of a report are plain ASCII: folding them is only lower-casing.
  if (PRINTABLE_ASCII.test(value)) return value.toLowerCase();
  const decomposed = value.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(COMBINING_MARKS, '');
  let folded = '';
  for (const character of decomposed) folded += foldCharacter(character);
  // Hangul syllables decompose into their jamo under NFKD; put them back together.
  return /[\u1100-\u11FF]/u.test(folded) ? folded.normalize('NFC') : folded;
}

/**
 * Letters of other scripts drawn like Latin letters (the idea of Unicode UTS #39's confusables,
 * restricted to what can pass for Latin): Cyrillic, Greek, Armenian, Cherokee and Lisu capitals and
 * small letters that a reader cannot tell from a, c, e, o, p, x, y, H, K, M…
 */
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(
  [
    // Cyrillic
    'Аa Вb Еe Кk Мm Нh Оo Рp Сc Тt Уy Хx Ѕs Іi Јj Үy Һh Ӏl Ԛq Ԝw Ԁd аa еe оo рp сc уy хx ѕs іi јj үy һh ӏl ԛq ԝw ԁd',
    // Greek
    'Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx Ϲc οo νv ρp ιi κk αa υu χx ϲc ϳj γy',
    // Armenian
    'օo ոn սu հh ցg զq Օo Սu Տs Լl',
    // Cherokee
    'Ꭺa Ᏼb Ꮯc Ꭰd Ꭼe Ꮐg Ꮋh Ꭻj Ꮶk Ꮮl Ꮇm Ꮲp Ꮪs Ꭲt Ꮩv Ꮃw Ꮓz',
    // Lisu
    'ꓮa ꓐb ꓚc ꓓd ꓰe ꓝf ꓖg ꓧh ꓲi ꓙj ꓗk ꓡl ꓟm ꓠn ꓳo ꓑp ꓣr ꓢs ꓔt ꓴu ꓦv ꓪw ꓫx ꓬy ꓜz',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => [[...pair][0]!, [...pair][1]!] as const),
);
/** Digits that pass for letters inside a word of letters ("Y0usef", "A1i"), as UTS #39 reads them. */
const DIGIT_LOOK_ALIKES: Readonly<Record<string, string>> = { '0': 'o', '1': 'l' };

/**
 * The Latin skeleton of a token that only *looks* Latin: each letter from another script that is
 * drawn like a Latin letter becomes that letter. Null when the token holds a letter that looks like
 * no Latin letter (then it is plainly written in its own script, and its transliteration is the
 * key), or nothing that needed mapping.
 */
export function lookAlikeSkeleton(value: string): string | null {
  const decomposed = value.normalize('NFKD').replace(COMBINING_MARKS, '');
  const hasLetters = /\p{L}/u.test(decomposed);
  let skeleton = '';
  let mapped = false;
  for (const character of decomposed) {
    const lookAlike = LOOK_ALIKES.get(character) ?? (hasLetters ? DIGIT_LOOK_ALIKES[character] : undefined);
    if (lookAlike !== undefined) {
      skeleton += lookAlike;
      mapped = true;
    } else if (LATIN.test(character) || (character.length === 1 && character.charCodeAt(0) < 0x80)) {
      skeleton += foldCharacter(character.toLowerCase());
    } else if (DECIMAL_DIGIT.test(character)) {
      skeleton += String(digitValue(character));
    } else {
      return null;
    }
  }
  return mapped ? skeleton.toLowerCase() : null;
}

const OWN_SCRIPT_ONLY = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * A token of another script spelled in Latin letters (any-ascii): "Иванов" is "ivanov", "Ελένη" is
 * "eleni", "김민준" is "gimminjun". Arabic and Hebrew are left out: their transliteration drops the
 * vowels and would make different names one ("حداد" and "هداد" both give "hdad"); they match in
 * their own script.
 */
export function transliteration(folded: string): string | null {
  if (OWN_SCRIPT_ONLY.test(folded) || /^[\x20-\x7e]*$/u.test(folded)) return null;
  const latin = anyAscii(folded)
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');
  return latin === '' ? null : latin;
}

export type Script = 'latin' | 'arabic' | 'hebrew' | 'cyrillic' | 'greek' | 'hangul' | 'han' | 'other' | 'digits';

const SCRIPTS: readonly [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
];

/** The script most of a token's letters are in; digits only when it has no letter. */
export function scriptOf(value: string): Script {
  const counts = new Map<Script, number>();
  for (const character of value) {
    if (!/\p{L}/u.test(character)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: Script = 'digits';
  let most = 0;
  for (const [script, count] of counts) {
    if (count > most) [best, most] = [script, count];
  }
  return best;
}

/** Whether a token mixes letters of two scripts ("Hаddad" with a Cyrillic а). */
export function mixesScripts(value: string): boolean {
  let seen: Script | null = null;
  for (const character of value) {
    if (!/\p{L}/u.test(character)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? 'other';
    if (seen !== null && script !== seen) return true;
    seen = script;
  }
  return false;
}
