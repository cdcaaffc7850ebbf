import { CircleAlert, X } from 'lucide-react';
import type { Ref } from 'react';
import type { ParleyError } from '../../shared/contract';

export interface ErrorBannerProps {
  readonly title: string;
  readonly details?: readonly string[];
  readonly onDismiss?: () => void;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * Errors that belong to no single field (a name already taken, a damaged workspace). It is an
 * alert so a screen reader announces it, and it is focusable so a form can move focus onto it.
 */
export function ErrorBanner({ title, details = [], onDismiss, ref }: ErrorBannerProps) {
  return (
    <div className="banner banner--error" role="alert" tabIndex={-1} ref={ref}>
      <CircleAlert className="banner__icon" size={18} aria-hidden="true" />
      <div className="banner__body">
        <p className="banner__title">{title}</p>
        {details.length > 0 && (
          <ul className="banner__details">
            {details.map((detail) => (
              <li key={detail} dir="auto">
                {detail}
              </li>
            ))}
          </ul>
        )}
      </div>
      {onDismiss && (
        <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss message">
          <X size={16} aria-hidden="true" />
        </button>
      )}
    </div>
  );
}

/** The error of a part's last call (see useCall), if any, dismissed by the facilitator. */
export function CallError({
  call,
}: {
  readonly call: { readonly error: ParleyError | null; readonly setError: (error: null) => void };
}) {
  return call.error ? <ErrorBanner title={call.error.message} onDismiss={() => call.setError(null)} /> : null;
}
