import { basename } from 'node:path';
import type { Contract, ExportResult, ParsedInputOf, RosterCsvResult } from '../../../shared/contract';
import { ParleyFault } from '../../errors';
import { agendaReport } from '../../export/agenda/agenda-document';
import { agendaTexts } from '../../export/agenda/agenda-texts';
import { draftReport } from '../../export/draft/draft-document';
import { draftTexts } from '../../export/draft/draft-texts';
import type { ExportDestination, FileSource } from '../../export/destination';
import {
  assertPrintedPdfClean,
  openWarnings,
  screenExport,
  type ExportScreen,
  type ExportedText,
} from '../../export/leak-guard';
import type { PdfEngine, PdfJob } from '../../export/pdf/engine';
import { reportFontCss } from '../../export/pdf/fonts';
import { pdfPageCount, setPdfMetadata } from '../../export/pdf/metadata';
import { readPrintedPdf } from '../../export/pdf/pdfium';
import { stringifyRosterCsv } from '../../export/roster-csv';
import { exportFileName, writeFileDurably } from '../../export/write-file';
import { sessionSummaryReport } from '../../export/summary/summary-document';
import { summaryTexts } from '../../export/summary/summary-texts';
import { sponsorReportPrint } from '../../export/sponsor/sponsor-report';
import type { DraftReportSource } from '../agreements/report';
import type { SessionSummarySource } from '../reports/summary-source';
import { SPONSOR_ADVICE, type SponsorReportService } from '../reports/sponsor-report-service';
import type { ServiceContext } from '../context';
import { agendaExercises } from '../exercises/agenda-exercises';
import { exportScreenOf, type ExportScreenOptions } from '../redaction/export-screen';
import type { RosterService } from '../roster/roster-service';
import type { AgendaService } from '../sessions/agenda-service';
import { recordExport, type ExportKind } from '../workspace/export-log';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

