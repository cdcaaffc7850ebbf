/**
 * Enumerations, labels and limits of trust readings, the Overton window and after-care (DOMAIN.md:
 * Trust reading, Topic). Values are stored as-is in the workspace; labels are what the facilitator
 * reads, and what charts and tables print beside every mark (never colour alone).
 */

/** The facilitator's rating of relations between two sides at a session. */
export const TRUST_RATINGS = [-2, -1, 0, 1, 2] as const;
export type TrustRating = (typeof TRUST_RATINGS)[number];

export const TRUST_RATING_LABELS: Record<TrustRating, string> = {
  [-2]: 'Hostile',
  [-1]: 'Cold',
  0: 'Guarded',
  1: 'Cordial',
  2: 'Warm',
};

/** "+1 Cordial", "−2 Hostile": the number with its sign (a real minus) and its word. */
export function formatTrustRating(rating: TrustRating): string {
  const sign = rating > 0 ? '+' : rating < 0 ? '\u2212' : '';
  return `${sign}${Math.abs(rating)} ${TRUST_RATING_LABELS[rating]}`;
}

/** What the facilitator saw that supports a rating; the last two count against trust. */
export const TRUST_INDICATORS = [
  'informal-contact',
  'humour',
  'first-names',
  'joint-proposals',
  'walk-out',
  'hostile-incident',
] as const;
export type TrustIndicator = (typeof TRUST_INDICATORS)[number];

export const TRUST_INDICATOR_LABELS: Record<TrustIndicator, string> = {
  'informal-contact': 'Informal contact across sides',
  humour: 'Humour shared',
  'first-names': 'First names used',
  'joint-proposals': 'Joint proposals',
  'walk-out': 'A walk-out',
  'hostile-incident': 'A hostile incident',
};

/** One letter per indicator: the mark a chart prints beside a reading, explained in its legend. */
export const TRUST_INDICATOR_MARKS: Record<TrustIndicator, string> = {
  'informal-contact': 'C',
  humour: 'H',
  'first-names': 'N',
  'joint-proposals': 'P',
  'walk-out': 'W',
  'hostile-incident': 'X',
};

export const NEGATIVE_INDICATORS: ReadonlySet<TrustIndicator> = new Set(['walk-out', 'hostile-incident']);

/**
 * The Overton window: how far an option is from what a side's leaders could say or do, from the
 * unsayable to government policy (Joseph Overton's degrees of acceptance).
 */
export const OVERTON_LEVELS = ['unthinkable', 'radical', 'acceptable', 'sensible', 'popular', 'policy'] as const;
export type OvertonLevel = (typeof OVERTON_LEVELS)[number];

export const OVERTON_LEVEL_LABELS: Record<OvertonLevel, string> = {
  unthinkable: 'Unthinkable',
  radical: 'Radical',
  acceptable: 'Acceptable',
  sensible: 'Sensible',
  popular: 'Popular',
  policy: 'Policy',
};

export const OVERTON_LEVEL_DESCRIPTIONS: Record<OvertonLevel, string> = {
  unthinkable: 'Nobody on this side could say it aloud, even in private.',
  radical: 'Said only by a few, at a cost.',
  acceptable: 'Can be raised without losing standing.',
  sensible: 'Seen by many as a reasonable idea.',
  popular: 'Widely supported on this side.',
  policy: 'Held or carried out by this side’s leadership.',
};

export function overtonIndex(level: OvertonLevel): number {
  return OVERTON_LEVELS.indexOf(level);
}

/** How an after-care check-in happened (or is planned to). */
export const CHECK_IN_CHANNELS = ['in-person', 'phone', 'video', 'secure-message', 'through-a-colleague'] as const;
export type CheckInChannel = (typeof CHECK_IN_CHANNELS)[number];

export const CHECK_IN_CHANNEL_LABELS: Record<CheckInChannel, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video call',
  'secure-message': 'Secure message',
  'through-a-colleague': 'Through a colleague',
};

/** Where a check-in stands on a given day. */
export const CHECK_IN_STATES = ['overdue', 'due', 'upcoming', 'done'] as const;
export type CheckInState = (typeof CHECK_IN_STATES)[number];

export const CHECK_IN_STATE_LABELS: Record<CheckInState, string> = {
  overdue: 'Overdue',
  due: 'Due soon',
  upcoming: 'Planned',
  done: 'Done',
};

/** A check-in counts as "due soon" from this many days before its date. */
export const CHECK_IN_DUE_SOON_DAYS = 7;

/** Dates are `YYYY-MM-DD`, so they compare as strings. */
export function checkInState(dueOn: string, doneOn: string | null, today: string): CheckInState {
  if (doneOn !== null) return 'done';
  if (dueOn < today) return 'overdue';
  if (dueOn <= addDays(today, CHECK_IN_DUE_SOON_DAYS)) return 'due';
  return 'upcoming';
}

/** `YYYY-MM-DD` plus whole days, on the calendar (no zone, no clock). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const TRUST_LIMITS = {
  rationaleChars: 2_000,
  optionTitleChars: 200,
  topicTitleChars: 120,
  optionsPerTopic: 60,
  concernChars: 4_000,
  followUpChars: 4_000,
} as const;
