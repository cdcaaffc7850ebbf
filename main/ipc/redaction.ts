import type { redactionContract } from '../../shared/contract/redaction';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type RedactionHandlers = HandlersOf<typeof redactionContract>;

export const redactionHandlers = (services: Services): RedactionHandlers => ({
  'safePhrase.list': (input) => services.safePhrases.list(input),
  'safePhrase.add': (input) => services.safePhrases.add(input),
  'safePhrase.remove': (input) => services.safePhrases.remove(input),
});
