import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { findChromium } from '../../../main/export/pdf/chromium';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import type { PdfEngine } from '../../../main/export/pdf/engine';
import type { ExportResult, SponsorReportPreview } from '../../../shared/contract';
import { CEDAR_IDENTITIES } from '../../fixtures/cedar-reports';
import { pdfText, reportsFixture, type ReportsFixture } from './fixture';

const chromium = findChromium();
if (!chromium)
  console.warn('sponsor report PDF tests skipped: no Chromium (install Debian chromium or set PARLEY_CHROMIUM)');

describe.skipIf(!chromium)('the sanitized sponsor report, through Chromium', () => {
  let engine: PdfEngine;
  let f: ReportsFixture;
  beforeAll(() => {
    engine = createChromiumPdfEngine();
  });
  afterAll(() => engine.close());
  beforeEach(async () => {
    f = await reportsFixture(() => engine);
  });
  afterEach(() => f.dispose());

  it('previews and writes', async () => {
    const preview = await f.h.ok<SponsorReportPreview>('sponsorReport.preview', { dialogueId: f.cedar.dialogue.id });
    console.log(JSON.stringify(preview.changes, null, 1));
    console.log(JSON.stringify(preview.warnings, null, 1));
    const result = await f.h.ok<ExportResult>('export.sponsorReportPdf', {
      dialogueId: f.cedar.dialogue.id,
      acknowledgedWarnings: preview.warnings.map((w) => w.id),
    });
    console.log(result, f.asked);
    const text = pdfText(join(f.out, f.asked[0]!));
    console.log(text);
    expect(CEDAR_IDENTITIES.names.length).toBe(6);
  });
});
