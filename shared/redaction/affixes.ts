/**
 * The forms a folded word takes without the one-letter words written onto it: Arabic and Hebrew
 * attach "and", "so", "with", "to", "like", "from", "that", "the" to the next word, in any
 * combination ("وبالحداد" is "and with the Haddad"); Korean attaches case particles and honorifics
 * after a name ("김민준씨", "민준이는"). Each form is a candidate the matcher also looks up.
 */

const ARABIC_WORD = /^[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+$/u;
const HEBREW_WORD = /^[\u05D0-\u05EA]+$/u;
const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/u;

// Conjunction, then preposition, then article: و/ف · ب/ل/ك · ال (ل + ال is written "لل").
const ARABIC_CONJUNCTIONS = ['', 'و', 'ف'];
const ARABIC_PREPOSITIONS = ['', 'ب', 'ل', 'ك'];
const ARABIC_ARTICLES = ['', 'ال'];
const ARABIC_PREFIXES = [
  ...new Set(
    ARABIC_CONJUNCTIONS.flatMap((c) =>
      ARABIC_PREPOSITIONS.flatMap((p) => [
        ...ARABIC_ARTICLES.map((a) => `${c}${p}${a}`),
        ...(p === 'ل' ? [`${c}لل`] : []),
      ]),
    ).filter((prefix) => prefix !== ''),
  ),
];

// ו ה ב ל מ ש כ, up to four of them in front of a word (וכשמה…, ומה…, שב…).
const HEBREW_PREFIX_LETTERS = new Set(['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ']);
const HEBREW_MAX_PREFIX = 4;

// Longest first, so "에게서" is tried before "에게" and "에".
const KOREAN_SUFFIXES = [
  '선생님',
  '에게서',
  '께서는',
  '입니다',
  '에게',
  '께서',
  '에서',
  '으로',
  '이다',
  '이는',
  '이가',
  '박사',
  '교수',
  '장관',
  '대사',
  '의원',
  '장군',
  '씨',
  '님',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '과',
  '와',
  '도',
  '만',
  '로',
  '께',
];

/** Shortest stem left after a prefix: Arabic and Hebrew write short vowels not at all. */
const MIN_STEM = 2;

/** The folded word without its attached prefixes or particles: every way to read it, the word itself excluded. */
export function affixStrippedForms(word: string): string[] {
  // Only Arabic, Hebrew and Korean words take these; most words of a report are none of them.
  const first = word.charCodeAt(0);
  const mayHaveAffixes =
    (first >= 0x0600 && first <= 0x06ff) ||
    (first >= 0x05d0 && first <= 0x05ea) ||
    (first >= 0xac00 && first <= 0xd7a3);
  if (!mayHaveAffixes) return [];
  const forms = new Set<string>();
  if (ARABIC_WORD.test(word)) {
    for (const prefix of ARABIC_PREFIXES) {
      if (word.startsWith(prefix) && [...word].length - [...prefix].length >= MIN_STEM) {
        forms.add(word.slice(prefix.length));
      }
    }
  } else if (HEBREW_WORD.test(word)) {
    const letters = [...word];
    for (let i = 0; i < HEBREW_MAX_PREFIX && HEBREW_PREFIX_LETTERS.has(letters[i]!); i++) {
      if (letters.length - (i + 1) >= MIN_STEM) forms.add(letters.slice(i + 1).join(''));
    }
  } else if (HANGUL_WORD.test(word)) {
    // Honorific then case particle: "김민준씨가", "교수님께서".
    let stems = [word];
    for (let round = 0; round < 2; round++) {
      const next: string[] = [];
      for (const stem of stems) {
        for (const suffix of KOREAN_SUFFIXES) {
          if (stem.endsWith(suffix) && stem.length - suffix.length >= 1) next.push(stem.slice(0, -suffix.length));
        }
      }
      for (const form of next) forms.add(form);
      stems = next;
    }
  }
  return [...forms];
}

/**
 * A Korean name written as one word (family name + given name, "김민준") is also known by its
 * given name alone ("민준") and its family name ("김", short, so only next to a title or the given
 * name). Other names split into words as written.
 */
export function koreanNameParts(word: string): string[] {
  if (!HANGUL_WORD.test(word) || word.length < 2 || word.length > 4) return [];
  return [word.slice(0, 1), word.slice(1)];
}
