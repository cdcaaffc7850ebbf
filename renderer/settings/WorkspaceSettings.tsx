import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { WorkspaceSettings } from '../../shared/contract';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { attempt, useApi } from '../api';
import { useSession } from '../app/session';
import { Spinner } from '../ui/Spinner';
import { MESSAGES } from './messages';

export interface SettingsState {
  readonly settings: WorkspaceSettings;
  /**
   * Changes settings at once on screen and stores them in the workspace. A change main could not
   * store stays on screen for this session (the facilitator asked for it) and is reported.
   */
  readonly update: (changes: Partial<WorkspaceSettings>) => void;
  /** The last change that could not be stored, in words; cleared by the next one that could. */
  readonly problem: string | null;
}

/** The settings of the open workspace; tests provide their own. */
export const SettingsContext = createContext<SettingsState | null>(null);

/**
 * The open workspace's settings (migration 005), loaded once on unlock before any page renders:
 * a page must know whether the privacy screen is on before it asks main for anything identifying.
 * If they cannot be read, the safe choice stands in: the privacy screen on.
 */
export function WorkspaceSettingsProvider({ children }: { readonly children: ReactNode }) {
  const api = useApi();
  const { lockedElsewhere } = useSession();
  const [settings, setSettings] = useState<WorkspaceSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void attempt(() => api.settings.get({})).then((result) => {
      if (!current) return;
      if (result.ok) return setSettings(result.value);
      if (lockedElsewhere(result.error)) return;
      setSettings({ ...DEFAULT_SETTINGS, privacyScreen: true });
      setProblem(MESSAGES.unreadable);
    });
    return () => {
      current = false;
    };
  }, [api, lockedElsewhere]);

  const update = useCallback(
    (changes: Partial<WorkspaceSettings>) => {
      setSettings((previous) => (previous ? { ...previous, ...changes } : previous));
      void attempt(() => api.settings.update(changes)).then((result) => {
        if (result.ok) return setProblem(null);
        if (!lockedElsewhere(result.error)) setProblem(MESSAGES.notStored(result.error.message));
      });
    },
    [api, lockedElsewhere],
  );

  const value = useMemo(() => (settings ? { settings, update, problem } : null), [settings, update, problem]);
  if (!value) {
    return (
      <main className="splash" aria-busy="true">
        <Spinner />
        <p>{MESSAGES.opening}</p>
      </main>
    );
  }
  return <SettingsContext value={value}>{children}</SettingsContext>;
}

export function useWorkspaceSettings(): SettingsState {
  const state = useContext(SettingsContext);
  if (!state) throw new Error('useWorkspaceSettings() outside <WorkspaceSettingsProvider>.');
  return state;
}
