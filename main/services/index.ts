import { agreementsPurgeStep, createAgreementServices, type AgreementServices } from './agreements';
import { forgetRedactionEngines } from '../export/leak-guard';
import { createDialogueService, type DialogueService } from './dialogues/dialogue-service';
import { randomId, systemClock, type ServiceContext } from './context';
import { createExportService, type ExportOptions, type ExportService } from './exports/export-service';
import { notesArrivalStep } from './notes/arrival-step';
import { createNoteService, type NoteService } from './notes/note-service';
import { notesPurgeStep } from './notes/purge-step';
import { createPartyService, type PartyService } from './parties/party-service';
import type { PurgeStep } from './purge';
import { safePhrasesPurgeStep } from './redaction/purge-step';
import { createSafePhraseService, type SafePhraseService } from './redaction/safe-phrase-service';
import { createRosterService, type RosterService } from './roster/roster-service';
import { createSessionServices, type SessionServices } from './sessions';
import { sessionsPurgeStep } from './sessions/purge-step';
import { createLifecycleService, type DialogueArrivalStep, type LifecycleService } from './workspace/lifecycle-service';
import { purgeRecordStep } from './workspace/purge-records';
import { createSettingsService, type SettingsService } from './settings/settings-service';
import { WorkspaceService, type WorkspaceServiceOptions } from './workspace/workspace-service';
import { createExerciseLibraryService, type ExerciseLibraryService } from './exercises/library-service';
import { createExerciseRunService, type ExerciseRunService } from './exercises/run-service';
import { exercisesPurgeStep } from './exercises/purge-step';
import { createTrustService, type TrustService } from './trust/trust-service';
import { createOvertonService, type OvertonService } from './trust/overton-service';
import { trustPurgeStep } from './trust/purge-step';
import { createAftercareService, type AftercareService } from './aftercare/aftercare-service';
import { aftercarePurgeStep } from './aftercare/purge-step';
import { dialoguesPurgeStep } from './dialogues/purge-step';
import { createReportServices, reportsPurgeStep, type ReportServices } from './reports';

export interface Services {
  readonly workspace: WorkspaceService;
  readonly dialogues: DialogueService;
  readonly parties: PartyService;
  readonly sessions: SessionServices['sessions'];
  readonly venues: SessionServices['venues'];
  readonly agendas: SessionServices['agendas'];
  readonly live: SessionServices['live'];
  readonly roster: RosterService;
  readonly notes: NoteService;
  readonly exports: ExportService;
  readonly safePhrases: SafePhraseService;
  readonly agreements: AgreementServices;
  readonly exercises: ExerciseLibraryService;
  readonly exerciseRuns: ExerciseRunService;
  readonly trust: TrustService;
  readonly overton: OvertonService;
  readonly aftercare: AftercareService;
  readonly lifecycle: LifecycleService;
  readonly settings: SettingsService;
  readonly reports: ReportServices;
}

export interface ServicesOptions extends WorkspaceServiceOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** How PDFs are printed and where exports go; without it, exports answer PDF_UNAVAILABLE. */
  readonly exports?: ExportOptions;
}

/**
 * Every domain's share of a participant purge, run in the purge's one transaction. A domain that
 * stores something attributable to a participant (notes, quotes, versions…) appends its step.
 */
const PURGE_STEPS: readonly PurgeStep[] = [
  notesPurgeStep,
  sessionsPurgeStep,
  safePhrasesPurgeStep,
  agreementsPurgeStep,
  exercisesPurgeStep,
  trustPurgeStep,
  aftercarePurgeStep,
  dialoguesPurgeStep,
  reportsPurgeStep,
];

/**
 * What each domain rebuilds for dialogues brought back from a travel backup (rows are copied by
 * the schema's foreign keys; derived data such as a search index is each domain's own).
 */
const ARRIVAL_STEPS: readonly DialogueArrivalStep[] = [notesArrivalStep];

export function createServices(options: ServicesOptions): Services {
  const workspace = new WorkspaceService(options);
  // Redaction engines hold a roster: none outlives the workspace it came from.
  workspace.onLocked(forgetRedactionEngines);
  const ctx: ServiceContext = {
    workspace: workspace.current,
    now: options.now ?? systemClock,
    newId: options.newId ?? randomId,
  };
  const sessions = createSessionServices(ctx);
  const agreements = createAgreementServices(ctx);
  // Remembering that a purge happened (never whom) is the last step of every purge.
  const purgeSteps = [...PURGE_STEPS, purgeRecordStep(ctx.now)];
  const roster = createRosterService(ctx, { purgeSteps });
  const exerciseRuns = createExerciseRunService(ctx);
  const trust = createTrustService(ctx);
  const overton = createOvertonService(ctx);
  const reports = createReportServices(ctx, {
    agendas: sessions.agendas,
    exerciseRuns,
    trust,
    overton,
    agreements,
    source: () => options.exports?.source,
  });
  return {
    workspace,
    dialogues: createDialogueService(ctx),
    parties: createPartyService(ctx),
    ...sessions,
    roster,
    notes: createNoteService(ctx, { onBeforeLock: (listener) => workspace.onBeforeLock(listener) }),
    safePhrases: createSafePhraseService(ctx),
    exports: createExportService(
      ctx,
      {
        agendas: sessions.agendas,
        drafts: agreements.report,
        roster,
        summaries: reports.summaries,
        sponsorReports: reports.sponsorReports,
      },
      options.exports,
    ),
    agreements,
    exercises: createExerciseLibraryService(ctx),
    exerciseRuns,
    trust,
    overton,
    aftercare: createAftercareService(ctx),
    lifecycle: createLifecycleService({
      workspace,
      now: ctx.now,
      purgeSteps,
      arrivalSteps: ARRIVAL_STEPS,
      files: options.exports,
    }),
    settings: createSettingsService(ctx),
    reports,
  };
}
