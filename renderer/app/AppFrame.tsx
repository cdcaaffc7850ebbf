import { Lock } from 'lucide-react';
import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '../ui/Button';
import { ShortcutHint } from '../ui/Kbd';
import { isLockShortcut } from '../ui/keyboard';
import { useCurrentDialogue, type CurrentDialogue } from './current-dialogue';
import { DialoguePicker } from './DialoguePicker';
import { Navigation } from './Navigation';
import type { SectionId } from './navigation';
import { useSession } from './session';
import { WorkspaceMenuButton } from '../workspace/WorkspaceMenuButton';
import './frame.css';

export interface AppFrameProps {
  readonly children: (section: SectionId, dialogues: CurrentDialogue) => ReactNode;
}

/**
 * Top bar, section navigation and the current section. Ctrl/Cmd+L locks from anywhere in the
 * window (main has the same accelerator; a double lock is harmless, and this one also works when
 * the renderer runs without Electron's menu, as in the browser test harness).
 */
export function AppFrame({ children }: AppFrameProps) {
  const { workspaceName, lock, reopen } = useSession();
  const [section, setSection] = useState<SectionId>('dialogues');
  const dialogues = useCurrentDialogue(section);

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

  return (
    <div className="frame">
      <header className="topbar">
        <div className="topbar__brand">Parley</div>
        <div className="topbar__workspace">
          <span className="topbar__caption">Workspace</span>
          <span className="topbar__name" dir="auto">
            {workspaceName}
          </span>
        </div>
        {section !== 'dialogues' && <DialoguePicker {...dialogues} />}
        <div className="topbar__actions">
          <WorkspaceMenuButton onReopen={() => reopen()} />
          <Button
            variant="quiet"
            onClick={lock}
            icon={<Lock size={16} aria-hidden="true" />}
            aria-keyshortcuts="Control+L Meta+L"
            className="topbar__lock"
          >
            Lock
            <ShortcutHint keyName="L" withModifier />
          </Button>
        </div>
      </header>
      <Navigation current={section} onSelect={setSection} />
      <main className="frame__main" id="main">
        {children(section, dialogues)}
      </main>
    </div>
  );
}
