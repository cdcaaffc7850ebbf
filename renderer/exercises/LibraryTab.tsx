import { Plus, Search } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DialogueView, ExerciseView } from '../../shared/contract';
import {
  EXERCISE_STAGES,
  EXERCISE_STAGE_LABELS,
  type ExerciseFlag,
  type ExerciseStage,
} from '../../shared/domain/exercise';
import { filterLibrary, indexLibrary, isFiltering, NO_FILTER, type LibraryFilter } from '../../shared/exercises/filter';
import { attempt, useApi } from '../api';
import { useSession } from '../app/session';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import type { ParleyError } from '../../shared/contract';
import { FlagBadges } from './Badges';
import { ExerciseDetail } from './ExerciseDetail';
import { ExerciseForm } from './ExerciseForm';
import { MSG } from './messages';
import { Checkbox } from '../ui/Checkbox';

const DURATIONS = [30, 45, 60, 90, 120, 180] as const;
const LEAVE_OUT = Object.keys(MSG.library.leaveOutFlags) as (keyof typeof MSG.library.leaveOutFlags)[];

type Mode =
  { readonly kind: 'view' } | { readonly kind: 'new' } | { readonly kind: 'edit'; readonly exercise: ExerciseView };

/**
 * The exercise library, like SessionLab's method library but for dialogue between enemies: search
 * (folded like the roster filter) and filters by stage, length, group size and do-no-harm flags,
 * all applied in the page as the facilitator types; the chosen exercise's purpose, cautions and
 * checklist beside the list. Built-ins are read-only and can be duplicated; the facilitator's own
 * are created, edited and archived here.
 */
