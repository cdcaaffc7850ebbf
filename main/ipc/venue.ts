import type { venueContract } from '../../shared/contract/venue';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type VenueHandlers = HandlersOf<typeof venueContract>;

export const venueHandlers = (services: Services): VenueHandlers => ({
  'venue.create': (input) => services.venues.create(input),
  'venue.update': (input) => services.venues.update(input),
  'venue.get': (input) => services.venues.get(input),
  'venue.list': (input) => services.venues.list(input),
  'venue.delete': (input) => services.venues.delete(input),
});
