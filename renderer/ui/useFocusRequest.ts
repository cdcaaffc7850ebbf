import { useCallback, useEffect, useRef } from 'react';

type Find = () => HTMLElement | null | undefined;

/**
 * Moves focus to an element that appears only after the next render (a row just added, the next
 * row after a removal). The request is stored in a ref and honoured after the render that follows,
 * so focus never falls back to the top of the page.
 */
export function useFocusRequest(): (find: Find) => void {
  const request = useRef<Find | null>(null);
  useEffect(() => {
    const find = request.current;
    if (!find) return;
    request.current = null;
    find()?.focus();
  });
  return useCallback((find: Find) => {
    request.current = find;
  }, []);
}

/** A map of live elements by key, with a ref callback per key (rows added and removed at will). */
export function useElementsByKey<E extends HTMLElement>() {
  const elements = useRef(new Map<string, E>());
  const refFor = useCallback(
    (key: string) => (element: E | null) => {
      if (element) elements.current.set(key, element);
      else elements.current.delete(key);
    },
    [],
  );
  return { get: (key: string) => elements.current.get(key), refFor };
}
