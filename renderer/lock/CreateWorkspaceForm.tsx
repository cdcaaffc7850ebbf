import { ShieldAlert } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { RecoveryKeyView, Result, WorkspaceSummary } from '../../shared/contract';
import { WorkspaceName } from '../../shared/contract/fields';
import type { PassphraseStrength } from '../../shared/passphrase/strength';
import { attempt, useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TextField } from '../ui/Field';
import { StrengthMeter } from './StrengthMeter';
import { loadAssess, type Assess } from './strength';

export interface CreateWorkspaceFormProps {
  readonly existing: readonly WorkspaceSummary[];
  /**
   * `makeRecoveryKey` makes the new workspace's recovery key with the passphrase just typed, for the
   * offer that follows creation; the closure is dropped with the offer.
   */
  readonly onCreated: (workspace: WorkspaceSummary, makeRecoveryKey: () => Promise<Result<RecoveryKeyView>>) => void;
  /** Present when there are workspaces to go back to. */
  readonly onUnlockInstead?: (() => void) | undefined;
  /** Restore a backup into a new workspace instead. */
  readonly onRestore?: () => void;
}

const CLEARED = 'For safety the passphrase fields were emptied. Enter the passphrase again.';

interface Problems {
  readonly name?: string;
  readonly passphrase?: string;
  readonly confirmation?: string;
  readonly banner?: string;
}

/**
 * Creating a workspace. The passphrase and its confirmation stay in their (uncontrolled) fields:
 * React state holds only the strength verdict, so no copy of the secret lingers in component state.
 * Both fields are emptied after every submit. Main re-checks strength and has the final word.
 */
export function CreateWorkspaceForm({ existing, onCreated, onUnlockInstead, onRestore }: CreateWorkspaceFormProps) {
  const api = useApi();
  const [name, setName] = useState('');
  const [strength, setStrength] = useState<PassphraseStrength | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const [assess, setAssess] = useState<{ readonly run: Assess } | null>(null);

  useEffect(() => {
    let current = true;
    void loadAssess().then((run) => {
      if (!current) return;
      setAssess({ run });
      // Typing may have started before the dictionaries arrived.
      const passphrase = passphraseRef.current?.value ?? '';
      if (passphrase) setStrength(run(passphrase, [nameRef.current?.value ?? '']));
    });
    return () => {
      current = false;
    };
  }, []);

  function reassess(workspaceName = name) {
    const passphrase = passphraseRef.current?.value ?? '';
    // The workspace name is context: a passphrase containing it is easier to guess.
    setStrength(passphrase && assess ? assess.run(passphrase, [workspaceName]) : null);
  }

  function checkLocally(assessPassphrase: Assess, passphrase: string, confirmation: string): Problems {
    const found: { -readonly [K in keyof Problems]: Problems[K] } = {};
    const parsed = WorkspaceName.safeParse(name);
    if (!parsed.success) found.name = parsed.error.issues[0]?.message ?? 'Check the workspace name.';
    else if (existing.some((w) => w.name.toLowerCase() === name.toLowerCase())) {
      found.name = 'A workspace with this name already exists. Choose another name.';
    }
    const verdict = assessPassphrase(passphrase, [name]);
    if (!passphrase) found.passphrase = 'Enter a passphrase.';
    else if (!verdict.acceptable) found.passphrase = `Too easy to guess. ${verdict.hint}`;
    if (!confirmation) found.confirmation = 'Type the passphrase a second time.';
    else if (confirmation !== passphrase) found.confirmation = 'The two passphrases do not match.';
    return found;
  }

  function focusFirst(found: Problems) {
    if (found.name) nameRef.current?.focus();
    else if (found.passphrase) passphraseRef.current?.focus();
    else if (found.confirmation) {
      confirmationRef.current?.focus();
      confirmationRef.current?.select();
    }
  }

  function clearSecrets() {
    if (passphraseRef.current) passphraseRef.current.value = '';
    if (confirmationRef.current) confirmationRef.current.value = '';
    setStrength(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const passphrase = passphraseRef.current?.value ?? '';
    const confirmation = confirmationRef.current?.value ?? '';
    const local = checkLocally(await loadAssess(), passphrase, confirmation);
    if (Object.keys(local).length > 0) {
      setProblems(local);
      focusFirst(local);
      return;
    }
    setBusy(true);
    setProblems({});
    const result = await attempt(() => api.workspace.create({ name, passphrase }));
    clearSecrets();
    if (result.ok) {
      onCreated(result.value, () => api.workspace.createRecoveryKey({ passphrase, replace: false }));
      return;
    }
    setBusy(false);
    const { code, message, issues = [] } = result.error;
    const nameIssue = code === 'WORKSPACE_EXISTS' ? message : issues.find((i) => i.path === 'name')?.message;
    const passphraseIssue = code === 'WEAK_PASSPHRASE' ? message : issues.find((i) => i.path === 'passphrase')?.message;
    const found: Problems = {
      name: nameIssue,
      passphrase: passphraseIssue ?? CLEARED,
      banner: nameIssue || passphraseIssue ? undefined : message,
    };
    setProblems(found);
    if (found.name) nameRef.current?.focus();
    else passphraseRef.current?.focus();
  }

  return (
    <form className="lock__form" onSubmit={submit} aria-busy={busy} noValidate>
      <h1 className="lock__title">Create a workspace</h1>
      <p className="lock__lead">
        A workspace is one encrypted file on this computer. Everything in it is unreadable without the passphrase.
      </p>
      {problems.banner && <ErrorBanner title={problems.banner} />}
      <TextField
        ref={nameRef}
        label="Workspace name"
        description="Visible on disk to anyone holding the laptop, even without the passphrase. Use a neutral label such as “Work 2025”, never a code name."
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          reassess(event.target.value);
          setProblems(({ name: _fixed, ...rest }) => rest);
        }}
        error={problems.name}
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        autoFocus
        readOnly={busy}
      />
      <TextField
        ref={passphraseRef}
        label="Passphrase"
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        onChange={() => {
          reassess();
          setProblems(({ passphrase: _fixed, ...rest }) => rest);
        }}
        footnote={<StrengthMeter strength={strength} />}
        error={problems.passphrase}
        readOnly={busy}
      />
      <TextField
        ref={confirmationRef}
        label="Confirm passphrase"
        type="password"
        onChange={() => setProblems(({ confirmation: _fixed, ...rest }) => rest)}
        autoComplete="new-password"
        spellCheck={false}
        error={problems.confirmation}
        readOnly={busy}
      />
      <div className="callout callout--warning" role="note">
        <ShieldAlert className="callout__icon" size={18} aria-hidden="true" />
        <p>
          <strong>A lost passphrase cannot be reset.</strong> Nobody can — not you, not the makers of Parley. Only a
          recovery key (offered next) opens the workspace without it. Write the passphrase down and keep it apart from
          the laptop.
        </p>
      </div>
      <div className="lock__message" aria-live="polite">
        {busy ? <p className="lock__progress">Creating the encrypted workspace…</p> : null}
      </div>
      <Button type="submit" variant="primary" busy={busy}>
        Create workspace
      </Button>
      {(onUnlockInstead || onRestore) && (
        <p className="lock__switch">
          {onUnlockInstead && (
            <button type="button" className="link-button" onClick={onUnlockInstead} disabled={busy}>
              Unlock an existing workspace
            </button>
          )}
          {onUnlockInstead && onRestore && ' · '}
          {onRestore && (
            <button type="button" className="link-button" onClick={onRestore} disabled={busy}>
              Restore a backup…
            </button>
          )}
        </p>
      )}
    </form>
  );
}
