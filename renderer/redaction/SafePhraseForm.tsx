import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SafePhraseView } from '../../shared/contract';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TextField } from '../ui/Field';
import { messages } from './messages';
import './redaction.css';

export interface SafePhraseFormProps {
  readonly dialogueId: string;
  /** The place the phrase is for, so the facilitator knows where to read it ("Item 3 (day 1, 10:30)"). */
  readonly where?: string;
  readonly onAdded: (phrase: SafePhraseView) => void;
  readonly onCancel: () => void;
}

/**
 * Adds a known-safe phrase from a warning. The facilitator types the phrase as it reads in the
 * document: the app never shows the words a warning is about, so it cannot fill them in. Main
 * refuses a phrase that is only a name (SAFE_PHRASE_NAMES_SOMEONE) with a sentence shown here.
 */
export function SafePhraseForm({ dialogueId, where, onAdded, onCancel }: SafePhraseFormProps) {
  const api = useApi();
  const { run, error, busy } = useCall();
  const [phrase, setPhrase] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (phrase.trim() === '') return;
    const added = await run(() => api.safePhrase.add({ dialogueId, phrase }));
    if (added) onAdded(added);
  }

  return (
    <form
      className="safe-phrase-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <TextField
        ref={input}
        label={where ? `${messages.safePhraseLabel} · ${where}` : messages.safePhraseLabel}
        description={messages.safePhraseHelp}
        value={phrase}
        maxLength={200}
        error={error?.code === 'INVALID_INPUT' ? error.message : undefined}
        onChange={(event) => setPhrase(event.target.value)}
      />
      {error && error.code !== 'INVALID_INPUT' && <ErrorBanner title={error.message} />}
      <div className="safe-phrase-form__actions">
        <Button size="small" variant="quiet" onClick={onCancel}>
          {messages.cancel}
        </Button>
        <Button
          size="small"
          variant="primary"
          type="submit"
          busy={busy}
          aria-disabled={phrase.trim() === '' || undefined}
        >
          {messages.addSafePhrase}
        </Button>
      </div>
    </form>
  );
}
