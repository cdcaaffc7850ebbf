import type { DialogueTables } from './dialogues';
import type { NoteTables } from './notes';
import type { RosterTables } from './roster';
import type { SessionTables } from './sessions';
import type { SettingsTables } from './settings';

/**
 * Kysely's view of the workspace: one file per domain, one interface per table, columns as stored.
 * A migration that adds a table adds its interface here in the same change.
 */
export type WorkspaceSchema = DialogueTables & RosterTables & SessionTables & NoteTables & SettingsTables;

export type { DialoguesTable, PartiesTable } from './dialogues';
export type {
  AuditLogTable,
  DecisionMakerLinksTable,
  DecisionMakersTable,
  DialogueSponsorsTable,
  ParticipantAliasesTable,
  ParticipantConsentsTable,
  ParticipantsTable,
  RootCausesTable,
} from './roster';
export type {
  AgendaItemsTable,
  AgendaItemTopicsTable,
  AgendaTemplateItemsTable,
  AgendaTemplatesTable,
  SessionAttendanceTable,
  SessionsTable,
  TopicsTable,
  VenueSeparationsTable,
  VenuesTable,
} from './sessions';
export type { NotesTable, NoteTagsTable, NoteVersionsTable } from './notes';
export type { WorkspaceSettingsTable } from './settings';
