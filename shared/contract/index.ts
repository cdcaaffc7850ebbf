import { agreementContract } from './agreement';
import { dialogueContract } from './dialogue';
import { exportContract } from './export';
import type { EventName, ParleyEvents } from './events';
import type { InputOf, ResultOf } from './method';
import { partyContract } from './party';
import { participantContract } from './participant';
import { agendaContract } from './agenda';
import { liveContract } from './live';
import { noteContract } from './note';
import { redactionContract } from './redaction';
import { reportContract } from './report';
import { sessionContract } from './session';
import { settingsContract } from './settings';
import { venueContract } from './venue';
import { workspaceContract } from './workspace';
import { exerciseContract } from './exercise';
import { exerciseRunContract } from './exercise-run';
import { overtonContract, trustContract } from './trust';
import { aftercareContract } from './aftercare';

/** The whole IPC surface between renderer and main. Adding a method is one entry in a section. */
export const contract = {
  ...workspaceContract,
  ...dialogueContract,
  ...partyContract,
  ...venueContract,
  ...sessionContract,
  ...agendaContract,
  ...liveContract,
  ...participantContract,
  ...noteContract,
  ...exportContract,
  ...redactionContract,
  ...agreementContract,
  ...exerciseContract,
  ...exerciseRunContract,
  ...trustContract,
  ...overtonContract,
  ...aftercareContract,
  ...settingsContract,
  ...reportContract,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

type Namespace<K> = K extends `${infer N}.${string}` ? N : never;
type Action<K, N extends string> = K extends `${N}.${infer A}` ? A : never;

/** `parley.dialogue.create(input)`: the typed client the renderer sees as `window.parley`. */
export type ParleyApi = {
  readonly [N in Namespace<MethodName>]: {
    readonly [A in Action<MethodName, N>]: (
      input: InputOf<Contract[`${N}.${A}` & MethodName]>,
    ) => Promise<ResultOf<Contract[`${N}.${A}` & MethodName]>>;
  };
} & {
  /** Subscribe to a main-process event; returns an unsubscribe function. */
  readonly on: <E extends EventName>(event: E, listener: (payload: ParleyEvents[E]) => void) => () => void;
};

export * from './method';
export * from './events';
export type { WorkspaceStatus, WorkspaceSummary, WorkspaceState } from './workspace';
export type {
  BackupResult,
  ExportLogEntry,
  RecoveryKeyView,
  RestoreResult,
  TravelResult,
  TravelReturnResult,
  TravelView,
  WorkspaceDetails,
} from './workspace';
export type { DialogueView, RootCauseView } from './dialogue';
export type { PartyView, SideView } from './party';
export type {
  AliasView,
  AuditEntryView,
  ConsentRecordView,
  ConsentScopes,
  ConsentState,
  ConsentSummary,
  Contacts,
  DecisionMakerLinkView,
  ImportResult,
  InfluenceMapView,
  ParticipantIdentity,
  ParticipantName,
  ParticipantSummary,
  ParticipantView,
  PurgeResult,
  RiskNotes,
  RosterExport,
  SelectionRationale,
} from './participant';
export type { SeparationView, VenueView } from './venue';
export type { ExportResult, ExportWarning, RosterCsvResult } from './export';
export type { SafePhraseView } from './redaction';
export type { AttendanceView, SessionView } from './session';
export type { AgendaItemView, AgendaTemplateView, AgendaView, LeadView, TemplateItemView, TopicView } from './agenda';
export type {
  NoteHeader,
  NoteSearchHit,
  NoteSearchResult,
  NoteSnippet,
  NoteSpeakerView,
  NoteTagInput,
  NoteTagOptions,
  NoteTagView,
  NoteVersionView,
  NoteView,
  SnippetSegment,
} from './note';
export type {
  AgreementWarningsView,
  BracketProblemView,
  CarrierView,
  ClauseView,
  CommitmentView,
  CommitmentWarningView,
  CompareEntryView,
  CompareView,
  DraftHeader,
  DraftSummary,
  DraftView,
  DueState,
  HoldView,
  OrphanReason,
  OrphanRiskView,
  OutcomeView,
  OutlineView,
  OwnerView,
  PackageDecisionView,
  StanceView,
  TransferView,
  VersionClauseView,
  VersionRef,
  VersionSummary,
  VersionView,
} from './agreement';
export type { ExerciseFlagView, ExerciseSteps, ExerciseView } from './exercise';
export type {
  ChecklistCount,
  ChecklistProgress,
  ExerciseRunView,
  ObservationView,
  PartyCountView,
  RunItemState,
  RunStepView,
  SessionChecklistProgress,
} from './exercise-run';
export type {
  OvertonBoardView,
  OvertonOptionView,
  OvertonTopicView,
  PlacementView,
  SessionPointView,
  SidePairView,
  TrustBoardView,
  TrustReadingView,
} from './trust';
export type { AftercareBoardView, CheckInPersonView, CheckInView, DueCheckInsView } from './aftercare';
export type { WorkspaceSettings } from './settings';
export type {
  PreviewChange,
  ReportProfileView,
  ReportSessionView,
  SponsorReportPreview,
  SponsorReportView,
  SponsorTextView,
  StatementList,
  StatementView,
  VerifyExportResult,
} from './report';
