import { Archive, ArchiveRestore, CalendarPlus, Copy, Pencil, ShieldAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { DialogueView, ExerciseView, SessionView } from '../../shared/contract';
import {
  CHECKLIST_PHASES,
  CHECKLIST_PHASE_LABELS,
  EXERCISE_FLAG_DESCRIPTIONS,
  EXERCISE_FLAG_LABELS,
  EXERCISE_STAGE_DESCRIPTIONS,
  EXERCISE_STAGE_LABELS,
} from '../../shared/domain/exercise';
import { AGENDA_ITEM_KIND_LABELS } from '../../shared/domain/session';
import { attempt, useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { AddExerciseForm } from './AddExerciseForm';
import { MSG } from './messages';

export interface ExerciseDetailProps {
  readonly exercise: ExerciseView;
  readonly dialogue: DialogueView;
  readonly onEdit: () => void;
  readonly onChanged: (exercise: ExerciseView) => void;
  readonly onDuplicated: (copy: ExerciseView) => void;
}

/**
 * One exercise as a facilitator reads it before choosing: purpose, stage, length, group,
 * materials and interpretation; the do-no-harm cautions set apart; the checklist in its three
 * parts. From here it is added to a session of the current dialogue, duplicated, edited or archived.
 */
export function ExerciseDetail({ exercise, dialogue, onEdit, onChanged, onDuplicated }: ExerciseDetailProps) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [adding, setAdding] = useState(false);
  const [sessions, setSessions] = useState<readonly SessionView[] | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (!adding || sessions !== null) return;
    let current = true;
    void attempt(() => api.session.list({ dialogueId: dialogue.id })).then(
      (result) => current && setSessions(result.ok ? result.value : []),
    );
    return () => {
      current = false;
    };
  }, [adding, sessions, api, dialogue.id]);

  const duplicate = async () => {
    const copy = await run(() => api.exercise.duplicate({ id: exercise.id }));
    if (copy) onDuplicated(copy);
  };
  const archive = async (archived: boolean) => {
    const changed = await run(() => api.exercise.archive({ id: exercise.id, archived }));
    if (changed) {
      setNotice(archived ? MSG.detail.archivedNotice : '');
      onChanged(changed);
    }
  };

  return (
    <article className="exercise-detail" aria-labelledby="exercise-detail-heading">
      <header className="exercise-detail__header">
        <h2 id="exercise-detail-heading" className="exercise-detail__title" dir="auto">
          {exercise.name}
        </h2>
        <span className="origin-badge tone-outline">{exercise.builtIn ? MSG.library.builtIn : MSG.library.custom}</span>
        {exercise.archived && <span className="origin-badge tone-outline">{MSG.library.archived}</span>}
      </header>
      {exercise.duplicatedFrom && (
        <p className="muted">
          {MSG.detail.duplicatedFrom} “<bdi>{exercise.duplicatedFrom.name}</bdi>”
        </p>
      )}
      <p className="muted" role="status">
        {notice}
      </p>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}

      <div className="exercise-detail__actions">
        {!exercise.archived && (
          <Button
            variant="primary"
            size="small"
            icon={<CalendarPlus size={14} aria-hidden="true" />}
            onClick={() => setAdding(true)}
            aria-expanded={adding}
          >
            {MSG.detail.addToSession}
          </Button>
        )}
        <Button size="small" icon={<Copy size={14} aria-hidden="true" />} onClick={() => void duplicate()} busy={busy}>
          {MSG.detail.duplicate}
        </Button>
        {!exercise.builtIn && (
          <>
            <Button size="small" icon={<Pencil size={14} aria-hidden="true" />} onClick={onEdit}>
              {MSG.detail.edit}
            </Button>
            <Button
              size="small"
              variant="quiet"
              icon={
                exercise.archived ? (
                  <ArchiveRestore size={14} aria-hidden="true" />
                ) : (
                  <Archive size={14} aria-hidden="true" />
                )
              }
              onClick={() => void archive(!exercise.archived)}
            >
              {exercise.archived ? MSG.detail.restore : MSG.detail.archive}
            </Button>
          </>
        )}
      </div>
      {exercise.builtIn && <p className="muted exercise-detail__readonly">{MSG.detail.readOnly}</p>}

      {adding && (
        <div className="exercise-detail__add">
          {sessions === null ? (
            <p className="muted">{MSG.loading.sessions}</p>
          ) : (
            <AddExerciseForm
              exercise={exercise}
              sessions={sessions}
              parties={dialogue.parties}
              onCancel={() => setAdding(false)}
              onAdded={({ agenda }) => {
                setAdding(false);
                setNotice(MSG.add.added(agenda.session.number));
              }}
            />
          )}
        </div>
      )}

      <section aria-labelledby="exercise-purpose">
        <h3 id="exercise-purpose" className="exercise-detail__subtitle">
          {MSG.detail.purpose}
        </h3>
        <p dir="auto" className="sx-prewrap">
          {exercise.purpose}
        </p>
      </section>

      <dl className="exercise-facts">
        <div>
          <dt>{MSG.detail.stage}</dt>
          <dd>
            {EXERCISE_STAGE_LABELS[exercise.stage]}
            <span className="muted"> — {EXERCISE_STAGE_DESCRIPTIONS[exercise.stage]}</span>
          </dd>
        </div>
        <div>
          <dt>{MSG.detail.duration}</dt>
          <dd>{MSG.library.minutes(exercise.minMinutes, exercise.maxMinutes)}</dd>
        </div>
        <div>
          <dt>{MSG.detail.groupSize}</dt>
          <dd>{MSG.library.people(exercise.minPeople, exercise.maxPeople)}</dd>
        </div>
        <div>
          <dt>{MSG.detail.plannedAs}</dt>
          <dd>{AGENDA_ITEM_KIND_LABELS[exercise.agendaKind]}</dd>
        </div>
        <div className="exercise-facts__wide">
          <dt>{MSG.detail.materials}</dt>
          <dd dir="auto">{exercise.materials || <span className="muted">{MSG.detail.none}</span>}</dd>
        </div>
        <div className="exercise-facts__wide">
          <dt>{MSG.detail.interpretation}</dt>
          <dd dir="auto">{exercise.interpretation || <span className="muted">{MSG.detail.none}</span>}</dd>
        </div>
      </dl>

      <section aria-labelledby="exercise-cautions" className="exercise-cautions">
        <h3 id="exercise-cautions" className="exercise-detail__subtitle">
          <ShieldAlert size={16} aria-hidden="true" /> {MSG.detail.doNoHarm}
        </h3>
        {exercise.flags.length === 0 ? (
          <p className="muted">{MSG.detail.noFlags}</p>
        ) : (
          <ul>
            {exercise.flags.map((flag) => (
              <li key={flag.flag} className={`exercise-caution exercise-caution--${flag.flag}`}>
                <strong>{EXERCISE_FLAG_LABELS[flag.flag]}</strong>
                <span className="muted"> — {EXERCISE_FLAG_DESCRIPTIONS[flag.flag]}</span>
                <p dir="auto">{flag.caution}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="exercise-checklist">
        <h3 id="exercise-checklist" className="exercise-detail__subtitle">
          {MSG.detail.checklist}
        </h3>
        <div className="exercise-checklist">
          {CHECKLIST_PHASES.map((phase) => (
            <section key={phase} aria-label={CHECKLIST_PHASE_LABELS[phase]} className="exercise-checklist__part">
              <h4>{CHECKLIST_PHASE_LABELS[phase]}</h4>
              {exercise.steps[phase].length === 0 ? (
                <p className="muted">{MSG.detail.none}</p>
              ) : (
                <ol>
                  {exercise.steps[phase].map((step, index) => (
                    <li key={index} dir="auto">
                      {step}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))}
        </div>
      </section>
    </article>
  );
}