export interface ExportService {
  agendaPdf(input: Input<'export.agendaPdf'>): Promise<ExportResult>;
  draftPdf(input: Input<'export.draftPdf'>): Promise<ExportResult>;
  sessionSummaryPdf(input: Input<'export.sessionSummaryPdf'>): Promise<ExportResult>;
  sponsorReportPdf(input: Input<'export.sponsorReportPdf'>): Promise<ExportResult>;
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
  /** The app's copy of PDFium's WebAssembly (dist/pdfium/pdfium.wasm); node_modules by default. */
  readonly pdfiumWasm?: string;
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

/** The finished PDF as PDFium reads it; a PDF it cannot read is not written. */
async function readBackWith(pdf: Uint8Array, wasm: string | undefined) {
  try {
    return await readPrintedPdf(pdf, wasm);
  } catch (error) {
    throw new ParleyFault('PDF_FAILED', 'The printed PDF could not be read back to check it. Nothing was written.', {
      cause: error,
    });
  }
}

/**
 * Prints the report; when it runs to more than one page and a tighter print is offered, prints that
 * too and keeps it if it needs fewer pages — a last page holding one row is not worth a sheet of paper.
 */
export async function fitted(
  engine: PdfEngine,
  job: PdfJob,
  tighter: (() => Promise<PdfJob>) | undefined,
): Promise<Uint8Array> {
  const normal = await print(engine, job);
  if (!tighter) return normal;
  const pages = await pdfPageCount(normal);
  if (pages <= 1) return normal;
  const tight = await print(engine, await tighter());
  return (await pdfPageCount(tight)) < pages ? tight : normal;
}

type ReportJob = PdfJob & { readonly title: string; readonly subject: string };

export function createExportService(
  ctx: ServiceContext,
  deps: {
    readonly agendas: AgendaService;
    readonly drafts: DraftReportSource;
    readonly roster: RosterService;
    readonly summaries: SessionSummarySource;
    readonly sponsorReports: Pick<SponsorReportService, 'prepare'>;
  },
  options: ExportOptions = NO_EXPORTS,
): ExportService {
  const db = () => ctx.workspace().db;
  const readBack = (pdf: Uint8Array) => readBackWith(pdf, options.pdfiumWasm);

  /**
   * Checked, asked where, printed, stamped, read back, written: in that order, so a refusal costs
   * nothing. Every PDF export goes through here, so every one gets the same redaction check.
   */
  async function exportPdf(request: {
    /** The export log's kind for this report. */
    readonly kind: ExportKind;
    readonly sessionIds: readonly string[];
    /** Every piece of user text the PDF prints, in reading order, each with where it is. */
    readonly texts: readonly ExportedText[];
    readonly dialogueId: string;
    /** What to do about a roster term found in the text, for NAME_IN_EXPORT's message. */
    readonly advice: string;
    readonly suggestedName: string;
    readonly job: () => Promise<ReportJob>;
    /** The same report a little tighter, offered when it may save a page (see `fitted`). */
    readonly tighter?: () => Promise<ReportJob>;
    /** Ids of warnings the facilitator acknowledged (from an earlier `{ saved: false, warnings }`). */
    readonly acknowledgedWarnings?: readonly string[];
    /** What else the export must not carry (speaker codes, pseudonyms) and its re-identification rules. */
    readonly screen?: ExportScreenOptions | ExportScreen;
    /** The report profile it was written with, for the export log. */
    readonly profile?: string;
  }): Promise<ExportResult> {
    const { kind, sessionIds, texts, dialogueId, advice, suggestedName, job } = request;
    // A screen already read (the sponsor report replaced names with it first) is used as it is.
    const screen =
      request.screen && 'terms' in request.screen
        ? request.screen
        : await exportScreenOf(db(), dialogueId, request.screen);
    const warnings = openWarnings(await screenExport(texts, screen, advice), request.acknowledgedWarnings);
    if (warnings.length > 0) return { saved: false, warnings };
    const target = await options.destination.choose(suggestedName);
    if (!target) return { saved: false };
    const report = await job();
    const printed = await fitted(options.pdf(), report, request.tighter);
    const pdf = await setPdfMetadata(printed, { title: report.title, subject: report.subject }, ctx.now());
    // PDFium's reading of the finished file is what is checked, and what the page count comes from.
    const readBackPdf = await readBack(pdf);
    await assertPrintedPdfClean(readBackPdf, screen, advice);
    await writeFileDurably(target.path, pdf, { overwrite: target.overwrite });
    await recordExport(
      db(),
      { kind, dialogueId, sessionIds, profile: request.profile, path: target.path, content: pdf },
      ctx.now(),
    );
    return { saved: true, fileName: basename(target.path), pages: readBackPdf.pages.length, bytes: pdf.byteLength };
  }

  return {
    async agendaPdf(input) {
      const agenda = await deps.agendas.get({ sessionId: input.sessionId });
      const dialogue = await db()
        .selectFrom('dialogues')
        .select('code_name')
        .where('id', '=', agenda.session.dialogueId)
        .executeTakeFirstOrThrow();
      const data = {
        agenda,
        dialogueCodeName: dialogue.code_name,
        includeItemNotes: input.includeItemNotes,
        exercises: await agendaExercises(db(), agenda.session.id),
      };
      return exportPdf({
        kind: 'agenda',
        sessionIds: [agenda.session.id],
        texts: agendaTexts(data),
        dialogueId: agenda.session.dialogueId,
        acknowledgedWarnings: input.acknowledgedWarnings,
        // An agenda names sides on purpose (a caucus with Side B): their size is no warning there.
        screen: { reidentification: { smallSides: false } },
        advice: 'The agenda refers to people by speaker code or role: edit it, then export again.',
        suggestedName: exportFileName([dialogue.code_name, `session-${agenda.session.number}`, 'agenda'], 'pdf'),
        job: async () => ({
          ...agendaReport(data, await reportFontCss(options.fontsRoot), 'normal'),
          subject: 'Agenda',
        }),
        tighter: async () => ({
          ...agendaReport(data, await reportFontCss(options.fontsRoot), 'tight'),
          subject: 'Agenda',
        }),
      });
    },

    async draftPdf(input) {
      const data = await deps.drafts(input);
      const version = data.version ? `v${data.version.number}` : 'working';
      return exportPdf({
        kind: 'draft',
        sessionIds: [],
        texts: draftTexts(data),
        dialogueId: data.dialogueId,
        acknowledgedWarnings: input.acknowledgedWarnings,
        // A draft names the sides on purpose (their stances): their size is no warning there.
        screen: { reidentification: { smallSides: false } },
        advice: 'A draft refers to people by side or role: edit it, then export again.',
        suggestedName: exportFileName(
          [data.dialogueCodeName, data.title, version, data.facilitatorCopy ? 'facilitator' : ''],
          'pdf',
        ),
        job: async () => ({ ...draftReport(data, await reportFontCss(options.fontsRoot)), subject: 'Draft agreement' }),
      });
    },

    async sessionSummaryPdf(input) {
      const data = await deps.summaries(input);
      const levels = data.levels.length === 3 ? '' : data.levels.join('-');
      return exportPdf({
        kind: 'summary',
        sessionIds: [data.sessionId],
        texts: summaryTexts(data),
        dialogueId: data.dialogueId,
        acknowledgedWarnings: input.acknowledgedWarnings,
        // The summary names sides on purpose (attendance, caucus sections): their size is no warning there.
        screen: { reidentification: { smallSides: false } },
        advice: 'The summary refers to people by speaker code: edit the place named, then export again.',
        suggestedName: exportFileName(
          [data.codeName, `session-${data.session.number}`, 'summary', levels, data.includeCaucus ? '' : 'no-caucus'],
          'pdf',
        ),
        job: async () => ({
          ...sessionSummaryReport(data, await reportFontCss(options.fontsRoot)),
          subject: 'Session summary',
        }),
      });
    },

    async sponsorReportPdf(input) {
      const report = await deps.sponsorReports.prepare(input);
      const numbers = report.document.meetings.map((meeting) => meeting.number).sort((a, b) => a - b);
      const span = numbers.length === 1 ? `meeting-${numbers[0]}` : `meetings-${numbers[0]}-${numbers.at(-1)}`;
      return exportPdf({
        kind: 'sponsor-report',
        sessionIds: report.sessionIds,
        // Names, codes and pseudonyms are replaced already: what is left is checked, warned and printed.
        texts: report.texts,
        dialogueId: input.dialogueId,
        acknowledgedWarnings: input.acknowledgedWarnings,
        screen: report.screen,
        profile: report.profile.name,
        advice: SPONSOR_ADVICE,
        // The file name is logged and seen by the sponsor: the code name as redacted, like the rest.
        suggestedName: exportFileName([report.document.codeName.text, 'sponsor-report', span], 'pdf'),
        job: async () => ({
          ...sponsorReportPrint(report.document, await reportFontCss(options.fontsRoot)),
          subject: 'Report to sponsors',
        }),
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
      // Checked before anything is asked: warnings wait for the facilitator, a name refuses.
      const table = await deps.roster.exportTable(input);
      if (table.warnings) return { saved: false, warnings: table.warnings };
      const target = await options.destination.choose(suggestedName, 'csv');
      if (!target) return { saved: false };
      const bytes = new TextEncoder().encode(stringifyRosterCsv(table.header, table.rows));
      await writeFileDurably(target.path, bytes, { overwrite: target.overwrite });
      await deps.roster.recordExported({
        dialogueId: input.dialogueId,
        participants: table.rows.length,
        includeIdentities: input.includeIdentities,
      });
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
