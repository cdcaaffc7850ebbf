import type {
  AgendaItemKind,
  AttendanceStatus,
  LeadKind,
  Regime,
  SeparationKind,
} from '../../../shared/domain/session';

export interface VenuesTable {
  id: string;
  dialogue_id: string;
  name: string;
  name_key: string;
  city: string;
  country: string;
  time_zone: string;
  suitability: string;
  comfort_notes: string;
  discretion_notes: string;
  created_at: string;
  updated_at: string;
}

export interface VenueSeparationsTable {
  venue_id: string;
  position: number;
  kind: SeparationKind;
  party_id: string | null;
  note: string;
}

export interface SessionsTable {
  id: string;
  dialogue_id: string;
  number: number;
  title: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  daily_start_time: string;
  daily_end_time: string;
  venue_id: string | null;
  objectives: string;
  regime: Regime;
  outcome_summary: string;
  aftercare_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionAttendanceTable {
  session_id: string;
  participant_id: string;
  status: AttendanceStatus;
  updated_at: string;
}

export interface TopicsTable {
  id: string;
  dialogue_id: string;
  title: string;
  title_key: string;
  created_at: string;
}

export interface AgendaItemsTable {
  id: string;
  session_id: string;
  position: number;
  day: number;
  kind: AgendaItemKind;
  caucus_party_id: string | null;
  title: string;
  planned_minutes: number;
  extra_minutes: number;
  lead_kind: LeadKind;
  lead_participant_id: string | null;
  notes: string;
  regime: Regime | null;
  actual_start: string | null;
  actual_end: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgendaItemTopicsTable {
  agenda_item_id: string;
  topic_id: string;
  position: number;
}

export interface AgendaTemplatesTable {
  id: string;
  name: string;
  name_key: string;
  description: string;
  created_at: string;
}

export interface AgendaTemplateItemsTable {
  template_id: string;
  position: number;
  day: number;
  kind: AgendaItemKind;
  title: string;
  planned_minutes: number;
  lead_kind: 'none' | 'facilitator';
  notes: string;
  regime: Regime | null;
  caucus_party_position: number | null;
}

export interface SessionTables {
  venues: VenuesTable;
  venue_separations: VenueSeparationsTable;
  sessions: SessionsTable;
  session_attendance: SessionAttendanceTable;
  topics: TopicsTable;
  agenda_items: AgendaItemsTable;
  agenda_item_topics: AgendaItemTopicsTable;
  agenda_templates: AgendaTemplatesTable;
  agenda_template_items: AgendaTemplateItemsTable;
}
