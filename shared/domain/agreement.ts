/**
 * Enumerations, limits and pure rules of agreement drafting (DOMAIN.md: Agreement draft,
 * Commitment, Single negotiating text, Transfer log, Outcome harvesting). Values are stored as-is
 * in the workspace; labels are what the facilitator reads.
 */

/**
 * The stage of a peace process an agreement belongs to, after the PA-X Peace Agreements Database
 * (University of Edinburgh), which sorts texts by what they do in the process.
 */
export const PAX_STAGES = [
  'pre-negotiation',
  'ceasefire',
  'framework-partial',
  'framework-comprehensive',
  'implementation',
  'renewal',
] as const;
export type PaxStage = (typeof PAX_STAGES)[number];

export const PAX_STAGE_LABELS: Record<PaxStage, string> = {
  'pre-negotiation': 'Pre-negotiation / process',
  ceasefire: 'Ceasefire',
  'framework-partial': 'Framework-substantive, partial',
  'framework-comprehensive': 'Framework-substantive, comprehensive',
  implementation: 'Implementation',
  renewal: 'Renewal',
};

/** Where a draft stands as a whole. A final draft is the one whose follow-through is watched. */
export const DRAFT_STATUSES = ['working', 'tabled', 'final', 'abandoned'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const DRAFT_STATUS_LABELS: Record<DraftStatus, string> = {
  working: 'Working',
  tabled: 'Tabled',
  final: 'Final',
  abandoned: 'Abandoned',
};

/**
 * Where a clause stands. "Agreed ad referendum": agreed by those in the room, subject to approval
 * by the principals at home. A clause that still holds a bracket cannot be agreed.
 */
export const CLAUSE_STATUSES = ['bracketed', 'proposed', 'agreed-ad-referendum', 'agreed'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

export const CLAUSE_STATUS_LABELS: Record<ClauseStatus, string> = {
  bracketed: 'Bracketed',
  proposed: 'Proposed',
  'agreed-ad-referendum': 'Agreed ad referendum',
  agreed: 'Agreed',
};

/** Statuses that say the text is settled: no bracket may remain in it. */
export const SETTLED_CLAUSE_STATUSES: readonly ClauseStatus[] = ['agreed-ad-referendum', 'agreed'];

/** A side's position on a clause. Recorded privately: only the facilitator's copy shows it. */
export const STANCES = ['accepts', 'reservation', 'cannot-accept', 'no-position'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  accepts: 'Accepts',
  reservation: 'Accepts with reservation',
  'cannot-accept': 'Cannot accept yet',
  'no-position': 'No position',
};

/** Short forms for the clause × side grid, always shown with the colour (never colour alone). */
export const STANCE_SHORT_LABELS: Record<Stance, string> = {
  accepts: 'Accepts',
  reservation: 'Reservation',
  'cannot-accept': 'Cannot yet',
  'no-position': '—',
};

/** "Nothing is agreed until everything is agreed": each side's final word on the whole package. */
export const PACKAGE_DECISIONS = ['yes', 'no'] as const;
export type PackageDecision = (typeof PACKAGE_DECISIONS)[number];

export const PACKAGE_DECISION_LABELS: Record<PackageDecision, string> = {
  yes: 'Yes to the package',
  no: 'No to the package',
};

export const COMMITMENT_STATUSES = ['pending', 'in-progress', 'done', 'lapsed'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  pending: 'Pending',
  'in-progress': 'In progress',
  done: 'Done',
  lapsed: 'Lapsed',
};

/** Who owes a commitment: a side, a role, or a person — and a person only by speaker code. */
export const COMMITMENT_OWNER_KINDS = ['party', 'role', 'participant'] as const;
export type CommitmentOwnerKind = (typeof COMMITMENT_OWNER_KINDS)[number];

/**
 * What was carried to Track One: a clause of a draft, a topic of the dialogue, one option of a topic
 * (the Overton window's "shared water board"), or an idea named in words.
 */
export const TRANSFER_IDEA_KINDS = ['clause', 'topic', 'topic-option', 'other'] as const;
export type TransferIdeaKind = (typeof TRANSFER_IDEA_KINDS)[number];

export const TRANSFER_IDEA_KIND_LABELS: Record<TransferIdeaKind, string> = {
  clause: 'A clause',
  topic: 'A topic',
  'topic-option': 'An option of a topic',
  other: 'Another idea',
};

export const TRANSFER_CHANNELS = ['in-person', 'written', 'call', 'intermediary', 'other'] as const;
export type TransferChannel = (typeof TRANSFER_CHANNELS)[number];

export const TRANSFER_CHANNEL_LABELS: Record<TransferChannel, string> = {
  'in-person': 'In person',
  written: 'Written briefing or non-paper',
  call: 'Phone or video call',
  intermediary: 'Through an intermediary',
  other: 'Other',
};

/** Who carried it: the facilitation team, or a participant by speaker code. */
export const TRANSFER_CARRIER_KINDS = ['facilitation', 'participant'] as const;
export type TransferCarrierKind = (typeof TRANSFER_CARRIER_KINDS)[number];

export const TRANSFER_RESPONSES = ['awaiting', 'noted', 'interested', 'adopted', 'rejected'] as const;
export type TransferResponse = (typeof TRANSFER_RESPONSES)[number];

export const TRANSFER_RESPONSE_LABELS: Record<TransferResponse, string> = {
  awaiting: 'No response yet',
  noted: 'Noted',
  interested: 'Interested, asked for more',
  adopted: 'Taken up',
  rejected: 'Turned down',
};

/** Outcome harvesting: how far an outcome's description has been confirmed by its verifier. */
export const SUBSTANTIATIONS = ['not-yet', 'substantiated', 'partly', 'disputed'] as const;
export type Substantiation = (typeof SUBSTANTIATIONS)[number];

export const SUBSTANTIATION_LABELS: Record<Substantiation, string> = {
  'not-yet': 'Not yet substantiated',
  substantiated: 'Substantiated',
  partly: 'Partly substantiated',
  disputed: 'Disputed',
};

/** How a clause is numbered: 1, 1.1, 1.1 a. Deeper nesting is a sign the text needs splitting. */
export const MAX_CLAUSE_DEPTH = 2;

export const AGREEMENT_LIMITS = {
  /**
   * A clause holds at most 256 KiB of UTF-8 — as a note does. Treaty articles run to a few
   * thousand characters; an annex pasted into one clause still fits, and the editor stays smooth.
   */
  maxClauseBytes: 256 * 1024,
  /** A draft of more than this many clauses is several drafts. */
  maxClauses: 2_000,
  /** Brackets inside brackets deeper than this are refused: nobody can read them on paper. */
  maxBracketDepth: 8,
  maxTitleChars: 200,
  maxPurposeChars: 4_000,
  maxRationaleChars: 4_000,
  maxHoldReasonChars: 300,
  maxVersionNoteChars: 1_000,
  maxShortTextChars: 300,
  maxLongTextChars: 8_000,
  /** A draft keeps at most this many numbered versions (Camp David needed 23). */
  maxVersions: 9_999,
  maxLinks: 50,
} as const;

/**
 * The dialogue overview's rules (also written in the README and on screen):
 * - a commitment is **due soon** when it is not done and falls due within COMMITMENT_DUE_SOON_DAYS;
 * - it has **lapsed** when marked lapsed, or when its due date has passed without it being done;
 * - a **final** draft is at **orphan risk** when any of its commitments has lapsed, or when nothing
 *   has followed it for ORPHAN_FOLLOW_UP_DAYS: no commitment created or updated, no transfer or
 *   outcome linked to one of its clauses, since it was marked final or since the last of those.
 */
export const COMMITMENT_DUE_SOON_DAYS = 14;
export const ORPHAN_FOLLOW_UP_DAYS = 90;
