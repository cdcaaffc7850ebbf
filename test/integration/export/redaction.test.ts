import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportDestination } from '../../../main/export/destination';
import { findChromium } from '../../../main/export/pdf/chromium';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import type { PdfEngine, PdfJob } from '../../../main/export/pdf/engine';
import { reportFontCss } from '../../../main/export/pdf/fonts';
import { readPrintedPdf } from '../../../main/export/pdf/pdfium';
import { renderReportHtml } from '../../../main/export/report/report-document';
import type { AgendaView, DialogueView, ExportResult, SessionView } from '../../../shared/contract';
import { createElement } from 'react';
import { createRedactor, loadRedactionLexicon } from '../../../shared/redaction';
import { foldedWords } from '../../../shared/redaction/tokens';
import { DISGUISES, IDENTITIES, PROSE, seeded, termsOf } from '../../unit/shared/redaction/corpus';
import { tempDir } from '../../fixtures/workspace';
import { createSessionHarness, type SessionHarness } from '../services/sessions/harness';

/**
 * The redaction check end to end below the UI: the real registry over an encrypted workspace, the
 * real Chromium (Debian's) and PDFium reading the printed file back. Warnings wait for
 * acknowledgement before anything is asked or printed; the last check refuses a PDF whose own text
 * names someone, even when the text checked before printing did not.
 */
const chromium = findChromium();
if (!chromium)
  console.warn('redaction PDF tests skipped: no Chromium (install Debian chromium or set PARLEY_CHROMIUM)');

describe.skipIf(!chromium)('export.agendaPdf, redaction', () => {
  let engine: PdfEngine;
  /** What the next print should slip into the document, past the check before printing. */
  let tamper: ((html: string) => string) | null;
  let out: { path: string; remove: () => Promise<void> };
  let h: SessionHarness;
  let asked: number;
  let dialogue: DialogueView;
  let session: SessionView;

  beforeAll(() => {
    const real = createChromiumPdfEngine();
    engine = {
      print: (job: PdfJob) => real.print(tamper ? { ...job, html: tamper(job.html) } : job),
      close: () => real.close(),
    };
  });
  afterAll(() => engine.close());

  beforeEach(async () => {
    tamper = null;
    asked = 0;
    out = await tempDir('parley-redaction-');
    const destination: ExportDestination = {
      choose: async () => {
        asked += 1;
        return { path: join(out.path, `agenda-${asked}.pdf`), overwrite: false };
      },
    };
    h = await createSessionHarness({ exports: { pdf: () => engine, destination } });
    dialogue = await h.dialogue('Cedar');
    h.participant(dialogue, 0, 'A1', 'Rose Li');
    h.participant(dialogue, 1, 'B1', 'Yusuf Ḥaddād');
    session = await h.session(dialogue, { title: 'Water', startsAt: '2026-05-14T09:00', endsAt: '2026-05-14T17:00' });
    await h.ok<AgendaView>('agenda.add', {
      sessionId: session.id,
      kind: 'plenary',
      title: 'Opening',
      plannedMinutes: 30,
    });
  });
  afterEach(async () => {
    await h.dispose();
    await out.remove();
  });

  const exportAgenda = (input: object = {}) =>
    h.call<ExportResult>('export.agendaPdf', { sessionId: session.id, ...input });
  const retitle = async (title: string) => {
    const agenda = await h.agenda(session.id);
    await h.ok('agenda.update', { id: agenda.items[0]!.id, title });
  };

  it('answers warnings to acknowledge before asking where to save, then writes once each is acknowledged', async () => {
    await retitle('Review of the Rose Garden Accord');
    const first = await exportAgenda();
    expect(first).toMatchObject({ ok: true, value: { saved: false } });
    if (!first.ok || first.value.saved) return;
    const warnings = first.value.warnings!;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ where: 'Item 1 (day 1, 09:00)', kind: 'name' });
    expect(warnings[0]!.id).toMatch(/^w-[0-9a-f]{24}$/u);
    expect(JSON.stringify(warnings).toLowerCase()).not.toContain('rose');
    expect(asked).toBe(0);

    // The same answer again: the ids are stable while the app runs.
    const again = await exportAgenda();
    expect(again.ok && !again.value.saved && again.value.warnings?.map((w) => w.id)).toEqual([warnings[0]!.id]);

    const written = await exportAgenda({ acknowledgedWarnings: [warnings[0]!.id] });
    expect(written).toMatchObject({ ok: true, value: { saved: true } });
    expect(asked).toBe(1);
  });

  it('stops warning once the phrase is known to be safe', async () => {
    await retitle('Review of the Rose Garden Accord');
    await h.ok('safePhrase.add', { dialogueId: dialogue.id, phrase: 'Rose Garden Accord' });
    expect(await exportAgenda()).toMatchObject({ ok: true, value: { saved: true } });
  });

  it('refuses a disguised name with the place, never the name, before asking anything', async () => {
    await retitle('Reply from Наd\u200Bdād');
    const result = await exportAgenda();
    expect(result).toMatchObject({ ok: false, error: { code: 'NAME_IN_EXPORT' } });
    if (result.ok) return;
    expect(result.error.message).toContain('Item 1 (day 1, 09:00) contains a word of a participant’s name');
    expect(result.error.message).not.toMatch(/ha.?d.?d/iu);
    expect(asked).toBe(0);
  });

  it('refuses a PDF whose own text names someone the text checked before printing did not hold', async () => {
    tamper = (html) => html.replace('</body>', '<p>Prepared with Yusuf Haddad</p></body>');
    const result = await exportAgenda();
    expect(result).toMatchObject({ ok: false, error: { code: 'NAME_IN_EXPORT' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^Page 1 of the printed PDF contains a participant’s name/u);
    expect(result.error.message).not.toMatch(/yusuf|haddad/iu);
    expect(await readdir(out.path)).toEqual([]);
  });

  it('refuses a PDF that carries invisible text or annotations', async () => {
    tamper = (html) => html.replace('</body>', '<p style="color: transparent">hidden layer</p></body>');
    expect(await exportAgenda()).toMatchObject({
      ok: false,
      error: { code: 'PDF_FAILED', message: expect.stringContaining('text that is not visible') },
    });
    tamper = (html) => html.replace('</body>', '<a href="https://example.org/">a link</a></body>');
    expect(await exportAgenda()).toMatchObject({
      ok: false,
      error: { code: 'PDF_FAILED', message: expect.stringContaining('annotations') },
    });
    expect(await readdir(out.path)).toEqual([]);
  });

  it('writes a clean agenda: PDFium reads our metadata and no annotation or hidden text', async () => {
    expect(await exportAgenda()).toMatchObject({ ok: true, value: { saved: true } });
    const [file] = await readdir(out.path);
    const { readFile } = await import('node:fs/promises');
    const printed = await readPrintedPdf(await readFile(join(out.path, file!)));
    expect(printed).toMatchObject({ annotations: 0, hiddenTextObjects: 0 });
    expect(printed.info).toMatchObject({ Creator: 'Parley', Producer: 'Parley', Author: '', Keywords: '' });
    expect(printed.pages.join('\n')).toContain('Opening');
    expect(existsSync(join(out.path, file!))).toBe(true);
  });
});

