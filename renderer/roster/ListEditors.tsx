import {
  ALIAS_KIND_LABELS,
  ALIAS_KINDS,
  CHANNEL_LABELS,
  CHANNELS,
  CLOSENESS,
  CLOSENESS_LABELS,
  PARTICIPANT_LIMITS,
} from '../../shared/domain/participant';
import { EditableRows } from '../ui/EditableRows';
import { SelectField, TextField } from '../ui/Field';
import { rowKey, type AliasDraft, type LinkDraft } from './draft';

const options = <V extends string>(values: readonly V[], labels: Record<V, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

interface ListProps<T> {
  readonly rows: readonly T[];
  readonly onChange: (rows: readonly T[]) => void;
  readonly error?: string | undefined;
}

/** Spellings, transliterations and nicknames: the redaction of every report searches for each. */
export function AliasRows({ rows, onChange, error }: ListProps<AliasDraft>) {
  return (
    <EditableRows
      legend="Aliases"
      description="Other spellings, transliterations and nicknames. Reports are checked against each of them."
      rows={rows}
      onChange={onChange}
      newRow={(): AliasDraft => ({ key: rowKey(), alias: '', kind: 'spelling' })}
      renderRow={(row, index, update) => (
        <>
          <TextField
            label={`Alias ${index + 1}`}
            hideLabel
            value={row.alias}
            maxLength={200}
            onChange={(event) => update({ alias: event.target.value })}
          />
          <SelectField
            label={`Kind of alias ${index + 1}`}
            hideLabel
            options={options(ALIAS_KINDS, ALIAS_KIND_LABELS)}
            value={row.kind}
            onValueChange={(kind) => update({ kind })}
          />
        </>
      )}
      removeLabel={(_, index) => `Remove alias ${index + 1}`}
      addLabel="Add alias"
      max={PARTICIPANT_LIMITS.aliases}
      error={error}
      template="minmax(0, 1fr) minmax(9rem, 11rem)"
    />
  );
}

/** Whom the participant can reach, how closely and through which channel: the influence map's edges. */
export function LinkRows({ rows, onChange, error }: ListProps<LinkDraft>) {
  return (
    <EditableRows
      legend="Links to decision makers"
      description="Whom this person can reach, directly or one step removed. The influence map draws these."
      rows={rows}
      onChange={onChange}
      newRow={(): LinkDraft => ({ key: rowKey(), decisionMaker: '', closeness: 'direct', channel: 'formal', note: '' })}
      renderRow={(row, index, update) => (
        <>
          <TextField
            label={`Decision maker ${index + 1}`}
            hideLabel
            placeholder="e.g. Minister of Water"
            value={row.decisionMaker}
            maxLength={200}
            onChange={(event) => update({ decisionMaker: event.target.value })}
          />
          <SelectField
            label={`Closeness to decision maker ${index + 1}`}
            hideLabel
            options={options(CLOSENESS, CLOSENESS_LABELS)}
            value={row.closeness}
            onValueChange={(closeness) => update({ closeness })}
          />
          <SelectField
            label={`Channel to decision maker ${index + 1}`}
            hideLabel
            options={options(CHANNELS, CHANNEL_LABELS)}
            value={row.channel}
            onValueChange={(channel) => update({ channel })}
          />
          <TextField
            label={`Note on link ${index + 1}`}
            hideLabel
            placeholder="Note"
            value={row.note}
            maxLength={1000}
            onChange={(event) => update({ note: event.target.value })}
          />
        </>
      )}
      removeLabel={(_, index) => `Remove link ${index + 1}`}
      addLabel="Add link"
      max={PARTICIPANT_LIMITS.links}
      error={error}
      template="minmax(10rem, 2fr) minmax(11rem, 1fr) minmax(8rem, 1fr) minmax(8rem, 2fr)"
    />
  );
}
