import type { Regime } from './session';

/**
 * Enumerations, fixed wording, limits and pure rules of the reports (DOMAIN.md: Export, "The
 * sanitized sponsor report"). Values are stored as-is in the workspace; labels are what the
 * facilitator reads and what the PDFs print.
 */

/** What the internal session summary prints on every page. */
export const CONFIDENTIAL_RECORD = 'Confidential — facilitator’s record';

/** The sentences every sponsor report carries (DOMAIN.md, "Contains"). */
export const SPONSOR_REPORT_STATEMENTS = {
  personalCapacity: 'Participants took part by invitation and in a personal capacity.',
  rapporteur: 'This report is the rapporteur’s sole responsibility, not a consensus of participants.',
  noNames:
    'It names no participant and attributes nothing said to anyone. Where a count is smaller than the report’s threshold, it is given only as “fewer than” that number.',
} as const;

/** The rule that applied, as the report's opening says it when every meeting had the same one. */
export const REGIME_SENTENCES: Record<Regime, string> = {
  'on-the-record': 'The meetings were held on the record: what was said may be used and attributed.',
  'chatham-house':
    'The meetings were held under the Chatham House Rule: what was said may be used, but never attributed.',
  'chatham-house-plus':
    'The meetings were held under the Chatham House Rule plus: nothing said is attributed, and nothing is quoted without written consent.',
  'off-the-record':
    'The meetings were held off the record: this report describes the process and its results, not what was said.',
};

/** The sections of a sponsor report the facilitator writes, in the order they are printed. */
export const SPONSOR_TEXT_SECTIONS = [
  'themes',
  'convergence',
  'divergence',
  'new-options',
  'process',
  'relationships',
  'risks',
  'next-steps',
] as const;
export type SponsorTextSection = (typeof SPONSOR_TEXT_SECTIONS)[number];

/** Sections a profile can leave out: the written ones and those made from the records. */
export const SPONSOR_SECTIONS = [
  'themes',
  'convergence',
  'divergence',
  'new-options',
  'overton-chart',
  'agreed-statements',
  'session-points',
  'process',
  'relationships',
  'trust-chart',
  'outcomes',
  'transfers',
  'risks',
  'next-steps',
] as const;
export type SponsorSection = (typeof SPONSOR_SECTIONS)[number];

export const SPONSOR_SECTION_LABELS: Record<SponsorSection, string> = {
  themes: 'Themes',
  convergence: 'Where views converged',
  divergence: 'Where views diverged',
  'new-options': 'New options',
  'overton-chart': 'Options on the table',
  'agreed-statements': 'Agreed statements',
  'session-points': 'Points from the meetings',
  process: 'Process results',
  relationships: 'Relationship results',
  'trust-chart': 'Relations between the sides',
  outcomes: 'Outcomes harvested',
  transfers: 'Ideas carried to Track One',
  risks: 'Risks and do-no-harm',
  'next-steps': 'Next steps',
};

/** What each written section is for: the hint under its field in the editor. */
export const SPONSOR_TEXT_HINTS: Record<SponsorTextSection, string> = {
  themes: 'The subjects the meetings turned on, in plain words.',
  convergence: 'Where the sides’ views came closer or met.',
  divergence: 'Where they stayed apart, and why, as far as can be said.',
  'new-options': 'Options that entered the range of what can be discussed.',
  process: 'How the process went: sessions held, methods used, what worked.',
  relationships: 'How relations between the participants changed.',
  risks: 'Risks to participants and the process, and how they are being handled.',
  'next-steps': 'What comes next, and what is asked of the sponsors.',
};

/** How a risky session's dates are printed. */
export const RISKY_PERIODS = ['month', 'quarter'] as const;
export type RiskyPeriod = (typeof RISKY_PERIODS)[number];
export const RISKY_PERIOD_LABELS: Record<RiskyPeriod, string> = {
  month: 'The month only',
  quarter: 'The quarter only',
};

/** How precisely a venue is named for a session that is not marked risky. */
export const VENUE_DETAILS = ['venue', 'city', 'country'] as const;
export type VenueDetail = (typeof VENUE_DETAILS)[number];
export const VENUE_DETAIL_LABELS: Record<VenueDetail, string> = {
  venue: 'Venue, city and country',
  city: 'City and country',
  country: 'Country only',
};

/** What a participant's name found in the text becomes (the redaction engine's replacement styles). */
export const NAME_REPLACEMENTS = ['participant', 'participant-with-side', 'remove'] as const;
export type NameReplacement = (typeof NAME_REPLACEMENTS)[number];
export const NAME_REPLACEMENT_LABELS: Record<NameReplacement, string> = {
  participant: '“a participant”',
  'participant-with-side': '“a participant from Side A”',
  remove: 'Nothing (the words are removed)',
};

/** A risky session's venue, when the facilitator has not described it otherwise. */
export const DEFAULT_RISKY_VENUE = 'a third country';

