import { useMemo, useState, type ReactNode } from 'react';
import type { WorkspaceSettings } from '../../../shared/contract';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { SessionContext } from '../../../renderer/app/session';
import { PrivacyScreenProvider } from '../../../renderer/privacy/PrivacyScreen';
import { SettingsContext } from '../../../renderer/settings/WorkspaceSettings';
import { testSession } from './render';

/**
 * What the app frame gives a page (an unlocked session, the workspace's settings, the privacy
 * screen), for rendering one page on its own. Settings live in memory; `onSettings` sees changes.
 */
export function TestFrame({
  children,
  settings: initial,
  onSettings,
}: {
  readonly children: ReactNode;
  readonly settings?: Partial<WorkspaceSettings>;
  readonly onSettings?: (settings: WorkspaceSettings) => void;
}) {
  const [settings, setSettings] = useState<WorkspaceSettings>({ ...DEFAULT_SETTINGS, ...initial });
  const value = useMemo(
    () => ({
      settings,
      problem: null,
      update: (changes: Partial<WorkspaceSettings>) =>
        setSettings((current) => {
          const next = { ...current, ...changes };
          onSettings?.(next);
          return next;
        }),
    }),
    [settings, onSettings],
  );
  const session = useMemo(() => testSession({ workspaceName: 'test' }), []);
  return (
    <SessionContext value={session}>
      <SettingsContext value={value}>
        <PrivacyScreenProvider>{children}</PrivacyScreenProvider>
      </SettingsContext>
    </SessionContext>
  );
}
