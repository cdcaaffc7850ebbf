import { existsSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { agendaReport } from '../../../main/export/agenda/agenda-document';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import type { PdfEngine, PdfJob } from '../../../main/export/pdf/engine';
import { reportFontCss } from '../../../main/export/pdf/fonts';
import { pdfPageCount } from '../../../main/export/pdf/metadata';
import { fitted } from '../../../main/services/exports/export-service';
import { agendaFixture, dayFixture, itemFixture } from './fixtures';

async function pdfOf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return doc.save();
}

/** An engine that prints `pages[html]` pages, and counts its prints. */
function fakeEngine(pages: Record<string, number>) {
  const print = vi.fn(async (job: PdfJob) => pdfOf(pages[job.html]!));
  return { print, close: async () => undefined } satisfies PdfEngine & { print: typeof print };
}
const job = (html: string): PdfJob => ({ html, footerTemplate: '' });

describe('fitting a report on fewer pages', () => {
  it('keeps the tighter print when it saves a page', async () => {
    const engine = fakeEngine({ normal: 3, tight: 2 });
    expect(await pdfPageCount(await fitted(engine, job('normal'), async () => job('tight')))).toBe(2);
  });

  it('keeps the normal print when tightening saves nothing, and never tightens one page', async () => {
    const same = fakeEngine({ normal: 2, tight: 2 });
    expect(await pdfPageCount(await fitted(same, job('normal'), async () => job('tight')))).toBe(2);
    expect(same.print).toHaveBeenCalledTimes(2);
    expect(same.print.mock.calls.at(-1)![0].html).toBe('tight');
    const one = fakeEngine({ normal: 1, tight: 1 });
    const tighter = vi.fn(async () => job('tight'));
    await fitted(one, job('normal'), tighter);
    expect(one.print).toHaveBeenCalledTimes(1);
    expect(tighter).not.toHaveBeenCalled();
  });
});

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('the agenda PDF (real Chromium)', () => {
  let engine: PdfEngine;
  let fontCss: string;
  beforeAll(async () => {
    engine = createChromiumPdfEngine({ executablePath: CHROMIUM });
    fontCss = await reportFontCss();
  });
  afterAll(async () => engine?.close());

  const agendaOf = (count: number) => {
    const items = Array.from({ length: count }, (_, i) => {
      const start = new Date(Date.UTC(2026, 4, 4, 7, 0) + i * 15 * 60_000);
      const end = new Date(start.getTime() + 15 * 60_000);
      const clock = (d: Date) =>
        `${String(d.getUTCHours() + 2).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
      return itemFixture({
        id: `item-${i}`,
        position: i,
        title: `Round ${i + 1}: what each side would need to hear`,
        plannedMinutes: 15,
        plannedStart: start.toISOString(),
        plannedEnd: end.toISOString(),
        localStart: clock(start),
        localEnd: clock(end),
      });
    });
    return agendaFixture({
      items,
      days: [
        dayFixture({
          day: 0,
          startsAt: items[0]!.plannedStart,
          endsAt: items.at(-1)!.plannedEnd,
          itemIds: items.map((i) => i.id),
        }),
      ],
    });
  };
  const pagesOf = async (count: number, density: 'normal' | 'tight') =>
    pdfPageCount(
      await engine.print(
        agendaReport({ agenda: agendaOf(count), dialogueCodeName: 'Cedar', includeItemNotes: false }, fontCss, density),
      ),
    );

  it('does not spill a row onto a page of its own when a little tightening fits it', async () => {
    // The fewest items that make a second page.
    let count = 20;
    while ((await pagesOf(count, 'normal')) === 1) count += 2;
    if ((await pagesOf(count - 1, 'normal')) === 2) count -= 1;
    expect(await pagesOf(count, 'normal')).toBe(2);
    const agenda = agendaReport(
      { agenda: agendaOf(count), dialogueCodeName: 'Cedar', includeItemNotes: false },
      fontCss,
    );
    const tight = agendaReport(
      { agenda: agendaOf(count), dialogueCodeName: 'Cedar', includeItemNotes: false },
      fontCss,
      'tight',
    );
    expect(await pdfPageCount(await fitted(engine, agenda, async () => tight))).toBe(1);
  }, 120_000);
});
