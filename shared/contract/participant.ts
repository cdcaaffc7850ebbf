import { z } from 'zod';
import type { ExportLogEntry } from './workspace';
import {
  ALIAS_KINDS,
  CHANNELS,
  CLOSENESS,
  IDENTITY_PARTS,
  PARTICIPANT_LIMITS,
  MULTI_TRACK_SECTORS,
  PARTICIPANT_STATUSES,
  PARTICIPANT_TRACK_LEVELS,
  RATINGS,
  ROSTER_SORTS,
  SPEAKER_CODE_PATTERN,
  foldName,
  normaliseSpeakerCode,
} from '../domain/participant';
import type {
  AliasKind,
  Channel,
  Closeness,
  MultiTrackSector,
  ParticipantStatus,
  ParticipantTrackLevel,
  Rating,
} from '../domain/participant';
import type { ExportWarning } from './export';
import { Id, IsoDate, label, text } from './fields';
import { as, method } from './method';

// ---------------------------------------------------------------------------------------------
// Views: what main returns and the renderer shows. Declared once, here.
// ---------------------------------------------------------------------------------------------

export interface AliasView {
  readonly alias: string;
  readonly kind: AliasKind;
}

export interface ConsentScopes {
  readonly notes: boolean;
  readonly quotes: boolean;
  readonly attribution: boolean;
  readonly photos: boolean;
}

/** `given`: a consent is in force; `withdrawn`: the latest one was withdrawn; `none`: never recorded. */
export type ConsentState = 'none' | 'given' | 'withdrawn';

export interface ConsentSummary {
  readonly state: ConsentState;
  /** The latest consent's date and scopes (also after a withdrawal, to show what was withdrawn). */
  readonly givenOn: string | null;
  readonly scopes: ConsentScopes | null;
  readonly withdrawnOn: string | null;
}

export interface ConsentRecordView {
  readonly id: string;
  readonly givenOn: string;
  readonly scopes: ConsentScopes;
  readonly note: string;
  readonly withdrawnOn: string | null;
  readonly withdrawalNote: string;
}

export interface DecisionMakerLinkView {
  readonly decisionMakerId: string;
  /** Whom the participant reaches: a role, or a name the facilitator chose to record. */
  readonly decisionMaker: string;
  readonly closeness: Closeness;
  readonly channel: Channel;
  readonly note: string;
}

export interface SelectionRationale {
  readonly influence: Rating | null;
  readonly openMindedness: Rating | null;
  readonly access: Rating | null;
  readonly personalCapacity: Rating | null;
  /** Free text: why this person, in the facilitator's words. */
  readonly notes: string;
}

export interface Contacts {
  readonly email: string;
  readonly phone: string;
  /** A messaging handle, e.g. "Signal: +44 …". */
  readonly messaging: string;
}

export interface RiskNotes {
  readonly travel: string;
  readonly safety: string;
}

/**
 * One row of the roster list: enough to show, group, sort and filter without a further call. It
 * carries no identity — no real name, alias, contact, sensitive affiliation or risk note — so that
 * the window never holds one it does not show (the privacy screen, a projector in the room). The
 * identity comes one participant at a time from `participant.identity`, and real names for a list
 * from `participant.names`, only when the facilitator shows them.
 */
export interface ParticipantSummary {
  readonly id: string;
  readonly dialogueId: string;
  readonly partyId: string;
  /** Null only once purged: the code went with the identity. */
  readonly speakerCode: string | null;
  readonly pseudonym: string;
  /** The affiliation when it is not sensitive; '' when it is (see `participant.identity`). */
  readonly affiliation: string;
  readonly affiliationSensitive: boolean;
  readonly role: string;
  readonly trackLevel: ParticipantTrackLevel | null;
  readonly sector: MultiTrackSector | null;
  readonly status: ParticipantStatus;
  readonly consent: ConsentSummary;
  readonly linkCount: number;
  /** True for the neutral "withdrawn participant" row a purge leaves for attribution. */
  readonly purged: boolean;
  readonly updatedAt: string;
}

