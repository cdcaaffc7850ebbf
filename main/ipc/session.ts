import type { sessionContract } from '../../shared/contract/session';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type SessionHandlers = HandlersOf<typeof sessionContract>;

export const sessionHandlers = (services: Services): SessionHandlers => ({
  'session.create': (input) => services.sessions.create(input),
  'session.update': (input) => services.sessions.update(input),
  'session.get': (input) => services.sessions.get(input),
  'session.list': (input) => services.sessions.list(input),
  'session.delete': (input) => services.sessions.delete(input),
  'session.attendance': (input) => services.sessions.attendance(input),
  'session.setAttendance': (input) => services.sessions.setAttendance(input),
});
