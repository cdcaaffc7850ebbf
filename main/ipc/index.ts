import type { Services } from '../services';
import { agreementHandlers, type AgreementHandlers } from './agreement';
import { dialogueHandlers, type DialogueHandlers } from './dialogue';
import { exportHandlers, type ExportHandlers } from './export';
import { partyHandlers, type PartyHandlers } from './party';
import { participantHandlers, type ParticipantHandlers } from './participant';
import { agendaHandlers, type AgendaHandlers } from './agenda';
import { liveHandlers, type LiveHandlers } from './live';
import { noteHandlers, type NoteHandlers } from './note';
import { redactionHandlers, type RedactionHandlers } from './redaction';
import { reportHandlers, type ReportHandlers } from './report';
import { sessionHandlers, type SessionHandlers } from './session';
import { settingsHandlers, type SettingsHandlers } from './settings';
import { venueHandlers, type VenueHandlers } from './venue';
import { createRegistry, type Registry, type RegistryOptions } from './registry';
import { workspaceHandlers, type WorkspaceHandlers } from './workspace';
import { exerciseHandlers, exerciseRunHandlers, type ExerciseHandlers, type ExerciseRunHandlers } from './exercise';
import {
  aftercareHandlers,
  overtonHandlers,
  trustHandlers,
  type AftercareHandlers,
  type OvertonHandlers,
  type TrustHandlers,
} from './trust';

/** Every contract method has exactly one handler; the compiler checks none is missing. */
export interface Handlers
  extends
    WorkspaceHandlers,
    DialogueHandlers,
    PartyHandlers,
    VenueHandlers,
    SessionHandlers,
    AgendaHandlers,
    LiveHandlers,
    ParticipantHandlers,
    NoteHandlers,
    ExportHandlers,
    RedactionHandlers,
    AgreementHandlers,
    ExerciseHandlers,
    ExerciseRunHandlers,
    TrustHandlers,
    OvertonHandlers,
    AftercareHandlers,
    SettingsHandlers,
    ReportHandlers {}

export function createHandlers(services: Services): Handlers {
  return {
    ...workspaceHandlers(services),
    ...dialogueHandlers(services),
    ...partyHandlers(services),
    ...venueHandlers(services),
    ...sessionHandlers(services),
    ...agendaHandlers(services),
    ...liveHandlers(services),
    ...participantHandlers(services),
    ...noteHandlers(services),
    ...exportHandlers(services),
    ...redactionHandlers(services),
    ...agreementHandlers(services),
    ...exerciseHandlers(services),
    ...exerciseRunHandlers(services),
    ...trustHandlers(services),
    ...overtonHandlers(services),
    ...aftercareHandlers(services),
    ...settingsHandlers(services),
    ...reportHandlers(services),
  };
}

export function createIpcRegistry(services: Services, options: Omit<RegistryOptions, 'handlers'>): Registry {
  return createRegistry({ ...options, handlers: createHandlers(services) });
}

export type { Registry, Sender } from './registry';
export { isTrustedSender } from './registry';
