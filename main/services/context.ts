import { randomUUID } from 'node:crypto';
import type { OpenWorkspace } from '../store/workspace';

/** What every domain service needs: the open workspace (or a WORKSPACE_LOCKED fault), time and ids. */
export interface ServiceContext {
  readonly workspace: () => OpenWorkspace;
  readonly now: () => Date;
  readonly newId: () => string;
}

export const systemClock = () => new Date();
export const randomId = () => randomUUID();
