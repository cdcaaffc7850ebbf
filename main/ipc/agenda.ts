import type { agendaContract } from '../../shared/contract/agenda';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type AgendaHandlers = HandlersOf<typeof agendaContract>;

export const agendaHandlers = (services: Services): AgendaHandlers => ({
  'agenda.get': (input) => services.agendas.get(input),
  'agenda.add': (input) => services.agendas.add(input),
  'agenda.update': (input) => services.agendas.update(input),
  'agenda.delete': (input) => services.agendas.delete(input),
  'agenda.move': (input) => services.agendas.move(input),
  'agenda.applyTemplate': (input) => services.agendas.applyTemplate(input),
  'agenda.saveTemplate': (input) => services.agendas.saveTemplate(input),
  'agenda.templates': (input) => services.agendas.templates(input),
  'agenda.deleteTemplate': (input) => services.agendas.deleteTemplate(input),
  'agenda.topics': (input) => services.agendas.topics(input),
});
