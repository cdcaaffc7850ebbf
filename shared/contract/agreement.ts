import { z } from 'zod';
import type { CompareSummary, WordChange } from '../agreements/compare';
import {
  AGREEMENT_LIMITS,
  CLAUSE_STATUSES,
  COMMITMENT_STATUSES,
  DRAFT_STATUSES,
  MAX_CLAUSE_DEPTH,
  PACKAGE_DECISIONS,
  PAX_STAGES,
  STANCES,
  SUBSTANTIATIONS,
  TRANSFER_CHANNELS,
  TRANSFER_RESPONSES,
} from '../domain/agreement';
import type {
  ClauseStatus,
  CommitmentStatus,
  DraftStatus,
  PackageDecision,
  PaxStage,
  Stance,
  Substantiation,
  TransferChannel,
  TransferResponse,
} from '../domain/agreement';
import { AcknowledgedWarnings, type ExportResult } from './export';
import { IsoDate, Id, label, MAX_PAYLOAD_BYTES, text } from './fields';
import { as, method } from './method';
import type { PartyView, SideView } from './party';

/*
 * Agreement drafting (DOMAIN.md: Agreement draft, Commitment, Transfer log, Outcome harvesting).
 * People appear only as a side, a role, or a participant's speaker code — no view here carries a
 * name. Stances, rationales and holds are the facilitator's private record: they are in these views
 * (the renderer is the facilitator's own screen) and only in the facilitator's copy of a PDF.
 */

