import { useRef, type ReactNode } from 'react';
import { useFocusOnMount } from './useFocusOnMount';

export interface PageHeaderProps {
  /** What the page is ("Roster"). */
  readonly title: ReactNode;
  /**
   * Whose it is, when that is user text ("Cedar", "نخيل"): isolated with <bdi>, so the separator
   * stays where it belongs whatever the script of the name.
   */
  readonly context?: string | undefined;
  /** One sentence: what the page is for and where to begin. */
  readonly description?: ReactNode;
  /** Buttons and switches; they wrap under the title when the window is narrow. */
  readonly actions?: ReactNode;
  /** Focus the heading when the page appears (after unlock, after choosing the page). */
  readonly focusOnMount?: boolean;
  readonly headingId?: string;
  readonly level?: 1 | 2;
}

/**
 * The top of every page: a heading that takes focus when the page opens, an optional line saying
 * what the page is for, and its actions. Pages added later get the same look, wrapping and focus
 * by using it.
 */
export function PageHeader({
  title,
  context,
  description,
  actions,
  focusOnMount = true,
  headingId,
  level = 1,
}: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading, focusOnMount);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    // Not <header>: inside the main area a page's top is no landmark of its own.
    <div className="page-header">
      <div className="page-header__text">
        <Heading className="page-header__title" id={headingId} ref={heading} tabIndex={-1}>
          {title}
          {context !== undefined && (
            <>
              {' · '}
              <bdi className="page-header__context">{context}</bdi>
            </>
          )}
        </Heading>
        {description && <p className="page-header__description">{description}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </div>
  );
}

export interface EmptyStateProps {
  readonly title: string;
  readonly children?: ReactNode;
  /** The first step, as buttons. */
  readonly actions?: ReactNode;
  readonly icon?: ReactNode;
}

/** What an empty page or list says: what belongs here and how to begin. */
export function EmptyState({ title, children, actions, icon }: EmptyStateProps) {
  return (
    <div className="empty">
      {icon && (
        <span className="empty__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <p className="empty__title">{title}</p>
      {children && <div className="empty__body">{children}</div>}
      {actions && <div className="empty__actions">{actions}</div>}
    </div>
  );
}
