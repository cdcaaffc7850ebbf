import type { Generated } from 'kysely';
import type {
  AliasKind,
  Channel,
  Closeness,
  MultiTrackSector,
  ParticipantStatus,
  ParticipantTrackLevel,
  Rating,
} from '../../../shared/domain/participant';

/** 0 or 1: SQLite has no boolean, and STRICT tables check the column is an integer. */
export type Flag = 0 | 1;

export interface DialogueSponsorsTable {
  dialogue_id: string;
  position: number;
  name: string;
  name_key: string;
}

export interface RootCausesTable {
  id: string;
  dialogue_id: string;
  position: number;
  title: string;
  title_key: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface ParticipantsTable {
  id: string;
  dialogue_id: string;
  party_id: string;
  real_name: string;
  pseudonym: string;
  pseudonym_key: string;
  /** NULL only for a purged participant. */
  speaker_code: string | null;
  search_key: string;
  affiliation: string;
  affiliation_sensitive: Flag;
  role: string;
  track_level: ParticipantTrackLevel | null;
  sector: MultiTrackSector | null;
  /** A JSON array of strings. */
  languages: string;
  email: string;
  phone: string;
  messaging: string;
  influence: Rating | null;
  open_mindedness: Rating | null;
  access: Rating | null;
  personal_capacity: Rating | null;
  selection_notes: string;
  risk_travel: string;
  risk_safety: string;
  status: ParticipantStatus;
  purged_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ParticipantAliasesTable {
  participant_id: string;
  position: number;
  alias: string;
  alias_key: string;
  kind: AliasKind;
}

export interface DecisionMakersTable {
  id: string;
  dialogue_id: string;
  name: string;
  name_key: string;
  created_at: string;
}

export interface DecisionMakerLinksTable {
  participant_id: string;
  decision_maker_id: string;
  position: number;
  closeness: Closeness;
  channel: Channel;
  note: string;
}

export interface ParticipantConsentsTable {
  id: string;
  participant_id: string;
  given_on: string;
  scope_notes: Flag;
  scope_quotes: Flag;
  scope_attribution: Flag;
  scope_photos: Flag;
  note: string;
  withdrawn_on: string | null;
  withdrawal_note: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  /** A date (YYYY-MM-DD), deliberately not a time. */
  occurred_on: string;
  action: string;
  dialogue_id: string | null;
  detail: string;
}

export interface RosterTables {
  dialogue_sponsors: DialogueSponsorsTable;
  root_causes: RootCausesTable;
  participants: ParticipantsTable;
  participant_aliases: ParticipantAliasesTable;
  decision_makers: DecisionMakersTable;
  decision_maker_links: DecisionMakerLinksTable;
  participant_consents: ParticipantConsentsTable;
  audit_log: AuditLogTable;
}
