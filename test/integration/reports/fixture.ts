import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { ExportDestination } from '../../../main/export/destination';
import type { PdfEngine } from '../../../main/export/pdf/engine';
import { seedCedarReports, type CedarReports } from '../../fixtures/cedar-reports';
import { tempDir } from '../../fixtures/workspace';
import { createSessionHarness, type SessionHarness } from '../services/sessions/harness';

/** A Cedar workspace behind the real registry, printing with the given engine into a temp folder. */
export interface ReportsFixture {
  readonly h: SessionHarness;
  readonly cedar: CedarReports;
  readonly out: string;
  /** Names of files asked for, in order. */
  readonly asked: string[];
  dispose(): Promise<void>;
}

export async function reportsFixture(engine: () => PdfEngine): Promise<ReportsFixture> {
  const out = await tempDir('parley-reports-');
  const asked: string[] = [];
  const destination: ExportDestination = {
    choose: async (name) => {
      asked.push(name);
      return { path: join(out.path, name), overwrite: true };
    },
  };
  const h = await createSessionHarness({ exports: { pdf: engine, destination } });
  const cedar = await seedCedarReports(h.ok, (itemId, start, end) => {
    h.sqlite().prepare('UPDATE agenda_items SET actual_start = ?, actual_end = ? WHERE id = ?').run(start, end, itemId);
  });
  return {
    h,
    cedar,
    out: out.path,
    asked,
    async dispose() {
      await h.dispose();
      await out.remove();
    },
  };
}

/** The PDF's text as poppler reads it (reading order, not layout). */
export const pdfText = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
