import { EditableRows } from '../ui/EditableRows';
import { TextField } from '../ui/Field';
import type { FieldErrors } from '../ui/issues';
import { blankSponsor, MAX_SPONSORS, type SponsorDraft } from './draft';

export interface SponsorRowsProps {
  readonly sponsors: readonly SponsorDraft[];
  readonly errors: FieldErrors;
  readonly onChange: (sponsors: readonly SponsorDraft[]) => void;
  readonly disabled: boolean;
}

/** Who funds or backs the process, one name per row, in the facilitator's order. */
export function SponsorRows({ sponsors, errors, onChange, disabled }: SponsorRowsProps) {
  return (
    <EditableRows
      legend="Sponsors"
      description="Foundations, ministries or organisations that fund or back the process."
      rows={sponsors}
      onChange={onChange}
      newRow={blankSponsor}
      renderRow={(sponsor, index, update) => (
        <TextField
          label={`Sponsor ${index + 1}`}
          hideLabel
          value={sponsor.name}
          maxLength={160}
          autoComplete="off"
          error={errors[`sponsors.${index}`]}
          onChange={(event) => update({ name: event.target.value })}
        />
      )}
      removeLabel={(sponsor, index) => `Remove ${sponsor.name.trim() || `sponsor ${index + 1}`}`}
      addLabel="Add sponsor"
      max={MAX_SPONSORS}
      disabled={disabled}
      error={errors.sponsors}
      className="editable-rows--form editable-rows--narrow"
    />
  );
}
