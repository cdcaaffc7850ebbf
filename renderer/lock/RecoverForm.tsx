import { LifeBuoy } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { WorkspaceSummary } from '../../shared/contract';
import { checkRecoveryKey } from '../../shared/recovery/recovery-key';
import { attempt, useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField } from '../ui/Field';
import { messages } from '../workspace/messages';
import { NewPassphraseFields } from '../workspace/NewPassphraseFields';

export interface RecoverFormProps {
  readonly workspaces: readonly WorkspaceSummary[];
  readonly preferred: string | undefined;
  readonly onUnlocked: (workspace: WorkspaceSummary) => void;
  readonly onBack: () => void;
}

/**
 * Forgot the passphrase: the recovery key's 24 words (checked as typed, so a typo is named before
 * any key derivation) and a new passphrase, set in the same step.
 */
export function RecoverForm({ workspaces, preferred, onUnlocked, onBack }: RecoverFormProps) {
  const api = useApi();
  const [name, setName] = useState(() =>
    workspaces.some((w) => w.name === preferred) ? preferred! : (workspaces[0]?.name ?? ''),
  );
  const [busy, setBusy] = useState(false);
  const [typo, setTypo] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const keyRef = useRef<HTMLTextAreaElement>(null);
  const next = useRef<HTMLInputElement>(null);
  const again = useRef<HTMLInputElement>(null);
  const keyId = useId();
  const typoId = useId();

  function checkTyped() {
    const typed = keyRef.current?.value ?? '';
    const words = typed.split(/[^A-Za-z]+/).filter(Boolean).length;
    // Judge only once all the words are there: a half-typed key is not an error yet.
    const checked = checkRecoveryKey(typed);
    setTypo(checked.ok || (checked.reason === 'count' && words < 24) ? null : checked.message);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const recoveryKey = keyRef.current?.value ?? '';
    const checked = checkRecoveryKey(recoveryKey);
    if (!checked.ok) {
      setTypo(checked.message);
      keyRef.current?.focus();
      return;
    }
    const newPassphrase = next.current?.value ?? '';
    if (!newPassphrase || newPassphrase !== (again.current?.value ?? '')) {
      setProblem(messages.passphrase.mismatch);
      next.current?.focus();
      return;
    }
    setProblem(undefined);
    setError(null);
    setBusy(true);
    const result = await attempt(() => api.workspace.recover({ name, recoveryKey, newPassphrase }));
    if (next.current) next.current.value = '';
    if (again.current) again.current.value = '';
    if (result.ok) {
      if (keyRef.current) keyRef.current.value = '';
      onUnlocked(result.value);
      return;
    }
    setBusy(false);
    setError(result.error.message);
  }

  return (
    <form className="lock__form" onSubmit={submit} aria-busy={busy} noValidate>
      <h1 className="lock__title">{messages.recover.title}</h1>
      <p className="lock__lead">{messages.recover.lead}</p>
      <SelectField
        label="Workspace"
        options={workspaces.map((w) => ({ value: w.name, label: w.name }))}
        value={name}
        onValueChange={setName}
        disabled={busy}
      />
      <div className="field">
        <label htmlFor={keyId} className="field__label">
          {messages.recover.key}
        </label>
        <textarea
          id={keyId}
          ref={keyRef}
          className="control control--textarea"
          rows={4}
          lang="en"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          readOnly={busy}
          aria-invalid={typo ? true : undefined}
          aria-describedby={typo ? typoId : undefined}
          onChange={checkTyped}
        />
        {typo ? (
          <p id={typoId} className="field__error">
            {typo}
          </p>
        ) : null}
      </div>
      <NewPassphraseFields
        label={messages.passphrase.next}
        confirmLabel={messages.passphrase.confirm}
        context={[name]}
        passphraseRef={next}
        confirmationRef={again}
        disabled={busy}
        error={problem}
      />
      {error ? <ErrorBanner title={error} /> : null}
      <Button type="submit" variant="primary" busy={busy} icon={<LifeBuoy size={16} aria-hidden="true" />}>
        {messages.recover.submit}
      </Button>
      <p className="lock__switch">
        <button type="button" className="link-button" onClick={onBack} disabled={busy}>
          {messages.recover.back}
        </button>
      </p>
    </form>
  );
}
