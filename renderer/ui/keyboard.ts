/**
 * Single-key shortcuts (N for "new") must never fire while the facilitator is typing, or a note
 * about "Nablus" would open a form. Anything that accepts text counts as typing.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/** True for a plain key press: no Ctrl, Alt or Meta held (Shift is allowed for capitals). */
export function isPlainKey(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.altKey && !event.metaKey;
}

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
}

/** Ctrl+L or ⌘L (either modifier works on every platform: a facilitator in a hurry hits what they hit). */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

/** Ctrl+Shift+H or ⌘⇧H: the privacy screen on or off ("hide"), from anywhere, even while typing. */
export function isPrivacyShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'h';
}

/**
 * A form's or panel's onKeyDown that cancels on Escape (the key its Cancel button's hint names),
 * unless something inside already handled it (an open select, a nested dialog) or an input method
 * is composing text.
 */
export function closeOnEscape(cancel: () => void) {
  return (event: { key: string; defaultPrevented: boolean; preventDefault(): void; nativeEvent: Event }) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if ((event.nativeEvent as KeyboardEvent).isComposing) return;
    event.preventDefault();
    cancel();
  };
}
