import { LifeBuoy, Printer } from 'lucide-react';
import { useState } from 'react';
import type { RecoveryKeyView, Result, WorkspaceSummary } from '../../shared/contract';
import { attempt, useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { messages } from '../workspace/messages';
import { RecoveryWords } from '../workspace/RecoveryWords';
import '../workspace/workspace.css';
import { Checkbox } from '../ui/Checkbox';

export interface RecoveryKeyOfferProps {
  readonly workspace: WorkspaceSummary;
  readonly makeRecoveryKey: () => Promise<Result<RecoveryKeyView>>;
  readonly onDone: () => void;
}

/**
 * Right after a workspace is created: the offer of a recovery key (as password managers offer an
 * emergency kit). The words are shown once, with the printable sheet, and dismissed only once the
 * facilitator says they are written down.
 */
export function RecoveryKeyOffer({ workspace, makeRecoveryKey, onDone }: RecoveryKeyOfferProps) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [words, setWords] = useState<readonly string[] | null>(null);
  const [written, setWritten] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  async function make() {
    setBusy(true);
    const result = await attempt(makeRecoveryKey);
    setBusy(false);
    if (result.ok) setWords(result.value.words);
    else setError(result.error.message);
  }

  async function print() {
    if (!words) return;
    setBusy(true);
    const result = await attempt(() => api.workspace.recoverySheet({ recoveryKey: words.join(' ') }));
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setNote(result.value.saved ? messages.recovery.printed(result.value.fileName) : messages.cancelled);
  }

  return (
    <div className="lock__form">
      <h1 className="lock__title">{messages.offer.title}</h1>
      {!words ? (
        <>
          <p className="lock__lead">{messages.offer.lead}</p>
          {error ? <ErrorBanner title={error} /> : null}
          <Button
            variant="primary"
            busy={busy}
            onClick={() => void make()}
            icon={<LifeBuoy size={16} aria-hidden="true" />}
          >
            {messages.offer.make}
          </Button>
          <p className="lock__switch">
            <button type="button" className="link-button" onClick={onDone} disabled={busy}>
              {messages.offer.skip}
            </button>
          </p>
          <p className="lock__footer">{messages.offer.later}</p>
        </>
      ) : (
        <>
          <p className="workspace-panel__warning" role="note">
            {messages.recovery.shownOnce}
          </p>
          <RecoveryWords words={words} />
          {error ? <ErrorBanner title={error} /> : null}
          <Button busy={busy} onClick={() => void print()} icon={<Printer size={16} aria-hidden="true" />}>
            {messages.recovery.print}
          </Button>
          <div aria-live="polite">{note ? <p className="workspace-panel__done">{note}</p> : null}</div>
          <Checkbox checked={written} onChange={setWritten}>
            <span>{messages.recovery.written}</span>
          </Checkbox>
          <Button variant="primary" aria-disabled={!written || undefined} onClick={() => written && onDone()}>
            {messages.recovery.finish}
          </Button>
        </>
      )}
      <span hidden>{workspace.name}</span>
    </div>
  );
}
