import { useEffect, useRef, useState, type ReactNode } from 'react';
import { UI_MESSAGES } from './messages';

/**
 * A wide table's own scrolling box: when its columns do not fit (a small window, 200 % zoom) the
 * table scrolls sideways inside the box and the page does not. While it overflows, the box is a
 * named region in the tab order, so the keyboard can scroll it too.
 */
export function TableBox({
  label,
  className,
  children,
}: {
  readonly label: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    check();
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={['table-box', className].filter(Boolean).join(' ')}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? UI_MESSAGES.scrollableTable(label) : undefined}
      tabIndex={overflows ? 0 : undefined}
    >
      {children}
    </div>
  );
}

export interface Column {
  readonly label: ReactNode;
  readonly className?: string;
  readonly dir?: 'auto';
}

/**
 * A table of records in its TableBox: a column head per column (a string, or a label with a class),
 * an optional caption for screen readers, and a last column for the rows' actions whose name is
 * read but not shown.
 */
export function RecordTable({
  label,
  boxClassName,
  className = 'table',
  caption,
  columns,
  actions,
  children,
}: {
  /** Names the box when it scrolls. */
  readonly label: string;
  readonly boxClassName?: string;
  readonly className?: string;
  readonly caption?: string;
  readonly columns: readonly (string | Column)[];
  /** The name of the actions column (hidden). */
  readonly actions?: string;
  /** The rows. */
  readonly children: ReactNode;
}) {
  return (
    <TableBox label={label} {...(boxClassName ? { className: boxClassName } : {})}>
      <table className={className}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, index) => {
              const { label: name, className: cell, dir } = typeof column === 'string' ? { label: column } : column;
              return (
                <th key={index} scope="col" className={cell} dir={dir}>
                  {name}
                </th>
              );
            })}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">{actions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableBox>
  );
}
