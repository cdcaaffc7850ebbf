import { Plus, X } from 'lucide-react';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import { Button } from './Button';
import { useFocusRequest } from './useFocusRequest';

/** A row being edited; `key` is stable for React and for focus, whatever the row's content. */
export interface RowDraft {
  readonly key: string;
}

export interface EditableRowsProps<T extends RowDraft> {
  readonly legend: string;
  readonly description?: ReactNode;
  readonly rows: readonly T[];
  readonly onChange: (rows: readonly T[]) => void;
  /** A blank row for "Add …". */
  readonly newRow: () => T;
  /** Where a new row goes (default: at the end). */
  readonly insert?: (rows: readonly T[], row: T) => readonly T[];
  /**
   * The fields of one row. `update` changes this row only. Labels are per row ("Alias 2") and may
   * be visually hidden when `columns` names the columns once above the rows.
   */
  readonly renderRow: (row: T, index: number, update: (change: Partial<T>) => void) => ReactNode;
  /** Rows shown as text, neither editable nor removable (e.g. a party already saved). */
  readonly isLocked?: (row: T) => boolean;
  readonly renderLocked?: (row: T, index: number) => ReactNode;
  readonly removeLabel: (row: T, index: number) => string;
  readonly addLabel: string;
  readonly max?: number;
  readonly disabled?: boolean;
  /** A problem with the list as a whole ("This alias is listed twice."). */
  readonly error?: string | undefined;
  /** Column headings shown once above the rows (hidden from assistive tech: each field has its label). */
  readonly columns?: readonly string[];
  /** The fields' grid columns (CSS grid-template-columns), e.g. "minmax(0, 1fr) 12rem". */
  readonly template?: string;
  /** Numbers the rows (1., 2., …): for lists whose order means something. */
  readonly numbered?: boolean;
  readonly className?: string;
}

/**
 * The one editable list of the app (parties, sponsors, root causes, aliases, links to decision
 * makers, venue separations): rows of fields with a remove button each and an add button below.
 * Focus follows the edit — into a new row's first field, or after a removal to the next row (else
 * the add button) — and on a narrow window each row's fields stack instead of squeezing.
 */
export function EditableRows<T extends RowDraft>({
  legend,
  description,
  rows,
  onChange,
  newRow,
  insert = (list, row) => [...list, row],
  renderRow,
  isLocked = () => false,
  renderLocked,
  removeLabel,
  addLabel,
  max,
  disabled = false,
  error,
  columns,
  template,
  numbered = false,
  className,
}: EditableRowsProps<T>) {
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusRequest();
  const firstField = (key: string) =>
    list.current
      ?.querySelector(`[data-row-key="${CSS.escape(key)}"]`)
      ?.querySelector<HTMLElement>('input, select, textarea') ?? null;

  const add = () => {
    const row = newRow();
    onChange(insert(rows, row));
    focusLater(() => firstField(row.key));
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    onChange(next);
    const after = next.slice(index).find((row) => !isLocked(row));
    focusLater(() => (after ? firstField(after.key) : addButton.current));
  };
  const update = (key: string, change: Partial<T>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const style = { '--row-columns': template ?? 'minmax(0, 1fr)' } as CSSProperties;
  return (
    <fieldset
      className={['editable-rows', numbered ? 'editable-rows--numbered' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      disabled={disabled}
      style={style}
    >
      <legend className="field__label">{legend}</legend>
      {description && <div className="field__description">{description}</div>}
      {columns && rows.length > 0 && (
        <div className="editable-rows__head" aria-hidden="true">
          {numbered && <span />}
          <span className="editable-rows__fields">
            {columns.map((column) => (
              <span key={column}>{column}</span>
            ))}
          </span>
        </div>
      )}
      {rows.length > 0 && (
        <ol className="editable-rows__list" ref={list}>
          {rows.map((row, index) => {
            const locked = isLocked(row);
            return (
              <li key={row.key} data-row-key={row.key} className="editable-rows__row">
                {numbered && (
                  <span className="editable-rows__number" aria-hidden="true">
                    {index + 1}.
                  </span>
                )}
                {locked ? (
                  <div className="editable-rows__fields editable-rows__locked">{renderLocked?.(row, index)}</div>
                ) : (
                  <>
                    <div className="editable-rows__fields">
                      {renderRow(row, index, (change) => update(row.key, change))}
                    </div>
                    <button
                      type="button"
                      className="icon-button editable-rows__remove"
                      aria-label={removeLabel(row, index)}
                      title={removeLabel(row, index)}
                      onClick={() => remove(index)}
                    >
                      <X size={16} aria-hidden="true" />
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {error && (
        <p className="field__error" role="alert">
          <span dir="auto">{error}</span>
        </p>
      )}
      <Button
        ref={addButton}
        size="small"
        variant="quiet"
        icon={<Plus size={15} aria-hidden="true" />}
        onClick={add}
        disabled={max !== undefined && rows.length >= max}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}