describe.skipIf(!chromium)('a name planted in report content never reaches the PDF text', () => {
  let engine: PdfEngine;
  beforeAll(() => {
    engine = createChromiumPdfEngine();
  });
  afterAll(() => engine.close());

  it('holds for random names, disguises and places, through Chromium and PDFium', async () => {
    const lexicon = await loadRedactionLexicon();
    const redactor = createRedactor(termsOf(IDENTITIES), { lexicon });
    const fontCss = await reportFontCss();
    const nameWords = new Set(
      IDENTITIES.flatMap((person) => [person.name, ...(person.aliases ?? [])]).flatMap((value) =>
        foldedWords(value).filter((word) => word.length >= 4),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...IDENTITIES),
        fc.constantFrom(...DISGUISES.filter((d) => d.certain)),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.constantFrom(...PROSE), { minLength: 2, maxLength: 5 }),
        fc.nat(),
        async (person, disguise, seed, sentences, where) => {
          const sample = disguise.apply(person.name, seeded(seed));
          fc.pre(sample !== null);
          const blocks = sentences.map((text, i) => ({ where: `Section ${i + 1}`, text }));
          const at = where % blocks.length;
          blocks[at] = { ...blocks[at]!, text: `${blocks[at]!.text} As ${sample} said.` };
          // What a sponsor report does: replace, then make the HTML, print, and read it back.
          const clean = redactor.replace(
            blocks,
            redactor.scan(blocks).filter((f) => f.certainty === 'certain'),
            'participant',
          );
          const html = renderReportHtml({
            title: 'Report',
            fontCss,
            children: clean.map((block) =>
              createElement('p', { key: block.where, dir: 'auto', className: 'user-text' }, block.text),
            ),
          });
          const printed = await readPrintedPdf(await engine.print({ html, footerTemplate: '<span></span>' }));
          const text = printed.pages.join('\n');
          expect(
            redactor.scan([{ where: 'PDF', text }], { layout: true }).filter((f) => f.certainty === 'certain'),
          ).toEqual([]);
          for (const word of foldedWords(text)) expect(nameWords.has(word), word).toBe(false);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
