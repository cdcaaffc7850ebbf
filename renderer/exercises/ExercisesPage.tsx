import { useState } from 'react';
import type { DialogueView } from '../../shared/contract';
import { AftercareTab } from './AftercareTab';
import { LibraryTab } from './LibraryTab';
import { MSG } from './messages';
import { OvertonTab } from './OvertonTab';
import { TrustTab } from './TrustTab';
import { Tabs } from '../ui/Tabs';
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
 * trust readings, the Overton window of its topics, and after-care check-ins.
 */
export function ExercisesPage({ dialogue, today }: ExercisesPageProps) {
  const [tab, setTab] = useState<Tab>('library');
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
      <Tabs
        label={MSG.section}
        idBase="exercises"
        tabs={TABS.map((id) => ({ id, label: MSG.tabs[id] }))}
        selected={tab}
        onSelect={setTab}
        panelClassName="exercises-page__panel"
      >
        {tab === 'library' && <LibraryTab dialogue={dialogue} />}
        {tab === 'trust' && <TrustTab dialogue={dialogue} />}
        {tab === 'overton' && <OvertonTab dialogue={dialogue} />}
        {tab === 'aftercare' && <AftercareTab dialogue={dialogue} today={today} />}
      </Tabs>
    </div>
  );
}
