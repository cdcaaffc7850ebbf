import type { WorkspaceStatus } from './workspace';

/**
 * Messages main pushes to the renderer. Only these names can be subscribed to through the
 * preload; each carries data the renderer may see (never key material or file paths).
 */
export interface ParleyEvents {
  /** The workspace was locked by main (shortcut, idle timeout, sleep, screen lock, quit). */
  'workspace.locked': { readonly reason: LockReason; readonly status: WorkspaceStatus };
  /**
   * Main is about to lock on its own (idle, sleep, screen lock, its menu, quit). Only the page holds
   * what is being typed, so it is asked to save it and lock itself first; main locks anyway after a
   * short grace time, so a page that does not answer cannot keep the workspace open.
   */
  'workspace.lock-requested': { readonly reason: LockReason };
}

// 'corrupt': the check of every page that runs after an unlock found damage.
export const LOCK_REASONS = [
  'shortcut',
  'idle',
  'suspend',
  'screen-lock',
  'menu',
  'request',
  'quit',
  'crash',
  'corrupt',
] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export const EVENT_NAMES = [
  'workspace.locked',
  'workspace.lock-requested',
] as const satisfies readonly (keyof ParleyEvents)[];
export type EventName = keyof ParleyEvents;

/**
 * The one IPC channel main pushes events on; the preload filters it by event name. Kept here, free
 * of run-time imports, so the sandboxed preload bundles it without pulling in main.
 */
export const EVENT_CHANNEL = 'parley:event';

export interface EventMessage<E extends EventName = EventName> {
  readonly name: E;
  readonly payload: ParleyEvents[E];
}

export function isEventMessage(value: unknown): value is EventMessage {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}
