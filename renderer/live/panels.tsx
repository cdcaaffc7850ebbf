import type { ReactNode } from 'react';
import type { AgendaItemView, AgendaView } from '../../shared/contract';
import { LiveExercisePanel } from '../exercises/LiveExercisePanel';
import { ComingUp } from './ComingUp';
import { PlanVsActual } from './PlanVsActual';
import type { LiveActions } from './useLiveEngine';

/** What every panel of live mode is given. */
export interface LivePanelProps {
  readonly agenda: AgendaView;
  /** The item running now, if any. */
  readonly running: AgendaItemView | null;
  /** True in a rehearsal: nothing a panel does may be recorded. */
  readonly rehearsal: boolean;
  /** The session meets today (on the venue's calendar); false in a rehearsal or a run on another day. */
  readonly onTheDay: boolean;
  readonly now: Date;
  readonly actions: LiveActions;
}

export interface LivePanel {
  readonly id: string;
  readonly render: (props: LivePanelProps) => ReactNode;
}

/**
 * The panels under the running item, in order. A feature that belongs in the room adds its panel
 * here with one line (its component takes LivePanelProps); each panel decides itself whether it
 * has something to show.
 */
export const LIVE_PANELS: readonly LivePanel[] = [
  { id: 'exercise', render: (props) => <LiveExercisePanel agenda={props.agenda} rehearsal={props.rehearsal} /> },
  {
    id: 'coming-up',
    render: (props) => (
      <ComingUp agenda={props.agenda} now={props.now} actions={props.actions} rebase={!props.onTheDay} />
    ),
  },
  {
    id: 'plan-vs-actual',
    render: (props) =>
      props.agenda.items.some((item) => item.actualStart !== null) && (
        <PlanVsActual agenda={props.agenda} actions={props.actions} />
      ),
  },
];
