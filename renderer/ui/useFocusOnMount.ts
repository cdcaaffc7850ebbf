import { useEffect, type RefObject } from 'react';

/**
 * Puts focus on `ref` when the component first appears — a page's heading after unlocking or
 * opening the page, so a keyboard or screen-reader user starts at the top of what changed —
 * unless the facilitator is already in a field (a form that focused its first field wins).
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const active = document.activeElement;
    const inField = active instanceof HTMLElement && active.matches('input, textarea, select, [contenteditable]');
    if (!inField) ref.current?.focus({ preventScroll: true });
    // Once, when the page appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
