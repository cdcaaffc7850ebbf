import { useId, useMemo } from 'react';
import { TextField } from '../ui/Field';

export interface TimeZoneFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly label?: string;
  readonly description?: string;
}

/** An IANA zone typed with suggestions from the platform's own list (no network, no data file). */
export function TimeZoneField({ value, onChange, error, label = 'Time zone', description }: TimeZoneFieldProps) {
  const listId = useId();
  const zones = useMemo(() => ['UTC', ...Intl.supportedValuesOf('timeZone')], []);
  return (
    <>
      <TextField
        label={label}
        description={description}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        list={listId}
        placeholder="Europe/Vienna"
        spellCheck={false}
        autoComplete="off"
        dir="ltr"
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