export const REPORT_LIMITS = {
  sectionChars: 20_000,
  profileNameChars: 80,
  venueLabelChars: 120,
  profilesPerDialogue: 50,
  minCount: { min: 2, max: 20, default: 3 },
  /** Sessions one report covers. */
  sessions: 500,
} as const;

export const DEFAULT_PROFILE_NAME = 'Standard';

export interface ProfileSettings {
  readonly sections: readonly SponsorSection[];
  readonly riskyPeriod: RiskyPeriod;
  readonly venueDetail: VenueDetail;
  readonly minCount: number;
  readonly replacement: NameReplacement;
}

/** What a dialogue's sponsor report uses until the facilitator saves a profile. */
export const DEFAULT_PROFILE_SETTINGS: ProfileSettings = {
  sections: SPONSOR_SECTIONS,
  riskyPeriod: 'month',
  venueDetail: 'city',
  minCount: REPORT_LIMITS.minCount.default,
  replacement: 'participant',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function calendarDate(local: string): CalendarDate {
  const [year, month, day] = local.slice(0, 10).split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

/** "12–14 March 2026", "30 March – 2 April 2026", "12 March 2026": a session's dates on the venue's calendar. */
export function exactPeriod(startsLocal: string, endsLocal: string): string {
  const a = calendarDate(startsLocal);
  const b = calendarDate(endsLocal);
  const month = (d: CalendarDate) => MONTHS[d.month - 1]!;
  if (a.year === b.year && a.month === b.month) {
    return a.day === b.day ? `${a.day} ${month(a)} ${a.year}` : `${a.day}–${b.day} ${month(a)} ${a.year}`;
  }
  if (a.year === b.year) return `${a.day} ${month(a)} – ${b.day} ${month(b)} ${a.year}`;
  return `${a.day} ${month(a)} ${a.year} – ${b.day} ${month(b)} ${b.year}`;
}

const quarterOf = (d: CalendarDate) => Math.floor((d.month - 1) / 3);

function quarterLabel(quarter: number, year: number): string {
  return `${MONTHS[quarter * 3]}–${MONTHS[quarter * 3 + 2]} ${year}`;
}

/** A risky session's period: "March 2026" (or "March–April 2026"), or its quarter "January–March 2026". */
export function coarsePeriod(startsLocal: string, endsLocal: string, granularity: RiskyPeriod): string {
  const a = calendarDate(startsLocal);
  const b = calendarDate(endsLocal);
  if (granularity === 'quarter') {
    const first = quarterLabel(quarterOf(a), a.year);
    const last = quarterLabel(quarterOf(b), b.year);
    if (first === last) return first;
    return a.year === b.year
      ? `${MONTHS[quarterOf(a) * 3]}–${MONTHS[quarterOf(b) * 3 + 2]} ${a.year}`
      : `${MONTHS[quarterOf(a) * 3]} ${a.year} – ${MONTHS[quarterOf(b) * 3 + 2]} ${b.year}`;
  }
  if (a.year === b.year && a.month === b.month) return `${MONTHS[a.month - 1]} ${a.year}`;
  if (a.year === b.year) return `${MONTHS[a.month - 1]}–${MONTHS[b.month - 1]} ${a.year}`;
  return `${MONTHS[a.month - 1]} ${a.year} – ${MONTHS[b.month - 1]} ${b.year}`;
}

/** "fewer than 3": a count under the threshold, printed without the number (small-cell suppression). */
export const fewerThan = (k: number) => `fewer than ${k}`;

export interface CountCell {
  readonly label: string;
  /** The number as printed: "5", "0", or "fewer than 3". */
  readonly shown: string;
  readonly suppressed: boolean;
}

export interface SuppressedCounts {
  readonly cells: readonly CountCell[];
  /**
   * The total, or null when it is withheld: with one small count hidden, a total printed beside
   * the other counts would give it away by subtraction.
   */
  readonly total: string | null;
}

/**
 * Small-cell suppression: a count from 1 to k−1 prints as "fewer than k" (none is no one to
 * single out and prints as 0). When a count is hidden, the total is withheld too unless the total
 * itself says nothing more — that is, unless at least two counts are hidden and together they
 * reach k (then subtraction gives only their sum, which is no smaller a group than k).
 */
export function suppressCounts(
  counts: readonly { readonly label: string; readonly count: number }[],
  k: number,
): SuppressedCounts {
  const small = (n: number) => n > 0 && n < k;
  const cells = counts.map(({ label, count }) => ({
    label,
    shown: small(count) ? fewerThan(k) : String(count),
    suppressed: small(count),
  }));
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  const hidden = counts.filter(({ count }) => small(count));
  const hiddenSum = hidden.reduce((sum, { count }) => sum + count, 0);
  const totalSafe = hidden.length === 0 || (hidden.length >= 2 && hiddenSum >= k);
  return { cells, total: !totalSafe ? null : small(total) ? fewerThan(k) : String(total) };
}
