import { useEffect, useId, useMemo, useState } from 'react';
import type { ExerciseView } from '../../shared/contract';
import { EXERCISE_STAGE_LABELS } from '../../shared/domain/exercise';
import { filterLibrary, indexLibrary, NO_FILTER } from '../../shared/exercises/filter';
import { attempt, useApi } from '../api';
import { FlagBadges } from './Badges';
import { MSG } from './messages';

export interface ExercisePickerProps {
  readonly onPick: (exercise: ExerciseView) => void;
  readonly autoFocus?: boolean;
}

/**
 * A compact library search for the agenda builder: type to filter (folded like the library page),
 * then pick an exercise with the mouse or Enter. Each shows its stage, length and flags.
 */
export function ExercisePicker({ onPick, autoFocus = true }: ExercisePickerProps) {
  const api = useApi();
  const ids = useId();
  const [library, setLibrary] = useState<readonly ExerciseView[] | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    let current = true;
    void attempt(() => api.exercise.list({})).then((result) => current && result.ok && setLibrary(result.value));
    return () => {
      current = false;
    };
  }, [api]);
  const indexed = useMemo(() => indexLibrary(library ?? []), [library]);
  const shown = useMemo(() => filterLibrary(indexed, { ...NO_FILTER, text }), [indexed, text]);

  return (
    <div className="exercise-picker">
      <label htmlFor={`${ids}-search`} className="field__label">
        {MSG.agenda.pickerSearch}
      </label>
      <input
        id={`${ids}-search`}
        type="search"
        className="control"
        dir="auto"
        autoFocus={autoFocus}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && shown[0]) {
            event.preventDefault();
            onPick(shown[0]);
          }
        }}
      />
      <ul className="exercise-picker__list" aria-label={MSG.agenda.pickerLabel}>
        {shown.slice(0, 30).map((exercise) => (
          <li key={exercise.id}>
            <button type="button" className="exercise-picker__item" onClick={() => onPick(exercise)}>
              <span className="exercise-picker__name" dir="auto">
                {exercise.name}
              </span>
              <span className="muted">
                {EXERCISE_STAGE_LABELS[exercise.stage]} ·{' '}
                {MSG.library.minutes(exercise.minMinutes, exercise.maxMinutes)}
              </span>
              <FlagBadges flags={exercise.flags} inline />
            </button>
          </li>
        ))}
        {library !== null && shown.length === 0 && <li className="muted">{MSG.agenda.noMatch}</li>}
      </ul>
    </div>
  );
}
