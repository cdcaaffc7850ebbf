import type { Transaction } from 'kysely';
import type { WorkspaceSchema } from '../store/schema';

/**
 * One domain's share of a participant purge (consent withdrawn). The roster service runs every
 * registered step inside the purge's single transaction, so a purge removes the participant's
 * identity everywhere or nowhere. Each domain that stores something attributable to a participant
 * (notes, quotes, versions…) contributes a step.
 */
export type PurgeStep = (trx: Transaction<WorkspaceSchema>, participantId: string) => Promise<void>;
