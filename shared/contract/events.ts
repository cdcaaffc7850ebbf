import type { WorkspaceStatus } from './workspace';

/**
 * Messages main pushes to the renderer. Only these names can be subscribed to through the
 * preload; each carries data the renderer may see (never key material or file paths).
 */
export interface ParleyEvents {
  /** The workspace was locked by main (shortcut, idle timeout, sleep, screen lock, quit). */
  'workspace.locked': { readonly reason: LockReason; readonly status: WorkspaceStatus };
}

export const LOCK_REASONS = ['shortcut', 'idle', 'suspend', 'screen-lock', 'menu', 'request', 'quit', 'crash'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export const EVENT_NAMES = ['workspace.locked'] as const satisfies readonly (keyof ParleyEvents)[];
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
