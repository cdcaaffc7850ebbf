import { Plus, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { attempt } from '../api';
import { Button } from '../ui/Button';
import { Checkbox } from '../ui/Checkbox';
import { CallError } from '../ui/ErrorBanner';
import { useCall, type Call, type Outcome } from '../ui/useCall';

/*
 * What the agreement's record lists (commitments, transfers, outcomes) share: the list loaded and
 * reloaded after an entry is added, a heading with "Add…", the entry form's frame and its fields,
 * and the delete button of an entry. Each list keeps its own fields, columns and messages.
 */

/**
 * A record list: loaded by `load` (a stable callback, e.g. from useCallback) and again after
 * `reload`; `replace` and `remove` keep it current without a round trip.
 */
export function useEntries<T extends { readonly id: string }>(load: () => Promise<Outcome<readonly T[]>>) {
  const call = useCall();
  const { run, setError } = call;
  const [list, setList] = useState<readonly T[] | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    void attempt(load).then((result) => {
      if (!current) return;
      if (result.ok) setList(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [load, reloads, setError]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const replace = useCallback((view: T) => setList((all) => (all ?? []).map((e) => (e.id === view.id ? view : e))), []);
  /** Deletes through `del` and drops the entry from the list; true when it was deleted. */
  const remove = useCallback(
    async (id: string, del: () => Promise<Outcome<unknown>>) => {
      const done = await run(del);
      if (!done) return false;
      setList((all) => (all ?? []).filter((e) => e.id !== id));
      return true;
    },
    [run],
  );
  return { list, reload, replace, remove, call };
}

export interface EntriesSectionProps {
  readonly className: string;
  readonly title: string;
  readonly intro?: string;
  readonly addLabel: string;
  /** Said when the list is empty and no form is open. */
  readonly none: string;
  readonly list: readonly unknown[] | null;
  /** The add form, when it is open (the "Add…" button hides meanwhile). */
  readonly form: ReactNode;
  readonly onAdd: () => void;
  readonly call: Call;
  /** The entries, shown once there are any. */
  readonly children: ReactNode;
}

/** A record list's section: its heading and "Add…", the call's error, the add form, then the entries. */
export function EntriesSection({
  className,
  title,
  intro,
  addLabel,
  none,
  list,
  form,
  onAdd,
  call,
  children,
}: EntriesSectionProps) {
  const id = useId();
  const adding = Boolean(form);
  return (
    <section className={className} aria-labelledby={id}>
      <div className="sx-header">
        <div>
          <h2 id={id} className="sx-panel-title">
            {title}
          </h2>
          {intro && <p className="muted">{intro}</p>}
        </div>
        {!adding && (
          <Button icon={<Plus size={15} aria-hidden="true" />} onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </div>
      <CallError call={call} />
      {form}
      {list !== null && list.length === 0 && !adding && <p className="muted">{none}</p>}
      {list !== null && list.length > 0 && children}
    </section>
  );
}

export interface EntryFormProps {
  readonly title: string;
  readonly submitLabel: string;
  readonly cancelLabel: string;
  readonly call: Call;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  /** Shown under the fields, before the error (e.g. a warning about what was typed). */
  readonly notice?: ReactNode;
  /** The fields, laid out in the form's grid. */
  readonly children: ReactNode;
}

/** The frame of a record list's add form: title, a grid of fields, the error, submit and cancel. */
export function EntryForm({
  title,
  submitLabel,
  cancelLabel,
  call,
  onSubmit,
  onCancel,
  notice,
  children,
}: EntryFormProps) {
  const id = useId();
  return (
    <form
      className="entry-form"
      aria-labelledby={id}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={id} className="entry-form__title">
        {title}
      </h3>
      <div className="entry-form__grid">{children}</div>
      {notice}
      <CallError call={call} />
      <div className="entry-form__actions">
        <Button type="submit" variant="primary" busy={call.busy}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{cancelLabel}</Button>
      </div>
    </form>
  );
}

/** One field of an entry form: its label (the control's name), optional help, the control. */
export function EntryField({
  label,
  help,
  wide = false,
  children,
}: {
  readonly label: ReactNode;
  readonly help?: ReactNode;
  /** Takes the whole row of the grid. */
  readonly wide?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <label className={wide ? 'field entry-form__wide' : 'field'}>
      <span className="field__label">{label}</span>
      {help && <span className="field__description">{help}</span>}
      {children}
    </label>
  );
}

/** A select of a closed list of values, each shown by its label. */
export function ChoiceSelect<V extends string>({
  values,
  labels,
  value,
  onChange,
  'aria-label': ariaLabel,
}: {
  readonly values: readonly V[];
  readonly labels: Readonly<Record<V, string>>;
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly 'aria-label'?: string;
}) {
  return (
    <select
      className="control"
      aria-label={ariaLabel}
      value={value}
      onChange={(event) => onChange(event.target.value as V)}
    >
      {values.map((option) => (
        <option key={option} value={option}>
          {labels[option]}
        </option>
      ))}
    </select>
  );
}

/** One of a few kinds, as radio buttons under a legend. */
export function ChoiceRadios<V extends string>({
  legend,
  values,
  labels,
  value,
  onChange,
  wide = false,
}: {
  readonly legend: string;
  readonly values: readonly V[];
  readonly labels: Readonly<Record<V, string>>;
  readonly value: V;
  readonly onChange: (value: V) => void;
  readonly wide?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className={wide ? 'entry-form__owner entry-form__wide' : 'entry-form__owner'}>
      <legend className="field__label">{legend}</legend>
      {values.map((option) => (
        <label key={option} className="checkbox">
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}

/** Any number of items, as checkboxes under a legend (nothing shown when there are none). */
export function ChoiceChecks<T extends { readonly id: string }>({
  legend,
  items,
  chosen,
  onChange,
  children,
}: {
  readonly legend: string;
  readonly items: readonly T[];
  readonly chosen: readonly string[];
  readonly onChange: (chosen: readonly string[]) => void;
  /** An item's label. */
  readonly children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <fieldset className="entry-form__owner entry-form__wide">
      <legend className="field__label">{legend}</legend>
      {items.map((item) => (
        <Checkbox
          key={item.id}
          checked={chosen.includes(item.id)}
          onChange={(on) => onChange(on ? [...chosen, item.id] : chosen.filter((x) => x !== item.id))}
        >
          {children(item)}
        </Checkbox>
      ))}
    </fieldset>
  );
}

/** An entry's delete button: an icon, named for the entry it deletes. */
export function DeleteButton({ label, onClick }: { readonly label: string; readonly onClick: () => void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} onClick={onClick}>
      <Trash2 size={15} aria-hidden="true" />
    </button>
  );
}
