import type { exportContract } from '../../shared/contract/export';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type ExportHandlers = HandlersOf<typeof exportContract>;

export const exportHandlers = (services: Services): ExportHandlers => ({
  'export.agendaPdf': (input) => services.exports.agendaPdf(input),
  'export.rosterCsv': (input) => services.exports.rosterCsv(input),
});
