import { useId } from 'react';
import { SECTIONS, type SectionId } from './navigation';

export interface NavigationProps {
  readonly current: SectionId;
  readonly onSelect: (section: SectionId) => void;
}

/**
 * The sections of the app. Unfinished ones are real, disabled buttons: out of the tab order, yet
 * still announced, with "Coming soon" as their accessible description.
 */
export function Navigation({ current, onSelect }: NavigationProps) {
  const soonId = useId();
  return (
    <nav className="nav" aria-label="Sections">
      <span id={soonId} hidden>
        Coming soon
      </span>
      <ul className="nav__list">
        {SECTIONS.map(({ id, label, icon: Icon, ready }) => (
          <li key={id}>
            <button
              type="button"
              className={['nav__item', id === current ? 'is-current' : ''].filter(Boolean).join(' ')}
              aria-current={id === current ? 'page' : undefined}
              disabled={!ready}
              aria-describedby={ready ? undefined : soonId}
              onClick={() => onSelect(id)}
            >
              <Icon size={17} aria-hidden="true" className="nav__icon" />
              <span className="nav__label">{label}</span>
              {!ready && (
                <span className="nav__soon" aria-hidden="true">
                  Soon
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
