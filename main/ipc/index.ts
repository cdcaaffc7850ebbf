import type { Services } from '../services';
import { dialogueHandlers, type DialogueHandlers } from './dialogue';
import { exportHandlers, type ExportHandlers } from './export';
import { partyHandlers, type PartyHandlers } from './party';
import { participantHandlers, type ParticipantHandlers } from './participant';
import { agendaHandlers, type AgendaHandlers } from './agenda';
import { liveHandlers, type LiveHandlers } from './live';
import { noteHandlers, type NoteHandlers } from './note';
import { sessionHandlers, type SessionHandlers } from './session';
import { settingsHandlers, type SettingsHandlers } from './settings';
import { venueHandlers, type VenueHandlers } from './venue';
import { createRegistry, type Registry, type RegistryOptions } from './registry';
import { workspaceHandlers, type WorkspaceHandlers } from './workspace';

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
    SettingsHandlers {}

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
    ...settingsHandlers(services),
  };
}

export function createIpcRegistry(services: Services, options: Omit<RegistryOptions, 'handlers'>): Registry {
  return createRegistry({ ...options, handlers: createHandlers(services) });
}

export type { Registry, Sender } from './registry';
export { isTrustedSender } from './registry';
