import { X } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { ShortcutHint } from './Kbd';
import { UI_MESSAGES } from './messages';

export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** The buttons at the bottom, the default one first. */
  readonly actions?: ReactNode;
  /** Gets focus when the dialog opens (else the first button of the actions). */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  readonly className?: string;
}

/**
 * A modal dialog on the platform's own <dialog>: the rest of the window is inert while it is open,
 * Escape closes it (as its hint says), and focus returns to where it was when it closes.
 */
export function Dialog({ title, onClose, children, actions, initialFocus, className }: DialogProps) {
  const element = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  useEffect(() => {
    const dialog = element.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const target =
      initialFocus?.current ?? dialog.querySelector<HTMLElement>('.dialog__actions button, .dialog__body button');
    target?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
    // Opened once per mount; the parent unmounts it to close.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={element}
      className={['dialog', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: the parent decides (and unmounts the dialog), so React state and the DOM agree.
        event.preventDefault();
        closeRef.current();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          closeRef.current();
        }
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="icon-button" aria-keyshortcuts="Escape" onClick={onClose}>
          <X size={18} aria-hidden="true" />
          <span className="visually-hidden">{UI_MESSAGES.close}</span>
          <ShortcutHint keyName="Esc" />
        </button>
      </header>
      <div className="dialog__body">{children}</div>
      {actions && <footer className="dialog__actions">{actions}</footer>}
    </dialog>
  );
}
