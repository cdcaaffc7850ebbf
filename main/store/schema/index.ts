import type { AgreementTables } from './agreements';
import type { DialogueTables } from './dialogues';
import type { LifecycleTables } from './lifecycle';
import type { NoteTables } from './notes';
import type { RedactionTables } from './redaction';
import type { ReportTables } from './reports';
import type { RosterTables } from './roster';
import type { SessionTables } from './sessions';
import type { TrustBuildingTables } from './trust-building';
import type { SettingsTables } from './settings';

/**
 * Kysely's view of the workspace: one file per domain, one interface per table, columns as stored.
 * A migration that adds a table adds its interface here in the same change.
 */
export type WorkspaceSchema = DialogueTables &
  RosterTables &
  SessionTables &
  NoteTables &
  RedactionTables &
  AgreementTables &
  TrustBuildingTables &
  LifecycleTables &
  SettingsTables &
  ReportTables;

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
export type { SafePhrasesTable } from './redaction';
export type {
  ClauseHoldsTable,
  ClausesTable,
  ClauseStancesTable,
  CommitmentsTable,
  DraftsTable,
  DraftVersionsTable,
  OutcomesTable,
  TransfersTable,
} from './agreements';
export type {
  AftercareCheckinsTable,
  ExerciseFlagsTable,
  ExerciseObservationsTable,
  ExerciseRunCountsTable,
  ExerciseRunStepsTable,
  ExerciseRunsTable,
  ExercisesTable,
  ExerciseStepsTable,
  OptionPlacementsTable,
  TopicOptionsTable,
  TrustReadingsTable,
} from './trust-building';
export type { ExportLogTable, PurgeRecordsTable } from './lifecycle';
export type { WorkspaceSettingsTable } from './settings';
export type {
  AgreedStatementsTable,
  ReportProfilesTable,
  SessionReportMarksTable,
  SponsorReportSessionsTable,
  SponsorReportsTable,
  SponsorReportTextsTable,
} from './reports';
