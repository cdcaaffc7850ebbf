import type { AgendaView } from '../../shared/contract';
import { runningItem } from '../../shared/agenda/live';
import { useSessionRuns } from './hooks';
import { MSG } from './messages';
import { RunPanel } from './RunPanel';
import './exercises.css';

export interface LiveExercisePanelProps {
  readonly agenda: AgendaView;
  /** A rehearsal records nothing: the checklist is shown to walk through, not ticked. */
  readonly rehearsal: boolean;
}

/**
 * Live mode's exercise panel: the run of the item in front of the room (running, else the one
 * just finished, else the next one), compact, with the part of the checklist that matters now
 * first — preparation before, the room during, after-care after. Nothing when that item is not
 * an exercise.
 */
export function LiveExercisePanel({ agenda, rehearsal }: LiveExercisePanelProps) {
  const key = agenda.items.map((item) => `${item.id}:${item.actualStart ?? ''}:${item.actualEnd ?? ''}`).join('|');
  const { runs, replace } = useSessionRuns(agenda.session.id, key);
  const running = runningItem(agenda.items);
  const lastRun = [...agenda.items].reverse().find((item) => item.actualEnd !== null);
  const next = agenda.items.find((item) => item.actualStart === null);
  const focus = running ?? (lastRun && runs.some((r) => r.agendaItemId === lastRun.id) ? lastRun : next) ?? null;
  const run = focus ? runs.find((r) => r.agendaItemId === focus.id) : undefined;
  if (!run) return null;
  return (
    <aside className="live-exercise" aria-label={`Exercise checklist: ${run.exercise.name}`}>
      {rehearsal && <p className="live-exercise__rehearsal">{MSG.live.rehearsal}</p>}
      {/* A disabled fieldset disables every control inside it, the ones a panel adds later too. */}
      <fieldset className="live-exercise__fieldset" disabled={rehearsal}>
        <RunPanel run={run} onChange={replace} compact headingLevel={2} />
      </fieldset>
    </aside>
  );
}
