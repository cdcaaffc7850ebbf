import { Plus, X } from 'lucide-react';
import { useRef } from 'react';
import { Button } from '../ui/Button';
import { TextAreaField, TextField } from '../ui/Field';
import type { FieldErrors } from '../ui/issues';
import { useElementsByKey, useFocusRequest } from '../ui/useFocusRequest';
import { blankRootCause, MAX_ROOT_CAUSES, type RootCauseDraft } from './draft';

export interface RootCauseRowsProps {
  readonly rootCauses: readonly RootCauseDraft[];
  readonly errors: FieldErrors;
  readonly onChange: (rootCauses: readonly RootCauseDraft[]) => void;
  readonly disabled: boolean;
}

/**
 * The root causes the dialogue addresses (Hampson: follow-through on root causes is what lasts).
 * Each is a short title plus room to write; notes and agreements will link to them later.
 */
export function RootCauseRows({ rootCauses, errors, onChange, disabled }: RootCauseRowsProps) {
  const titles = useElementsByKey<HTMLInputElement>();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusRequest();

  const update = (key: string, change: Partial<Pick<RootCauseDraft, 'title' | 'description'>>) =>
    onChange(rootCauses.map((cause) => (cause.key === key ? { ...cause, ...change } : cause)));

  const add = () => {
    const cause = blankRootCause();
    onChange([...rootCauses, cause]);
    focusLater(() => titles.get(cause.key));
  };

  const remove = (index: number) => {
    const next = rootCauses.filter((_, i) => i !== index);
    onChange(next);
    const after = next[index];
    focusLater(() => (after ? titles.get(after.key) : addButton.current));
  };

  return (
    <fieldset className="rows" disabled={disabled}>
      <legend className="field__label">Root causes</legend>
      <p className="field__description">
        The underlying issues this process means to address, beyond any one agreement.
      </p>
      {errors.rootCauses && <p className="field__error">{errors.rootCauses}</p>}
      <ol className="rows__list rows__list--spacious">
        {rootCauses.map((cause, index) => (
          <li key={cause.key} className="rows__grid--cause">
            <span className="rows__number" aria-hidden="true">
              {index + 1}.
            </span>
            <div className="rows__cause-fields">
              <TextField
                label={`Root cause ${index + 1} title`}
                hideLabel
                placeholder="Title, e.g. Water rights upstream"
                value={cause.title}
                maxLength={200}
                autoComplete="off"
                error={errors[`rootCauses.${index}.title`]}
                onChange={(event) => update(cause.key, { title: event.target.value })}
                ref={titles.refFor(cause.key)}
              />
              <TextAreaField
                label={`Root cause ${index + 1} description`}
                hideLabel
                className="rows__cause-description"
                placeholder="Why it matters, and to whom"
                value={cause.description}
                rows={2}
                error={errors[`rootCauses.${index}.description`]}
                onChange={(event) => update(cause.key, { description: event.target.value })}
              />
            </div>
            <button
              type="button"
              className="icon-button rows__remove"
              aria-label={`Remove ${cause.title.trim() || `root cause ${index + 1}`}`}
              title="Remove this root cause"
              onClick={() => remove(index)}
            >
              <X size={16} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ol>
      <Button
        ref={addButton}
        size="small"
        variant="quiet"
        icon={<Plus size={15} aria-hidden="true" />}
        onClick={add}
        disabled={rootCauses.length >= MAX_ROOT_CAUSES}
      >
        Add root cause
      </Button>
    </fieldset>
  );
}
