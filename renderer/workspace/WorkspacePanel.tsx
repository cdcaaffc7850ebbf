import { X } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkspaceDetails } from '../../shared/contract';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Spinner } from '../ui/Spinner';
import { Tabs } from '../ui/Tabs';
import { BackupSection } from './BackupSection';
import { messages } from './messages';
import { SecuritySection } from './SecuritySection';
import { TravelSection } from './TravelSection';
import { useCall } from '../ui/useCall';
import './workspace.css';

type Tab = keyof typeof messages.tabs;
const TABS: readonly Tab[] = ['security', 'backup', 'travel'];

export interface WorkspacePanelProps {
  readonly onClose: () => void;
  /** Closing after travel or a return: the workspace's dialogues changed, open it afresh. */
  readonly onReopen: () => void;
}

/**
 * The workspace's life beyond its content, in a modal dialog (native <dialog>: focus stays inside,
 * Escape closes): passphrase and recovery key, backups, travel mode. Files are chosen in main's
 * own save and open dialogs; this page never sees a path.
 */
export function WorkspacePanel({ onClose, onReopen }: WorkspacePanelProps) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<Tab>('security');
  const [details, setDetails] = useState<WorkspaceDetails | null>(null);
  const { error, run } = useCall();
  // Travel or a return changed the dialogues: the page opens the workspace afresh on close.
  const changed = useRef(false);
  const close = () => (changed.current ? onReopen() : onClose());

  const refresh = useCallback(
    async (known?: WorkspaceDetails) => {
      if (known) return setDetails(known);
      const loaded = await run(() => api.workspace.details({}));
      if (loaded) setDetails(loaded);
    },
    [api, run],
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
  }, []);

  useEffect(() => {
    let current = true;
    void api.workspace.details({}).then((result) => {
      if (current && result.ok) setDetails(result.value);
    });
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <dialog
      ref={dialog}
      className="workspace-panel"
      aria-labelledby="workspace-panel-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <header className="workspace-panel__header">
        <h2 id="workspace-panel-title" className="workspace-panel__title">
          {messages.panelTitle} <bdi className="workspace-panel__name">{details?.name}</bdi>
        </h2>
        <Button variant="quiet" onClick={close} icon={<X size={16} aria-hidden="true" />} aria-label={messages.close} />
      </header>
      <Tabs
        label={messages.panelTitle}
        idBase="workspace"
        tabs={TABS.map((id) => ({ id, label: messages.tabs[id] }))}
        selected={tab}
        onSelect={setTab}
        className="workspace-panel__tabs"
        panelClassName="workspace-panel__body"
      >
        {error ? <ErrorBanner title={error.message} /> : null}
        {!details ? (
          <Spinner />
        ) : tab === 'security' ? (
          <SecuritySection details={details} onChanged={(known) => void refresh(known)} />
        ) : tab === 'backup' ? (
          <BackupSection details={details} onChanged={() => void refresh()} />
        ) : (
          <TravelSection
            details={details}
            onChanged={() => {
              changed.current = true;
              void refresh();
            }}
          />
        )}
      </Tabs>
    </dialog>
  );
}