/** A participant with everything recorded about them except their identity (see ParticipantIdentity). */
export interface ParticipantView extends ParticipantSummary {
  readonly languages: readonly string[];
  readonly rationale: SelectionRationale;
  readonly links: readonly DecisionMakerLinkView[];
  /** The consent register, oldest first. Empty once purged. */
  readonly consents: readonly ConsentRecordView[];
  readonly createdAt: string;
  /** The date (not the time) of the purge. */
  readonly purgedOn: string | null;
  /** What identity is on record, without it: "2 aliases", "contacts recorded", "risk notes". */
  readonly identityOnRecord: {
    readonly aliases: number;
    readonly contacts: boolean;
    readonly riskNotes: boolean;
  };
}

/**
 * The identifying part of one participant, fetched only when the facilitator reveals it (or works
 * with the privacy screen off). Only the parts asked for are filled; the others are null.
 */
export interface ParticipantIdentity {
  readonly participantId: string;
  readonly names: { readonly realName: string; readonly aliases: readonly AliasView[] } | null;
  /** The affiliation, sensitive or not. */
  readonly affiliation: string | null;
  readonly contacts: Contacts | null;
  readonly risks: RiskNotes | null;
}

/** A participant's real name, for a list shown with the privacy screen off. */
export interface ParticipantName {
  readonly id: string;
  readonly realName: string;
}

export interface InfluenceMapView {
  readonly decisionMakers: readonly { readonly id: string; readonly name: string }[];
  readonly links: readonly {
    readonly participantId: string;
    readonly decisionMakerId: string;
    readonly closeness: Closeness;
    readonly channel: Channel;
  }[];
}

export interface PurgeResult {
  readonly participant: ParticipantView;
  /** False when the purge committed but the follow-up compaction could not run (e.g. disk full). */
  readonly compacted: boolean;
  /**
   * Logged backups made on or before the purge: they still hold the identity just removed, and a
   * restore elsewhere would bring it back. Tell the facilitator to destroy them.
   */
  readonly backupsBeforePurge: readonly ExportLogEntry[];
}

export interface ImportResult {
  readonly created: readonly { readonly line: number; readonly speakerCode: string; readonly pseudonym: string }[];
}

/** One line of the audit log: what happened and when, never to whom. */
export interface AuditEntryView {
  readonly occurredOn: string;
  readonly action: string;
  readonly dialogueId: string | null;
  readonly detail: string;
}

/**
 * Tabular roster for a CSV file (`export.rosterCsv`, written by main; the table itself never
 * crosses IPC). Which columns exist is decided in main, never by the caller. Without identities the
 * table is checked like every export: `warnings` instead of a table when something in it may point
 * to a participant and has not been acknowledged yet.
 */
export type RosterExport =
  | { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly warnings?: undefined }
  | { readonly warnings: readonly ExportWarning[]; readonly header?: undefined; readonly rows?: undefined };

// ---------------------------------------------------------------------------------------------
// Fields: every user string bounded and normalised (fields.ts), limits stated once.
// ---------------------------------------------------------------------------------------------

export { PARTICIPANT_LIMITS };

const trimmed = (max: number) => text({ max }).transform((s) => s.trim());
const longText = text({ max: PARTICIPANT_LIMITS.longText, multiline: true });

export const RealName = label(PARTICIPANT_LIMITS.realName);
export const Pseudonym = label(PARTICIPANT_LIMITS.pseudonym);

export const SpeakerCode = label(8)
  .transform(normaliseSpeakerCode)
  .refine((code) => SPEAKER_CODE_PATTERN.test(code), {
    message: 'Use up to 8 letters and digits, starting with a letter or digit (e.g. A1, B12).',
  });

export const Email = trimmed(PARTICIPANT_LIMITS.email).refine((s) => s === '' || /^[^\s@]+@[^\s@]+$/u.test(s), {
  message: 'Not an email address (name@example.org).',
});

export const Phone = trimmed(PARTICIPANT_LIMITS.phone).refine(
  (s) => s === '' || (/^\+?[\p{Nd} ()./-]+$/u.test(s) && (s.match(/\p{Nd}/gu)?.length ?? 0) >= 3),
  { message: 'Use digits, spaces, + ( ) - . / only.' },
);

