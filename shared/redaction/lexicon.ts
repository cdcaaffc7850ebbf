// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- types of a deep import, for every project that reaches this file (e2e includes no shared/)
/// <reference path="./common-words.d.ts" />
import { foldLetters } from './letters';

/**
 * Words the redaction engine reads for context. Lists are folded once, as tokens are: a title typed
 * "Dr.", "DR" or "د." is one entry.
 */

const words = (list: string): string[] => list.split(/\s+/u).filter((word) => word !== '');

/** A title as the tokens it is written in ("ד"ר" is two tokens around its gershayim). */
const tokensOf = (title: string): string[] =>
  title
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== '')
    .map(foldLetters);

/**
 * Titles and honorifics written before a name, in English, French, Spanish, German, Turkish,
 * Arabic, Hebrew, Russian and Persian. After one of these, any word of a participant's name
 * identifies them, however short or ordinary ("Dr Rose", "الشيخ كريم").
 */
const TITLES_BEFORE = [
  ...words(`mr mrs ms miss mx dr doctor prof professor sir dame lord lady hon honourable honorable
    gen general lt col colonel maj major capt captain brig brigadier adm admiral cmdr commander sgt
    marshal field-marshal sheikh shaikh sheik sheikha shaykh rabbi father fr rev reverend pastor imam
    mullah mufti ayatollah hojatoleslam sayyid sayed seyed haji hajji hajj ustaz ustadh emir amir
    prince princess king queen bishop archbishop patriarch metropolitan cardinal sister brother
    ambassador amb minister deputy senator sen rep representative judge justice mayor governor gov
    president pres chairman chairwoman chair dean eng engineer mme mlle monsieur madame herr frau
    señor senor señora senora sr sra don doña dona bay bayan sayın sayin doç doc hoca mirza agha aga
    comrade`),
  // Arabic
  ...words(`د دكتور الدكتور الدكتورة السيد السيدة سيد سيدة الشيخ شيخ الشيخة الأستاذ الاستاذ أستاذ
    الأستاذة الحاج الحاجة حاج اللواء العميد العقيد المقدم الرائد النقيب الجنرال الفريق المشير الوزير
    وزير الوزيرة السفير سفير السفيرة الإمام الامام إمام القاضي النائب المهندس م الأب الاب المطران
    الرئيس الأمير الامير الملك الآنسة الانسة السيد المستشار`),
  // Hebrew ("ד"ר" and "פרופ'" split around their marks)
  ...words(`מר גב גברת פרופ פרופסור הרב רב השר שר השרה השגריר שגריר אלוף תת-אלוף תא"ל אל"מ סא"ל רס"ן
    עו"ד ח"כ האב ד"ר דר השופט השופטת ראש`),
  // Russian
  ...words(`г-н господин г-жа госпожа д-р доктор проф профессор генерал полковник подполковник майор
    капитан посол министр отец раввин имам шейх товарищ мистер миссис`),
  // Persian
  ...words(`آقای آقا خانم دکتر مهندس حجت‌الاسلام حجت‌الاسلام آیت‌الله سردار سرتیپ سرهنگ حاج حاجی`),
].map(tokensOf);

/** Honorifics written after a name: Turkish "Ahmet Bey", Korean "김 교수", Japanese "Tanaka-san". */
const TITLES_AFTER = words(`bey hanım hanim efendi paşa pasa hoca san sama sensei ssi nim 씨 님 박사 교수
  선생 선생님 장관 대사 장군 의원 さん 様 باشا`).map(tokensOf);

/** The folded word at a position of a reading, or undefined outside it. */
export type FoldAt = (position: number) => string | undefined;

export interface Titles {
  /** Whether the folded words ending at `foldAt(end - 1)` spell a title; its length in words. */
  readonly before: (foldAt: FoldAt, end: number) => number;
  readonly after: (foldAt: FoldAt, start: number) => number;
}

function titleMatcher(titles: readonly string[][]) {
  const byLast = new Map<string, string[][]>();
  for (const title of titles) {
    if (title.length === 0) continue;
    const last = title.at(-1)!;
    byLast.set(last, [...(byLast.get(last) ?? []), title]);
  }
  const byFirst = new Map<string, string[][]>();
  for (const title of titles) {
    if (title.length === 0) continue;
    byFirst.set(title[0]!, [...(byFirst.get(title[0]!) ?? []), title]);
  }
  return { byLast, byFirst };
}

const before = titleMatcher(TITLES_BEFORE);
const after = titleMatcher(TITLES_AFTER);

export const TITLES: Titles = {
  before(foldAt, end) {
    const candidates = before.byLast.get(foldAt(end - 1) ?? '') ?? [];
    let longest = 0;
    for (const title of candidates) {
      const start = end - title.length;
      if (start >= 0 && title.every((part, i) => foldAt(start + i) === part)) longest = Math.max(longest, title.length);
    }
    return longest;
  },
  after(foldAt, start) {
    const candidates = after.byFirst.get(foldAt(start) ?? '') ?? [];
    let longest = 0;
    for (const title of candidates) {
      if (title.every((part, i) => foldAt(start + i) === part)) longest = Math.max(longest, title.length);
    }
    return longest;
  },
};

