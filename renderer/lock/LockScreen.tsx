import { LockKeyhole } from 'lucide-react';
import { useState } from 'react';
import type { WorkspaceStatus, WorkspaceSummary } from '../../shared/contract';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { UnlockForm } from './UnlockForm';
import './lock.css';

export interface LockScreenProps {
  readonly status: WorkspaceStatus;
  /** The workspace open before the lock, if any. */
  readonly preferred?: string | undefined;
  readonly onUnlocked: (workspace: WorkspaceSummary) => void;
}

/** Shown whenever no workspace is open: first run (create) or after a lock (unlock). */
export function LockScreen({ status, preferred, onUnlocked }: LockScreenProps) {
  const hasWorkspaces = status.available.length > 0;
  const [mode, setMode] = useState<'unlock' | 'create'>(hasWorkspaces ? 'unlock' : 'create');

  return (
    <main className="lock">
      <div className="lock__brand" aria-hidden="true">
        <LockKeyhole size={18} />
        <span>Parley</span>
      </div>
      <div className="lock__card">
        {mode === 'unlock' && hasWorkspaces ? (
          <UnlockForm
            workspaces={status.available}
            preferred={preferred}
            onUnlocked={onUnlocked}
            onCreateInstead={() => setMode('create')}
          />
        ) : (
          <CreateWorkspaceForm
            existing={status.available}
            onCreated={onUnlocked}
            onUnlockInstead={hasWorkspaces ? () => setMode('unlock') : undefined}
          />
        )}
      </div>
      <p className="lock__footer">Offline. Nothing leaves this computer unless you export it.</p>
    </main>
  );
}
