import { CircleAlert } from 'lucide-react';
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldFrameProps {
  readonly label: string;
  /** Help shown under the label, read out with the control. */
  readonly description?: ReactNode;
  /** Live feedback shown under the control (e.g. the strength meter), also read out with it. */
  readonly footnote?: ReactNode;
  /** The message from the contract's `issues` (or a local check) for this field. */
  readonly error?: string | undefined;
  /** Hides the label visually (rows of a table with column headers) but keeps it for assistive tech. */
  readonly hideLabel?: boolean;
  readonly className?: string;
}

interface ControlIds {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

/**
 * Label, help, control and error in one place, wired with ids so the control's accessible name
 * is its label and its description carries the help and the error.
 */
function FieldFrame({
  label,
  description,
  footnote,
  error,
  hideLabel,
  className,
  children,
}: FieldFrameProps & { children: (ids: ControlIds) => ReactNode }) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const footnoteId = footnote ? `${id}-footnote` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId, footnoteId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {description && (
        <div id={descriptionId} className="field__description">
          {description}
        </div>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {footnote && (
        <div id={footnoteId} className="field__footnote">
          {footnote}
        </div>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <CircleAlert size={14} aria-hidden="true" />
          <span dir="auto">{error}</span>
        </p>
      )}
    </div>
  );
}

export type TextFieldProps = FieldFrameProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { readonly ref?: Ref<HTMLInputElement> };

/** A single-line input; `dir="auto"` by default so Arabic or Hebrew text runs right-to-left. */
export function TextField({
  label,
  description,
  footnote,
  error,
  hideLabel,
  className,
  ref,
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame {...{ label, description, footnote, error, hideLabel, className }}>
      {(ids) => <input dir="auto" type="text" {...input} {...ids} ref={ref} className="control" />}
    </FieldFrame>
  );
}

export type TextAreaFieldProps = FieldFrameProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'> & { readonly ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({
  label,
  description,
  footnote,
  error,
  hideLabel,
  className,
  ref,
  ...area
}: TextAreaFieldProps) {
  return (
    <FieldFrame {...{ label, description, footnote, error, hideLabel, className }}>
      {(ids) => <textarea dir="auto" {...area} {...ids} ref={ref} className="control control--textarea" />}
    </FieldFrame>
  );
}

export interface Option<V extends string> {
  readonly value: V;
  readonly label: string;
}

export type SelectFieldProps<V extends string> = FieldFrameProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className' | 'value' | 'onChange'> & {
    readonly options: readonly Option<V>[];
    readonly value: V;
    readonly onValueChange: (value: V) => void;
    readonly ref?: Ref<HTMLSelectElement>;
  };

/** A native select: keyboard type-ahead and platform behaviour for free. Options are typed values. */
export function SelectField<V extends string>({
  label,
  description,
  footnote,
  error,
  hideLabel,
  className,
  options,
  value,
  onValueChange,
  ref,
  ...select
}: SelectFieldProps<V>) {
  return (
    <FieldFrame {...{ label, description, footnote, error, hideLabel, className }}>
      {(ids) => (
        <select
          dir="auto"
          {...select}
          {...ids}
          ref={ref}
          className="control control--select"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onValueChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
