import { foldForMatch } from '../text/fold';

/**
 * Enumerations and pure rules of the roster (DOMAIN.md: Participant). Values are stored as-is in
 * the workspace; labels are what the facilitator reads. Main (services, CLI) and the renderer share
 * the rules below so that a filter typed in the app and one run by the CLI match the same people.
 */

export const PARTICIPANT_STATUSES = ['prospect', 'invited', 'confirmed', 'declined', 'withdrawn'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const PARTICIPANT_STATUS_LABELS: Record<ParticipantStatus, string> = {
  prospect: 'Prospect',
  invited: 'Invited',
  confirmed: 'Confirmed',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/**
 * A participant's track is two separate facts, because practitioners use both vocabularies and they
 * do not nest:
 * - the *level* (1, 1.5, 2, 3): how official the person is — a serving official (1), an official
 *   in a personal capacity beside non-officials (1.5), an influential non-official (2), grassroots (3);
 * - the *sector* of Diamond & McDonald's multi-track diplomacy: which of the nine tracks of society
 *   the person acts through (a cleric at level 2 is in sector 7, religion).
 * Either may be unknown (null).
 */
export const PARTICIPANT_TRACK_LEVELS = ['1', '1.5', '2', '3'] as const;
export type ParticipantTrackLevel = (typeof PARTICIPANT_TRACK_LEVELS)[number];

export const PARTICIPANT_TRACK_LEVEL_LABELS: Record<ParticipantTrackLevel, string> = {
  '1': 'Track 1 (official)',
  '1.5': 'Track 1.5 (officials in a personal capacity)',
  '2': 'Track 2 (unofficial, influential)',
  '3': 'Track 3 (grassroots)',
};

/** Diamond & McDonald's nine tracks, in their numbering (index + 1). */
export const MULTI_TRACK_SECTORS = [
  'government',
  'professional',
  'business',
  'private-citizen',
  'research-education',
  'activism',
  'religion',
  'funding',
  'media',
] as const;
export type MultiTrackSector = (typeof MULTI_TRACK_SECTORS)[number];

export const MULTI_TRACK_SECTOR_LABELS: Record<MultiTrackSector, string> = {
  government: '1 · Government (peacemaking through diplomacy)',
  professional: '2 · Professional conflict resolution',
  business: '3 · Business (peacemaking through commerce)',
  'private-citizen': '4 · Private citizens (personal involvement)',
  'research-education': '5 · Research, training and education',
  activism: '6 · Activism (advocacy)',
  religion: '7 · Religion (faith in action)',
  funding: '8 · Funding (providing resources)',
  media: '9 · Communications and the media',
};

/** How close a participant is to a decision maker they can reach. */
export const CLOSENESS = ['direct', 'one-step'] as const;
export type Closeness = (typeof CLOSENESS)[number];
export const CLOSENESS_LABELS: Record<Closeness, string> = {
  direct: 'Direct',
  'one-step': 'One step removed',
};

export const CHANNELS = ['formal', 'informal'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = { formal: 'Formal', informal: 'Informal' };

/** A facilitator's judgement of one selection criterion; null means "not assessed yet". */
export const RATINGS = ['low', 'medium', 'high'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** The structured criteria of a selection rationale (practice: chosen for open-mindedness and links). */
export const SELECTION_CRITERIA = ['influence', 'openMindedness', 'access', 'personalCapacity'] as const;
export type SelectionCriterion = (typeof SELECTION_CRITERIA)[number];
export const SELECTION_CRITERION_LABELS: Record<SelectionCriterion, string> = {
  influence: 'Influence',
  openMindedness: 'Open-mindedness',
  access: 'Access to decision makers',
  personalCapacity: 'Can take part in a personal capacity',
};

export const ALIAS_KINDS = ['spelling', 'transliteration', 'nickname', 'other'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];
export const ALIAS_KIND_LABELS: Record<AliasKind, string> = {
  spelling: 'Spelling',
  transliteration: 'Transliteration',
  nickname: 'Nickname',
  other: 'Other',
};

/** What a consent covers. Attribution is separate from quotes: a quote can be used unattributed. */
export const CONSENT_SCOPES = ['notes', 'quotes', 'attribution', 'photos'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const CONSENT_SCOPE_LABELS: Record<ConsentScope, string> = {
  notes: 'Notes may be taken',
  quotes: 'May be quoted',
  attribution: 'Quotes may be attributed',
  photos: 'Photos',
};

/**
 * The identifying parts of a participant, each fetched only when shown: names (real name and
 * aliases), the affiliation (when marked sensitive the roster never carries it), contacts, risk
 * notes. While the privacy screen is on, each is a deliberate reveal.
 */
export const IDENTITY_PARTS = ['names', 'affiliation', 'contacts', 'risks'] as const;
export type IdentityPart = (typeof IDENTITY_PARTS)[number];

/** Sizes the contract allows for a participant's fields (shared with the forms that edit them). */
export const PARTICIPANT_LIMITS = {
  realName: 200,
  pseudonym: 80,
  alias: 200,
  aliases: 30,
  affiliation: 200,
  role: 200,
  language: 60,
  languages: 12,
  email: 254,
  phone: 40,
  messaging: 120,
  longText: 4_000,
  decisionMaker: 200,
  /** A consent's or a withdrawal's note, a decision-maker link's note. */
  shortNote: 1_000,
  links: 50,
  filter: 200,
  importRows: 5_000,
  /** A CSV file sent by the window (the transport carries 2 MB at most). */
  importCsvChars: 1_500_000,
} as const;

/** What a purged participant is called everywhere their attribution is kept. */
export const PURGED_PSEUDONYM = 'Withdrawn participant';

export const ROSTER_SORTS = ['party', 'code', 'name', 'pseudonym', 'status', 'updated'] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];
export const ROSTER_SORT_LABELS: Record<RosterSort, string> = {
  party: 'Party, then code',
  code: 'Speaker code',
  name: 'Name',
  pseudonym: 'Pseudonym',
  status: 'Status',
  updated: 'Recently changed',
};

/**
 * Letters that foldForMatch keeps but a facilitator typing on a plain keyboard cannot: they have
 * no Unicode decomposition, so they are spelled out the way transliterations usually write them.
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  þ: 'th',
};
/**
 * Transliteration marks for ʿayn and hamza and the apostrophes that stand in for them: "ʿAlī",
 * "'Ali" and "Ali" are the same person to a facilitator searching the roster.
 */
const TRANSLITERATION_MARKS = /[\u02BE\u02BF\u02BC\u02BB\u0027\u2018\u2019\u0060\u00B4]/gu;

/**
 * The roster's matching form of a name: foldForMatch (case, accents, harakat) plus the
 * transliteration conventions above, with hyphens read as spaces ("al-Haddad" ~ "al haddad").
 */
export function foldName(value: string): string {
  return foldForMatch(value)
    .replace(TRANSLITERATION_MARKS, '')
    .replace(/[ßæœøłđðħıþ]/gu, (letter) => SPELLED_OUT[letter] ?? letter)
    .replace(/[\p{Pd}_]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** One string a filter searches: every name a participant is known by, plus pseudonym and code. */
export function rosterSearchKey(parts: {
  readonly realName: string;
  readonly aliases: readonly string[];
  readonly pseudonym: string;
  readonly speakerCode: string | null;
}): string {
  return [parts.realName, ...parts.aliases, parts.pseudonym, parts.speakerCode ?? '']
    .map(foldName)
    .filter((part) => part !== '')
    .join(' | ');
}

/** Filter words, folded; a participant matches when every word occurs in their search key. */
export function filterTerms(filter: string): string[] {
  return foldName(filter)
    .split(' ')
    .filter((term) => term !== '');
}

export function matchesFilter(searchKey: string, terms: readonly string[]): boolean {
  return terms.every((term) => searchKey.includes(term));
}

/**
 * Speaker codes are short tokens such as A1 or B12: letters and digits (any script), stored in
 * upper case so "b2" typed in a hurry is the same code as "B2".
 */
export const SPEAKER_CODE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,7}$/u;

export function normaliseSpeakerCode(code: string): string {
  return code.normalize('NFC').trim().toUpperCase();
}

/**
 * The letter a party's codes start with: sides take A, B, C… in their order (skipping F), and the
 * facilitation team takes F — the convention in the room ("F1 asked…").
 */
export function partyLetter(party: { readonly kind: 'side' | 'facilitation' }, sideIndex: number): string {
  if (party.kind === 'facilitation') return 'F';
  // 25 letters for at most 20 parties per dialogue (the contract's limit).
  return 'ABCDEGHIJKLMNOPQRSTUVWXYZ'[sideIndex] ?? 'Z';
}

/** The next free code for a letter: one past the highest number already used with that letter. */
export function nextSpeakerCode(letter: string, taken: Iterable<string>): string {
  const pattern = new RegExp(`^${letter}(\\d+)$`, 'u');
  let highest = 0;
  const used = new Set<string>();
  for (const code of taken) {
    used.add(code);
    const match = pattern.exec(code);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let next = highest + 1;
  while (used.has(`${letter}${next}`)) next += 1;
  return `${letter}${next}`;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Orders speaker codes as people read them: A2 before A10. */
export function compareCodes(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b);
}

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

const STATUS_ORDER: Record<ParticipantStatus, number> = {
  confirmed: 0,
  invited: 1,
  prospect: 2,
  declined: 3,
  withdrawn: 4,
};

export interface Sortable {
  readonly partyPosition: number;
  readonly speakerCode: string | null;
  readonly realName: string;
  readonly pseudonym: string;
  readonly status: ParticipantStatus;
  readonly updatedAt: string;
}

/** One ordering for the service, the CLI and the renderer; ties fall back to party, then code. */
export function compareParticipants(sort: RosterSort): (a: Sortable, b: Sortable) => number {
  const byPartyThenCode = (a: Sortable, b: Sortable) =>
    a.partyPosition - b.partyPosition || compareCodes(a.speakerCode, b.speakerCode);
  switch (sort) {
    case 'party':
      return byPartyThenCode;
    case 'code':
      return (a, b) => compareCodes(a.speakerCode, b.speakerCode) || byPartyThenCode(a, b);
    case 'name':
      return (a, b) => compareText(a.realName, b.realName) || byPartyThenCode(a, b);
    case 'pseudonym':
      return (a, b) => compareText(a.pseudonym, b.pseudonym) || byPartyThenCode(a, b);
    case 'status':
      return (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byPartyThenCode(a, b);
    case 'updated':
      return (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : byPartyThenCode(a, b));
  }
}

/**
 * Words of a name that would give the person away if they appeared in the pseudonym. Short words
 * ("al", "de", "bin") are left out: they are particles, not identifying.
 */
export function identifyingWords(names: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    for (const word of foldName(name).split(' ')) if (word.length >= 3) words.add(word);
  }
  return words;
}

/** The first identifying word that a pseudonym reveals, if any. */
export function revealedWord(pseudonym: string, names: readonly string[]): string | undefined {
  const identifying = identifyingWords(names);
  return foldName(pseudonym)
    .split(' ')
    .find((word) => identifying.has(word));
}

/**
 * A track as one spreadsheet cell: the level, the sector, or both as "level/sector"
 * ("2", "religion", "1.5/government"). Used by CSV import and export alike.
 */
export function formatTrack(level: ParticipantTrackLevel | null, sector: MultiTrackSector | null): string {
  return [level, sector].filter((part) => part !== null).join('/');
}

export type ParsedTrack =
  | { readonly ok: true; readonly trackLevel: ParticipantTrackLevel | null; readonly sector: MultiTrackSector | null }
  | { readonly ok: false; readonly message: string };

export function parseTrack(cell: string): ParsedTrack {
  let trackLevel: ParticipantTrackLevel | null = null;
  let sector: MultiTrackSector | null = null;
  for (const part of cell.split('/').map((p) =>
    p
      .trim()
      .toLowerCase()
      .replace(/^track\s*/u, ''),
  )) {
    if (part === '') continue;
    if ((PARTICIPANT_TRACK_LEVELS as readonly string[]).includes(part) && trackLevel === null) {
      trackLevel = part as ParticipantTrackLevel;
    } else if ((MULTI_TRACK_SECTORS as readonly string[]).includes(part) && sector === null) {
      sector = part as MultiTrackSector;
    } else {
      return {
        ok: false,
        message: `track “${cell}” is not a level (${PARTICIPANT_TRACK_LEVELS.join(', ')}), a sector (${MULTI_TRACK_SECTORS.join(', ')}) or “level/sector”.`,
      };
    }
  }
  return { ok: true, trackLevel, sector };
}
