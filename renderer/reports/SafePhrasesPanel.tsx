import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import type { DialogueView, SafePhraseView } from '../../shared/contract';
import { useApi } from '../api';
import { formatDay } from '../dialogues/format';
import { SafePhraseForm } from '../redaction/SafePhraseForm';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { MSG } from './messages';

/**
 * The dialogue's known-safe phrases (the redaction engine's storage, `safePhrase.*`): listed,
 * added with the same form a warning opens, removed. Main refuses a phrase that is only a name.
 */
export function SafePhrasesPanel({ dialogue }: { readonly dialogue: DialogueView }) {
  const api = useApi();
  const { run, error, setError } = useCall();
  const ids = useId();
  const [phrases, setPhrases] = useState<readonly SafePhraseView[] | null>(null);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    let current = true;
    void run(() => api.safePhrase.list({ dialogueId: dialogue.id })).then((list) => {
      if (current && list) setPhrases(list);
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id, run]);

  const remove = async (phrase: SafePhraseView) => {
    const removed = await run(() => api.safePhrase.remove({ id: phrase.id }));
    if (removed) setPhrases((list) => (list ?? []).filter((p) => p.id !== phrase.id));
  };

  return (
    <section className="card reports-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="reports-card__title">
        {MSG.tabs.phrases}
      </h2>
      <p className="reports-card__intro">{MSG.phrases.intro}</p>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {adding ? (
        <SafePhraseForm
          dialogueId={dialogue.id}
          onCancel={() => setAdding(false)}
          onAdded={(phrase) => {
            setPhrases((list) => [...(list ?? []), phrase]);
            setAdding(false);
          }}
        />
      ) : (
        <div>
          <Button
            size="small"
            variant="secondary"
            icon={<Plus size={14} aria-hidden="true" />}
            onClick={() => setAdding(true)}
          >
            {MSG.phrases.add}
          </Button>
        </div>
      )}
      {phrases && phrases.length === 0 && <p className="reports-empty">{MSG.phrases.empty}</p>}
      {phrases && phrases.length > 0 && (
        <ul className="safe-phrases">
          {phrases.map((phrase) => (
            <li key={phrase.id} className="safe-phrase">
              <bdi className="safe-phrase__text">{phrase.phrase}</bdi>
              <span className="safe-phrase__date">{MSG.phrases.added(formatDay(phrase.createdAt.slice(0, 10)))}</span>
              <Button
                size="small"
                variant="quiet"
                icon={<Trash2 size={14} aria-hidden="true" />}
                aria-label={MSG.phrases.removeLabel(phrase.phrase)}
                onClick={() => void remove(phrase)}
              >
                {MSG.phrases.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
