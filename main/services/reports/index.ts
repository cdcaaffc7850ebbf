import type { Contract, ParsedInputOf, VerifyExportResult } from '../../../shared/contract';
import type { FileSource } from '../../export/destination';
import type { AgreementServices } from '../agreements';
import type { ServiceContext } from '../context';
import type { ExerciseRunService } from '../exercises/run-service';
import type { AgendaService } from '../sessions/agenda-service';
import type { OvertonService } from '../trust/overton-service';
import type { TrustService } from '../trust/trust-service';
import { createReportProfileService, type ReportProfileService } from './profiles';
import { createSponsorReportService, type SponsorReportService } from './sponsor-report-service';
import { loadSessionSummary } from './summary-data';
import type { SessionSummarySource } from './summary-source';
import { verifyExport } from './verify-export';

/** The services of issue 13 (reports), as one member of `Services`. */
export interface ReportServices {
  readonly profiles: ReportProfileService;
  readonly sponsorReports: SponsorReportService;
  /** What a session summary prints; the export service turns it into a file. */
  readonly summaries: SessionSummarySource;
  verifyExport(input: ParsedInputOf<Contract['workspace.verifyExport']>): Promise<VerifyExportResult>;
}

export interface ReportDeps {
  readonly agendas: AgendaService;
  readonly exerciseRuns: ExerciseRunService;
  readonly trust: TrustService;
  readonly overton: OvertonService;
  readonly agreements: AgreementServices;
  /** Where a file to verify comes from (the app's open dialog, the CLI's argument). */
  readonly source: () => FileSource | undefined;
}

export function createReportServices(ctx: ServiceContext, deps: ReportDeps): ReportServices {
  const db = () => ctx.workspace().db;
  return {
    profiles: createReportProfileService(ctx),
    sponsorReports: createSponsorReportService(ctx, {
      trustBoard: (dialogueId) => deps.trust.board({ dialogueId }),
      overtonBoard: (dialogueId) => deps.overton.board({ dialogueId }),
      outcomes: (dialogueId) => deps.agreements.outcomes.list({ dialogueId }),
      transfers: (dialogueId) => deps.agreements.transfers.list({ dialogueId }),
    }),
    summaries: (input) =>
      loadSessionSummary(
        db(),
        {
          agenda: (sessionId) => deps.agendas.get({ sessionId }),
          runs: (sessionId) => deps.exerciseRuns.forSession({ sessionId }),
          trustBoard: (dialogueId) => deps.trust.board({ dialogueId }),
          commitments: (dialogueId) => deps.agreements.commitments.list({ dialogueId }),
        },
        input,
      ),
    verifyExport: () => verifyExport(db(), deps.source()),
  };
}

export { reportsPurgeStep } from './purge-step';