/** Where the clause's typed text stopped balancing: the text is kept aside, never used. */
export interface BracketProblemView {
  readonly message: string;
  /** UTF-16 offset into `pendingText` (a textarea's selection index). */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

export interface BracketWarningView {
  readonly message: string;
  readonly offset: number;
}

export type HoldPendingView =
  | { readonly kind: 'clause'; readonly clauseId: string | null; readonly number: string | null }
  | { readonly kind: 'topic'; readonly topicId: string | null; readonly title: string | null }
  | { readonly kind: 'other' };

export interface HoldView {
  readonly id: string;
  /** The bracket's words as they were when it was held, and which of the brackets with those words. */
  readonly anchorText: string;
  readonly anchorOccurrence: number;
  /** Where the held bracket is in the clause's text now; null when its words were rewritten (detached). */
  readonly span: { readonly start: number; readonly end: number } | null;
  readonly pending: HoldPendingView;
  /** The facilitator's own words, if any. */
  readonly reason: string;
  /** As it reads: "pending clause 4", "pending the topic “Security”", or the reason. */
  readonly label: string;
  readonly createdAt: string;
}

export interface StanceView {
  readonly partyId: string;
  readonly stance: Stance;
  /** Private: the side's criticism, in the facilitator's words. */
  readonly rationale: string;
  readonly updatedAt: string;
}

export interface ClauseView {
  readonly id: string;
  readonly draftId: string;
  readonly position: number;
  readonly depth: number;
  /** "1", "1.1", "1.1 a": from the order, never stored. */
  readonly number: string;
  /** Always well-formed. */
  readonly text: string;
  /** What was typed last when its brackets did not balance; null when the text is whole. */
  readonly pendingText: string | null;
  readonly problem: BracketProblemView | null;
  readonly warnings: readonly BracketWarningView[];
  readonly status: ClauseStatus;
  readonly bracketCount: number;
  /** No bracket remains and every side accepts (without reservation). */
  readonly clean: boolean;
  readonly stances: readonly StanceView[];
  readonly holds: readonly HoldView[];
  readonly commitmentCount: number;
  readonly updatedAt: string;
}

export interface PackageDecisionView {
  readonly partyId: string;
  readonly decision: PackageDecision;
  readonly decidedOn: string;
  readonly note: string;
}

export interface VersionSummary {
  readonly id: string;
  readonly number: number;
  readonly note: string;
  readonly savedAt: string;
  readonly clauseCount: number;
}

export interface DraftSummary {
  readonly id: string;
  readonly dialogueId: string;
  readonly title: string;
  readonly stage: PaxStage;
  readonly status: DraftStatus;
  /** The day it was marked final. */
  readonly finalOn: string | null;
  readonly clauseCount: number;
  readonly cleanCount: number;
  readonly bracketCount: number;
  readonly latestVersion: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface DraftHeader extends DraftSummary {
  readonly purpose: string;
}

export interface DraftView extends DraftHeader {
  readonly sides: readonly SideView[];
  readonly clauses: readonly ClauseView[];
  readonly packages: readonly PackageDecisionView[];
  readonly versions: readonly VersionSummary[];
  /** The working copy differs from the latest version (or there is none yet and it has text). */
  readonly changedSinceVersion: boolean;
}

/** The order of a draft's clauses after a structural edit: the renderer keeps the texts it holds. */
export interface OutlineView {
  readonly draftId: string;
  readonly clauses: readonly { readonly id: string; readonly depth: number; readonly number: string }[];
}

export interface VersionClauseView {
  readonly id: string;
  readonly number: string;
  readonly depth: number;
  readonly text: string;
  readonly status: ClauseStatus;
  readonly stances: readonly { readonly partyId: string; readonly stance: Stance; readonly rationale: string }[];
  readonly holds: readonly { readonly anchorText: string; readonly label: string }[];
}

export interface VersionView extends VersionSummary {
  readonly draftId: string;
  readonly title: string;
  readonly stage: PaxStage;
  readonly status: DraftStatus;
  readonly clauses: readonly VersionClauseView[];
}

/** A version number, or the working copy as it is now. */
export type VersionRef = number | 'working';

export interface CompareEntryView {
  readonly clauseId: string;
  readonly kind: 'unchanged' | 'changed' | 'added' | 'removed';
  readonly moved: boolean;
  readonly reLevelled: boolean;
  readonly statusChanged: boolean;
  readonly before: {
    readonly number: string;
    readonly depth: number;
    readonly status: ClauseStatus;
    readonly text: string;
  } | null;
  readonly after: {
    readonly number: string;
    readonly depth: number;
    readonly status: ClauseStatus;
    readonly text: string;
  } | null;
  readonly changes: readonly WordChange[];
}

export interface CompareView {
  readonly draftId: string;
  readonly draftTitle: string;
  readonly from: { readonly version: VersionRef; readonly label: string };
  readonly to: { readonly version: VersionRef; readonly label: string };
  readonly entries: readonly CompareEntryView[];
  readonly summary: CompareSummary;
}

export type OwnerView =
  | { readonly kind: 'party'; readonly partyId: string | null; readonly partyName: string | null }
  | { readonly kind: 'role'; readonly role: string; readonly partyId: string | null; readonly partyName: string | null }
  | {
      readonly kind: 'participant';
      readonly participantId: string | null;
      readonly speakerCode: string | null;
      /** The participant was purged: "withdrawn participant", with no way back. */
      readonly withdrawn: boolean;
    };

/**
 * Where a commitment stands against today: `overdue` is past its due date without being done, and
 * counts as lapsed for the orphan rule (see COMMITMENT_DUE_SOON_DAYS in domain/agreement.ts).
 */
export type DueState = 'done' | 'lapsed' | 'overdue' | 'due-soon' | 'upcoming';

export interface CommitmentView {
  readonly id: string;
  readonly draftId: string;
  readonly draftTitle: string;
  readonly dialogueId: string;
  readonly clauseId: string | null;
  readonly clauseNumber: string | null;
  readonly description: string;
  readonly owner: OwnerView;
  readonly dueOn: string;
  readonly status: CommitmentStatus;
  readonly evidence: string;
  readonly dueState: DueState;
  /** Days from today to the due date: negative once it has passed. */
  readonly daysLeft: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface CommitmentWarningView extends CommitmentView {
  readonly dialogueCodeName: string;
}

export type OrphanReason =
  | { readonly kind: 'lapsed'; readonly commitments: number }
  | { readonly kind: 'no-follow-up'; readonly since: string; readonly days: number };

export interface OrphanRiskView {
  readonly draftId: string;
  readonly draftTitle: string;
  readonly dialogueId: string;
  readonly dialogueCodeName: string;
  readonly finalOn: string;
  /** The last commitment, transfer or outcome that followed the draft; null when none has. */
  readonly lastFollowUp: string | null;
  readonly reasons: readonly OrphanReason[];
}

/** What the dialogue overview warns about, and the rule's numbers so the screen can state it. */
export interface AgreementWarningsView {
  readonly today: string;
  readonly dueSoonDays: number;
  readonly followUpDays: number;
  /** Not done and due soon, overdue or marked lapsed; soonest first. Abandoned drafts are left out. */
  readonly commitments: readonly CommitmentWarningView[];
  readonly orphanRisks: readonly OrphanRiskView[];
}

export type TransferIdeaView =
  | {
      readonly kind: 'clause';
      readonly clauseId: string | null;
      readonly draftId: string | null;
      readonly number: string | null;
    }
  | { readonly kind: 'topic'; readonly topicId: string | null; readonly title: string | null }
  | {
      readonly kind: 'topic-option';
      /** Null once the option is gone (with its topic); the entry's label still says it. */
      readonly optionId: string | null;
      readonly title: string | null;
      readonly topicId: string | null;
      readonly topicTitle: string | null;
    }
  | { readonly kind: 'other' };

export type CarrierView =
  | { readonly kind: 'facilitation' }
  | {
      readonly kind: 'participant';
      readonly participantId: string | null;
      readonly speakerCode: string | null;
      readonly withdrawn: boolean;
    };

export interface TransferView {
  readonly id: string;
  readonly dialogueId: string;
  readonly idea: TransferIdeaView;
  /** The idea in words, as carried. */
  readonly ideaLabel: string;
  readonly trackOneRole: string;
  /** The party whose Track One the role belongs to ("deputy foreign minister, Side A"). */
  readonly roleParty: Pick<PartyView, 'id' | 'name'> | null;
  readonly carriedOn: string;
  readonly carrier: CarrierView;
  readonly channel: TransferChannel;
  readonly response: TransferResponse;
  readonly responseNotes: string;
  readonly followUp: string;
  readonly followUpOn: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface OutcomeView {
  readonly id: string;
  readonly dialogueId: string;
  readonly description: string;
  readonly socialActor: string;
  readonly observedOn: string | null;
  readonly place: string;
  readonly contribution: string;
  readonly significance: string;
  readonly verifierRole: string;
  readonly substantiation: Substantiation;
  readonly evidence: string;
  readonly sessions: readonly { readonly id: string; readonly number: number }[];
  readonly clauses: readonly { readonly id: string; readonly draftId: string; readonly number: string }[];
  readonly transfers: readonly { readonly id: string; readonly ideaLabel: string; readonly carriedOn: string }[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

// ---- Inputs --------------------------------------------------------------------------------------

export const DraftTitle = label(AGREEMENT_LIMITS.maxTitleChars);
const Purpose = text({ max: AGREEMENT_LIMITS.maxPurposeChars, multiline: true });
/**
 * A clause's text. The schema admits anything the transport does (2 MB), so that the service can
 * answer an oversized clause with CLAUSE_TOO_LARGE and its size; the limit is 256 KiB of UTF-8.
 */
export const ClauseText = text({ max: MAX_PAYLOAD_BYTES, multiline: true });
const Rationale = text({ max: AGREEMENT_LIMITS.maxRationaleChars, multiline: true });
const LongText = text({ max: AGREEMENT_LIMITS.maxLongTextChars, multiline: true });
const ShortText = text({ max: AGREEMENT_LIMITS.maxShortTextChars });
const Role = label(AGREEMENT_LIMITS.maxShortTextChars);
const Depth = z.number().int().min(0).max(MAX_CLAUSE_DEPTH);
const Links = z.array(Id).max(AGREEMENT_LIMITS.maxLinks, { message: `${AGREEMENT_LIMITS.maxLinks} links at most.` });

export const VersionRefInput = z.union([
  z.number().int().min(1).max(AGREEMENT_LIMITS.maxVersions),
  z.literal('working'),
]);

const OwnerInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('party'), partyId: Id }).strict(),
  z.object({ kind: z.literal('role'), role: Role, partyId: Id.nullable().default(null) }).strict(),
  z.object({ kind: z.literal('participant'), participantId: Id }).strict(),
]);
export type OwnerInput = z.infer<typeof OwnerInput>;

const IdeaInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('clause'), clauseId: Id }).strict(),
  z.object({ kind: z.literal('topic'), topicId: Id }).strict(),
  z.object({ kind: z.literal('topic-option'), optionId: Id }).strict(),
  z.object({ kind: z.literal('other') }).strict(),
]);

const CarrierInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facilitation') }).strict(),
  z.object({ kind: z.literal('participant'), participantId: Id }).strict(),
]);

const HoldPendingInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('clause'), clauseId: Id }).strict(),
  z.object({ kind: z.literal('topic'), topicId: Id }).strict(),
  z.object({ kind: z.literal('other') }).strict(),
]);

const transferFields = {
  ideaLabel: label(AGREEMENT_LIMITS.maxShortTextChars).optional(),
  trackOneRole: Role,
  rolePartyId: Id.nullable().optional(),
  carriedOn: IsoDate,
  carrier: CarrierInput,
  channel: z.enum(TRANSFER_CHANNELS),
  response: z.enum(TRANSFER_RESPONSES).optional(),
  responseNotes: LongText.optional(),
  followUp: LongText.optional(),
  followUpOn: IsoDate.nullable().optional(),
};

const outcomeFields = {
  description: text({ min: 1, max: AGREEMENT_LIMITS.maxLongTextChars, multiline: true }),
  socialActor: Role,
  observedOn: IsoDate.nullable().optional(),
  place: ShortText.optional(),
  contribution: LongText.optional(),
  significance: LongText.optional(),
  verifierRole: ShortText.optional(),
  substantiation: z.enum(SUBSTANTIATIONS).optional(),
  evidence: LongText.optional(),
  sessionIds: Links.optional(),
  clauseIds: Links.optional(),
  transferIds: Links.optional(),
};

