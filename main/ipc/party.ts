import type { partyContract } from '../../shared/contract/party';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type PartyHandlers = HandlersOf<typeof partyContract>;

export const partyHandlers = (services: Services): PartyHandlers => ({
  'party.create': (input) => services.parties.create(input),
  'party.list': (input) => services.parties.list(input),
});
