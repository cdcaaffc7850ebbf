import { createElement } from 'react';
import firstNames from '@zxcvbn-ts/language-en/dist/firstnames.json.mjs';
import lastNames from '@zxcvbn-ts/language-en/dist/lastnames.json.mjs';
import commonWords from '@zxcvbn-ts/language-en/dist/commonWords.json.mjs';
import { assertPrintedPdfClean, redactorFor, type ExportScreen } from '../../main/export/leak-guard';
import { createChromiumPdfEngine } from '../../main/export/pdf/chromium-engine';
import { reportFontCss } from '../../main/export/pdf/fonts';
import { setPdfMetadata } from '../../main/export/pdf/metadata';
import { readPrintedPdf } from '../../main/export/pdf/pdfium';
import { renderReportHtml } from '../../main/export/report/report-document';
import { createRedactor, loadRedactionLexicon, type DocumentBlock, type SensitiveTerm } from '../../shared/redaction';
import { BUDGETS } from './budgets';
import type { BenchSuite } from './harness';
import type { Suite } from './suites';

/**
 * The redaction engine (issue 13): 1 MB of report text against a 1,000-person roster — with the
 * engine made for the roster first, as the first export after a roster change does, and with the
 * engine kept from an earlier export of the same roster, as later ones do; and the last check of a
 * printed report (PDFium reads it back, the engine checks its text).
 */
export const REDACTION_WORKLOAD = { rosterSize: 1_000, textBytes: 1_000_000, reportPages: 4 } as const;

/** A deterministic stream of choices, so every bench run reads the same document. */
function chooser(seed: number) {
  return (list: readonly string[]) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length]!;
  };
}

const ARABIC = `يوسف الحداد منصوري النجار ليلى نصار عبد الرحمن سليم خوري فاطمة الزهراء حسين العلي مريم
  الخطيب طارق السعدي رانيا عيسى`.split(/\s+/u);
const HEBREW = `אברהם שמעוני מרים לוינסון דוב פרץ רחל כהנא יעקב ברקוביץ נועה אשכנזי איתן גולדברג תמר
  רוזנטל עמית שפירא`.split(/\s+/u);
const CYRILLIC = `Сергей Иванов Ольга Кузнецова Дмитрий Орлов Наталья Смирнова Алексей Волков Екатерина
  Соколова Михаил Лебедев Анна Козлова`.split(/\s+/u);

/** 1,000 people with names in four scripts, an alias, an email, a phone and, for some, a sensitive affiliation. */
export function benchRoster(size: number = REDACTION_WORKLOAD.rosterSize): SensitiveTerm[] {
  // Names as a roster has them: not the words of everyday English ("will", "young", "may").
  const ordinary = new Set((commonWords as readonly string[]).slice(0, 10_000));
  const first = (firstNames as readonly string[]).filter((name) => !ordinary.has(name));
  const last = (lastNames as readonly string[]).slice(0, 20_000).filter((name) => !ordinary.has(name));
  const pick = chooser(7);
  const latin = (list: readonly string[]) => {
    const word = pick(list);
    return word.charAt(0).toUpperCase() + word.slice(1);
  };
  const terms: SensitiveTerm[] = [];
  for (let i = 0; i < size; i++) {
    const owner = `p${i}`;
    const script = i % 10;
    const name =
      script < 7
        ? `${latin(first)} ${latin(last)}`
        : script === 7
          ? `${pick(ARABIC)} ${pick(ARABIC)}`
          : script === 8
            ? `${pick(HEBREW)} ${pick(HEBREW)}`
            : `${pick(CYRILLIC)} ${pick(CYRILLIC)}`;
    terms.push({ kind: 'name', value: name, owner, side: `Side ${String.fromCharCode(65 + (i % 3))}` });
    terms.push({ kind: 'alias', value: `${latin(first)} ${latin(last)}`, owner });
    terms.push({ kind: 'email', value: `${pick(first)}.${pick(last)}${i}@example.org`, owner });
    terms.push({ kind: 'phone', value: `+41 22 ${String(1_000_000 + i * 7919).slice(-7)}`, owner });
    if (i % 5 === 0) terms.push({ kind: 'affiliation', value: `Directorate of ${latin(commonWords)} Affairs`, owner });
  }
  return terms;
}