export function LibraryTab({ dialogue }: { dialogue: DialogueView }) {
  const api = useApi();
  const { lockedElsewhere } = useSession();
  const [library, setLibrary] = useState<readonly ExerciseView[] | null>(null);
  const [loadError, setLoadError] = useState<ParleyError | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    void attempt(() => api.exercise.list({ includeArchived: showArchived })).then((result) => {
      if (!current) return;
      if (result.ok) {
        setLibrary(result.value);
        setLoadError(null);
      } else if (!lockedElsewhere(result.error)) setLoadError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, showArchived, reloads, lockedElsewhere]);

  // Search keys are built once per loaded library, not per keystroke.
  const indexed = useMemo(() => indexLibrary(library ?? []), [library]);
  const shown = useMemo(() => filterLibrary(indexed, filter), [indexed, filter]);
  const selected = library?.find((exercise) => exercise.id === selectedId) ?? null;
  const set = <K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K]) =>
    setFilter((current) => ({ ...current, [key]: value }));

  const toggleLeaveOut = (flag: ExerciseFlag, on: boolean) =>
    set('withoutFlags', on ? [...filter.withoutFlags, flag] : filter.withoutFlags.filter((f) => f !== flag));

  if (mode.kind !== 'view') {
    const editing = mode.kind === 'edit' ? mode.exercise : undefined;
    return (
      <ExerciseForm
        exercise={editing}
        onCancel={() => setMode({ kind: 'view' })}
        onSaved={(saved) => {
          setSelectedId(saved.id);
          setMode({ kind: 'view' });
          reload();
        }}
      />
    );
  }

  return (
    <div className="library">
      <div className="library__filters" role="search" aria-label={MSG.library.search}>
        <div className="field library__search">
          <label htmlFor="library-search" className="field__label">
            {MSG.library.search}
          </label>
          <span className="library__search-box">
            <Search size={15} aria-hidden="true" />
            <input
              id="library-search"
              type="search"
              className="control"
              dir="auto"
              placeholder={MSG.library.searchPlaceholder}
              value={filter.text}
              onChange={(event) => set('text', event.target.value)}
            />
          </span>
        </div>
        <SelectField
          label={MSG.library.stage}
          options={[
            { value: '', label: MSG.library.anyStage },
            ...EXERCISE_STAGES.map((stage) => ({ value: stage, label: EXERCISE_STAGE_LABELS[stage] })),
          ]}
          value={filter.stage ?? ''}
          onValueChange={(value) => set('stage', value === '' ? null : (value as ExerciseStage))}
        />
        <SelectField
          label={MSG.library.duration}
          options={[
            { value: '', label: MSG.library.anyDuration },
            ...DURATIONS.map((minutes) => ({ value: String(minutes), label: MSG.library.upTo(minutes) })),
          ]}
          value={filter.maxMinutes === null ? '' : String(filter.maxMinutes)}
          onValueChange={(value) => set('maxMinutes', value === '' ? null : Number(value))}
        />
        <div className="field library__group">
          <label htmlFor="library-group" className="field__label">
            {MSG.library.groupSize}
          </label>
          <span className="library__group-box">
            <input
              id="library-group"
              type="number"
              min={2}
              max={200}
              inputMode="numeric"
              className="control"
              value={filter.groupSize ?? ''}
              onChange={(event) => {
                const value = Number(event.target.value);
                set('groupSize', event.target.value === '' || !Number.isFinite(value) || value < 1 ? null : value);
              }}
            />
            <span className="muted">{MSG.library.groupSizeHint}</span>
          </span>
        </div>
        <fieldset className="library__flags">
          <legend className="field__label">{MSG.library.leaveOut}</legend>
          {LEAVE_OUT.map((flag) => (
            <Checkbox
              key={flag}
              checked={filter.withoutFlags.includes(flag)}
              onChange={(on) => toggleLeaveOut(flag, on)}
            >
              {MSG.library.leaveOutFlags[flag]}
            </Checkbox>
          ))}
        </fieldset>
      </div>

      <div className="library__bar">
        <span className="muted" role="status">
          {library && MSG.library.count(shown.length, library.length)}
        </span>
        {isFiltering(filter) && (
          <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
            {MSG.library.clear}
          </button>
        )}
        <label className="checkbox library__archived">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          {MSG.library.showArchived}
        </label>
        <Button
          variant="primary"
          size="small"
          icon={<Plus size={14} aria-hidden="true" />}
          onClick={() => setMode({ kind: 'new' })}
        >
          {MSG.library.newExercise}
        </Button>
      </div>

      {loadError && <ErrorBanner title={`${MSG.errors.load}${loadError.message}`} />}
      {library === null && !loadError ? (
        <p className="loading">
          <Spinner /> {MSG.loading.library}
        </p>
      ) : (
        <div className="library__body">
          <ul className="library__list" aria-label={MSG.library.listLabel}>
            {shown.map((exercise) => (
              <li key={exercise.id}>
                <button
                  type="button"
                  className={['library__item', exercise.id === selectedId ? 'is-selected' : '']
                    .filter(Boolean)
                    .join(' ')}
                  aria-current={exercise.id === selectedId || undefined}
                  onClick={() => setSelectedId(exercise.id)}
                >
                  <span className="library__name" dir="auto">
                    {exercise.name}
                  </span>
                  <span className="library__facts">
                    <span className={`stage-badge stage-badge--${exercise.stage} tone-accent`}>
                      {EXERCISE_STAGE_LABELS[exercise.stage]}
                    </span>
                    <span>{MSG.library.minutes(exercise.minMinutes, exercise.maxMinutes)}</span>
                    <span>{MSG.library.people(exercise.minPeople, exercise.maxPeople)}</span>
                    {!exercise.builtIn && <span className="origin-badge tone-outline">{MSG.library.custom}</span>}
                    {exercise.archived && <span className="origin-badge tone-outline">{MSG.library.archived}</span>}
                  </span>
                  <FlagBadges flags={exercise.flags} inline />
                </button>
              </li>
            ))}
            {library !== null && shown.length === 0 && (
              <li className="empty library__empty">
                <p className="empty__title">{MSG.library.none}</p>
                <p>{MSG.library.noneHint}</p>
              </li>
            )}
          </ul>
          <div className="library__detail">
            {selected ? (
              <ExerciseDetail
                key={selected.id}
                exercise={selected}
                dialogue={dialogue}
                onEdit={() => setMode({ kind: 'edit', exercise: selected })}
                onChanged={(changed) => {
                  setSelectedId(changed.id);
                  reload();
                }}
                onDuplicated={(copy) => {
                  setSelectedId(copy.id);
                  reload();
                  setMode({ kind: 'edit', exercise: copy });
                }}
              />
            ) : (
              <p className="muted library__pick">{MSG.library.pickOne}</p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