const commitmentFields = {
  clauseId: Id.nullable().optional(),
  description: label(AGREEMENT_LIMITS.maxShortTextChars),
  owner: OwnerInput,
  dueOn: IsoDate,
  status: z.enum(COMMITMENT_STATUSES).optional(),
  evidence: LongText.optional(),
};

// ---- Errors --------------------------------------------------------------------------------------

const readErrors = ['WORKSPACE_LOCKED', 'WORKSPACE_CORRUPT'] as const;
const writeErrors = [...readErrors, 'DISK_FULL'] as const;
/** A role or description names someone from the roster: describe them by role, never by name. */
const NAME_IN_TEXT = 'NAME_IN_TEXT';

export const agreementContract = {
  'draft.list': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly DraftSummary[]>(),
    errors: [...readErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** The draft with its working copy, stances, holds, package decisions and versions. */
  'draft.get': method({
    input: z.object({ id: Id }).strict(),
    output: as<DraftView>(),
    errors: [...readErrors, 'DRAFT_NOT_FOUND'],
  }),
  'draft.create': method({
    input: z
      .object({
        dialogueId: Id,
        title: DraftTitle,
        purpose: Purpose.default(''),
        stage: z.enum(PAX_STAGES),
        status: z.enum(DRAFT_STATUSES).default('working'),
      })
      .strict(),
    output: as<DraftView>(),
    errors: [...writeErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Marking a draft final records the day (the orphan rule counts from it); leaving final clears it. */
  'draft.update': method({
    input: z
      .object({
        id: Id,
        title: DraftTitle.optional(),
        purpose: Purpose.optional(),
        stage: z.enum(PAX_STAGES).optional(),
        status: z.enum(DRAFT_STATUSES).optional(),
      })
      .strict(),
    output: as<DraftHeader>(),
    errors: [...writeErrors, 'DRAFT_NOT_FOUND'],
  }),
  /** Deletes the draft with its clauses, versions and commitments. Transfers and outcomes stay, unlinked. */
  'draft.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...writeErrors, 'DRAFT_NOT_FOUND'],
  }),

  /**
   * Adds a clause after another (null: at the top), at a depth the outline allows (default: the
   * depth of the clause it follows). The editor makes the id, so a retried call never adds two.
   */
  'clause.add': method({
    input: z
      .object({
        draftId: Id,
        id: Id,
        afterClauseId: Id.nullable(),
        depth: Depth.optional(),
        text: ClauseText.default(''),
      })
      .strict(),
    output: as<OutlineView>(),
    errors: [...writeErrors, 'DRAFT_NOT_FOUND', 'CLAUSE_NOT_FOUND', 'CLAUSE_CANNOT_MOVE', 'TOO_MANY_CLAUSES'],
  }),
  /**
   * Saves a clause's text and/or status (the editor's autosave). Text whose brackets do not balance
   * is kept as `pendingText` with the problem's place, and the clause's text stays as it was: the
   * answer is still ok, so nothing typed is lost, but the structure saved is never a broken one.
   * A settled status (agreed, agreed ad referendum) is refused while brackets remain. Without a
   * status, "bracketed" follows the text: a bracket typed into a proposed or settled clause makes
   * it bracketed, and a bracketed clause whose last bracket goes becomes proposed. Saving the same
   * again changes nothing.
   */
  'clause.save': method({
    input: z
      .object({
        id: Id,
        text: ClauseText.optional(),
        status: z.enum(CLAUSE_STATUSES).optional(),
      })
      .strict(),
    output: as<ClauseView>(),
    errors: [...writeErrors, 'CLAUSE_NOT_FOUND', 'CLAUSE_TOO_LARGE', 'CLAUSE_HAS_BRACKETS'],
  }),
  /** Moves the clause with its children one place among its siblings. */
  'clause.move': method({
    input: z.object({ id: Id, direction: z.enum(['up', 'down']) }).strict(),
    output: as<OutlineView>(),
    errors: [...writeErrors, 'CLAUSE_NOT_FOUND', 'CLAUSE_CANNOT_MOVE'],
  }),
  /** One level deeper (under the clause before it) or one level up, with its children. */
  'clause.indent': method({
    input: z.object({ id: Id, direction: z.enum(['in', 'out']) }).strict(),
    output: as<OutlineView>(),
    errors: [...writeErrors, 'CLAUSE_NOT_FOUND', 'CLAUSE_CANNOT_MOVE'],
  }),
  /** Removes one clause; its children move up a level where they must. Versions keep their copy. */
  'clause.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<OutlineView>(),
    errors: [...writeErrors, 'CLAUSE_NOT_FOUND'],
  }),
  /** A side's stance on a clause, with the private rationale. Only sides of the draft's dialogue. */
  'stance.set': method({
    input: z.object({ clauseId: Id, partyId: Id, stance: z.enum(STANCES), rationale: Rationale.optional() }).strict(),
    output: as<ClauseView>(),
    errors: [...writeErrors, 'CLAUSE_NOT_FOUND', 'PARTY_NOT_FOUND'],
  }),
  /** Holds one bracket of the clause (by its order in the text, from 0) pending a clause, a topic or words. */
  'hold.add': method({
    input: z
      .object({
        clauseId: Id,
        bracket: z.number().int().min(0).max(10_000),
        pending: HoldPendingInput,
        reason: text({ max: AGREEMENT_LIMITS.maxHoldReasonChars }).default(''),
      })
      .strict(),
    output: as<ClauseView>(),
    errors: [...writeErrors, 'CLAUSE_NOT_FOUND', 'BRACKET_NOT_FOUND', 'TOPIC_NOT_FOUND', 'HOLD_REASON_REQUIRED'],
  }),
  'hold.remove': method({
    input: z.object({ id: Id }).strict(),
    output: as<ClauseView>(),
    errors: [...writeErrors, 'HOLD_NOT_FOUND'],
  }),
  /** A side's final yes or no to the whole package, with its date; `decision: null` clears it. */
  'package.set': method({
    input: z
      .object({
        draftId: Id,
        partyId: Id,
        decision: z.enum(PACKAGE_DECISIONS).nullable(),
        decidedOn: IsoDate.optional(),
        note: text({ max: AGREEMENT_LIMITS.maxRationaleChars, multiline: true }).default(''),
      })
      .strict(),
    output: as<readonly PackageDecisionView[]>(),
    errors: [...writeErrors, 'DRAFT_NOT_FOUND', 'PARTY_NOT_FOUND'],
  }),

  /**
   * Saves the working copy as the next numbered version, with a note. Refused while a clause's
   * brackets do not balance (BRACKETS_UNBALANCED names the clause and the place) and when nothing
   * changed since the last version (VERSION_UNCHANGED).
   */
  'version.save': method({
    input: z
      .object({ draftId: Id, note: text({ max: AGREEMENT_LIMITS.maxVersionNoteChars, multiline: true }).default('') })
      .strict(),
    output: as<VersionSummary>(),
    errors: [...writeErrors, 'DRAFT_NOT_FOUND', 'BRACKETS_UNBALANCED', 'VERSION_UNCHANGED', 'TOO_MANY_VERSIONS'],
  }),
  'version.get': method({
    input: z.object({ draftId: Id, number: z.number().int().min(1).max(AGREEMENT_LIMITS.maxVersions) }).strict(),
    output: as<VersionView>(),
    errors: [...readErrors, 'DRAFT_NOT_FOUND', 'VERSION_NOT_FOUND'],
  }),
  /** Any two states of one draft: versions or the working copy. Two drafts cannot be compared. */
  'draft.compare': method({
    input: z
      .object({
        from: z.object({ draftId: Id, version: VersionRefInput }).strict(),
        to: z.object({ draftId: Id, version: VersionRefInput }).strict(),
      })
      .strict(),
    output: as<CompareView>(),
    errors: [...readErrors, 'DRAFT_NOT_FOUND', 'VERSION_NOT_FOUND', 'DIFFERENT_DRAFTS'],
  }),

  /** Commitments of a dialogue or of one draft, soonest due first; optionally only those due within N days. */
  'commitment.list': method({
    input: z
      .object({
        dialogueId: Id.optional(),
        draftId: Id.optional(),
        dueWithinDays: z.number().int().min(0).max(3650).optional(),
      })
      .strict()
      .refine((value) => value.dialogueId !== undefined || value.draftId !== undefined, {
        message: 'Name a dialogue or a draft.',
      }),
    output: as<readonly CommitmentView[]>(),
    errors: [...readErrors, 'DIALOGUE_NOT_FOUND', 'DRAFT_NOT_FOUND'],
  }),
  /** A due date already past is allowed (a commitment noted late) and shows as overdue at once. */
  'commitment.create': method({
    input: z.object({ draftId: Id, ...commitmentFields }).strict(),
    output: as<CommitmentView>(),
    errors: [
      ...writeErrors,
      'DRAFT_NOT_FOUND',
      'CLAUSE_NOT_FOUND',
      'PARTY_NOT_FOUND',
      'PARTICIPANT_NOT_FOUND',
      NAME_IN_TEXT,
    ],
  }),
  'commitment.update': method({
    input: z
      .object({
        id: Id,
        clauseId: commitmentFields.clauseId,
        description: commitmentFields.description.optional(),
        owner: OwnerInput.optional(),
        dueOn: IsoDate.optional(),
        status: commitmentFields.status,
        evidence: commitmentFields.evidence,
      })
      .strict(),
    output: as<CommitmentView>(),
    errors: [
      ...writeErrors,
      'COMMITMENT_NOT_FOUND',
      'CLAUSE_NOT_FOUND',
      'PARTY_NOT_FOUND',
      'PARTICIPANT_NOT_FOUND',
      NAME_IN_TEXT,
    ],
  }),
  'commitment.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...writeErrors, 'COMMITMENT_NOT_FOUND'],
  }),
  /** Due-soon and lapsed commitments and final drafts at orphan risk, for one dialogue or all open ones. */
  'agreement.warnings': method({
    input: z.object({ dialogueId: Id.optional() }).strict(),
    output: as<AgreementWarningsView>(),
    errors: [...readErrors, 'DIALOGUE_NOT_FOUND'],
  }),

  'transfer.list': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly TransferView[]>(),
    errors: [...readErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /**
   * Logs an idea carried to a Track One role. The role is a role ("deputy foreign minister"), never
   * a name: a role that names someone from the roster is refused (NAME_IN_TEXT). The idea is a
   * clause, a topic or an option of a topic of the same dialogue (else CLAUSE_, TOPIC_ or
   * OPTION_NOT_FOUND), or words. Without a label, a clause is labelled with its number and first
   * words, a topic with its title, an option with its topic's title and its own.
   */
  'transfer.create': method({
    input: z.object({ dialogueId: Id, idea: IdeaInput, ...transferFields }).strict(),
    output: as<TransferView>(),
    errors: [
      ...writeErrors,
      'DIALOGUE_NOT_FOUND',
      'CLAUSE_NOT_FOUND',
      'TOPIC_NOT_FOUND',
      'OPTION_NOT_FOUND',
      'PARTY_NOT_FOUND',
      'PARTICIPANT_NOT_FOUND',
      'IDEA_LABEL_REQUIRED',
      NAME_IN_TEXT,
    ],
  }),
  'transfer.update': method({
    input: z
      .object({
        id: Id,
        idea: IdeaInput.optional(),
        ideaLabel: transferFields.ideaLabel,
        trackOneRole: Role.optional(),
        rolePartyId: transferFields.rolePartyId,
        carriedOn: IsoDate.optional(),
        carrier: CarrierInput.optional(),
        channel: z.enum(TRANSFER_CHANNELS).optional(),
        response: transferFields.response,
        responseNotes: transferFields.responseNotes,
        followUp: transferFields.followUp,
        followUpOn: transferFields.followUpOn,
      })
      .strict(),
    output: as<TransferView>(),
    errors: [
      ...writeErrors,
      'TRANSFER_NOT_FOUND',
      'CLAUSE_NOT_FOUND',
      'TOPIC_NOT_FOUND',
      'OPTION_NOT_FOUND',
      'PARTY_NOT_FOUND',
      'PARTICIPANT_NOT_FOUND',
      'IDEA_LABEL_REQUIRED',
      NAME_IN_TEXT,
    ],
  }),
  'transfer.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...writeErrors, 'TRANSFER_NOT_FOUND'],
  }),

  'outcome.list': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly OutcomeView[]>(),
    errors: [...readErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Who changed and who verified are roles, never names (NAME_IN_TEXT). Links stay within the dialogue. */
  'outcome.create': method({
    input: z.object({ dialogueId: Id, ...outcomeFields }).strict(),
    output: as<OutcomeView>(),
    errors: [
      ...writeErrors,
      'DIALOGUE_NOT_FOUND',
      'SESSION_NOT_FOUND',
      'CLAUSE_NOT_FOUND',
      'TRANSFER_NOT_FOUND',
      NAME_IN_TEXT,
    ],
  }),
  'outcome.update': method({
    input: z
      .object({
        id: Id,
        ...outcomeFields,
        description: outcomeFields.description.optional(),
        socialActor: Role.optional(),
      })
      .strict(),
    output: as<OutcomeView>(),
    errors: [
      ...writeErrors,
      'OUTCOME_NOT_FOUND',
      'SESSION_NOT_FOUND',
      'CLAUSE_NOT_FOUND',
      'TRANSFER_NOT_FOUND',
      NAME_IN_TEXT,
    ],
  }),
  'outcome.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...writeErrors, 'OUTCOME_NOT_FOUND'],
  }),

  /**
   * A draft as a PDF: the working copy or a version. The participants' copy prints the text with
   * its brackets and options, the version and "Draft — nothing is agreed until everything is
   * agreed" on every page, and no stances; the facilitator's copy adds the purpose, stances,
   * rationales, holds and each side's word on the package. Checked against the roster first.
   */
  'export.draftPdf': method({
    input: z
      .object({
        draftId: Id,
        version: z.number().int().min(1).max(AGREEMENT_LIMITS.maxVersions).optional(),
        facilitatorCopy: z.boolean().default(false),
        acknowledgedWarnings: AcknowledgedWarnings,
      })
      .strict(),
    output: as<ExportResult>(),
    errors: [
      ...writeErrors,
      'DRAFT_NOT_FOUND',
      'VERSION_NOT_FOUND',
      'BRACKETS_UNBALANCED',
      'NAME_IN_EXPORT',
      'PDF_UNAVAILABLE',
      'PDF_FAILED',
      'FILE_EXISTS',
      'IO_ERROR',
    ],
  }),
};
