import { KeyRound } from 'lucide-react';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { WorkspaceSummary } from '../../shared/contract';
import { attempt, useApi } from '../api';
import { Button } from '../ui/Button';
import { SelectField } from '../ui/Field';
import { messages } from '../workspace/messages';

export interface UnlockFormProps {
  readonly workspaces: readonly WorkspaceSummary[];
  /** The workspace that was open before the lock, chosen again by default. */
  readonly preferred: string | undefined;
  readonly onUnlocked: (workspace: WorkspaceSummary) => void;
  readonly onCreateInstead: () => void;
  /** Forgot the passphrase: open with the recovery key. */
  readonly onRecover?: () => void;
  readonly onRestore?: () => void;
}

const WRONG_PASSPHRASE =
  'That passphrase does not open this workspace. Check Caps Lock and the keyboard layout, then try again.';

/**
 * The passphrase lives only in the password field (uncontrolled), never in React state: it is read
 * once at submit and the field is emptied as soon as the workspace opens. After a wrong attempt the
 * text stays selected, so typing again replaces it.
 */
export function UnlockForm({
  workspaces,
  preferred,
  onUnlocked,
  onCreateInstead,
  onRecover,
  onRestore,
}: UnlockFormProps) {
  const api = useApi();
  const [name, setName] = useState(() =>
    workspaces.some((w) => w.name === preferred) ? preferred! : (workspaces[0]?.name ?? ''),
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [capsLock, setCapsLock] = useState(false);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const messageId = useId();
  const passphraseId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const field = passphraseRef.current;
    if (busy || !field) return;
    if (!field.value) {
      setMessage('Enter the passphrase.');
      field.focus();
      return;
    }
    setBusy(true);
    // Cleared first so the same message said twice is still announced by the live region.
    setMessage(null);
    const result = await attempt(() => api.workspace.unlock({ name, passphrase: field.value }));
    if (result.ok) {
      field.value = '';
      onUnlocked(result.value);
      return;
    }
    setBusy(false);
    setMessage(result.error.code === 'WRONG_PASSPHRASE' ? WRONG_PASSPHRASE : result.error.message);
    field.focus();
    field.select();
  }

  function trackCapsLock(event: KeyboardEvent<HTMLInputElement>) {
    setCapsLock(event.getModifierState?.('CapsLock') ?? false);
  }

  return (
    <form className="lock__form" onSubmit={submit} aria-busy={busy} noValidate>
      <h1 className="lock__title">Unlock workspace</h1>
      <SelectField
        label="Workspace"
        options={workspaces.map((w) => ({ value: w.name, label: w.name }))}
        value={name}
        onValueChange={(value) => {
          setName(value);
          setMessage(null);
        }}
        disabled={busy}
      />
      <div className="field">
        <label htmlFor={passphraseId} className="field__label">
          Passphrase
        </label>
        <input
          id={passphraseId}
          ref={passphraseRef}
          className="control"
          type="password"
          dir="auto"
          autoComplete="off"
          spellCheck={false}
          // Autofocus is right here: the whole screen exists to take this one input.
          autoFocus
          readOnly={busy}
          aria-invalid={message ? true : undefined}
          aria-describedby={messageId}
          onKeyDown={trackCapsLock}
          onKeyUp={trackCapsLock}
        />
        {capsLock && <p className="field__footnote">Caps Lock is on.</p>}
      </div>
      <div id={messageId} className="lock__message" aria-live="polite">
        {busy ? <p className="lock__progress">Unlocking… deriving the key takes a moment.</p> : null}
        {message ? (
          <p className="lock__error" dir="auto">
            {message}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="primary" busy={busy} icon={<KeyRound size={16} aria-hidden="true" />}>
        Unlock
      </Button>
      <p className="lock__switch">
        {onRecover && (
          <>
            <button type="button" className="link-button" onClick={onRecover} disabled={busy}>
              {messages.recover.link}
            </button>
            {' · '}
          </>
        )}
        <button type="button" className="link-button" onClick={onCreateInstead} disabled={busy}>
          Create another workspace
        </button>
        {onRestore && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={onRestore} disabled={busy}>
              {messages.lockScreen.restoreLink}
            </button>
          </>
        )}
      </p>
    </form>
  );
}
