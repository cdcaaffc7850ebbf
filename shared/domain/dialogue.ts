/** Enumerations of the dialogue model (DOMAIN.md). Values are stored as-is in the workspace. */
export const DIALOGUE_STATUSES = ['exploring', 'active', 'paused', 'concluded'] as const;
export type DialogueStatus = (typeof DIALOGUE_STATUSES)[number];

export const DIALOGUE_STATUS_LABELS: Record<DialogueStatus, string> = {
  exploring: 'Exploring',
  active: 'Active',
  paused: 'Paused',
  concluded: 'Concluded',
};

export const TRACK_LEVELS = ['1.5', '2', '3'] as const;
export type TrackLevel = (typeof TRACK_LEVELS)[number];

export const TRACK_LEVEL_LABELS: Record<TrackLevel, string> = {
  '1.5': 'Track 1.5',
  '2': 'Track 2',
  '3': 'Track 3',
};

/** A side of the conflict, or the third party that convenes the dialogue. */
export const PARTY_KINDS = ['side', 'facilitation'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  side: 'Side',
  facilitation: 'Facilitation team',
};
