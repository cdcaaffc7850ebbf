import type { CSSProperties, ReactNode } from 'react';

export interface FieldRowProps {
  readonly children: ReactNode;
  /**
   * The narrowest a field of this row may get before the row wraps it onto the next line (any CSS
   * length; default 12rem). Date-time fields ask for more so their whole value shows.
   */
  readonly min?: string;
  readonly className?: string;
}

/**
 * Fields side by side, as many as fit: on a small window or at 200 % zoom they wrap one under the
 * other instead of squeezing their values out of sight. The one layout for every form's rows.
 */
export function FieldRow({ children, min, className }: FieldRowProps) {
  return (
    <div
      className={['field-row', className ?? ''].filter(Boolean).join(' ')}
      style={min ? ({ '--field-min': min } as CSSProperties) : undefined}
    >
      {children}
    </div>
  );
}
