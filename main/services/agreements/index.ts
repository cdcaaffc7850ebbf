import type { ServiceContext } from '../context';
import { createClauseService, type ClauseService } from './clause-service';
import { createCommitmentService, type CommitmentService } from './commitment-service';
import { createDraftService, type DraftService } from './draft-service';
import { createOutcomeService, type OutcomeService } from './outcome-service';
import { createDraftReport, type DraftReportSource } from './report';
import { createTransferService, type TransferService } from './transfer-service';
import { createVersionService, type VersionService } from './versions';

/** The services of issue 10 (agreement drafting), as one member of `Services`. */
export interface AgreementServices {
  readonly drafts: DraftService;
  readonly clauses: ClauseService;
  readonly versions: VersionService;
  readonly commitments: CommitmentService;
  readonly transfers: TransferService;
  readonly outcomes: OutcomeService;
  /** What a draft PDF prints; the export service turns it into a file. */
  readonly report: DraftReportSource;
}

export function createAgreementServices(ctx: ServiceContext): AgreementServices {
  const versions = createVersionService(ctx);
  return {
    drafts: createDraftService(ctx),
    clauses: createClauseService(ctx),
    versions,
    commitments: createCommitmentService(ctx),
    transfers: createTransferService(ctx),
    outcomes: createOutcomeService(ctx),
    report: createDraftReport(ctx, versions),
  };
}

export { agreementsPurgeStep } from './purge-step';
export type { DraftReportData } from './report';
