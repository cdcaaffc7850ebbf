import type { aftercareContract } from '../../shared/contract/aftercare';
import type { overtonContract, trustContract } from '../../shared/contract/trust';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type TrustHandlers = HandlersOf<typeof trustContract>;
export type OvertonHandlers = HandlersOf<typeof overtonContract>;
export type AftercareHandlers = HandlersOf<typeof aftercareContract>;

export const trustHandlers = (services: Services): TrustHandlers => ({
  'trust.board': (input) => services.trust.board(input),
  'trust.record': (input) => services.trust.record(input),
  'trust.clear': (input) => services.trust.clear(input),
});

export const overtonHandlers = (services: Services): OvertonHandlers => ({
  'overton.board': (input) => services.overton.board(input),
  'overton.addTopic': (input) => services.overton.addTopic(input),
  'overton.addOption': (input) => services.overton.addOption(input),
  'overton.renameOption': (input) => services.overton.renameOption(input),
  'overton.place': (input) => services.overton.place(input),
});

export const aftercareHandlers = (services: Services): AftercareHandlers => ({
  'aftercare.board': (input) => services.aftercare.board(input),
  'aftercare.due': (input) => services.aftercare.due(input),
  'aftercare.save': (input) => services.aftercare.save(input),
  'aftercare.scheduleForSession': (input) => services.aftercare.scheduleForSession(input),
  'aftercare.delete': (input) => services.aftercare.delete(input),
});
