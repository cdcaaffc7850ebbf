import { basename } from 'node:path';
import type { Contract, ExportResult, ParsedInputOf, RosterCsvResult } from '../../../shared/contract';
import { ParleyFault } from '../../errors';
import { agendaReport } from '../../export/agenda/agenda-document';
import { agendaTexts } from '../../export/agenda/agenda-texts';
import type { ExportDestination, FileSource } from '../../export/destination';
import { assertNoSensitiveTerms, type ExportedText } from '../../export/leak-guard';
import type { PdfEngine, PdfJob } from '../../export/pdf/engine';
import { reportFontCss } from '../../export/pdf/fonts';
import { pdfPageCount, setPdfMetadata } from '../../export/pdf/metadata';
import { stringifyRosterCsv } from '../../export/roster-csv';
import { exportFileName, writeFileDurably } from '../../export/write-file';
import type { ServiceContext } from '../context';
import { sensitiveTermsOf } from '../roster/sensitive-terms';
import type { RosterService } from '../roster/roster-service';
import type { AgendaService } from '../sessions/agenda-service';
import { recordExport, type ExportKind } from '../workspace/export-log';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

export interface ExportService {
  agendaPdf(input: Input<'export.agendaPdf'>): Promise<ExportResult>;
  rosterCsv(input: Input<'export.rosterCsv'>): Promise<RosterCsvResult>;
}

/** How exports reach paper: the Chromium that prints, where files go, and the fonts to embed. */
export interface ExportOptions {
  readonly pdf: () => PdfEngine;
  readonly destination: ExportDestination;
  /** Where files Parley reads come from (a backup to restore): the app's open dialog, the CLI's argument. */
  readonly source?: FileSource;
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

export function createExportService(
  ctx: ServiceContext,
  deps: { readonly agendas: AgendaService; readonly roster: RosterService },
  options: ExportOptions = NO_EXPORTS,
): ExportService {
  const db = () => ctx.workspace().db;

  /** Checked, asked where, printed, stamped, written: in that order, so a refusal costs nothing. */
  async function exportPdf(request: {
    /** The export log's kind for this report. */
    readonly kind: ExportKind;
    readonly sessionIds: readonly string[];
    readonly texts: readonly ExportedText[];
    readonly dialogueId: string;
    /** What to do about a roster term found in the text, for NAME_IN_EXPORT's message. */
    readonly advice: string;
    readonly suggestedName: string;
    readonly job: () => Promise<PdfJob & { readonly title: string; readonly subject: string }>;
  }): Promise<ExportResult> {
    const { kind, sessionIds, texts, dialogueId, advice, suggestedName, job } = request;
    assertNoSensitiveTerms(texts, await sensitiveTermsOf(db(), dialogueId), advice);
    const target = await options.destination.choose(suggestedName);
    if (!target) return { saved: false };
    const report = await job();
    const printed = await print(options.pdf(), report);
    const pdf = await setPdfMetadata(printed, { title: report.title, subject: report.subject }, ctx.now());
    await writeFileDurably(target.path, pdf, { overwrite: target.overwrite });
    await recordExport(db(), { kind, dialogueId, sessionIds, path: target.path, content: pdf }, ctx.now());
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
        kind: 'agenda',
        sessionIds: [agenda.session.id],
        texts: agendaTexts(data),
        dialogueId: agenda.session.dialogueId,
        advice: 'The agenda refers to people by speaker code or role: edit it, then export again.',
        suggestedName: exportFileName([dialogue.code_name, `session-${agenda.session.number}`, 'agenda'], 'pdf'),
        job: async () => ({ ...agendaReport(data, await reportFontCss(options.fontsRoot)), subject: 'Agenda' }),
      });
    },

    async rosterCsv(input) {
      const dialogue = await db()
        .selectFrom('dialogues')
        .select('code_name')
        .where('id', '=', input.dialogueId)
        .executeTakeFirst();
      if (!dialogue) throw new ParleyFault('DIALOGUE_NOT_FOUND', 'That dialogue no longer exists.');
      const suggestedName = exportFileName(
        [dialogue.code_name, 'roster', input.includeIdentities ? 'identities' : 'codes'],
        'csv',
      );
      const target = await options.destination.choose(suggestedName, 'csv');
      if (!target) return { saved: false };
      // The roster service writes its audit entry; the file is written only after it has answered.
      const table = await deps.roster.export(input);
      const bytes = new TextEncoder().encode(stringifyRosterCsv(table.header, table.rows));
      await writeFileDurably(target.path, bytes, { overwrite: target.overwrite });
      await recordExport(
        db(),
        { kind: 'roster-csv', dialogueId: input.dialogueId, path: target.path, content: bytes },
        ctx.now(),
      );
      return {
        saved: true,
        fileName: basename(target.path),
        participants: table.rows.length,
        bytes: bytes.byteLength,
        includesIdentities: input.includeIdentities,
      };
    },
  };
}
