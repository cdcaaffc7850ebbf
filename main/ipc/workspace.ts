import type { workspaceContract } from '../../shared/contract/workspace';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type WorkspaceHandlers = HandlersOf<typeof workspaceContract>;

export const workspaceHandlers = (services: Services): WorkspaceHandlers => ({
  'workspace.status': () => services.workspace.status(),
  'workspace.create': (input) => services.workspace.create(input),
  'workspace.unlock': (input) => services.workspace.unlock(input),
  'workspace.lock': () => services.workspace.lock(),
  'workspace.recover': (input) => services.lifecycle.recover(input),
  'workspace.details': () => services.lifecycle.details(),
  'workspace.changePassphrase': (input) => services.lifecycle.changePassphrase(input),
  'workspace.createRecoveryKey': (input) => services.lifecycle.createRecoveryKey(input),
  'workspace.removeRecoveryKey': (input) => services.lifecycle.removeRecoveryKey(input),
  'workspace.recoverySheet': (input) => services.lifecycle.recoverySheet(input),
  'workspace.backup': () => services.lifecycle.backup(),
  'workspace.restore': (input) => services.lifecycle.restore(input),
  'workspace.travel': (input) => services.lifecycle.travel(input),
  'workspace.travelReturn': () => services.lifecycle.travelReturn(),
  'workspace.exportLog': (input) => services.lifecycle.exportLog(input),
});
