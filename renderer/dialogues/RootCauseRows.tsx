import { TextAreaField, TextField } from '../ui/Field';
import { EditableRows } from '../ui/EditableRows';
import type { FieldErrors } from '../ui/issues';
import { blankRootCause, MAX_ROOT_CAUSES, type RootCauseDraft } from './draft';

export interface RootCauseRowsProps {
  readonly rootCauses: readonly RootCauseDraft[];
  readonly errors: FieldErrors;
  readonly onChange: (rootCauses: readonly RootCauseDraft[]) => void;
  readonly disabled: boolean;
}

/**
 * The root causes the dialogue addresses (Hampson: follow-through on root causes is what lasts).
 * Each is a short title plus room to write; notes and agreements link to them.
 */
export function RootCauseRows({ rootCauses, errors, onChange, disabled }: RootCauseRowsProps) {
  return (
    <EditableRows
      legend="Root causes"
      description="The underlying issues this process means to address, beyond any one agreement."
      rows={rootCauses}
      onChange={onChange}
      newRow={blankRootCause}
      numbered
      renderRow={(cause, index, update) => (
        <div className="editable-rows__stack">
          <TextField
            label={`Root cause ${index + 1} title`}
            hideLabel
            placeholder="Title, e.g. Water rights upstream"
            value={cause.title}
            maxLength={200}
            autoComplete="off"
            error={errors[`rootCauses.${index}.title`]}
            onChange={(event) => update({ title: event.target.value })}
          />
          <TextAreaField
            label={`Root cause ${index + 1} description`}
            hideLabel
            className="editable-rows__description"
            placeholder="Why it matters, and to whom"
            value={cause.description}
            rows={2}
            error={errors[`rootCauses.${index}.description`]}
            onChange={(event) => update({ description: event.target.value })}
          />
        </div>
      )}
      removeLabel={(cause, index) => `Remove ${cause.title.trim() || `root cause ${index + 1}`}`}
      addLabel="Add root cause"
      max={MAX_ROOT_CAUSES}
      disabled={disabled}
      error={errors.rootCauses}
      className="editable-rows--spacious"
    />
  );
}
