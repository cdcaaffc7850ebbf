import { Plus, X } from 'lucide-react';
import { useRef } from 'react';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import type { FieldErrors } from '../ui/issues';
import { useElementsByKey, useFocusRequest } from '../ui/useFocusRequest';
import { blankSponsor, MAX_SPONSORS, type SponsorDraft } from './draft';

export interface SponsorRowsProps {
  readonly sponsors: readonly SponsorDraft[];
  readonly errors: FieldErrors;
  readonly onChange: (sponsors: readonly SponsorDraft[]) => void;
  readonly disabled: boolean;
}

/** Who funds or backs the process, one name per row, in the facilitator's order. */
export function SponsorRows({ sponsors, errors, onChange, disabled }: SponsorRowsProps) {
  const inputs = useElementsByKey<HTMLInputElement>();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusRequest();

  const add = () => {
    const sponsor = blankSponsor();
    onChange([...sponsors, sponsor]);
    focusLater(() => inputs.get(sponsor.key));
  };

  const remove = (index: number) => {
    const next = sponsors.filter((_, i) => i !== index);
    onChange(next);
    const after = next[index];
    focusLater(() => (after ? inputs.get(after.key) : addButton.current));
  };

  return (
    <fieldset className="rows" disabled={disabled}>
      <legend className="field__label">Sponsors</legend>
      <p className="field__description">Foundations, ministries or organisations that fund or back the process.</p>
      {errors.sponsors && <p className="field__error">{errors.sponsors}</p>}
      <ol className="rows__list">
        {sponsors.map((sponsor, index) => (
          <li key={sponsor.key} className="rows__grid--sponsor">
            <TextField
              label={`Sponsor ${index + 1}`}
              hideLabel
              value={sponsor.name}
              maxLength={160}
              autoComplete="off"
              error={errors[`sponsors.${index}`]}
              onChange={(event) =>
                onChange(sponsors.map((s) => (s.key === sponsor.key ? { ...s, name: event.target.value } : s)))
              }
              ref={inputs.refFor(sponsor.key)}
            />
            <button
              type="button"
              className="icon-button rows__remove"
              aria-label={`Remove ${sponsor.name.trim() || `sponsor ${index + 1}`}`}
              title="Remove this sponsor"
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
        disabled={sponsors.length >= MAX_SPONSORS}
      >
        Add sponsor
      </Button>
    </fieldset>
  );
}
