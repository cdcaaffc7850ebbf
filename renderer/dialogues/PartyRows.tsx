import { PARTY_KINDS, PARTY_KIND_LABELS, type PartyKind } from '../../shared/domain/dialogue';
import { EditableRows } from '../ui/EditableRows';
import { SelectField, TextField } from '../ui/Field';
import type { FieldErrors } from '../ui/issues';
import { blankParty, MAX_PARTIES, type PartyDraft } from './draft';

export interface PartyRowsProps {
  readonly parties: readonly PartyDraft[];
  readonly errors: FieldErrors;
  readonly onChange: (parties: readonly PartyDraft[]) => void;
  readonly disabled: boolean;
}

const KIND_OPTIONS = PARTY_KINDS.map((kind) => ({ value: kind, label: PARTY_KIND_LABELS[kind] }));

/**
 * The parties of a dialogue as editable rows. Parties already saved read as text (the contract
 * cannot rename or remove them yet); new ones are name and kind.
 */
export function PartyRows({ parties, errors, onChange, disabled }: PartyRowsProps) {
  const hasSaved = parties.some((party) => party.id);
  return (
    <EditableRows
      legend="Parties"
      description={
        <>
          The sides of the conflict, and the facilitation team that convenes them.
          {hasSaved && ' Saved parties cannot be renamed or removed yet.'}
        </>
      }
      rows={parties}
      onChange={onChange}
      newRow={() => blankParty('side')}
      // The facilitation team conventionally closes the list: a new side goes just before an unsaved
      // facilitation row at the end (saved rows keep their order).
      insert={(rows, party) => {
        const last = rows.at(-1);
        return last && !last.id && last.kind === 'facilitation'
          ? [...rows.slice(0, -1), party, last]
          : [...rows, party];
      }}
      isLocked={(party) => party.id !== undefined}
      renderLocked={(party) => (
        <>
          <span className="editable-rows__text editable-rows__text--strong" dir="auto">
            {party.name}
          </span>
          <span className="editable-rows__text">{PARTY_KIND_LABELS[party.kind]}</span>
        </>
      )}
      renderRow={(party, index, update) => (
        <>
          <TextField
            label={`Party ${index + 1} name`}
            hideLabel
            value={party.name}
            maxLength={120}
            autoComplete="off"
            error={errors[`parties.${index}.name`]}
            onChange={(event) => update({ name: event.target.value })}
          />
          <SelectField<PartyKind>
            label={`Party ${index + 1} kind`}
            hideLabel
            options={KIND_OPTIONS}
            value={party.kind}
            error={errors[`parties.${index}.kind`]}
            onValueChange={(kind) => update({ kind })}
          />
        </>
      )}
      removeLabel={(party, index) => `Remove ${party.name.trim() || `party ${index + 1}`}`}
      addLabel="Add party"
      max={MAX_PARTIES}
      disabled={disabled}
      columns={['Name', 'Kind']}
      template="minmax(0, 1fr) minmax(10rem, 14rem)"
      className="editable-rows--form"
    />
  );
}
