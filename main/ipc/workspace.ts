import type { workspaceContract } from '../../shared/contract/workspace';
import type { Services } from '../services';
import type { HandlersOf } from './registry';

export type WorkspaceHandlers = HandlersOf<typeof workspaceContract>;

export const workspaceHandlers = (services: Services): WorkspaceHandlers => ({
  'workspace.status': () => services.workspace.status(),
  'workspace.create': (input) => services.workspace.create(input),
  'workspace.unlock': (input) => services.workspace.unlock(input),
  'workspace.lock': () => services.workspace.lock(),
});
