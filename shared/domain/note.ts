import type { Regime } from './session';

/**
 * Enumerations, limits and pure rules of notes (DOMAIN.md: Note). Values are stored as-is in the
 * workspace; labels are what the facilitator reads.
 */

/** Who may see what a note says, from the most closed to the most open. */
export const NOTE_LEVELS = ['facilitator', 'participants', 'sponsor'] as const;
export type NoteLevel = (typeof NOTE_LEVELS)[number];

export const NOTE_LEVEL_LABELS: Record<NoteLevel, string> = {
  facilitator: 'Facilitator only',
  participants: 'Participants may see',
  sponsor: 'Sponsor shareable',
};

export const NOTE_LEVEL_DESCRIPTIONS: Record<NoteLevel, string> = {
  facilitator: 'Stays with the facilitation team: never in a summary or report.',
  participants: 'May go into the internal session summary the participants see.',
  sponsor: 'May go, unattributed, into the sanitized sponsor report.',
};

/**
 * A plain note records what was said or observed; a quote is someone's own words. The difference
 * matters when consent is withdrawn: a purge keeps a note (unattributed) but deletes a quote, whose
 * wording alone can identify the speaker.
 */
export const NOTE_KINDS = ['note', 'quote'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const NOTE_KIND_LABELS: Record<NoteKind, string> = { note: 'Note', quote: 'Quote' };

/**
 * The level a new note gets when the facilitator does not choose one, from the rule in force where
 * it was taken (the agenda item's regime, else the session's). The default never opens more than the
 * rule allows, and errs closed where the rule is about quotes:
 * - on the record: what is said may be used and attributed → sponsor shareable;
 * - Chatham House: may be used, never attributed → participants may see (sharing with the sponsor is
 *   a deliberate step, taken when writing the report);
 * - Chatham House plus: no quotes without written consent, and a note in the room is often nearly a
 *   quote → facilitator only;
 * - off the record: nothing leaves the room → facilitator only.
 * A caucus note is always facilitator only by default: it never appears in a joint summary.
 */
export const DEFAULT_LEVEL_BY_REGIME: Record<Regime, NoteLevel> = {
  'on-the-record': 'sponsor',
  'chatham-house': 'participants',
  'chatham-house-plus': 'facilitator',
  'off-the-record': 'facilitator',
};

export function defaultNoteLevel(regime: Regime | null, caucus: boolean): NoteLevel {
  if (caucus || regime === null) return 'facilitator';
  return DEFAULT_LEVEL_BY_REGIME[regime];
}

/**
 * A note body holds at most 256 KiB of UTF-8 (about 40,000 words of English, 25,000 of Arabic):
 * far beyond anything typed in a room, small enough that autosave, search snippets and history stay
 * fast. A longer paste is refused with NOTE_TOO_LARGE and stays in the editor.
 */
export const NOTE_BODY_MAX_BYTES = 256 * 1024;

export const NOTE_LIMITS = {
  maxBodyBytes: NOTE_BODY_MAX_BYTES,
  maxTags: 30,
  maxFreeTagChars: 60,
  /** A search query: enough for a handful of words or a phrase; more is not a search. */
  maxQueryChars: 300,
  maxQueryTerms: 12,
  /** Results per page of a search. */
  maxSearchLimit: 100,
  /**
   * A query matching more notes than this ranks only the most recent this-many matches: a word in
   * tens of thousands of notes is not a useful search, and bounding the ranking keeps every search
   * within its 30 ms budget. The answer says so (`rankedWindow`), and the UI suggests a filter.
   */
  rankingWindow: 2_000,
  /**
   * Autosaves within this long of the previous kept version overwrite rather than add history, so
   * a minute of typing with pauses leaves one version, not sixty.
   */
  versionIntervalMs: 60_000,
} as const;

/** UTF-8 size of a string, without allocating a buffer. */
export function utf8Bytes(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** "12 KB", "1.0 MB": for messages about size, rounded the way a person reads them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The message of NOTE_TOO_LARGE, shared so the editor can say it before sending anything. */
export function noteTooLargeMessage(bytes: number): string {
  return (
    `This note is ${formatSize(bytes)}; a note holds at most ${formatSize(NOTE_BODY_MAX_BYTES)}. ` +
    'Split it into several notes. Nothing was lost: the text is still in the editor.'
  );
}
