// Runs in the page before the renderer, in place of Electron's preload: the same
// buildParleyApi, with invoke routed to a Playwright binding instead of ipcRenderer.
import { buildParleyApi } from '../../../shared/contract/client';

type Listener = (payload: unknown) => void;
declare global {
  interface Window {
    __parleyInvoke(channel: string, payload: unknown): Promise<unknown>;
    __parleyEmit(event: string, payload: unknown): void;
  }
}

const listeners = new Map<string, Set<Listener>>();

Object.defineProperty(window, 'parley', {
  value: buildParleyApi(
    (channel, payload) => window.__parleyInvoke(channel, payload),
    (event, listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  ),
  writable: false,
  configurable: false,
});

window.__parleyEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
