import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useWorkspaceSettings } from '../settings/WorkspaceSettings';
import { isPrivacyShortcut } from '../ui/keyboard';
import { PRIVACY_MESSAGES } from './messages';

export interface PrivacyScreen {
  /** True while identities are hidden everywhere. */
  readonly on: boolean;
  readonly toggle: () => void;
  /**
   * Keeps the screen on while the caller is shown (live mode: the room, the projector); returns
   * the release. The workspace's own setting is untouched, so leaving live mode puts back what was.
   * The facilitator can still switch it off by hand meanwhile.
   */
  readonly hold: () => () => void;
  /** The last change in words, for the status line (announced to screen readers). */
  readonly announcement: string;
}

const PrivacyContext = createContext<PrivacyScreen | null>(null);

/**
 * The workspace-wide privacy screen: remembered in the workspace's settings, on by default in live
 * mode, switched from the top bar or with Ctrl/Cmd+Shift+H from anywhere. Pages read `on` and ask
 * main only for what they show (codes and pseudonyms while on).
 */
export function PrivacyScreenProvider({ children }: { readonly children: ReactNode }) {
  const { settings, update } = useWorkspaceSettings();
  const [holds, setHolds] = useState(0);
  // Switched off by hand during a hold: stays off until the hold ends.
  const [overridden, setOverridden] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const on = settings.privacyScreen || (holds > 0 && !overridden);

  const toggle = useCallback(() => {
    if (on) {
      if (holds > 0) setOverridden(true);
      update({ privacyScreen: false });
      setAnnouncement(PRIVACY_MESSAGES.announceOff);
    } else {
      setOverridden(false);
      update({ privacyScreen: true });
      setAnnouncement(PRIVACY_MESSAGES.announceOn);
    }
  }, [on, holds, update]);

  const hold = useCallback(() => {
    setHolds((n) => n + 1);
    setOverridden(false);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      setHolds((n) => n - 1);
      setOverridden(false);
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPrivacyShortcut(event)) return;
      event.preventDefault();
      toggle();
    };
    // Capture phase: it works inside fields too, and nothing below can swallow it.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [toggle]);

  const value = useMemo(() => ({ on, toggle, hold, announcement }), [on, toggle, hold, announcement]);
  return <PrivacyContext value={value}>{children}</PrivacyContext>;
}

export function usePrivacyScreen(): PrivacyScreen {
  const state = useContext(PrivacyContext);
  if (!state) throw new Error('usePrivacyScreen() outside <PrivacyScreenProvider>.');
  return state;
}

/** Keeps the privacy screen on while the calling component is mounted (live mode). */
export function useHoldPrivacyScreen(): void {
  const { hold } = usePrivacyScreen();
  useEffect(() => hold(), [hold]);
}
