import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExerciseRunView, ParleyError } from '../../shared/contract';
import { attempt, useApi } from '../api';
import { useSession } from '../app/session';
import { useCall, type Outcome } from '../ui/useCall';

/**
 * The width of an element, followed as the window or the zoom changes. The charts take explicit
 * sizes (they render in PDFs too, where nothing is measured); the page measures their box here.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 640): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.current.observe(element);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, width];
}

/**
 * A dialogue's board (trust, Overton, after-care): loaded by `load` (a stable callback) and again
 * after `reload`; a locked workspace goes to the lock screen, any other failure is `loadError`.
 */
export function useBoard<T>(load: () => Promise<Outcome<T>>) {
  const { lockedElsewhere } = useSession();
  const [board, setBoard] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<ParleyError | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    void attempt(load).then((result) => {
      if (!current) return;
      if (result.ok) {
        setBoard(result.value);
        setLoadError(null);
      } else if (!lockedElsewhere(result.error)) setLoadError(result.error);
    });
    return () => {
      current = false;
    };
  }, [load, lockedElsewhere, reloads]);
  return { board, setBoard, loadError, reload };
}

/**
 * Every mounted view of runs hears about a changed run (the builder's badge, the session's panel,
 * live mode), so a tick in one shows at once in the others.
 */
const runListeners = new Set<(run: ExerciseRunView) => void>();

export function publishRun(run: ExerciseRunView): void {
  for (const listener of runListeners) listener(run);
}

/**
 * A session's exercise runs, reloaded whenever `key` changes (the agenda's items, so a new or
 * deleted item is reflected). A failure to load leaves the runs empty and is reported once.
 */
export function useSessionRuns(sessionId: string, key: string) {
  const api = useApi();
  const { error, setError } = useCall();
  const [runs, setRuns] = useState<readonly ExerciseRunView[]>([]);
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let current = true;
    void attempt(() => api.exerciseRun.forSession({ sessionId })).then((result) => {
      if (!current) return;
      if (result.ok) setRuns(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, sessionId, key, reloads, setError]);
  useEffect(() => {
    const listener = (run: ExerciseRunView) =>
      setRuns((all) => (all.some((r) => r.id === run.id) ? all.map((r) => (r.id === run.id ? run : r)) : all));
    runListeners.add(listener);
    return () => {
      runListeners.delete(listener);
    };
  }, []);
  const replace = useCallback((run: ExerciseRunView) => publishRun(run), []);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { runs, replace, reload, error, setError };
}
