import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { FRAME_MESSAGES } from './messages';
import { SECTIONS, type SectionId } from './navigation';

export interface NavigationProps {
  readonly current: SectionId;
  readonly onSelect: (section: SectionId) => void;
  /** Icons only, by the facilitator's choice (a small window shows icons only anyway). */
  readonly collapsed?: boolean;
  readonly onCollapsedChange?: (collapsed: boolean) => void;
}

/**
 * The sections of the app. With icons only, each button keeps its name for assistive tech and as
 * a tooltip.
 */
export function Navigation({ current, onSelect, collapsed = false, onCollapsedChange }: NavigationProps) {
  return (
    <nav className="nav" aria-label={FRAME_MESSAGES.sections}>
      <ul className="nav__list">
        {SECTIONS.map(({ id, label, icon: Icon }) => (
          <li key={id}>
            <button
              type="button"
              className={['nav__item', id === current ? 'is-current' : ''].filter(Boolean).join(' ')}
              aria-current={id === current ? 'page' : undefined}
              title={label}
              onClick={() => onSelect(id)}
            >
              <Icon size={17} aria-hidden="true" className="nav__icon" />
              <span className="nav__label">{label}</span>
            </button>
          </li>
        ))}
      </ul>
      {onCollapsedChange && (
        <button
          type="button"
          className="nav__collapse"
          aria-pressed={collapsed}
          title={collapsed ? FRAME_MESSAGES.expandSidebar : FRAME_MESSAGES.collapseSidebar}
          onClick={() => onCollapsedChange(!collapsed)}
        >
          {collapsed ? <PanelLeftOpen size={17} aria-hidden="true" /> : <PanelLeftClose size={17} aria-hidden="true" />}
          <span className="nav__label">{FRAME_MESSAGES.collapseSidebar}</span>
        </button>
      )}
    </nav>
  );
}
