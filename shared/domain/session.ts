/**
 * Enumerations and limits of sessions, venues and agendas (DOMAIN.md). Values are stored as-is in
 * the workspace; labels are what the facilitator reads. Other domains (notes, reports) import the
 * confidentiality regimes from here.
 */

/** The ground rule that applies to what is said, from the most open to the most closed. */
export const REGIMES = ['on-the-record', 'chatham-house', 'chatham-house-plus', 'off-the-record'] as const;
export type Regime = (typeof REGIMES)[number];
export const DEFAULT_REGIME: Regime = 'chatham-house';

export const REGIME_LABELS: Record<Regime, string> = {
  'on-the-record': 'On the record',
  'chatham-house': 'Chatham House Rule',
  'chatham-house-plus': 'Chatham House plus',
  'off-the-record': 'Off the record',
};

export const REGIME_DESCRIPTIONS: Record<Regime, string> = {
  'on-the-record': 'What is said may be used and attributed.',
  'chatham-house': 'What is said may be used, but never attributed.',
  'chatham-house-plus': 'No quotes at all without written consent; never attributed.',
  'off-the-record': 'Nothing said may be used outside the room.',
};

export const AGENDA_ITEM_KINDS = ['plenary', 'breakout', 'exercise', 'informal', 'meal', 'break', 'caucus'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AGENDA_ITEM_KIND_LABELS: Record<AgendaItemKind, string> = {
  plenary: 'Plenary',
  breakout: 'Breakout',
  exercise: 'Exercise',
  informal: 'Informal time',
  meal: 'Meal',
  break: 'Break',
  caucus: 'Caucus',
};

/** The agenda templates every workspace has; their contents are in shared/agenda/templates.ts. */
export const BUILT_IN_TEMPLATE_IDS = ['builtin:kelman', 'builtin:sustained-dialogue', 'builtin:retreat-day'] as const;
export type BuiltInTemplateId = (typeof BUILT_IN_TEMPLATE_IDS)[number];

/** Who leads an agenda item. Exports show a participant only by speaker code, never by name. */
export const LEAD_KINDS = ['none', 'facilitator', 'participant'] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];

export const ATTENDANCE_STATUSES = ['invited', 'attended', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  invited: 'Invited',
  attended: 'Attended',
  absent: 'Absent',
};

/** Arrangements a venue must make so that the sides need not meet outside the sessions. */
export const SEPARATION_KINDS = ['dining', 'briefing-room', 'accommodation', 'entrance', 'transport', 'other'] as const;
export type SeparationKind = (typeof SEPARATION_KINDS)[number];

export const SEPARATION_KIND_LABELS: Record<SeparationKind, string> = {
  dining: 'Separate dining',
  'briefing-room': 'Separate briefing room',
  accommodation: 'Separate accommodation',
  entrance: 'Separate entrance',
  transport: 'Separate transport',
  other: 'Other separation',
};

/**
 * Limits, chosen so that a typo (an extra zero, a negative sign) is refused rather than silently
 * producing a 70-hour plenary. A single item is at most 12 hours (an overnight informal programme);
 * a session spans at most 31 calendar days; an extension adds at most 4 hours at once.
 */
export const AGENDA_LIMITS = {
  minItemMinutes: 1,
  maxItemMinutes: 720,
  maxExtendMinutes: 240,
  maxExtraMinutes: 720,
  maxItemsPerSession: 200,
  maxTopicsPerItem: 20,
  maxSessionDays: 31,
  maxSessionNumber: 9999,
  maxSeparations: 20,
} as const;

/** Live mode colours the running item at these fractions of its time left. */
export const LIVE_THRESHOLDS = { amber: 0.2, red: 0.05 } as const;
