import { z } from 'zod';
import { NOTE_KINDS, NOTE_LEVELS, NOTE_LIMITS } from '../domain/note';
import type { NoteKind, NoteLevel } from '../domain/note';
import { MAX_PAYLOAD_BYTES, Id, label, text } from './fields';
import { as, method } from './method';

/** A tag on a note: a topic or root cause of the dialogue, or a free word the facilitator typed. */
export type NoteTagView =
  | { readonly kind: 'topic'; readonly id: string; readonly label: string }
  | { readonly kind: 'root-cause'; readonly id: string; readonly label: string }
  | { readonly kind: 'free'; readonly id: null; readonly label: string };

/** Who spoke, as the room and every export refer to them: by speaker code, never by name. */
export interface NoteSpeakerView {
  readonly participantId: string;
  readonly code: string | null;
}

/** Everything about a note except its text: what lists of search results carry. */
export interface NoteHeader {
  readonly id: string;
  readonly dialogueId: string;
  readonly sessionId: string;
  readonly sessionNumber: number;
  /** The venue's zone: note times are shown on the venue's clocks, like the agenda's. */
  readonly sessionTimeZone: string;
  readonly agendaItemId: string | null;
  readonly agendaItemTitle: string | null;
  readonly speaker: NoteSpeakerView | null;
  /**
   * The speaker withdrew consent and was purged: the note stays, attributed to "withdrawn
   * participant" (PURGED_PSEUDONYM), with no way back to who it was.
   */
  readonly speakerWithdrawn: boolean;
  readonly level: NoteLevel;
  readonly kind: NoteKind;
  /** Set for a caucus note: visible only in that party's caucus view, never in joint lists. */
  readonly caucusPartyId: string | null;
  readonly tags: readonly NoteTagView[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** How many earlier versions the history keeps. */
  readonly earlierVersions: number;
}

export interface NoteView extends NoteHeader {
  /** Markdown subset, rendered with raw HTML off and links inert. */
  readonly body: string;
}

/** One kept state of a note. The current state is the newest, marked `current`. */
export interface NoteVersionView {
  readonly version: number;
  readonly current: boolean;
  readonly body: string;
  readonly level: NoteLevel;
  readonly kind: NoteKind;
  readonly speakerCode: string | null;
  readonly speakerWithdrawn: boolean;
  readonly agendaItemId: string | null;
  readonly caucusPartyId: string | null;
  readonly savedAt: string;
}

/** A piece of a search snippet: text to show as text, highlighted when `match`. Never HTML. */
export interface SnippetSegment {
  readonly text: string;
  readonly match: boolean;
}

export interface NoteSnippet {
  readonly segments: readonly SnippetSegment[];
  /** The note has text before / after the passage shown: show an ellipsis there. */
  readonly truncatedStart: boolean;
  readonly truncatedEnd: boolean;
}

export interface NoteSearchHit {
  readonly note: NoteHeader;
  readonly snippet: NoteSnippet;
}

export interface NoteSearchResult {
  readonly hits: readonly NoteSearchHit[];
  /** Notes matching, up to the ranking window (NOTE_LIMITS.rankingWindow). */
  readonly total: number;
  /**
   * More notes matched than the ranking window: only the most recent ones were ranked and `total`
   * is a lower bound. The UI suggests adding a word or a filter.
   */
  readonly rankedWindow: boolean;
  /** The query as understood (folded words; a prefix ends with `*`), to show back to the user. */
  readonly understood: readonly string[];
}

/** The tags a dialogue's notes can carry or be filtered by. */
export interface NoteTagOptions {
  readonly topics: readonly { readonly id: string; readonly label: string }[];
  readonly rootCauses: readonly { readonly id: string; readonly label: string }[];
  /** Free tags already used in the dialogue, most used first. */
  readonly free: readonly string[];
}

/**
 * A note body. The schema admits anything the transport does (2 MB), so that the service can
 * answer an oversized note with NOTE_TOO_LARGE and its size, rather than a generic refusal; the
 * real limit is NOTE_LIMITS.maxBodyBytes (256 KiB of UTF-8).
 */
export const NoteBody = text({ max: MAX_PAYLOAD_BYTES, multiline: true });

export const FreeTag = label(NOTE_LIMITS.maxFreeTagChars);

export const NoteTagInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topic'), id: Id }).strict(),
  z.object({ kind: z.literal('root-cause'), id: Id }).strict(),
  z.object({ kind: z.literal('free'), label: FreeTag }).strict(),
]);
export type NoteTagInput = z.infer<typeof NoteTagInput>;