/** About 1 MB of report prose in blocks of a few sentences, with a name word here and there. */
export function benchDocument(
  terms: readonly SensitiveTerm[],
  bytes: number = REDACTION_WORKLOAD.textBytes,
): DocumentBlock[] {
  const pick = chooser(11);
  const words = (commonWords as readonly string[]).slice(0, 5_000).filter((word) => /^[a-z]+$/u.test(word));
  const names = terms.filter((term) => term.kind === 'name').map((term) => term.value);
  const blocks: DocumentBlock[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const sentence: string[] = [];
      for (let w = 0; w < 14; w++) sentence.push(pick(words));
      // One sentence in fifty mentions someone: a realistic leak rate for a draft.
      if (blocks.length % 50 === 0 && s === 0) sentence.splice(3, 0, pick(names));
      sentences.push(`${sentence.join(' ')}.`);
    }
    const text = sentences.join(' ');
    blocks.push({ where: `Paragraph ${blocks.length + 1}`, text });
    size += Buffer.byteLength(text);
  }
  return blocks;
}

export const redactionSuite: Suite = (suite) => registerRedactionBenches(suite);

/** The suite's operations; it needs no workspace, so `redaction-alone.ts` runs it by itself too. */
export function registerRedactionBenches(suite: BenchSuite): void {
  const terms = benchRoster();
  const document = benchDocument(terms);
  const safePhrases = ['Rose Garden Accord'];
  // The engine made for the roster, then the scan: the first export after the roster changed.
  suite.bench(
    'redaction.scan (1 MB × 1,000 roster entries)',
    async () => {
      const redactor = createRedactor(terms, { lexicon: await loadRedactionLexicon(), safePhrases });
      return redactor.scan(document);
    },
    { runs: 30, warmup: 3, budget: BUDGETS.redaction },
  );
  // As an export finds it: the roster read afresh, compared with the kept engine's, and unchanged.
  const kept = (): ExportScreen => ({
    terms: terms.map((term) => ({ ...term })),
    safePhrases: [...safePhrases],
    people: [],
    reidentification: false,
  });
  suite.bench(
    'redaction.scan, engine kept (1 MB × 1,000 roster entries)',
    async () => (await redactorFor(kept())).scan(document),
    { runs: 30, warmup: 3, budget: BUDGETS.redaction },
  );

  // A typical report: four pages of prose in three scripts, printed once by Chromium.
  let printed: Promise<Uint8Array> | undefined;
  const report = () =>
    (printed ??= (async () => {
      const engine = createChromiumPdfEngine();
      try {
        const paragraphs = document
          .slice(0, 60)
          .map((block, i) =>
            createElement(
              'p',
              { key: i, dir: 'auto', className: 'user-text' },
              i % 6 === 0
                ? 'نوقشت مسألة المياه المشتركة بين الطرفين. המשתתפים דנו בצרכים.'
                : block.text.replace(/\b[A-Z]\w+ [A-Z]\w+\b/gu, 'a participant'),
            ),
          );
        const html = renderReportHtml({ title: 'Report', fontCss: await reportFontCss(), children: paragraphs });
        const pdf = await engine.print({ html, footerTemplate: '<span></span>' });
        return await setPdfMetadata(pdf, { title: 'Report', subject: 'Sponsor report' }, new Date());
      } finally {
        await engine.close();
      }
    })());
  const screen: ExportScreen = { terms, safePhrases: [], people: [], reidentification: false };
  // Its two parts apart: PDFium reading the file back, and the whole check (read back, then scanned).
  suite.bench('export.readPrintedPdf (typical report)', async () => readPrintedPdf(await report()), {
    runs: 20,
    warmup: 2,
  });
  suite.bench(
    'export.finalPdfCheck (typical report)',
    async () => assertPrintedPdfClean(await readPrintedPdf(await report()), screen, ''),
    { runs: 20, warmup: 2 },
  );
}
