import type { ServiceContext } from '../context';
import { createAgendaService, type AgendaService } from './agenda-service';
import { createLiveService, type LiveService } from './live-service';
import { createSessionService, type SessionService } from './session-service';
import { createVenueService, type VenueService } from './venue-service';

/** The services of issue 4, as one spread into `Services`. */
export interface SessionServices {
  readonly sessions: SessionService;
  readonly venues: VenueService;
  readonly agendas: AgendaService;
  readonly live: LiveService;
}

export function createSessionServices(ctx: ServiceContext): SessionServices {
  return {
    sessions: createSessionService(ctx),
    venues: createVenueService(ctx),
    agendas: createAgendaService(ctx),
    live: createLiveService(ctx),
  };
}

export { loadAgenda } from './agenda-read';
