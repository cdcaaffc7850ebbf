import { z } from 'zod';
import {
  NAME_REPLACEMENTS,
  REPORT_LIMITS,
  RISKY_PERIODS,
  SPONSOR_SECTIONS,
  SPONSOR_TEXT_SECTIONS,
  VENUE_DETAILS,
  type NameReplacement,
  type RiskyPeriod,
  type SponsorSection,
  type SponsorTextSection,
  type VenueDetail,
} from '../domain/report';
import { NOTE_LEVELS, type NoteLevel } from '../domain/note';
import type { Regime } from '../domain/session';
import type { SponsorReportDocument } from '../reports/sponsor-document';
import { AcknowledgedWarnings, type ExportResult, type ExportWarning } from './export';
import { Id, IsoDate, label, text } from './fields';
import { as, method } from './method';
import type { ExportLogEntry } from './workspace';

/** A named set of choices for a dialogue's sponsor reports; its name goes into the export log. */
export interface ReportProfileView {
  readonly id: string;
  readonly dialogueId: string;
  readonly name: string;
  /** The optional sections it prints, in print order. */
  readonly sections: readonly SponsorSection[];
  readonly riskyPeriod: RiskyPeriod;
  readonly venueDetail: VenueDetail;
  /** Small-cell threshold k: a count under it prints as "fewer than k". */
  readonly minCount: number;
  readonly replacement: NameReplacement;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A session as the sponsor report editor lists it: whether the report covers it and whether it is risky. */
export interface ReportSessionView {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  /** Venue-local `YYYY-MM-DDTHH:mm`. */
  readonly startsLocal: string;
  readonly endsLocal: string;
  readonly venueName: string | null;
  readonly regime: Regime;
  readonly included: boolean;
  /** Its period is coarsened and its venue named only as `venueLabel` says. */
  readonly risky: boolean;
  /** How the report names a risky session's venue ("a third country" when empty). */
  readonly venueLabel: string;
}

export interface SponsorTextView {
  readonly section: SponsorTextSection;
  readonly body: string;
  readonly updatedAt: string | null;
}

/** A dialogue's working sponsor report: its profile, the sessions it covers, the sections written. */
export interface SponsorReportView {
  readonly dialogueId: string;
  readonly codeName: string;
  /** The profile chosen, or null: the default settings (profile "Standard"). */
  readonly profileId: string | null;
  readonly profiles: readonly ReportProfileView[];
  /** Every session of the dialogue, in time order, with `included` saying which the report covers. */
  readonly scope: 'all' | 'chosen';
  readonly sessions: readonly ReportSessionView[];
  readonly texts: readonly SponsorTextView[];
}

/** A joint note that could go into the sponsor report: a sponsor-shareable point, or an agreed statement. */
export interface StatementView {
  readonly noteId: string;
  readonly sessionId: string;
  readonly sessionNumber: number;
  readonly agendaItemTitle: string | null;
  readonly level: NoteLevel;
  readonly body: string;
  /**
   * The participants agreed it may go to sponsors. `current` is false when the note was edited
   * after that: it stays out of the report until it is agreed again.
   */
  readonly agreed: { readonly agreedOn: string; readonly current: boolean } | null;
  readonly createdAt: string;
}

export interface StatementList {
  readonly statements: readonly StatementView[];
  /** Notes matching, of which `statements` holds the first `limit`. */
  readonly total: number;
}

/** One place the preview marks, listed in reading order: where, and why (never the words removed). */
export interface PreviewChange {
  readonly where: string;
  readonly reason: string;
  /** For a warning still to acknowledge. */
  readonly warningId?: string;
}

/**
 * The sponsor report as it will print — already redacted, so it holds no name, code or contact —
 * with every change marked and the warnings to acknowledge before it may be written.
 */
export interface SponsorReportPreview {
  readonly document: SponsorReportDocument;
  readonly profileName: string;
  readonly changes: readonly PreviewChange[];
  readonly warnings: readonly ExportWarning[];
  /** Joint notes left out because they are quotes (a sponsor report carries no quotes). */
  readonly quotesLeftOut: number;
  /** Agreed statements left out because their note changed after it was agreed. */
  readonly changedStatements: number;
}

/** What `workspace.verifyExport` found for a file. */
export type VerifyExportResult =
  | { readonly picked: false }
  | {
      readonly picked: true;
      readonly fileName: string;
      readonly bytes: number;
      readonly sha256: string;
      /** Export log entries with this SHA-256: the file is one this workspace wrote (empty: it is not). */
      readonly matches: readonly ExportLogEntry[];
    };

const ProfileName = label(REPORT_LIMITS.profileNameChars);
const SectionBody = text({ max: REPORT_LIMITS.sectionChars, multiline: true });
const VenueLabel = text({ max: REPORT_LIMITS.venueLabelChars }).transform((s) => s.trim());

const Sessions = z
  .array(Id)
  .min(1, { message: 'Choose at least one session.' })
  .max(REPORT_LIMITS.sessions, { message: `${REPORT_LIMITS.sessions} sessions at most.` })
  .refine((ids) => new Set(ids).size === ids.length, { message: 'A session is named twice.' });

const Levels = z
  .array(z.enum(NOTE_LEVELS))
  .min(1, { message: 'Choose at least one level.' })
  .max(NOTE_LEVELS.length)
  .refine((levels) => new Set(levels).size === levels.length, { message: 'A level is named twice.' });

const readErrors = ['WORKSPACE_LOCKED', 'WORKSPACE_CORRUPT'] as const;
const writeErrors = [...readErrors, 'DISK_FULL'] as const;
const exportErrors = [
  ...readErrors,
  'NAME_IN_EXPORT',
  'PDF_UNAVAILABLE',
  'PDF_FAILED',
  'FILE_EXISTS',
  'DISK_FULL',
  'IO_ERROR',
] as const;

/** Which sessions and profile a preview or export uses; the working report's own when absent. */
const SponsorScope = {
  dialogueId: Id,
  sessionIds: Sessions.optional(),
  profileId: Id.optional(),
};

export const reportContract = {
  /** The dialogue's working sponsor report, with its profiles and every session. */
  'sponsorReport.get': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<SponsorReportView>(),
    errors: [...readErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Saves one written section (autosaved as typed, like notes). Saving the same text changes nothing. */
  'sponsorReport.saveText': method({
    input: z.object({ dialogueId: Id, section: z.enum(SPONSOR_TEXT_SECTIONS), body: SectionBody }).strict(),
    output: as<SponsorTextView>(),
    errors: [...writeErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Which sessions the report covers (`null`: all of them, also those added later). */
  'sponsorReport.setSessions': method({
    input: z.object({ dialogueId: Id, sessionIds: Sessions.nullable() }).strict(),
    output: as<SponsorReportView>(),
    errors: [...writeErrors, 'DIALOGUE_NOT_FOUND', 'SESSION_NOT_FOUND'],
  }),
  /** The profile the report uses (`null`: the default settings). */
  'sponsorReport.useProfile': method({
    input: z.object({ dialogueId: Id, profileId: Id.nullable() }).strict(),
    output: as<SponsorReportView>(),
    errors: [...writeErrors, 'DIALOGUE_NOT_FOUND', 'PROFILE_NOT_FOUND'],
  }),
  /**
   * Marks a session risky (its period printed by month or quarter, its venue only as `venueLabel`
   * says, "a third country" when empty) or not.
   */
  'sponsorReport.markSession': method({
    input: z.object({ sessionId: Id, risky: z.boolean(), venueLabel: VenueLabel.default('') }).strict(),
    output: as<ReportSessionView>(),
    errors: [...writeErrors, 'SESSION_NOT_FOUND'],
  }),
  /**
   * Joint notes of the dialogue that can reach the report: without `all`, the sponsor-shareable
   * ones and those marked agreed; with it, every joint note (to mark one agreed). Oldest first.
   */
  'sponsorReport.statements': method({
    input: z
      .object({
        dialogueId: Id,
        sessionId: Id.optional(),
        all: z.boolean().default(false),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    output: as<StatementList>(),
    errors: [...readErrors, 'DIALOGUE_NOT_FOUND', 'SESSION_NOT_FOUND'],
  }),
  /**
   * Marks a joint note as a statement the participants agreed may go to sponsors, on `agreedOn`.
   * A caucus note never goes into a joint report (NOTE_IN_CAUCUS); a quote is one person's words
   * and never goes to sponsors (NOTE_IS_QUOTE).
   */
  'sponsorReport.markAgreed': method({
    input: z.object({ noteId: Id, agreedOn: IsoDate }).strict(),
    output: as<StatementView>(),
    errors: [...writeErrors, 'NOTE_NOT_FOUND', 'NOTE_IN_CAUCUS', 'NOTE_IS_QUOTE'],
  }),
  'sponsorReport.unmarkAgreed': method({
    input: z.object({ noteId: Id }).strict(),
    output: as<StatementView>(),
    errors: [...writeErrors, 'NOTE_NOT_FOUND'],
  }),
  /**
   * The report as it will print, redacted: names, aliases, contacts, sensitive affiliations,
   * speaker codes and pseudonyms replaced; periods and venues of risky sessions coarsened; small
   * counts suppressed — each change marked with its reason — and the warnings to acknowledge.
   */
  'sponsorReport.preview': method({
    input: z.object(SponsorScope).strict(),
    output: as<SponsorReportPreview>(),
    errors: [...readErrors, 'DIALOGUE_NOT_FOUND', 'SESSION_NOT_FOUND', 'PROFILE_NOT_FOUND', 'NAME_IN_EXPORT'],
  }),

  'reportProfile.list': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly ReportProfileView[]>(),
    errors: [...readErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Creates a profile, or with `id` updates it. Names are unique per dialogue (case and accents ignored). */
  'reportProfile.save': method({
    input: z
      .object({
        dialogueId: Id,
        id: Id.optional(),
        name: ProfileName,
        sections: z
          .array(z.enum(SPONSOR_SECTIONS))
          .max(SPONSOR_SECTIONS.length)
          .refine((list) => new Set(list).size === list.length, { message: 'A section is listed twice.' }),
        riskyPeriod: z.enum(RISKY_PERIODS),
        venueDetail: z.enum(VENUE_DETAILS),
        minCount: z
          .number()
          .int({ message: 'A whole number.' })
          .min(REPORT_LIMITS.minCount.min, { message: `At least ${REPORT_LIMITS.minCount.min}.` })
          .max(REPORT_LIMITS.minCount.max, { message: `At most ${REPORT_LIMITS.minCount.max}.` }),
        replacement: z.enum(NAME_REPLACEMENTS),
      })
      .strict(),
    output: as<ReportProfileView>(),
    errors: [...writeErrors, 'DIALOGUE_NOT_FOUND', 'PROFILE_NOT_FOUND', 'PROFILE_NAME_TAKEN', 'TOO_MANY_PROFILES'],
  }),
  'reportProfile.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...writeErrors, 'PROFILE_NOT_FOUND'],
  }),

  /**
   * The internal session summary as a PDF, "Confidential — facilitator's record" on every page:
   * the session's facts, attendance by code and side, the agenda as run, notes of the chosen
   * levels by agenda item with speaker codes, caucus notes in their own section per party (unless
   * left out), exercise runs, the trust reading and the commitments due. Codes, never names:
   * checked against the roster like every export.
   */
  'export.sessionSummaryPdf': method({
    input: z
      .object({
        sessionId: Id,
        levels: Levels.default([...NOTE_LEVELS]),
        includeCaucus: z.boolean().default(true),
        acknowledgedWarnings: AcknowledgedWarnings,
      })
      .strict(),
    output: as<ExportResult>(),
    errors: [...exportErrors, 'SESSION_NOT_FOUND'],
  }),
  /**
   * The sanitized sponsor report as a PDF: the preview's document, written only once every warning
   * is acknowledged, read back and checked again after printing, and logged with its profile.
   */
  'export.sponsorReportPdf': method({
    input: z.object({ ...SponsorScope, acknowledgedWarnings: AcknowledgedWarnings }).strict(),
    output: as<ExportResult>(),
    errors: [...exportErrors, 'DIALOGUE_NOT_FOUND', 'SESSION_NOT_FOUND', 'PROFILE_NOT_FOUND'],
  }),

  /**
   * Whether a file (chosen in main's open dialog, or the CLI's argument) is one this workspace
   * wrote: its SHA-256 against the export log.
   */
  'workspace.verifyExport': method({
    input: z.object({}).strict(),
    output: as<VerifyExportResult>(),
    errors: [...readErrors, 'FILE_NOT_FOUND', 'IO_ERROR', 'EXPORT_UNAVAILABLE'],
  }),
};

export type { ExportResult };
