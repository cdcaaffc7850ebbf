import { KeyRound, Printer, ShieldCheck } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { WorkspaceDetails } from '../../shared/contract';
import { useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { messages } from './messages';
import { NewPassphraseFields } from './NewPassphraseFields';
import { RecoveryWords } from './RecoveryWords';
import { useCall } from '../ui/useCall';
import { Checkbox } from '../ui/Checkbox';

const m = messages;

export interface SecuritySectionProps {
  readonly details: WorkspaceDetails;
  readonly onChanged: (details?: WorkspaceDetails) => void;
}

/** Change passphrase; make, replace or remove the recovery key (each a deliberate, confirmed act). */
export function SecuritySection({ details, onChanged }: SecuritySectionProps) {
  return (
    <div className="workspace-panel__section">
      <ChangePassphrase details={details} onChanged={onChanged} />
      <RecoveryKey details={details} onChanged={onChanged} />
    </div>
  );
}

function ChangePassphrase({ details, onChanged }: SecuritySectionProps) {
  const api = useApi();
  const { busy, error, run } = useCall();
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const current = useRef<HTMLInputElement>(null);
  const next = useRef<HTMLInputElement>(null);
  const again = useRef<HTMLInputElement>(null);
  const currentId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const values = [current.current?.value ?? '', next.current?.value ?? '', again.current?.value ?? ''];
    if (values.some((value) => value === '')) return setProblem(m.passphrase.missing);
    if (values[1] !== values[2]) return setProblem(m.passphrase.mismatch);
    setProblem(undefined);
    const result = await run(() => api.workspace.changePassphrase({ current: values[0]!, next: values[1]! }));
    // Emptied whatever the answer: no copy of a secret waits in a field.
    for (const field of [current, next, again]) if (field.current) field.current.value = '';
    if (result) {
      setDone(true);
      onChanged(result);
    }
  }

  return (
    <form className="workspace-panel__block" onSubmit={submit} aria-busy={busy} noValidate>
      <h3 className="workspace-panel__heading">{m.passphrase.title}</h3>
      <p className="workspace-panel__lead">{m.passphrase.lead}</p>
      <div className="field">
        <label htmlFor={currentId} className="field__label">
          {m.passphrase.current}
        </label>
        <input
          id={currentId}
          ref={current}
          className="control"
          type="password"
          dir="auto"
          autoComplete="current-password"
          spellCheck={false}
          disabled={busy}
        />
      </div>
      <NewPassphraseFields
        label={m.passphrase.next}
        confirmLabel={m.passphrase.confirm}
        context={[details.name]}
        passphraseRef={next}
        confirmationRef={again}
        disabled={busy}
        error={problem}
      />
      {error ? <ErrorBanner title={error.message} /> : null}
      <div aria-live="polite">{done ? <p className="workspace-panel__done">{m.passphrase.done}</p> : null}</div>
      <div className="workspace-panel__actions">
        <Button type="submit" variant="primary" busy={busy} icon={<KeyRound size={16} aria-hidden="true" />}>
          {m.passphrase.submit}
        </Button>
      </div>
    </form>
  );
}

type RecoveryStep =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirm'; readonly action: 'make' | 'replace' | 'remove' }
  | { readonly kind: 'show'; readonly words: readonly string[] };

