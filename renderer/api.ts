import { createContext, useContext } from 'react';
import type { ParleyApi, ParleyError } from '../shared/contract';

declare global {
  interface Window {
    /** Installed by the preload (or the browser test harness) before the renderer runs. */
    readonly parley: ParleyApi;
  }
}

/**
 * The real bridge. Components never call this: they take the api from `ApiContext`, so tests can
 * render them with a fake.
 */
export function parley(): ParleyApi {
  if (!window.parley) {
    throw new Error('window.parley is missing: the renderer must run inside Parley (preload not loaded).');
  }
  return window.parley;
}

export const ApiContext = createContext<ParleyApi | null>(null);

export function useApi(): ParleyApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiContext>: wrap the tree with the api.');
  return api;
}

/** A call that went wrong in transport rather than in the domain (e.g. the bridge itself threw). */
export function unexpectedError(): ParleyError {
  return { code: 'INTERNAL', message: 'Parley could not complete that request. Nothing was changed.' };
}

/**
 * Runs a contract call and turns a thrown exception (which the contract says never happens for
 * domain errors) into the same `{ ok: false }` shape, so callers handle one kind of failure.
 */
export async function attempt<T extends { ok: boolean }>(
  call: () => Promise<T>,
): Promise<T | { ok: false; error: ParleyError }> {
  try {
    return await call();
  } catch {
    return { ok: false, error: unexpectedError() };
  }
}