export const AliasInput = z
  .object({ alias: label(PARTICIPANT_LIMITS.alias), kind: z.enum(ALIAS_KINDS).default('spelling') })
  .strict();

/** Two entries that fold alike ("Haddad", "HADDAD") are one entry typed twice. */
function distinctBy<T>(key: (item: T) => string, what: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index], message: `${what} is listed twice.` });
      seen.add(k);
    });
  };
}

const Aliases = z
  .array(AliasInput)
  .max(PARTICIPANT_LIMITS.aliases, { message: `${PARTICIPANT_LIMITS.aliases} aliases at most.` })
  .superRefine(distinctBy((a) => foldName(a.alias), 'This alias'));

const Languages = z
  .array(label(PARTICIPANT_LIMITS.language))
  .max(PARTICIPANT_LIMITS.languages, { message: `${PARTICIPANT_LIMITS.languages} languages at most.` })
  .superRefine(distinctBy((l) => foldName(l), 'This language'));

export const LinkInput = z
  .object({
    decisionMaker: label(PARTICIPANT_LIMITS.decisionMaker),
    closeness: z.enum(CLOSENESS),
    channel: z.enum(CHANNELS),
    note: text({ max: PARTICIPANT_LIMITS.shortNote, multiline: true }).default(''),
  })
  .strict();

const Links = z
  .array(LinkInput)
  .max(PARTICIPANT_LIMITS.links, { message: `${PARTICIPANT_LIMITS.links} links at most.` })
  .superRefine(distinctBy((l) => foldName(l.decisionMaker), 'This decision maker'));

const ContactsInput = z
  .object({
    email: Email.default(''),
    phone: Phone.default(''),
    messaging: trimmed(PARTICIPANT_LIMITS.messaging).default(''),
  })
  .strict();

const RationaleInput = z
  .object({
    influence: z.enum(RATINGS).nullable().default(null),
    openMindedness: z.enum(RATINGS).nullable().default(null),
    access: z.enum(RATINGS).nullable().default(null),
    personalCapacity: z.enum(RATINGS).nullable().default(null),
    notes: longText.default(''),
  })
  .strict();

const RisksInput = z.object({ travel: longText.default(''), safety: longText.default('') }).strict();

const ScopesInput = z
  .object({ notes: z.boolean(), quotes: z.boolean(), attribution: z.boolean(), photos: z.boolean() })
  .strict();

/** The editable fields of a participant, shared by create, update and import. */
const Fields = {
  realName: RealName,
  aliases: Aliases,
  pseudonym: Pseudonym,
  speakerCode: SpeakerCode,
  affiliation: trimmed(PARTICIPANT_LIMITS.affiliation),
  affiliationSensitive: z.boolean(),
  role: trimmed(PARTICIPANT_LIMITS.role),
  trackLevel: z.enum(PARTICIPANT_TRACK_LEVELS).nullable(),
  sector: z.enum(MULTI_TRACK_SECTORS).nullable(),
  languages: Languages,
  contacts: ContactsInput,
  rationale: RationaleInput,
  risks: RisksInput,
  links: Links,
  status: z.enum(PARTICIPANT_STATUSES),
};

/**
 * One CSV row for `participant.import`, already split into fields by the caller; `party` is the
 * party's name as written in the file. `line` is the file's line number, for error messages.
 */
export const ImportRow = z
  .object({
    line: z.number().int().min(1),
    realName: Fields.realName,
    aliases: Fields.aliases.default([]),
    party: label(120),
    pseudonym: Fields.pseudonym.optional(),
    speakerCode: Fields.speakerCode.optional(),
    affiliation: Fields.affiliation.default(''),
    affiliationSensitive: Fields.affiliationSensitive.default(false),
    role: Fields.role.default(''),
    trackLevel: Fields.trackLevel.default(null),
    sector: Fields.sector.default(null),
    email: Email.default(''),
    phone: Phone.default(''),
    status: Fields.status.default('prospect'),
  })
  .strict();

/** The rows of one import: at least one, at most PARTICIPANT_LIMITS.importRows. */
export const ImportRows = z
  .array(ImportRow)
  .min(1, { message: 'The file has no participants.' })
  .max(PARTICIPANT_LIMITS.importRows, { message: `${PARTICIPANT_LIMITS.importRows} rows at most.` });

