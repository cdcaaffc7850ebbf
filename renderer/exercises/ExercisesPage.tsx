import { useState } from 'react';
import type { DialogueView } from '../../shared/contract';
import { AftercareTab } from './AftercareTab';
import { LibraryTab } from './LibraryTab';
import { MSG } from './messages';
import { OvertonTab } from './OvertonTab';
import { TrustTab } from './TrustTab';
import { PageHeader } from '../ui/Page';
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
      <PageHeader title={MSG.section} context={dialogue.codeName} />
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
