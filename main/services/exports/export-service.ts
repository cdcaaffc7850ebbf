import { basename } from 'node:path';
import type { Contract, ExportResult, ParsedInputOf } from '../../../shared/contract';
import { ParleyFault } from '../../errors';
import { agendaReport } from '../../export/agenda/agenda-document';
import { agendaTexts } from '../../export/agenda/agenda-texts';
import type { ExportDestination } from '../../export/destination';
import { assertNoSensitiveTerms, type ExportedText } from '../../export/leak-guard';
import type { PdfEngine, PdfJob } from '../../export/pdf/engine';
import { reportFontCss } from '../../export/pdf/fonts';
import type { Density } from '../../export/report/report-document';
import { pdfPageCount, setPdfMetadata } from '../../export/pdf/metadata';
import { exportFileName, writeFileDurably } from '../../export/write-file';
import type { ServiceContext } from '../context';
import { sensitiveTermsOf } from '../roster/sensitive-terms';
import type { AgendaService } from '../sessions/agenda-service';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

export interface ExportService {
  agendaPdf(input: Input<'export.agendaPdf'>): Promise<ExportResult>;
}

/** How exports reach paper: the Chromium that prints, where files go, and the fonts to embed. */
export interface ExportOptions {
  readonly pdf: () => PdfEngine;
  readonly destination: ExportDestination;
  /** The app's copy of the report fonts (dist/report-fonts); node_modules by default. */
  readonly fontsRoot?: string;
}

const NO_EXPORTS: ExportOptions = {
  pdf: () => {
    throw new ParleyFault('PDF_UNAVAILABLE', 'This copy of Parley cannot print PDFs.');
  },
  destination: {
    choose: async () => {
      throw new ParleyFault('PDF_UNAVAILABLE', 'This copy of Parley cannot save exports.');
    },
  },
};

async function print(engine: PdfEngine, job: PdfJob): Promise<Uint8Array> {
  try {
    return await engine.print(job);
  } catch (error) {
    if (error instanceof ParleyFault) throw error;
    throw new ParleyFault('PDF_FAILED', 'The PDF could not be printed. Nothing was written; try again.', {
      cause: error,
    });
  }
}

/**
 * Prints the report; when it runs to more than one page, prints it a little tighter too and keeps
 * that print if it needs fewer pages — a last page holding one row is not worth a sheet of paper.
 */
export async function fitted(engine: PdfEngine, job: PdfJob, tighter: () => Promise<PdfJob>): Promise<Uint8Array> {
  const normal = await print(engine, job);
  const pages = await pdfPageCount(normal);
  if (pages <= 1) return normal;
  const tight = await print(engine, await tighter());
  return (await pdfPageCount(tight)) < pages ? tight : normal;
}

export function createExportService(
  ctx: ServiceContext,
  deps: { readonly agendas: AgendaService },
  options: ExportOptions = NO_EXPORTS,
): ExportService {
  const db = () => ctx.workspace().db;

  /** Checked, asked where, printed, stamped, written: in that order, so a refusal costs nothing. */
  async function exportPdf(request: {
    readonly texts: readonly ExportedText[];
    readonly dialogueId: string;
    /** What to do about a roster term found in the text, for NAME_IN_EXPORT's message. */
    readonly advice: string;
    readonly suggestedName: string;
    readonly job: (density: Density) => Promise<PdfJob & { readonly title: string; readonly subject: string }>;
  }): Promise<ExportResult> {
    const { texts, dialogueId, advice, suggestedName, job } = request;
    assertNoSensitiveTerms(texts, await sensitiveTermsOf(db(), dialogueId), advice);
    const target = await options.destination.choose(suggestedName);
    if (!target) return { saved: false };
    const report = await job('normal');
    const printed = await fitted(options.pdf(), report, () => job('tight'));
    const pdf = await setPdfMetadata(printed, { title: report.title, subject: report.subject }, ctx.now());
    await writeFileDurably(target.path, pdf, { overwrite: target.overwrite });
    return { saved: true, fileName: basename(target.path), pages: await pdfPageCount(pdf), bytes: pdf.byteLength };
  }

  return {
    async agendaPdf(input) {
      const agenda = await deps.agendas.get({ sessionId: input.sessionId });
      const dialogue = await db()
        .selectFrom('dialogues')
        .select('code_name')
        .where('id', '=', agenda.session.dialogueId)
        .executeTakeFirstOrThrow();
      const data = { agenda, dialogueCodeName: dialogue.code_name, includeItemNotes: input.includeItemNotes };
      return exportPdf({
        texts: agendaTexts(data),
        dialogueId: agenda.session.dialogueId,
        advice: 'The agenda refers to people by speaker code or role: edit it, then export again.',
        suggestedName: exportFileName([dialogue.code_name, `session-${agenda.session.number}`, 'agenda'], 'pdf'),
        job: async (density) => ({
          ...agendaReport(data, await reportFontCss(options.fontsRoot), density),
          subject: 'Agenda',
        }),
      });
    },
  };
}