const rosterErrors = ['WORKSPACE_LOCKED', 'DISK_FULL', 'WORKSPACE_CORRUPT'] as const;
const identityErrors = ['DUPLICATE_SPEAKER_CODE', 'DUPLICATE_PSEUDONYM', 'PSEUDONYM_REVEALS_IDENTITY'] as const;

export const participantContract = {
  /**
   * Adds a participant. Without `speakerCode` the next code of the party is used (A1, A2, B1…);
   * without `pseudonym`, "Participant <code>".
   */
  'participant.create': method({
    input: z
      .object({
        dialogueId: Id,
        partyId: Id,
        realName: Fields.realName,
        aliases: Fields.aliases.default([]),
        pseudonym: Fields.pseudonym.optional(),
        speakerCode: Fields.speakerCode.optional(),
        affiliation: Fields.affiliation.default(''),
        affiliationSensitive: Fields.affiliationSensitive.default(false),
        role: Fields.role.default(''),
        trackLevel: Fields.trackLevel.default(null),
        sector: Fields.sector.default(null),
        languages: Fields.languages.default([]),
        contacts: Fields.contacts.default({ email: '', phone: '', messaging: '' }),
        rationale: Fields.rationale.default({
          influence: null,
          openMindedness: null,
          access: null,
          personalCapacity: null,
          notes: '',
        }),
        risks: Fields.risks.default({ travel: '', safety: '' }),
        links: Fields.links.default([]),
        status: Fields.status.default('prospect'),
      })
      .strict(),
    output: as<ParticipantView>(),
    errors: [...rosterErrors, ...identityErrors, 'DIALOGUE_NOT_FOUND', 'UNKNOWN_PARTY'],
  }),
  /** Changes the fields given; lists (aliases, languages, links) are replaced as a whole. */
  'participant.update': method({
    input: z
      .object({
        id: Id,
        partyId: Id.optional(),
        realName: Fields.realName.optional(),
        aliases: Fields.aliases.optional(),
        pseudonym: Fields.pseudonym.optional(),
        speakerCode: Fields.speakerCode.optional(),
        affiliation: Fields.affiliation.optional(),
        affiliationSensitive: Fields.affiliationSensitive.optional(),
        role: Fields.role.optional(),
        trackLevel: Fields.trackLevel.optional(),
        sector: Fields.sector.optional(),
        languages: Fields.languages.optional(),
        contacts: Fields.contacts.optional(),
        rationale: Fields.rationale.optional(),
        risks: Fields.risks.optional(),
        links: Fields.links.optional(),
        status: Fields.status.optional(),
      })
      .strict(),
    output: as<ParticipantView>(),
    errors: [...rosterErrors, ...identityErrors, 'PARTICIPANT_NOT_FOUND', 'PARTICIPANT_PURGED', 'UNKNOWN_PARTY'],
  }),
  /** Everything about one participant but their identity (that is `participant.identity`). */
  'participant.get': method({
    input: z.object({ id: Id }).strict(),
    output: as<ParticipantView>(),
    errors: [...rosterErrors, 'PARTICIPANT_NOT_FOUND'],
  }),
  /**
   * The identity of ONE participant — only the parts asked for — when the facilitator reveals it.
   * A purged participant has none left.
   */
  'participant.identity': method({
    input: z
      .object({
        id: Id,
        parts: z
          .array(z.enum(IDENTITY_PARTS))
          .min(1, { message: 'Ask for at least one part of the identity.' })
          .max(IDENTITY_PARTS.length)
          .superRefine(distinctBy((part) => part, 'This part')),
      })
      .strict(),
    output: as<ParticipantIdentity>(),
    errors: [...rosterErrors, 'PARTICIPANT_NOT_FOUND', 'PARTICIPANT_PURGED'],
  }),
  /**
   * The roster of a dialogue, without identities. `filter` matches names, aliases, pseudonym and
   * code ignoring case, accents and transliteration marks (every word must match); with
   * `searchIdentities: false` (the privacy screen) only pseudonyms and codes, so typing a name never
   * shows on screen which code it belongs to.
   */
  'participant.list': method({
    input: z
      .object({
        dialogueId: Id,
        filter: text({ max: PARTICIPANT_LIMITS.filter }).default(''),
        searchIdentities: z.boolean().default(true),
        partyId: Id.optional(),
        statuses: z.array(z.enum(PARTICIPANT_STATUSES)).max(PARTICIPANT_STATUSES.length).optional(),
        sort: z.enum(ROSTER_SORTS).default('party'),
        includePurged: z.boolean().default(true),
      })
      .strict(),
    output: as<readonly ParticipantSummary[]>(),
    errors: [...rosterErrors, 'DIALOGUE_NOT_FOUND', 'UNKNOWN_PARTY'],
  }),
  /** Real names of a dialogue's participants (purged ones have none), for lists shown with names. */
  'participant.names': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly ParticipantName[]>(),
    errors: [...rosterErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  'participant.suggestCode': method({
    input: z.object({ dialogueId: Id, partyId: Id }).strict(),
    output: as<{ readonly code: string }>(),
    errors: [...rosterErrors, 'DIALOGUE_NOT_FOUND', 'UNKNOWN_PARTY'],
  }),
  /** Records a consent; it supersedes the previous one in the register. */
  'participant.recordConsent': method({
    input: z
      .object({
        participantId: Id,
        givenOn: IsoDate,
        scopes: ScopesInput,
        note: text({ max: PARTICIPANT_LIMITS.shortNote, multiline: true }).default(''),
      })
      .strict(),
    output: as<ParticipantView>(),
    errors: [...rosterErrors, 'PARTICIPANT_NOT_FOUND', 'PARTICIPANT_PURGED'],
  }),
  'participant.withdrawConsent': method({
    input: z
      .object({
        participantId: Id,
        withdrawnOn: IsoDate,
        note: text({ max: PARTICIPANT_LIMITS.shortNote, multiline: true }).default(''),
      })
      .strict(),
    output: as<ParticipantView>(),
    errors: [...rosterErrors, 'PARTICIPANT_NOT_FOUND', 'PARTICIPANT_PURGED', 'NO_ACTIVE_CONSENT'],
  }),
  /**
   * Removes the participant's identity for good and leaves a neutral "withdrawn participant" for
   * attribution. Deliberate by design: the caller must repeat the participant's speaker code.
   */
  'participant.purge': method({
    input: z.object({ id: Id, confirmSpeakerCode: text({ max: 40 }) }).strict(),
    output: as<PurgeResult>(),
    errors: [...rosterErrors, 'PARTICIPANT_NOT_FOUND', 'PARTICIPANT_PURGED', 'PURGE_NOT_CONFIRMED'],
  }),
  'participant.influenceMap': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<InfluenceMapView>(),
    errors: [...rosterErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /** Adds every row or none: one transaction; problems are reported by line. */
  'participant.import': method({
    input: z
      .object({
        dialogueId: Id,
        rows: ImportRows,
      })
      .strict(),
    output: as<ImportResult>(),
    errors: [...rosterErrors, 'DIALOGUE_NOT_FOUND', 'IMPORT_REJECTED'],
  }),
  /**
   * The app's "Import CSV…": a spreadsheet's text, read by the same parser as `parley roster
   * import` (columns as in the README), then imported like `participant.import` — every row or
   * none. Problems come back as IMPORT_REJECTED, one line of the message per row ("Line 4: …").
   */
  'participant.importCsv': method({
    input: z
      .object({
        dialogueId: Id,
        csv: text({ max: PARTICIPANT_LIMITS.importCsvChars, multiline: true }),
      })
      .strict(),
    output: as<ImportResult>(),
    errors: [...rosterErrors, 'DIALOGUE_NOT_FOUND', 'IMPORT_REJECTED'],
  }),
  /** The audit log, newest first; of one dialogue when `dialogueId` is given. */
  'audit.list': method({
    input: z.object({ dialogueId: Id.optional() }).strict(),
    output: as<readonly AuditEntryView[]>(),
    errors: [...rosterErrors],
  }),
};

export type ImportRowInput = z.input<typeof ImportRow>;
