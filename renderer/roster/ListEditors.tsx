import { Plus, Trash2 } from 'lucide-react';
import {
  ALIAS_KIND_LABELS,
  ALIAS_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  CLOSENESS,
  CLOSENESS_LABELS,
} from '../../shared/domain/participant';
import { Button } from '../ui/Button';
import { SelectField, TextField } from '../ui/Field';
import { rowKey, type AliasDraft, type LinkDraft } from './draft';

const options = <V extends string>(values: readonly V[], labels: Record<V, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

interface ListProps<T> {
  readonly rows: readonly T[];
  readonly onChange: (rows: readonly T[]) => void;
  readonly error?: string | undefined;
}

function replace<T>(rows: readonly T[], index: number, row: T): T[] {
  return rows.map((existing, i) => (i === index ? row : existing));
}

/** Spellings, transliterations and nicknames: the redaction of every report searches for each. */
export function AliasRows({ rows, onChange, error }: ListProps<AliasDraft>) {
  return (
    <fieldset className="list-editor">
      <legend>Aliases</legend>
      <p className="field__description">
        Other spellings, transliterations and nicknames. Reports are checked against each of them.
      </p>
      {rows.map((row, index) => (
        <div key={row.key} className="list-editor__row">
          <TextField
            label={`Alias ${index + 1}`}
            hideLabel
            value={row.alias}
            maxLength={200}
            onChange={(event) => onChange(replace(rows, index, { ...row, alias: event.target.value }))}
          />
          <SelectField
            label={`Kind of alias ${index + 1}`}
            hideLabel
            options={options(ALIAS_KINDS, ALIAS_KIND_LABELS)}
            value={row.kind}
            onValueChange={(kind) => onChange(replace(rows, index, { ...row, kind }))}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove alias ${index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <Trash2 size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
      {error && (
        <p className="field__error" role="alert">
          <span dir="auto">{error}</span>
        </p>
      )}
      <Button
        size="small"
        variant="quiet"
        icon={<Plus size={14} aria-hidden="true" />}
        onClick={() => onChange([...rows, { key: rowKey(), alias: '', kind: 'spelling' }])}
      >
        Add alias
      </Button>
    </fieldset>
  );
}

/** Whom the participant can reach, how closely and through which channel: the influence map's edges. */
export function LinkRows({ rows, onChange, error }: ListProps<LinkDraft>) {
  return (
    <fieldset className="list-editor">
      <legend>Links to decision makers</legend>
      {rows.map((row, index) => (
        <div key={row.key} className="list-editor__row list-editor__row--link">
          <TextField
            label={`Decision maker ${index + 1}`}
            hideLabel
            placeholder="e.g. Minister of Water"
            value={row.decisionMaker}
            maxLength={200}
            onChange={(event) => onChange(replace(rows, index, { ...row, decisionMaker: event.target.value }))}
          />
          <SelectField
            label={`Closeness to decision maker ${index + 1}`}
            hideLabel
            options={options(CLOSENESS, CLOSENESS_LABELS)}
            value={row.closeness}
            onValueChange={(closeness) => onChange(replace(rows, index, { ...row, closeness }))}
          />
          <SelectField
            label={`Channel to decision maker ${index + 1}`}
            hideLabel
            options={options(CHANNELS, CHANNEL_LABELS)}
            value={row.channel}
            onValueChange={(channel) => onChange(replace(rows, index, { ...row, channel }))}
          />
          <TextField
            label={`Note on link ${index + 1}`}
            hideLabel
            placeholder="Note"
            value={row.note}
            maxLength={1000}
            onChange={(event) => onChange(replace(rows, index, { ...row, note: event.target.value }))}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove link ${index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <Trash2 size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
      {error && (
        <p className="field__error" role="alert">
          <span dir="auto">{error}</span>
        </p>
      )}
      <Button
        size="small"
        variant="quiet"
        icon={<Plus size={14} aria-hidden="true" />}
        onClick={() =>
          onChange([...rows, { key: rowKey(), decisionMaker: '', closeness: 'direct', channel: 'formal', note: '' }])
        }
      >
        Add link
      </Button>
    </fieldset>
  );
}
