import { ArchiveRestore } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { WorkspaceSummary } from '../../shared/contract';
import { WorkspaceName } from '../../shared/contract/fields';
import { attempt, useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TextField } from '../ui/Field';
import { messages } from '../workspace/messages';

export interface RestoreFormProps {
  readonly existing: readonly WorkspaceSummary[];
  readonly onRestored: (workspace: WorkspaceSummary, purgesReapplied: number) => void;
  readonly onBack?: (() => void) | undefined;
  /** Inside the Workspace panel, which has its own heading and lead. */
  readonly embedded?: boolean;
}

/**
 * Restores a backup into a new workspace: the name and the backup's secret are typed here; the
 * file itself is chosen in main's open dialog (the page never names a path).
 */
export function RestoreForm({ existing, onRestored, onBack, embedded = false }: RestoreFormProps) {
  const api = useApi();
  const [name, setName] = useState('');
  const [withRecovery, setWithRecovery] = useState(false);
  const [busy, setBusy] = useState(false);
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const secretId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const parsed = WorkspaceName.safeParse(name);
    if (!parsed.success) return setNameError(parsed.error.issues[0]?.message);
    if (existing.some((w) => w.name.toLowerCase() === name.toLowerCase())) {
      return setNameError('A workspace with this name already exists. Choose another name.');
    }
    const secret = secretRef.current?.value ?? '';
    if (!secret) {
      secretRef.current?.focus();
      return setError(withRecovery ? 'Enter the recovery key.' : 'Enter the passphrase.');
    }
    setNameError(undefined);
    setError(null);
    setBusy(true);
    const result = await attempt(() =>
      api.workspace.restore(withRecovery ? { name, recoveryKey: secret } : { name, passphrase: secret }),
    );
    setBusy(false);
    if (secretRef.current) secretRef.current.value = '';
    if (!result.ok) return setError(result.error.message);
    if (!result.value.restored) return setError(messages.cancelled);
    onRestored({ name: result.value.name }, result.value.purgesReapplied);
  }

  return (
    <form className="lock__form" onSubmit={submit} aria-busy={busy} noValidate>
      {embedded ? null : (
        <>
          <h1 className="lock__title">{messages.restore.title}</h1>
          <p className="lock__lead">{messages.restore.lead}</p>
        </>
      )}
      <TextField
        label={messages.restore.name}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setNameError(undefined);
        }}
        error={nameError}
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        autoFocus={!embedded}
        readOnly={busy}
      />
      <div className="field">
        <label htmlFor={secretId} className="field__label">
          {withRecovery ? messages.restore.recoveryKey : messages.restore.passphrase}
        </label>
        <input
          id={secretId}
          ref={secretRef}
          className="control"
          type="password"
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          readOnly={busy}
        />
        <button type="button" className="link-button field__footnote" onClick={() => setWithRecovery((v) => !v)}>
          {withRecovery ? messages.restore.usePassphrase : messages.restore.useRecovery}
        </button>
      </div>
      {error ? <ErrorBanner title={error} /> : null}
      <div className="lock__message" aria-live="polite">
        {busy ? <p className="lock__progress">Restoring and checking every page…</p> : null}
      </div>
      <Button type="submit" variant="primary" busy={busy} icon={<ArchiveRestore size={16} aria-hidden="true" />}>
        {messages.restore.submit}
      </Button>
      {onBack && (
        <p className="lock__switch">
          <button type="button" className="link-button" onClick={onBack} disabled={busy}>
            {messages.restore.back}
          </button>
        </p>
      )}
    </form>
  );
}
