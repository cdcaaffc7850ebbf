import { ChevronDown } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';

export interface DisclosureProps {
  readonly title: string;
  /** A short line shown beside the title while the section is closed ("2 aliases · hidden"). */
  readonly summary?: ReactNode;
  readonly defaultOpen?: boolean;
  /** Opens the section when it turns true (e.g. a field inside needs attention). */
  readonly mustOpen?: boolean;
  readonly children: ReactNode;
  readonly className?: string;
}

/** A section that opens and closes: a button in the heading (aria-expanded), its content below. */
export function Disclosure({
  title,
  summary,
  defaultOpen = false,
  mustOpen = false,
  children,
  className,
}: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [opened, setOpened] = useState(mustOpen);
  // Opened once per time it is asked (a render-time update, not an effect: no flash of the closed state).
  if (mustOpen !== opened) {
    setOpened(mustOpen);
    if (mustOpen) setOpen(true);
  }
  const id = useId();
  return (
    <section className={['disclosure', open ? 'is-open' : '', className ?? ''].filter(Boolean).join(' ')}>
      <h3 className="disclosure__heading">
        <button
          type="button"
          className="disclosure__toggle"
          aria-expanded={open}
          aria-controls={`${id}-content`}
          onClick={() => setOpen((value) => !value)}
        >
          <ChevronDown size={16} className="disclosure__chevron" aria-hidden="true" />
          <span className="disclosure__title">{title}</span>
          {summary && <span className="disclosure__summary">{summary}</span>}
        </button>
      </h3>
      <div id={`${id}-content`} className="disclosure__content" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
