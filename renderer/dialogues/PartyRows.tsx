import { Plus, X } from 'lucide-react';
import { useRef } from 'react';
import { PARTY_KINDS, PARTY_KIND_LABELS, type PartyKind } from '../../shared/domain/dialogue';
import { Button } from '../ui/Button';
import { SelectField, TextField } from '../ui/Field';
import type { FieldErrors } from '../ui/issues';
import { useElementsByKey, useFocusRequest } from '../ui/useFocusRequest';
import { blankParty, MAX_PARTIES, type PartyDraft } from './draft';

export interface PartyRowsProps {
  readonly parties: readonly PartyDraft[];
  readonly errors: FieldErrors;
  readonly onChange: (parties: readonly PartyDraft[]) => void;
  readonly disabled: boolean;
}

const KIND_OPTIONS = PARTY_KINDS.map((kind) => ({ value: kind, label: PARTY_KIND_LABELS[kind] }));

/**
 * The parties of a dialogue as editable rows. Labels are per row ("Party 2 name") but visually
 * hidden: the column headings say it once. Focus follows the edit — into a new row's name, or to
 * the next row (else "Add party") after a removal.
 */
export function PartyRows({ parties, errors, onChange, disabled }: PartyRowsProps) {
  const names = useElementsByKey<HTMLInputElement>();
  const addButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusRequest();
  const hasSaved = parties.some((party) => party.id);

  const update = (key: string, change: Partial<Pick<PartyDraft, 'name' | 'kind'>>) =>
    onChange(parties.map((party) => (party.key === key ? { ...party, ...change } : party)));

  const add = () => {
    const party = blankParty('side');
    // The facilitation team conventionally closes the list: a new side goes just before an
    // unsaved facilitation row at the end (saved rows keep their order).
    const last = parties.at(-1);
    const beforeLast = last && !last.id && last.kind === 'facilitation';
    onChange(beforeLast ? [...parties.slice(0, -1), party, last] : [...parties, party]);
    focusLater(() => names.get(party.key));
  };

  const remove = (index: number) => {
    const next = parties.filter((_, i) => i !== index);
    onChange(next);
    const after = next.slice(index).find((party) => !party.id);
    focusLater(() => (after ? names.get(after.key) : addButton.current));
  };

  return (
    <fieldset className="rows" disabled={disabled}>
      <legend className="field__label">Parties</legend>
      <p className="field__description">
        The sides of the conflict, and the facilitation team that convenes them.
        {hasSaved && ' Saved parties cannot be renamed or removed yet.'}
      </p>
      {parties.length > 0 && (
        <div className="rows__head rows__grid--party" aria-hidden="true">
          <span>Name</span>
          <span>Kind</span>
        </div>
      )}
      <ol className="rows__list">
        {parties.map((party, index) =>
          party.id ? (
            <li key={party.key} className="rows__grid--party rows__saved">
              <span className="rows__saved-text rows__saved-text--strong" dir="auto">
                {party.name}
              </span>
              <span className="rows__saved-text">{PARTY_KIND_LABELS[party.kind]}</span>
            </li>
          ) : (
            <li key={party.key} className="rows__grid--party">
              <TextField
                label={`Party ${index + 1} name`}
                hideLabel
                value={party.name}
                maxLength={120}
                autoComplete="off"
                error={errors[`parties.${index}.name`]}
                onChange={(event) => update(party.key, { name: event.target.value })}
                ref={names.refFor(party.key)}
              />
              <SelectField<PartyKind>
                label={`Party ${index + 1} kind`}
                hideLabel
                options={KIND_OPTIONS}
                value={party.kind}
                error={errors[`parties.${index}.kind`]}
                onValueChange={(kind) => update(party.key, { kind })}
              />
              <button
                type="button"
                className="icon-button rows__remove"
                aria-label={`Remove ${party.name.trim() || `party ${index + 1}`}`}
                title="Remove this party"
                onClick={() => remove(index)}
              >
                <X size={16} aria-hidden="true" />
              </button>
            </li>
          ),
        )}
      </ol>
      <Button
        ref={addButton}
        size="small"
        variant="quiet"
        icon={<Plus size={15} aria-hidden="true" />}
        onClick={add}
        disabled={parties.length >= MAX_PARTIES}
      >
        Add party
      </Button>
    </fieldset>
  );
}
