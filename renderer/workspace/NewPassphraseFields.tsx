import { useEffect, useId, useState, type Ref } from 'react';
import type { PassphraseStrength } from '../../shared/passphrase/strength';
import { StrengthMeter } from '../lock/StrengthMeter';
import { loadAssess, type Assess } from '../lock/strength';

export interface NewPassphraseFieldsProps {
  readonly label: string;
  readonly confirmLabel: string;
  /** Words that make a passphrase easier to guess (the workspace's name). */
  readonly context: readonly string[];
  readonly passphraseRef: Ref<HTMLInputElement>;
  readonly confirmationRef: Ref<HTMLInputElement>;
  readonly disabled?: boolean;
  readonly error?: string | undefined;
}

/** A new passphrase and its confirmation are typed alike: hidden, never spell-checked, marked as new. */
const NEW_PASSPHRASE_INPUT = {
  className: 'control',
  type: 'password',
  dir: 'auto',
  autoComplete: 'new-password',
  spellCheck: false,
} as const;

/**
 * A new passphrase typed twice, with the strength meter of the lock screen. The secret stays in the
 * (uncontrolled) fields; React state holds only the verdict.
 */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const { label, confirmLabel, context, passphraseRef, confirmationRef, disabled, error } = props;
  const [assess, setAssess] = useState<{ run: Assess } | null>(null);
  const [strength, setStrength] = useState<PassphraseStrength | null>(null);
  const passphraseId = useId();
  const confirmationId = useId();
  const meterId = useId();
  const errorId = useId();

  useEffect(() => {
    let current = true;
    void loadAssess().then((run) => current && setAssess({ run }));
    return () => {
      current = false;
    };
  }, []);

  return (
    <>
      <div className="field">
        <label htmlFor={passphraseId} className="field__label">
          {label}
        </label>
        <input
          id={passphraseId}
          ref={passphraseRef}
          {...NEW_PASSPHRASE_INPUT}
          disabled={disabled}
          aria-describedby={`${meterId} ${error ? errorId : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) =>
            setStrength(event.target.value && assess ? assess.run(event.target.value, context) : null)
          }
        />
        <div id={meterId}>
          <StrengthMeter strength={strength} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={confirmationId} className="field__label">
          {confirmLabel}
        </label>
        <input
          id={confirmationId}
          ref={confirmationRef}
          {...NEW_PASSPHRASE_INPUT}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {error ? (
          <p id={errorId} className="field__error">
            {error}
          </p>
        ) : null}
      </div>
    </>
  );
}
