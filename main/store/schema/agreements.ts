import type {
  ClauseStatus,
  CommitmentOwnerKind,
  CommitmentStatus,
  DraftStatus,
  PackageDecision,
  PaxStage,
  Stance,
  Substantiation,
  TransferCarrierKind,
  TransferChannel,
  TransferIdeaKind,
  TransferResponse,
} from '../../../shared/domain/agreement';
import type { Flag } from './roster';

export interface DraftsTable {
  id: string;
  dialogue_id: string;
  title: string;
  purpose: string;
  stage: PaxStage;
  status: DraftStatus;
  final_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface ClausesTable {
  id: string;
  draft_id: string;
  position: number;
  depth: number;
  /** Always well-formed (parsed before it is written). */
  text: string;
  /** What was typed while a bracket stood open; never the clause's text. */
  pending_text: string | null;
  status: ClauseStatus;
  created_at: string;
  updated_at: string;
}

export interface ClauseStancesTable {
  clause_id: string;
  party_id: string;
  stance: Stance;
  rationale: string;
  updated_at: string;
}

export type HoldPendingKind = 'clause' | 'topic' | 'other';

export interface ClauseHoldsTable {
  id: string;
  clause_id: string;
  anchor_text: string;
  anchor_occurrence: number;
  pending_kind: HoldPendingKind;
  pending_clause_id: string | null;
  pending_topic_id: string | null;
  reason: string;
  created_at: string;
}

export interface DraftPackagesTable {
  draft_id: string;
  party_id: string;
  decision: PackageDecision;
  decided_on: string;
  note: string;
  updated_at: string;
}

export interface DraftVersionsTable {
  id: string;
  draft_id: string;
  number: number;
  note: string;
  title: string;
  stage: PaxStage;
  status: DraftStatus;
  saved_at: string;
  clause_count: number;
  digest: string;
}

export interface DraftVersionClausesTable {
  version_id: string;
  position: number;
  clause_id: string;
  depth: number;
  text: string;
  status: ClauseStatus;
}

export interface DraftVersionStancesTable {
  version_id: string;
  clause_id: string;
  party_id: string;
  stance: Stance;
  rationale: string;
}

export interface DraftVersionHoldsTable {
  version_id: string;
  clause_id: string;
  position: number;
  anchor_text: string;
  anchor_occurrence: number;
  label: string;
}

export interface CommitmentsTable {
  id: string;
  draft_id: string;
  clause_id: string | null;
  description: string;
  owner_kind: CommitmentOwnerKind;
  owner_party_id: string | null;
  owner_role: string;
  owner_participant_id: string | null;
  owner_withdrawn: Flag;
  due_on: string;
  status: CommitmentStatus;
  evidence: string;
  created_at: string;
  updated_at: string;
}

export interface TransfersTable {
  id: string;
  dialogue_id: string;
  idea_kind: TransferIdeaKind;
  clause_id: string | null;
  topic_id: string | null;
  /** Set for a `topic-option` idea, with `topic_id` naming its topic (migration 009). */
  topic_option_id: string | null;
  idea_label: string;
  track_one_role: string;
  role_party_id: string | null;
  carried_on: string;
  carrier_kind: TransferCarrierKind;
  carrier_participant_id: string | null;
  carrier_withdrawn: Flag;
  channel: TransferChannel;
  response: TransferResponse;
  response_notes: string;
  follow_up: string;
  follow_up_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutcomesTable {
  id: string;
  dialogue_id: string;
  description: string;
  social_actor: string;
  observed_on: string | null;
  place: string;
  contribution: string;
  significance: string;
  verifier_role: string;
  substantiation: Substantiation;
  evidence: string;
  created_at: string;
  updated_at: string;
}

export interface OutcomeSessionsTable {
  outcome_id: string;
  session_id: string;
}

export interface OutcomeClausesTable {
  outcome_id: string;
  clause_id: string;
}

export interface OutcomeTransfersTable {
  outcome_id: string;
  transfer_id: string;
}

export interface AgreementTables {
  drafts: DraftsTable;
  clauses: ClausesTable;
  clause_stances: ClauseStancesTable;
  clause_holds: ClauseHoldsTable;
  draft_packages: DraftPackagesTable;
  draft_versions: DraftVersionsTable;
  draft_version_clauses: DraftVersionClausesTable;
  draft_version_stances: DraftVersionStancesTable;
  draft_version_holds: DraftVersionHoldsTable;
  commitments: CommitmentsTable;
  transfers: TransfersTable;
  outcomes: OutcomesTable;
  outcome_sessions: OutcomeSessionsTable;
  outcome_clauses: OutcomeClausesTable;
  outcome_transfers: OutcomeTransfersTable;
}
