import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DialogueView, ParleyError, WorkspaceStatus, WorkspaceSummary } from '../../shared/contract';
import { AgreementsPage } from '../agreements/AgreementsPage';
import { attempt, useApi } from '../api';
import { DialoguesPage } from '../dialogues/DialoguesPage';
import { ExercisesPage } from '../exercises/ExercisesPage';
import { LockScreen } from '../lock/LockScreen';
import { LiveNoteCapture, NotesSearchPage, flushNotesBeforeLock } from '../notes';
import { ReportsPage } from '../reports/ReportsPage';
import { RosterPage } from '../roster/RosterPage';
import { SessionsPage } from '../sessions/SessionsPage';
import { Button } from '../ui/Button';
import { Spinner } from '../ui/Spinner';
import { AppFrame } from './AppFrame';
import type { SectionId } from './navigation';
import { SessionContext, type Session } from './session';

type Phase =
  | { readonly kind: 'starting' }
  | { readonly kind: 'failed'; readonly title: string; readonly message: string; readonly retry: 'status' | 'lock' }
  | { readonly kind: 'locked'; readonly status: WorkspaceStatus; readonly preferred?: string | undefined }
  | { readonly kind: 'unlocked'; readonly workspace: string; readonly since: number };

/**
 * The top of the renderer: asks main whether a workspace is open, then shows the lock screen or the
 * workspace. Locking replaces the whole workspace tree with the lock screen, so every piece of
 * decrypted data held in component state is dropped with it.
 */
export function App() {
  const api = useApi();
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  // Bumped to ask main for its status again (start, retry, a lock we did not hear about).
  const [statusRequests, setStatusRequests] = useState(0);

  const showLockScreen = useCallback((status: WorkspaceStatus) => {
    setPhase((previous) => ({
      kind: 'locked',
      status,
      preferred:
        previous.kind === 'unlocked' ? previous.workspace : previous.kind === 'locked' ? previous.preferred : undefined,
    }));
  }, []);

  useEffect(() => {
    let current = true;
    void attempt(() => api.workspace.status({})).then((result) => {
      if (!current) return;
      if (!result.ok) {
        setPhase({ kind: 'failed', title: 'Parley could not start', message: result.error.message, retry: 'status' });
      } else if (result.value.state === 'unlocked' && result.value.current) {
        setPhase({ kind: 'unlocked', workspace: result.value.current.name, since: Date.now() });
      } else {
        showLockScreen(result.value);
      }
    });
    return () => {
      current = false;
    };
  }, [api, showLockScreen, statusRequests]);

  const recheck = useCallback(() => {
    setPhase({ kind: 'starting' });
    setStatusRequests((n) => n + 1);
  }, []);

  // Main locks on its own (idle timeout, sleep, screen lock, its own shortcut) and tells us.
  useEffect(() => api.on('workspace.locked', ({ status }) => showLockScreen(status)), [api, showLockScreen]);

  const lock = useCallback(async () => {
    // A half-typed note is saved first, so it is there again after unlock.
    await flushNotesBeforeLock();
    const result = await attempt(() => api.workspace.lock({}));
    if (result.ok) {
      showLockScreen(result.value);
      return;
    }
    // Main could not confirm the lock. Drop the renderer's data anyway and say so plainly: a
    // facilitator must never believe the workspace is locked when it may not be.
    setPhase({
      kind: 'failed',
      title: 'The workspace may still be open',
      message: `${result.error.message} Try locking again, or quit Parley.`,
      retry: 'lock',
    });
  }, [api, showLockScreen]);

  // Main asks before it locks on its own, so a half-typed note is saved by the same path as Ctrl+L.
  // Only an open workspace has anything to save; otherwise main's own lock is all there is to do.
  const isUnlocked = phase.kind === 'unlocked';
  useEffect(() => {
    if (!isUnlocked) return;
    return api.on('workspace.lock-requested', () => void lock());
  }, [api, isUnlocked, lock]);

  const unlocked = useCallback((workspace: WorkspaceSummary) => {
    setPhase({ kind: 'unlocked', workspace: workspace.name, since: Date.now() });
  }, []);

  const workspace = phase.kind === 'unlocked' ? phase.workspace : null;
  const session = useMemo<Session | null>(
    () =>
      workspace === null
        ? null
        : {
            workspaceName: workspace,
            lock: () => void lock(),
            lockedElsewhere: (error: ParleyError) => {
              if (error.code !== 'WORKSPACE_LOCKED') return false;
              recheck();
              return true;
            },
            reopen: (name = workspace) => setPhase({ kind: 'unlocked', workspace: name, since: Date.now() }),
          },
    [workspace, lock, recheck],
  );

  switch (phase.kind) {
    case 'starting':
      return (
        <main className="splash" aria-busy="true">
          <Spinner />
          <p>Opening Parley…</p>
        </main>
      );
    case 'failed':
      return (
        <main className="splash">
          <h1 className="splash__title">{phase.title}</h1>
          <p role="alert">{phase.message}</p>
          <Button variant="primary" onClick={phase.retry === 'lock' ? () => void lock() : recheck}>
            Try again
          </Button>
        </main>
      );
    case 'locked':
      return <LockScreen status={phase.status} preferred={phase.preferred} onUnlocked={unlocked} />;
    case 'unlocked':
      return (
        // `key`: a new unlock is a fresh tree, never a reuse of state from before the lock.
        <SessionContext value={session} key={phase.since}>
          <AppFrame>{(section, dialogues) => <SectionPage section={section} dialogue={dialogues.current} />}</AppFrame>
        </SessionContext>
      );
  }
}

/** One page per section (navigation.ts lists them). */
function SectionPage({ section, dialogue }: { section: SectionId; dialogue: DialogueView | null }) {
  if (section === 'dialogues') return <DialoguesPage />;
  if (!dialogue) {
    return <p className="frame__placeholder">Create a dialogue first: rosters, sessions and notes belong to one.</p>;
  }
  // `key`: switching dialogue starts the section afresh, with nothing of the previous one in state.
  switch (section) {
    case 'roster':
      return <RosterPage key={dialogue.id} dialogue={dialogue} />;
    case 'sessions':
      return (
        <SessionsPage
          key={dialogue.id}
          dialogue={dialogue}
          renderNoteCapture={(props) => <LiveNoteCapture {...props} />}
        />
      );
    case 'notes':
      return <NotesSearchPage key={dialogue.id} dialogue={dialogue} />;
    case 'agreements':
      return <AgreementsPage key={dialogue.id} dialogue={dialogue} />;
    case 'exercises':
      return <ExercisesPage key={dialogue.id} dialogue={dialogue} />;
    case 'reports':
      return <ReportsPage key={dialogue.id} dialogue={dialogue} />;
    default:
      return null;
  }
}
