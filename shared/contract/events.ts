import type { WorkspaceStatus } from './workspace';

/**
 * Messages main pushes to the renderer. Only these names can be subscribed to through the
 * preload; each carries data the renderer may see (never key material or file paths).
 */
export interface ParleyEvents {
  /** The workspace was locked by main (shortcut, idle timeout, sleep, screen lock, quit). */
  'workspace.locked': { readonly reason: LockReason; readonly status: WorkspaceStatus };
}

export const LOCK_REASONS = ['shortcut', 'idle', 'suspend', 'screen-lock', 'menu', 'request'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export const EVENT_NAMES = ['workspace.locked'] as const satisfies readonly (keyof ParleyEvents)[];
export type EventName = keyof ParleyEvents;
