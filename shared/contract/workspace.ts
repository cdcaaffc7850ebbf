import { z } from 'zod';
import { as, method } from './method';
import { Passphrase, WorkspaceName } from './fields';

export interface WorkspaceSummary {
  readonly name: string;
}

export type WorkspaceState = 'locked' | 'unlocked';

export interface WorkspaceStatus {
  readonly state: WorkspaceState;
  /** The open workspace while unlocked; null while locked. */
  readonly current: WorkspaceSummary | null;
  /** Workspaces found in the workspaces folder, by their (unencrypted) name. */
  readonly available: readonly WorkspaceSummary[];
  /** Minutes of inactivity before Parley locks itself. */
  readonly autoLockMinutes: number;
}

export const workspaceContract = {
  'workspace.status': method({
    input: z.object({}).strict(),
    output: as<WorkspaceStatus>(),
  }),
  'workspace.create': method({
    input: z.object({ name: WorkspaceName, passphrase: Passphrase }).strict(),
    output: as<WorkspaceSummary>(),
    errors: ['WORKSPACE_EXISTS', 'WEAK_PASSPHRASE', 'WORKSPACE_LOCKED', 'DISK_FULL', 'IO_ERROR'],
  }),
  'workspace.unlock': method({
    input: z.object({ name: WorkspaceName, passphrase: Passphrase }).strict(),
    output: as<WorkspaceSummary>(),
    errors: [
      'WORKSPACE_NOT_FOUND',
      'WRONG_PASSPHRASE',
      'WORKSPACE_CORRUPT',
      'WORKSPACE_TOO_NEW',
      'CIPHER_INACTIVE',
      // A lock (sleep, screen lock) arrived while the key was being derived.
      'WORKSPACE_LOCKED',
      'IO_ERROR',
    ],
  }),
  'workspace.lock': method({
    input: z.object({}).strict(),
    output: as<WorkspaceStatus>(),
  }),
};
