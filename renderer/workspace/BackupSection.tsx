import { HardDriveDownload, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import type { BackupResult, WorkspaceDetails } from '../../shared/contract';
import { useApi } from '../api';
import { useSession } from '../app/session';
import { RestoreForm } from '../lock/RestoreForm';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatDate, messages } from './messages';
import { useCall } from '../ui/useCall';

const m = messages.backup;

export interface BackupSectionProps {
  readonly details: WorkspaceDetails;
  readonly onChanged: () => void;
}

/** Back up now (main asks where), the last backup, and the backups a purge has made dangerous. */
export function BackupSection({ details, onChanged }: BackupSectionProps) {
  const api = useApi();
  const session = useSession();
  const { busy, error, run } = useCall();
  const [saved, setSaved] = useState<(BackupResult & { saved: true }) | null>(null);
  const [cancelled, setCancelled] = useState(false);

  async function backUp() {
    setCancelled(false);
    setSaved(null);
    const result = await run(() => api.workspace.backup({}));
    if (!result) return;
    if (result.saved) {
      setSaved(result);
      onChanged();
    } else setCancelled(true);
  }

  return (
    <div className="workspace-panel__section">
      <section className="workspace-panel__block" aria-labelledby="backup-heading">
        <h3 className="workspace-panel__heading" id="backup-heading">
          {m.title}
        </h3>
        <p className="workspace-panel__lead">{m.lead}</p>
        <p>
          {details.lastBackup ? (
            <>
              {m.last(formatDate(details.lastBackup.exportedAt))}
              <bdi className="workspace-panel__file">{details.lastBackup.fileName}</bdi>
            </>
          ) : (
            m.never
          )}
        </p>
        {error ? <ErrorBanner title={error.message} /> : null}
        <div aria-live="polite">
          {saved ? (
            <div className="workspace-panel__done">
              <p>{m.saved(saved.fileName)}</p>
              <p className="workspace-panel__fingerprint">
                {m.fingerprint} <code>{saved.sha256}</code>
              </p>
            </div>
          ) : null}
          {cancelled ? <p className="workspace-panel__lead">{messages.cancelled}</p> : null}
        </div>
        <div className="workspace-panel__actions">
          <Button
            variant="primary"
            onClick={() => void backUp()}
            busy={busy}
            icon={<HardDriveDownload size={16} aria-hidden="true" />}
          >
            {m.now}
          </Button>
        </div>
      </section>
      <section className="workspace-panel__block" aria-labelledby="restore-heading">
        <h3 className="workspace-panel__heading" id="restore-heading">
          {m.restoreTitle}
        </h3>
        <p className="workspace-panel__lead">{m.restoreLead}</p>
        <RestoreForm
          existing={[{ name: details.name }]}
          onRestored={(workspace) => session.reopen(workspace.name)}
          embedded
        />
      </section>
      {details.backupsBeforePurges.length > 0 && (
        <section className="workspace-panel__block workspace-panel__stale" aria-labelledby="stale-heading">
          <h3 className="workspace-panel__heading" id="stale-heading">
            <TriangleAlert size={16} aria-hidden="true" className="workspace-panel__inline-icon" />
            {m.stale}
          </h3>
          <ul className="workspace-panel__list">
            {details.backupsBeforePurges.map((entry) => (
              <li key={entry.id}>
                <bdi className="workspace-panel__file">{entry.fileName}</bdi> — {formatDate(entry.exportedAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
