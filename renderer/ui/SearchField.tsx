import { Search, X } from 'lucide-react';
import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { UI_MESSAGES } from './messages';

export interface SearchFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'> {
  readonly label: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly className?: string;
  readonly ref?: Ref<HTMLInputElement>;
}

/**
 * A search box with its magnifier inside the box, whatever the box's width, and a clear button
 * once something is typed. The label is for assistive tech; the placeholder says what is searched.
 */
export function SearchField({ label, value, onValueChange, className, ref, ...input }: SearchFieldProps) {
  const id = useId();
  return (
    <div className={['search-field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <Search size={16} className="search-field__icon" aria-hidden="true" />
      <input
        dir="auto"
        {...input}
        ref={ref}
        id={id}
        type="search"
        className="control search-field__input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
      />
      {value !== '' && (
        <button
          type="button"
          className="icon-button search-field__clear"
          aria-label={UI_MESSAGES.clearSearch}
          onClick={() => onValueChange('')}
        >
          <X size={14} aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
