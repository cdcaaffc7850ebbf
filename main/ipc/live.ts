import type { liveContract } from '../../shared/contract/live';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type LiveHandlers = HandlersOf<typeof liveContract>;

export const liveHandlers = (services: Services): LiveHandlers => ({
  'live.start': (input) => services.live.start(input),
  'live.next': (input) => services.live.next(input),
  'live.extend': (input) => services.live.extend(input),
  'live.finish': (input) => services.live.finish(input),
  'live.clear': (input) => services.live.clear(input),
  'live.correct': (input) => services.live.correct(input),
  'live.reset': (input) => services.live.reset(input),
});
