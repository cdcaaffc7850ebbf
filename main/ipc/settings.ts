import type { settingsContract } from '../../shared/contract/settings';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type SettingsHandlers = HandlersOf<typeof settingsContract>;

export const settingsHandlers = (services: Services): SettingsHandlers => ({
  'settings.get': (input) => services.settings.get(input),
  'settings.update': (input) => services.settings.update(input),
});
