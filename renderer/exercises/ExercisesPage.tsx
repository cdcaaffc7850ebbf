import { useRef, useState, type KeyboardEvent } from 'react';
import type { DialogueView } from '../../shared/contract';
import { AftercareTab } from './AftercareTab';
import { LibraryTab } from './LibraryTab';
import { MSG } from './messages';
import { OvertonTab } from './OvertonTab';
import { TrustTab } from './TrustTab';
import './exercises.css';

export interface ExercisesPageProps {
  readonly dialogue: DialogueView;
  /** For tests: the calendar day after-care compares against. */
  readonly today?: string;
}

const TABS = ['library', 'trust', 'overton', 'aftercare'] as const;
type Tab = (typeof TABS)[number];

/**
 * The Exercises section: the exercise library (workspace-wide), and for the current dialogue its
 * trust readings, the Overton window of its topics, and after-care check-ins. Tabs follow the
 * WAI-ARIA pattern: arrows move between them, Home and End jump.
 */
export function ExercisesPage({ dialogue, today }: ExercisesPageProps) {
  const [tab, setTab] = useState<Tab>('library');
  const tabs = useRef(new Map<Tab, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <div className="page exercises-page">
      <header className="page__header">
        <h1 className="page__title">
          {MSG.section}{' '}
          <span className="muted">
            · <bdi>{dialogue.codeName}</bdi>
          </span>
        </h1>
      </header>
      <div className="tabs" role="tablist" aria-label={MSG.section} onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`exercises-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`exercises-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={['tabs__tab', tab === id ? 'is-current' : ''].filter(Boolean).join(' ')}
            ref={(element) => {
              if (element) tabs.current.set(id, element);
              else tabs.current.delete(id);
            }}
            onClick={() => setTab(id)}
          >
            {MSG.tabs[id]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`exercises-panel-${tab}`}
        aria-labelledby={`exercises-tab-${tab}`}
        className="tabs__panel"
      >
        {tab === 'library' && <LibraryTab dialogue={dialogue} />}
        {tab === 'trust' && <TrustTab dialogue={dialogue} />}
        {tab === 'overton' && <OvertonTab dialogue={dialogue} />}
        {tab === 'aftercare' && <AftercareTab dialogue={dialogue} today={today} />}
      </div>
    </div>
  );
}
