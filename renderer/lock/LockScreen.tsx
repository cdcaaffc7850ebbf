import { LockKeyhole } from 'lucide-react';
import { useState } from 'react';
import type { RecoveryKeyView, Result, WorkspaceStatus, WorkspaceSummary } from '../../shared/contract';
import { ErrorBanner } from '../ui/ErrorBanner';
import { messages } from '../workspace/messages';
import { CreateWorkspaceForm } from './CreateWorkspaceForm';
import { RecoverForm } from './RecoverForm';
import { RecoveryKeyOffer } from './RecoveryKeyOffer';
import { RestoreForm } from './RestoreForm';
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
  const [mode, setMode] = useState<'unlock' | 'create' | 'recover' | 'restore'>(hasWorkspaces ? 'unlock' : 'create');
  // After creating: the recovery key is offered before the workspace opens.
  const [offer, setOffer] = useState<{
    workspace: WorkspaceSummary;
    make: () => Promise<Result<RecoveryKeyView>>;
  } | null>(null);

  return (
    <main className="lock">
      <div className="lock__brand" aria-hidden="true">
        <LockKeyhole size={18} />
        <span>Parley</span>
      </div>
      {status.damaged ? (
        <div className="lock__notice">
          <ErrorBanner title={messages.lockScreen.damaged(status.damaged.name)} />
        </div>
      ) : null}
      <div className="lock__card">
        {offer ? (
          <RecoveryKeyOffer
            workspace={offer.workspace}
            makeRecoveryKey={offer.make}
            onDone={() => onUnlocked(offer.workspace)}
          />
        ) : mode === 'recover' && hasWorkspaces ? (
          <RecoverForm
            workspaces={status.available}
            preferred={preferred}
            onUnlocked={onUnlocked}
            onBack={() => setMode('unlock')}
          />
        ) : mode === 'restore' ? (
          <RestoreForm
            existing={status.available}
            onRestored={(workspace) => onUnlocked(workspace)}
            onBack={() => setMode(hasWorkspaces ? 'unlock' : 'create')}
          />
        ) : mode === 'unlock' && hasWorkspaces ? (
          <UnlockForm
            workspaces={status.available}
            preferred={preferred}
            onUnlocked={onUnlocked}
            onCreateInstead={() => setMode('create')}
            onRecover={() => setMode('recover')}
            onRestore={() => setMode('restore')}
          />
        ) : (
          <CreateWorkspaceForm
            existing={status.available}
            onCreated={(workspace, make) => setOffer({ workspace, make })}
            onUnlockInstead={hasWorkspaces ? () => setMode('unlock') : undefined}
            onRestore={() => setMode('restore')}
          />
        )}
      </div>
      <p className="lock__footer">Offline. Nothing leaves this computer unless you export it.</p>
    </main>
  );
}
