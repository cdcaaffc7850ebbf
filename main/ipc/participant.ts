import type { participantContract } from '../../shared/contract/participant';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type ParticipantHandlers = HandlersOf<typeof participantContract>;

export const participantHandlers = (services: Services): ParticipantHandlers => ({
  'participant.create': (input) => services.roster.create(input),
  'participant.update': (input) => services.roster.update(input),
  'participant.get': (input) => services.roster.get(input),
  'participant.identity': (input) => services.roster.identity(input),
  'participant.list': (input) => services.roster.list(input),
  'participant.names': (input) => services.roster.names(input),
  'participant.suggestCode': (input) => services.roster.suggestCode(input),
  'participant.recordConsent': (input) => services.roster.recordConsent(input),
  'participant.withdrawConsent': (input) => services.roster.withdrawConsent(input),
  'participant.purge': (input) => services.roster.purge(input),
  'participant.influenceMap': (input) => services.roster.influenceMap(input),
  'participant.import': (input) => services.roster.import(input),
  'participant.importCsv': (input) => services.roster.importCsv(input),
  'audit.list': (input) => services.roster.auditLog(input),
});
