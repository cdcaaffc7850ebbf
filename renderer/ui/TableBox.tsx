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
