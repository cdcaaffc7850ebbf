/**
 * What identifies a participant, by where it came from on the roster (DOMAIN.md, rule 3): real
 * names and aliases, emails, phones, affiliations marked sensitive, and — for the exports that must
 * not carry them — speaker codes and pseudonyms.
 */
export type SensitiveTermKind = 'name' | 'alias' | 'email' | 'phone' | 'affiliation' | 'speaker-code' | 'pseudonym';

export interface SensitiveTerm {
  readonly kind: SensitiveTermKind;
  readonly value: string;
  /**
   * Who the term belongs to (a participant id): words of one person's name and aliases next to
   * each other are a name, words of two people's are not. Each term is its own owner without it.
   */
  readonly owner?: string;
  /** The person's side, for a replacement such as "a participant from Side A". */
  readonly side?: string;
}

/** `certain`: refuse the export (or replace the words); `likely`: a warning the facilitator confirms. */
export type Certainty = 'certain' | 'likely';

/** The ways a term was disguised or reshaped in the text, for the reason shown to the facilitator. */
export type Disguise =
  | 'look-alike-letters'
  | 'other-script'
  | 'hidden-characters'
  | 'spelling-variant'
  | 'joined-or-split'
  | 'attached-prefix'
  | 'reversed'
  | 'letter-by-letter'
  | 'written-out'
  | 'across-places';

/** A stretch of one block's text (UTF-16 offsets). */
export interface FindingPart {
  readonly block: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Something in the document that points to a participant. It says where and why, never what: a
 * finding can be shown, logged or printed without repeating the name it found.
 */
export interface Finding {
  readonly kind: SensitiveTermKind;
  readonly certainty: Certainty;
  /** The `where` of the block it starts in. */
  readonly where: string;
  /** Its text, block by block, in reading order (two parts when split across fields). */
  readonly parts: readonly FindingPart[];
  /** Why it was found, in the facilitator's words, without the matched text. */
  readonly reason: string;
  /** The index of the term in the list it was matched against. */
  readonly term: number;
  /**
   * Which part of the term matched ("3:w1" — the term's index and the word's position), for stable
   * warning ids and grouping; holds no text.
   */
  readonly subject: string;
  readonly disguises: readonly Disguise[];
}
