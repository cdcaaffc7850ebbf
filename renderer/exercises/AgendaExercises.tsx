import { Link2, Plus } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { AgendaItemView, AgendaView, ExerciseRunView, ExerciseView, PartyView } from '../../shared/contract';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { AddExerciseForm } from './AddExerciseForm';
import { FlagBadges, ProgressBadge } from './Badges';
import { ExercisePicker } from './ExercisePicker';
import { useSessionRuns } from './hooks';
import { MSG } from './messages';
import './exercises.css';

/**
 * What the agenda builder shows of trust-building, as two pieces it places: `tools` (add an
 * exercise from the library) and `lineFor(item)` under each row (the exercise's flags and checklist
 * progress, or for an exercise item with no library exercise yet, a way to link one).
 */
export function useAgendaExercises(
  agenda: AgendaView,
  parties: readonly PartyView[],
  onAgendaChange: (agenda: AgendaView) => void,
): { tools: ReactNode; lineFor: (item: AgendaItemView) => ReactNode } {
  const key = agenda.items.map((item) => `${item.id}:${item.kind}`).join('|');
  const { runs, reload } = useSessionRuns(agenda.session.id, key);
  const byItem = new Map(runs.map((run) => [run.agendaItemId, run]));
  return {
    tools: (
      <AddFromLibrary
        agenda={agenda}
        parties={parties}
        onAdded={(updated) => {
          onAgendaChange(updated);
          reload();
        }}
      />
    ),
    lineFor: (item) => (
      <ItemExercise key={`exercise-${item.id}`} item={item} run={byItem.get(item.id)} onLinked={reload} />
    ),
  };
}

function AddFromLibrary({
  agenda,
  parties,
  onAdded,
}: {
  agenda: AgendaView;
  parties: readonly PartyView[];
  onAdded: (agenda: AgendaView) => void;
}) {
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<ExerciseView | null>(null);
  const close = () => {
    setOpen(false);
    setChosen(null);
  };
  if (!open) {
    return (
      <div className="agenda-exercises__tools">
        <Button size="small" icon={<Plus size={14} aria-hidden="true" />} onClick={() => setOpen(true)}>
          {MSG.agenda.addFromLibrary}
        </Button>
      </div>
    );
  }
  const session = {
    id: agenda.session.id,
    number: agenda.session.number,
    title: agenda.session.title,
    dayCount: agenda.dayCount,
  };
  return (
    <div
      className="agenda-exercises__panel"
      role="group"
      aria-label={MSG.agenda.addFromLibrary}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      {chosen ? (
        <>
          <p className="agenda-exercises__chosen" dir="auto">
            <strong>{chosen.name}</strong>
          </p>
          <FlagBadges flags={chosen.flags} />
          <AddExerciseForm
            exercise={chosen}
            sessions={[session]}
            parties={parties}
            onAdded={({ agenda: updated }) => {
              close();
              onAdded(updated);
            }}
            onCancel={() => setChosen(null)}
          />
        </>
      ) : (
        <>
          <ExercisePicker onPick={setChosen} />
          <Button size="small" variant="quiet" onClick={close}>
            {MSG.agenda.cancel}
          </Button>
        </>
      )}
    </div>
  );
}

function ItemExercise({
  item,
  run,
  onLinked,
}: {
  item: AgendaItemView;
  run: ExerciseRunView | undefined;
  onLinked: () => void;
}) {
  const api = useApi();
  const { run: call, error, setError } = useCall();
  const [linking, setLinking] = useState(false);
  if (run) {
    return (
      <div className="agenda-exercise" data-testid="agenda-exercise">
        <span className="agenda-exercise__name" dir="auto">
          {run.exercise.name === item.title ? null : run.exercise.name}
        </span>
        <FlagBadges flags={run.exercise.flags} />
        <ProgressBadge progress={run.progress} />
      </div>
    );
  }
  if (item.kind !== 'exercise') return null;
  const link = async (exercise: ExerciseView) => {
    const linked = await call(() => api.exerciseRun.link({ itemId: item.id, exerciseId: exercise.id }));
    if (linked) {
      setLinking(false);
      onLinked();
    }
  };
  return (
    <div className="agenda-exercise agenda-exercise--unlinked">
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {linking ? (
        <div role="group" aria-label={MSG.agenda.link} className="agenda-exercises__panel">
          <ExercisePicker onPick={(exercise) => void link(exercise)} />
          <Button size="small" variant="quiet" onClick={() => setLinking(false)}>
            {MSG.agenda.cancel}
          </Button>
        </div>
      ) : (
        <Button
          size="small"
          variant="quiet"
          icon={<Link2 size={14} aria-hidden="true" />}
          onClick={() => setLinking(true)}
        >
          {MSG.agenda.link}
        </Button>
      )}
    </div>
  );
}
