import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface PopoverProps {
  /** The button's content (icon and label) and its accessible name. */
  readonly button: ReactNode;
  readonly label: string;
  readonly buttonClassName?: string;
  /** The panel's content. Escape (or a click elsewhere) closes it. */
  readonly children: ReactNode;
  readonly align?: 'start' | 'end';
}

/**
 * A button that opens a small panel below it (a disclosure, not a modal): Escape or a click
 * elsewhere closes it and focus goes back to the button. Top-bar menus use it.
 */
export function Popover({ button, label, buttonClassName, children, align = 'end' }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    // The first control of the panel takes focus, so the keyboard is where the choice is.
    root.current?.querySelector<HTMLElement>('.popover__panel input, .popover__panel button')?.focus();
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="popover"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          trigger.current?.focus();
        }
      }}
    >
      <button
        ref={trigger}
        type="button"
        className={buttonClassName}
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        title={label}
        onClick={() => setOpen((value) => !value)}
      >
        {button}
      </button>
      {open && (
        <div id={panelId} className={`popover__panel popover__panel--${align}`}>
          {children}
        </div>
      )}
    </div>
  );
}
