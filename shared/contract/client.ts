import { EVENT_NAMES, type EventName, type ParleyEvents } from './events';
import { METHOD_NAMES, type MethodName, type ParleyApi } from './index';

export type Invoke = (channel: MethodName, payload: unknown) => Promise<unknown>;
export type Subscribe = (event: EventName, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.parley` from the contract's method names: one function per method, nothing
 * else. The preload passes `ipcRenderer.invoke`; the browser test harness passes a Playwright
 * binding; both therefore expose exactly the same surface.
 */
export function buildParleyApi(invoke: Invoke, subscribe: Subscribe): ParleyApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    const [namespace, action] = name.split('.') as [string, string];
    api[namespace] ??= {};
    // Inputs default to {} so that `parley.workspace.status()` reads naturally.
    api[namespace][action] = (input: unknown) => invoke(name, input ?? {});
  }
  const on = <E extends EventName>(event: E, listener: (payload: ParleyEvents[E]) => void) => {
    if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown Parley event: ${String(event)}`);
    return subscribe(event, listener as (payload: unknown) => void);
  };
  for (const group of Object.values(api)) Object.freeze(group);
  return Object.freeze({ ...api, on }) as unknown as ParleyApi;
}