function RecoveryKey({ details, onChanged }: SecuritySectionProps) {
  const api = useApi();
  const { busy, error, run, setError } = useCall();
  const [step, setStep] = useState<RecoveryStep>({ kind: 'idle' });
  const [understood, setUnderstood] = useState(false);
  const [written, setWritten] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const passphrase = useRef<HTMLInputElement>(null);
  const passphraseId = useId();

  function begin(action: 'make' | 'replace' | 'remove') {
    setError(null);
    setNote(null);
    setUnderstood(action === 'make');
    setStep({ kind: 'confirm', action });
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (step.kind !== 'confirm' || !understood) return;
    const secret = passphrase.current?.value ?? '';
    if (passphrase.current) passphrase.current.value = '';
    if (step.action === 'remove') {
      const result = await run(() => api.workspace.removeRecoveryKey({ passphrase: secret }));
      if (result) {
        setStep({ kind: 'idle' });
        setNote(m.recovery.removed);
        onChanged(result);
      }
      return;
    }
    const result = await run(() =>
      api.workspace.createRecoveryKey({ passphrase: secret, replace: step.action === 'replace' }),
    );
    if (result) {
      setWritten(false);
      setStep({ kind: 'show', words: result.words });
      onChanged();
    }
  }

  async function printSheet(words: readonly string[]) {
    const result = await run(() => api.workspace.recoverySheet({ recoveryKey: words.join(' ') }));
    if (result?.saved) setNote(m.recovery.printed(result.fileName));
    else if (result) setNote(messages.cancelled);
  }

  return (
    <section className="workspace-panel__block" aria-labelledby="recovery-heading">
      <h3 className="workspace-panel__heading" id="recovery-heading">
        {m.recovery.title}
      </h3>
      <p className="workspace-panel__lead">
        <ShieldCheck size={16} aria-hidden="true" className="workspace-panel__inline-icon" />
        {details.recoveryKey ? m.recovery.some : m.recovery.none}
      </p>
      {step.kind === 'idle' && (
        <div className="workspace-panel__actions">
          {details.recoveryKey ? (
            <>
              <Button onClick={() => begin('replace')}>{m.recovery.replace}</Button>
              <Button variant="quiet" onClick={() => begin('remove')}>
                {m.recovery.remove}
              </Button>
            </>
          ) : (
            <Button variant="primary" onClick={() => begin('make')}>
              {m.recovery.make}
            </Button>
          )}
        </div>
      )}
      {step.kind === 'confirm' && (
        <form className="workspace-panel__confirm" onSubmit={confirm} aria-busy={busy} noValidate>
          {step.action === 'make' && <p>{m.recovery.lead}</p>}
          <div className="field">
            <label htmlFor={passphraseId} className="field__label">
              {m.recovery.passphraseToConfirm}
            </label>
            <input
              id={passphraseId}
              ref={passphrase}
              className="control"
              type="password"
              dir="auto"
              autoComplete="current-password"
              spellCheck={false}
              autoFocus
              disabled={busy}
            />
          </div>
          {step.action !== 'make' && (
            <Checkbox checked={understood} onChange={setUnderstood}>
              <span>{step.action === 'replace' ? m.recovery.confirmReplace : m.recovery.confirmRemove}</span>
            </Checkbox>
          )}
          {error ? <ErrorBanner title={error.message} /> : null}
          <div className="workspace-panel__actions">
            <Button
              type="submit"
              variant={step.action === 'remove' ? 'danger' : 'primary'}
              busy={busy}
              aria-disabled={!understood || undefined}
            >
              {step.action === 'remove' ? m.recovery.doRemove : m.recovery.create}
            </Button>
            <Button variant="quiet" onClick={() => setStep({ kind: 'idle' })}>
              {m.recovery.cancel}
            </Button>
          </div>
        </form>
      )}
      {step.kind === 'show' && (
        <div className="workspace-panel__confirm">
          <p className="workspace-panel__warning" role="note">
            {m.recovery.shownOnce}
          </p>
          <RecoveryWords words={step.words} />
          {error ? <ErrorBanner title={error.message} /> : null}
          <div className="workspace-panel__actions">
            <Button
              onClick={() => void printSheet(step.words)}
              busy={busy}
              icon={<Printer size={16} aria-hidden="true" />}
            >
              {m.recovery.print}
            </Button>
          </div>
          <Checkbox checked={written} onChange={setWritten}>
            <span>{m.recovery.written}</span>
          </Checkbox>
          <div className="workspace-panel__actions">
            <Button
              variant="primary"
              aria-disabled={!written || undefined}
              onClick={() => {
                if (!written) return;
                setStep({ kind: 'idle' });
                onChanged();
              }}
            >
              {m.recovery.finish}
            </Button>
          </div>
        </div>
      )}
      <div aria-live="polite">{note ? <p className="workspace-panel__done">{note}</p> : null}</div>
    </section>
  );
}
