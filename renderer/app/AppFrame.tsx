import { Lock } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { PrivacyScreenProvider } from '../privacy/PrivacyScreen';
import { PrivacyToggle } from '../privacy/PrivacyToggle';
import { useWorkspaceSettings, WorkspaceSettingsProvider } from '../settings/WorkspaceSettings';
import { applyTheme } from '../theme/theme';
import { ThemeMenu } from '../theme/ThemeMenu';
import { Button } from '../ui/Button';
import { ShortcutHint } from '../ui/Kbd';
import { isLockShortcut } from '../ui/keyboard';
import { UI_MESSAGES } from '../ui/messages';
import { useCurrentDialogue, type CurrentDialogue } from './current-dialogue';
import { DialoguePicker } from './DialoguePicker';
import { FRAME_MESSAGES } from './messages';
import { Navigation } from './Navigation';
import type { SectionId } from './navigation';
import { useSession } from './session';
import { WorkspaceMenuButton } from '../workspace/WorkspaceMenuButton';
import './frame.css';

export interface AppFrameProps {
  readonly children: (section: SectionId, dialogues: CurrentDialogue) => ReactNode;
}

/**
 * The open workspace: its settings (privacy screen, theme, sidebar) loaded first, then the frame.
 * Ctrl/Cmd+L locks from anywhere in the window (main has the same accelerator; a double lock is
 * harmless, and this one also works when the renderer runs without Electron's menu, as in the
 * browser test harness).
 */
export function AppFrame({ children }: AppFrameProps) {
  return (
    <WorkspaceSettingsProvider>
      <PrivacyScreenProvider>
        <Frame>{children}</Frame>
      </PrivacyScreenProvider>
    </WorkspaceSettingsProvider>
  );
}

/**
 * Skip link, top bar, section sidebar (names and icons, or icons only: chosen, or forced on a small
 * window) and the current section in the one scrolling area. The top bar's actions are one line
 * each: a feature adds its button as one more element of `topbar__actions`.
 */
function Frame({ children }: AppFrameProps) {
  const { workspaceName, lock, reopen } = useSession();
  const { settings, update, problem } = useWorkspaceSettings();
  const [section, setSection] = useState<SectionId>('dialogues');
  const dialogues = useCurrentDialogue(section);
  const main = useRef<HTMLElement>(null);

  // Before the first paint: the frame never flashes in the system's theme before the chosen one.
  useLayoutEffect(() => applyTheme(settings.theme), [settings.theme]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      lock();
    };
    // Capture phase: a field that handles its own keys must not swallow the lock.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [lock]);

  const collapsed = settings.sidebar === 'collapsed';
  return (
    <div className={['frame', collapsed ? 'frame--collapsed' : ''].filter(Boolean).join(' ')}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus moves without a navigation (the app's window allows none).
          event.preventDefault();
          (main.current?.querySelector<HTMLElement>('h1[tabindex]') ?? main.current)?.focus();
        }}
      >
        {UI_MESSAGES.skipToContent}
      </a>
      <header className="topbar">
        <div className="topbar__brand">{FRAME_MESSAGES.brand}</div>
        <div className="topbar__workspace">
          <span className="topbar__caption">{FRAME_MESSAGES.workspace}</span>
          <bdi className="topbar__name" title={workspaceName}>
            {workspaceName}
          </bdi>
        </div>
        {section !== 'dialogues' && <DialoguePicker {...dialogues} />}
        <div className="topbar__actions">
          <WorkspaceMenuButton onReopen={() => reopen()} />
          <PrivacyToggle />
          <ThemeMenu />
          <Button
            variant="quiet"
            onClick={lock}
            icon={<Lock size={16} aria-hidden="true" />}
            aria-keyshortcuts="Control+L Meta+L"
            className="topbar__lock"
          >
            <span className="topbar__label">{FRAME_MESSAGES.lock}</span>
            <ShortcutHint keyName="L" withModifier />
          </Button>
        </div>
      </header>
      <Navigation
        current={section}
        onSelect={setSection}
        collapsed={collapsed}
        onCollapsedChange={(value) => update({ sidebar: value ? 'collapsed' : 'expanded' })}
      />
      <main className="frame__main" id="main" ref={main} tabIndex={-1}>
        {problem && (
          <p className="frame__problem" role="alert">
            {problem}
          </p>
        )}
        {children(section, dialogues)}
      </main>
    </div>
  );
}
