import type { Contract, ParsedInputOf } from '../../../shared/contract';
import type { SessionSummaryData } from './summary-data';

/** What a session summary PDF prints, for the export service to turn into a file. */
export type SessionSummarySource = (
  input: ParsedInputOf<Contract['export.sessionSummaryPdf']>,
) => Promise<SessionSummaryData & { readonly dialogueId: string; readonly sessionId: string }>;