/**
 * Particles that join the words of a name ("al", "bin", "van", "de", "Abu", "بن", "בן") and are
 * never identifying alone. They may stand between two name words without breaking their adjacency.
 */
export const PARTICLES: ReadonlySet<string> = new Set(
  words(`al el ul ad ar as at az an ash ibn bin bint ben bat abu abou umm um abd ould ag van von der den de del della
    di da dos das do du la le lo mac mc o d l y e zu ter ten st saint bar ha ap af av ou ait ibnu binti ab
    ال بن ابن بنت ابو أبو ام أم عبد ولد آل בן בת אבו בר фон ван де ибн бен аль эль ибн-`).map(foldLetters),
);

/**
 * Ordinary words of the dialogues' languages that are also given names or surnames. English comes
 * from a frequency list (see `loadRedactionLexicon`); for Arabic, Hebrew, Persian, Russian and
 * Turkish no word list ships with Parley, so these are the common ones, hand-picked: a facilitator
 * writing "أمل" (hope) or "שלום" (peace) must not be refused for it.
 */
const ORDINARY_NAME_WORDS = words(`
  أمل نور كريم جميل جميلة سعيد سعيدة أمين حسن صالح عادل فاضل رشيد منير سالم هادي نبيل شريف حكيم عزيز لطيف
  سلام وفاء أمان امان حياة صباح فجر قمر شمس بدر نجمة ورد زهرة ريم هدى إيمان ايمان رحمة نصر فرح سعادة ربيع
  مجد خليل وليد رضا أسد اسد نمر صقر فهد ماجد حامد محمود سامي عالي غالي ثابت منصور ناصر مؤمن تقي صابر شاكر
  مختار أنور انور باسم ملاك عهد وعد أمير امير
  שלום אור חן טל גיל שחר ים אביב דור רון נעם שי עוז אמיר ברק גל הדר חיים טובה יונה מלך נחמה עדן צבי רז שמחה
  תמר אילן ארז אלון ורד שושנה דבורה אריה זאב דב יפה מזל נסים שמש אושר אמונה תקווה
  امید بهار ستاره گل مهر آزاد شادی آرزو روشن نیک پاک شیرین آرام فرشته ماه
  вера надежда любовь роза лев мир слава заря
  umut barış deniz ay güneş yıldız bahar gül can aslan kaya özgür cesur nur sevgi mutlu şahin kartal demir çelik
  하늘 바다 별 사랑 희망 나라
`).map(foldLetters);

/** Words of an affiliation that say what kind of body it is, not which one. */
export const GENERIC_AFFILIATION_WORDS: ReadonlySet<string> = new Set(
  words(`ministry department dept office bureau agency authority council committee commission university
    univ institute institution center centre school college academy foundation association society union
    federation league party movement front group network organisation organization org company corporation
    corp inc ltd llc plc gmbh bank fund trust service services force forces army navy corps brigade brigades
    battalion regiment unit division command directorate general national international state republic
    government federal central supreme high higher popular public people peoples people's of the for and
    on in at to a an de la le les du des al el und der die das y e
    وزارة مكتب جامعة معهد مركز مجلس لجنة هيئة حزب حركة جبهة اتحاد جمعية مؤسسة شركة بنك قوات جيش كتائب لواء
    وحدة العامة الوطنية الوطني الشعبية العليا في من و ل
    משרד אוניברסיטת אוניברסיטה מכון מרכז מועצת מועצה ועדת ועדה רשות מפלגת מפלגה תנועת תנועה ארגון חברת
    חברה בנק יחידת יחידה צבא חטיבת שירות של
    министерство управление служба университет институт центр совет комитет партия движение фонд
    федеральная федеральный национальный государственный и по`).map(foldLetters),
);

/** Words written in place of "@" and "." to get an address past a filter ("name at domain dot org"). */
export const EMAIL_FILLERS: ReadonlySet<string> = new Set(
  words(`at dot point punto arroba chez punkt ät dt pt
    نقطة ات آت собака точка шטרודל שטרודל נקודה`).map(foldLetters),
);

/** How many of English's most frequent words count as ordinary (the list is of film subtitles). */
const ORDINARY_ENGLISH_WORDS = 10_000;

export interface RedactionLexicon {
  /** Whether a folded word is an ordinary word of a language as well as (perhaps) a name. */
  readonly isOrdinary: (folded: string) => boolean;
}

let lexicon: Promise<RedactionLexicon> | undefined;

/**
 * The lexicon, loaded once. English frequency comes from zxcvbn's list of the most frequent words
 * of film and television subtitles (the ~10,000 most frequent: "rose", "hope", "grace", "mark",
 * "said", but also "john" and "david", which only makes those a warning where they stand alone at
 * the start of a sentence or in lower case). Loaded lazily: decompressing it costs ~30 ms.
 */
export function loadRedactionLexicon(): Promise<RedactionLexicon> {
  lexicon ??= import('@zxcvbn-ts/language-en/dist/commonWords.json.mjs').then(({ default: common }) => {
    const ordinary = new Set<string>(ORDINARY_NAME_WORDS);
    for (const word of (common as readonly string[]).slice(0, ORDINARY_ENGLISH_WORDS)) {
      if (/^[a-z]+$/u.test(word)) ordinary.add(word);
    }
    return { isOrdinary: (folded) => ordinary.has(folded) };
  });
  return lexicon;
}