const Level = z.enum(NOTE_LEVELS);

/** A speaker code as typed in a filter ("b2" is B2). */
const SpeakerCodeFilter = label(8).transform((s) => s.toUpperCase());

const noteErrors = ['WORKSPACE_LOCKED', 'WORKSPACE_CORRUPT'] as const;
const writeErrors = [...noteErrors, 'DISK_FULL'] as const;

export const noteContract = {
  /**
   * Creates the note, or updates it when `id` exists: the editor makes the id when the note is
   * started, so a retried autosave can never make a second note. Omitted optional fields keep
   * their stored value on update and take defaults on create: the level from the agenda item's
   * regime, else the session's (defaultNoteLevel); the caucus from a caucus agenda item. `null`
   * clears. Saving the same content again changes nothing (no new version, same `updatedAt`).
   */
  'note.save': method({
    input: z
      .object({
        id: Id,
        sessionId: Id,
        agendaItemId: Id.nullable().optional(),
        speakerId: Id.nullable().optional(),
        level: Level.optional(),
        kind: z.enum(NOTE_KINDS).optional(),
        caucusPartyId: Id.nullable().optional(),
        body: NoteBody,
        tags: z
          .array(NoteTagInput)
          .max(NOTE_LIMITS.maxTags, { message: `${NOTE_LIMITS.maxTags} tags at most.` })
          .optional(),
      })
      .strict(),
    output: as<NoteView>(),
    errors: [
      ...writeErrors,
      'SESSION_NOT_FOUND',
      'AGENDA_ITEM_NOT_FOUND',
      'PARTICIPANT_NOT_FOUND',
      'PARTY_NOT_FOUND',
      'TAG_NOT_FOUND',
      'NOTE_TOO_LARGE',
      'NOTE_EMPTY',
    ],
  }),
  'note.get': method({
    input: z.object({ id: Id }).strict(),
    output: as<NoteView>(),
    errors: [...noteErrors, 'NOTE_NOT_FOUND'],
  }),
  /**
   * A session's notes, oldest first. Without `caucusPartyId` this is the joint view and holds no
   * caucus note; with it, only that party's caucus notes. `agendaItemId: null` lists notes taken
   * outside any agenda item.
   */
  'note.list': method({
    input: z
      .object({
        sessionId: Id,
        agendaItemId: Id.nullable().optional(),
        caucusPartyId: Id.optional(),
      })
      .strict(),
    output: as<readonly NoteView[]>(),
    errors: [...noteErrors, 'SESSION_NOT_FOUND'],
  }),
  /** Every kept state of a note, newest (the current one) first. */
  'note.history': method({
    input: z.object({ id: Id }).strict(),
    output: as<readonly NoteVersionView[]>(),
    errors: [...noteErrors, 'NOTE_NOT_FOUND'],
  }),
  /** Deletes the note with its whole history and its entries in the search index. */
  'note.delete': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...writeErrors, 'NOTE_NOT_FOUND'],
  }),
  /**
   * Full-text search, ranked, with highlighted snippets. An empty query lists the notes the filters
   * select, newest first. Like `note.list`, without `caucusPartyId` it searches joint notes only.
   */
  'note.search': method({
    input: z
      .object({
        dialogueId: Id.optional(),
        query: text({ max: NOTE_LIMITS.maxQueryChars }).default(''),
        sessionId: Id.optional(),
        speakerId: Id.optional(),
        speakerCode: SpeakerCodeFilter.optional(),
        tag: NoteTagInput.optional(),
        levels: z.array(Level).min(1).max(NOTE_LEVELS.length).optional(),
        caucusPartyId: Id.optional(),
        limit: z.number().int().min(1).max(NOTE_LIMITS.maxSearchLimit).default(50),
        offset: z
          .number()
          .int()
          .min(0)
          .max(NOTE_LIMITS.rankingWindow - 1)
          .default(0),
      })
      .strict(),
    output: as<NoteSearchResult>(),
    errors: [...noteErrors, 'DIALOGUE_NOT_FOUND', 'SESSION_NOT_FOUND'],
  }),
  'note.tagOptions': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<NoteTagOptions>(),
    errors: [...noteErrors, 'DIALOGUE_NOT_FOUND'],
  }),
};
