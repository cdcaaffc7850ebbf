import { useState, type FormEvent } from 'react';
import type { AgendaView, ExerciseView, PartyView, SessionView } from '../../shared/contract';
import { plannedMinutesFor } from '../../shared/domain/exercise';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { MSG } from './messages';

export interface AddExerciseFormProps {
  readonly exercise: ExerciseView;
  /** The sessions to choose from (the library page), or one fixed session (the agenda builder). */
  readonly sessions: readonly Pick<SessionView, 'id' | 'number' | 'title' | 'dayCount'>[];
  readonly parties: readonly PartyView[];
  readonly onAdded: (added: { itemId: string; agenda: AgendaView }) => void;
  readonly onCancel: () => void;
}

/**
 * Plans an exercise into a session: which session and day, how long (the middle of its range by
 * default), and for an exercise held as a caucus, with which side. One call adds the agenda item
 * and its run with the checklist.
 */
export function AddExerciseForm({ exercise, sessions, parties, onAdded, onCancel }: AddExerciseFormProps) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [sessionId, setSessionId] = useState(sessions.at(-1)?.id ?? '');
  const [day, setDay] = useState('0');
  const [minutes, setMinutes] = useState(String(plannedMinutesFor(exercise)));
  const [side, setSide] = useState('');
  const session = sessions.find((s) => s.id === sessionId);
  const errors = fieldErrorsOf(error);

  if (sessions.length === 0) return <p className="muted">{MSG.add.noSessions}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const added = await run(() =>
      api.exercise.addToAgenda({
        exerciseId: exercise.id,
        sessionId,
        day: Number(day),
        plannedMinutes: Number(minutes),
        caucusPartyId: exercise.agendaKind === 'caucus' && side !== '' ? side : null,
      }),
    );
    if (added) onAdded(added);
  };

  return (
    <form
      className="add-exercise"
      onSubmit={(event) => void submit(event)}
      aria-label={`${MSG.add.title}: ${exercise.name}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {error && !Object.keys(errors).length && <ErrorBanner title={error.message} />}
      <div className="sx-grid">
        {sessions.length > 1 && (
          <SelectField
            label={MSG.add.session}
            options={sessions.map((s) => ({ value: s.id, label: MSG.common.sessionShort(s.number, s.title) }))}
            value={sessionId}
            onValueChange={(value) => {
              setSessionId(value);
              setDay('0');
            }}
          />
        )}
        <SelectField
          label={MSG.add.day}
          options={Array.from({ length: Math.max(1, session?.dayCount ?? 1) }, (_, index) => ({
            value: String(index),
            label: MSG.common.day(index + 1),
          }))}
          value={day}
          onValueChange={setDay}
        />
        <TextField
          label={MSG.add.minutes}
          type="number"
          min={5}
          max={720}
          dir="ltr"
          value={minutes}
          description={MSG.add.minutesHint(exercise.minMinutes, exercise.maxMinutes)}
          onChange={(event) => setMinutes(event.target.value)}
          error={errors.plannedMinutes}
        />
        {exercise.agendaKind === 'caucus' && (
          <SelectField
            label={MSG.add.caucusWith}
            options={[
              { value: '', label: MSG.add.chooseSide },
              ...parties.filter((p) => p.kind === 'side').map((p) => ({ value: p.id, label: p.name })),
            ]}
            value={side}
            onValueChange={setSide}
            error={error?.code === 'CAUCUS_PARTY_REQUIRED' ? error.message : undefined}
          />
        )}
      </div>
      <div className="sx-actions">
        <Button type="submit" variant="primary" size="small" busy={busy}>
          {MSG.add.submit}
        </Button>
        <Button variant="quiet" size="small" onClick={onCancel}>
          {MSG.add.cancel}
        </Button>
      </div>
    </form>
  );
}
