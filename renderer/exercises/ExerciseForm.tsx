import { ArrowDown, ArrowUp, Plus, X } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ExerciseView } from '../../shared/contract';
import {
  CHECKLIST_PHASES,
  CHECKLIST_PHASE_LABELS,
  EXERCISE_AGENDA_KINDS,
  EXERCISE_FLAG_DESCRIPTIONS,
  EXERCISE_FLAG_LABELS,
  EXERCISE_FLAGS,
  EXERCISE_LIMITS,
  EXERCISE_STAGES,
  EXERCISE_STAGE_LABELS,
  type ChecklistPhase,
  type ExerciseAgendaKind,
  type ExerciseFlag,
  type ExerciseStage,
} from '../../shared/domain/exercise';
import { AGENDA_ITEM_KIND_LABELS } from '../../shared/domain/session';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { MSG } from './messages';
import { Checkbox } from '../ui/Checkbox';

export interface ExerciseFormProps {
  /** The custom exercise to edit; absent for a new one. */
  readonly exercise?: ExerciseView | undefined;
  readonly onSaved: (exercise: ExerciseView) => void;
  readonly onCancel: () => void;
}

interface Draft {
  readonly name: string;
  readonly purpose: string;
  readonly stage: ExerciseStage;
  readonly agendaKind: ExerciseAgendaKind;
  readonly minMinutes: string;
  readonly maxMinutes: string;
  readonly minPeople: string;
  readonly maxPeople: string;
  readonly materials: string;
  readonly interpretation: string;
  /** Ticked flags with their caution; an unticked flag keeps what was typed, in case it is ticked again. */
  readonly flags: Readonly<Record<ExerciseFlag, { readonly on: boolean; readonly caution: string }>>;
  readonly steps: Readonly<Record<ChecklistPhase, readonly string[]>>;
}

function draftOf(exercise: ExerciseView | undefined): Draft {
  const flagged = new Map(exercise?.flags.map((flag) => [flag.flag, flag.caution]));
  return {
    name: exercise?.name ?? '',
    purpose: exercise?.purpose ?? '',
    stage: exercise?.stage ?? 'opening',
    agendaKind: exercise?.agendaKind ?? 'exercise',
    minMinutes: String(exercise?.minMinutes ?? 30),
    maxMinutes: String(exercise?.maxMinutes ?? 60),
    minPeople: String(exercise?.minPeople ?? 4),
    maxPeople: exercise?.maxPeople == null ? '' : String(exercise.maxPeople),
    materials: exercise?.materials ?? '',
    interpretation: exercise?.interpretation ?? '',
    flags: Object.fromEntries(
      EXERCISE_FLAGS.map((flag) => [flag, { on: flagged.has(flag), caution: flagged.get(flag) ?? '' }]),
    ) as Draft['flags'],
    steps: exercise?.steps ?? { prepare: [], room: [''], aftercare: [] },
  };
}

/** Numbers as typed: a blank or non-number goes to main as NaN, whose answer names the field. */
const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/**
 * Create or edit a custom exercise. Every field is checked by main against the contract; its
 * answers go next to their fields (an empty checklist step is pointed at by its part and number),
 * and nothing typed is dropped on an error. Escape cancels.
 */
export function ExerciseForm({ exercise, onSaved, onCancel }: ExerciseFormProps) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [draft, setDraft] = useState<Draft>(() => draftOf(exercise));
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = fieldErrorsOf(error);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  useEffect(() => nameRef.current?.focus(), []);
  // After a refusal, focus the first field main pointed at.
  useEffect(() => {
    if (error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  const setSteps = (phase: ChecklistPhase, steps: readonly string[]) =>
    setDraft((d) => ({ ...d, steps: { ...d.steps, [phase]: steps } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const fields = {
      name: draft.name,
      purpose: draft.purpose,
      stage: draft.stage,
      agendaKind: draft.agendaKind,
      minMinutes: number(draft.minMinutes),
      maxMinutes: number(draft.maxMinutes),
      minPeople: number(draft.minPeople),
      maxPeople: draft.maxPeople.trim() === '' ? null : number(draft.maxPeople),
      materials: draft.materials,
      interpretation: draft.interpretation,
      flags: EXERCISE_FLAGS.filter((flag) => draft.flags[flag].on).map((flag) => ({
        flag,
        caution: draft.flags[flag].caution,
      })),
      steps: { prepare: [...draft.steps.prepare], room: [...draft.steps.room], aftercare: [...draft.steps.aftercare] },
    };
    const saved = await run(() =>
      exercise ? api.exercise.update({ id: exercise.id, ...fields }) : api.exercise.create(fields),
    );
    if (saved) onSaved(saved);
  };

  const flagError = (flag: ExerciseFlag) => {
    const index = EXERCISE_FLAGS.filter((f) => draft.flags[f].on).indexOf(flag);
    return index < 0 ? undefined : errors[`flags.${index}.caution`];
  };
  const unplaced =
    error &&
    (error.issues ?? []).filter(
      (issue) =>
        !/^(name|purpose|stage|agendaKind|minMinutes|maxMinutes|minPeople|maxPeople|materials|interpretation|flags\.\d+\.caution|steps\.\w+\.\d+)$/.test(
          issue.path,
        ),
    );

  return (
    <form
      ref={formRef}
      className="exercise-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="exercise-form-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id="exercise-form-heading" className="sx-panel-title" dir="auto">
        {exercise ? MSG.form.editTitle(exercise.name) : MSG.form.newTitle}
      </h2>
      {error && (Object.keys(errors).length === 0 || (unplaced && unplaced.length > 0)) && (
        <ErrorBanner
          title={error.message}
          details={unplaced?.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))}
        />
      )}
      <div className="sx-grid">
        <TextField
          label={MSG.form.name}
          ref={nameRef}
          value={draft.name}
          maxLength={EXERCISE_LIMITS.nameChars + 20}
          onChange={(event) => set('name', event.target.value)}
          error={errors.name}
        />
        <SelectField
          label={MSG.form.stage}
          options={EXERCISE_STAGES.map((value) => ({ value, label: EXERCISE_STAGE_LABELS[value] }))}
          value={draft.stage}
          onValueChange={(value) => set('stage', value)}
        />
        <SelectField
          label={MSG.form.plannedAs}
          options={EXERCISE_AGENDA_KINDS.map((value) => ({ value, label: AGENDA_ITEM_KIND_LABELS[value] }))}
          value={draft.agendaKind}
          onValueChange={(value) => set('agendaKind', value)}
        />
      </div>
      <TextAreaField
        label={MSG.form.purpose}
        description={MSG.form.purposeHint}
        rows={3}
        value={draft.purpose}
        onChange={(event) => set('purpose', event.target.value)}
        error={errors.purpose}
        className="exercise-form__purpose"
      />
      <div className="sx-grid sx-grid--four">
        <TextField
          label={MSG.form.minMinutes}
          type="number"
          dir="ltr"
          value={draft.minMinutes}
          onChange={(event) => set('minMinutes', event.target.value)}
          error={errors.minMinutes}
        />
        <TextField
          label={MSG.form.maxMinutes}
          type="number"
          dir="ltr"
          value={draft.maxMinutes}
          onChange={(event) => set('maxMinutes', event.target.value)}
          error={errors.maxMinutes}
        />
        <TextField
          label={MSG.form.minPeople}
          type="number"
          dir="ltr"
          value={draft.minPeople}
          onChange={(event) => set('minPeople', event.target.value)}
          error={errors.minPeople}
        />
        <TextField
          label={MSG.form.maxPeople}
          type="number"
          dir="ltr"
          description={MSG.form.maxPeopleHint}
          value={draft.maxPeople}
          onChange={(event) => set('maxPeople', event.target.value)}
          error={errors.maxPeople}
        />
      </div>
      <div className="sx-grid sx-grid--two">
        <TextAreaField
          label={MSG.form.materials}
          rows={2}
          value={draft.materials}
          onChange={(event) => set('materials', event.target.value)}
          error={errors.materials}
          className="exercise-form__short"
        />
        <TextAreaField
          label={MSG.form.interpretation}
          rows={2}
          value={draft.interpretation}
          onChange={(event) => set('interpretation', event.target.value)}
          error={errors.interpretation}
          className="exercise-form__short"
        />
      </div>

      <fieldset className="exercise-form__flags">
        <legend className="field__label">{MSG.form.flags}</legend>
        <p className="field__description">{MSG.form.flagsHint}</p>
        {EXERCISE_FLAGS.map((flag) => (
          <div key={flag} className="exercise-form__flag">
            <Checkbox
              checked={draft.flags[flag].on}
              onChange={(on) => set('flags', { ...draft.flags, [flag]: { ...draft.flags[flag], on } })}
            >
              <strong>{EXERCISE_FLAG_LABELS[flag]}</strong>
              <span className="muted">— {EXERCISE_FLAG_DESCRIPTIONS[flag]}</span>
            </Checkbox>
            {draft.flags[flag].on && (
              <TextAreaField
                label={`${MSG.form.caution}: ${EXERCISE_FLAG_LABELS[flag]}`}
                hideLabel
                rows={2}
                value={draft.flags[flag].caution}
                onChange={(event) =>
                  set('flags', { ...draft.flags, [flag]: { ...draft.flags[flag], caution: event.target.value } })
                }
                error={flagError(flag)}
                className="exercise-form__short"
              />
            )}
          </div>
        ))}
      </fieldset>

      <fieldset className="exercise-form__steps">
        <legend className="field__label">{MSG.form.steps}</legend>
        <p className="field__description">{MSG.form.stepsHint}</p>
        {errors.steps && <p className="field__error">{errors.steps}</p>}
        <div className="exercise-form__phases">
          {CHECKLIST_PHASES.map((phase) => (
            <StepList
              key={phase}
              phase={phase}
              steps={draft.steps[phase]}
              errors={errors}
              onChange={(steps) => setSteps(phase, steps)}
            />
          ))}
        </div>
      </fieldset>

      <div className="sx-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {MSG.form.save}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {MSG.form.cancel}
        </Button>
      </div>
    </form>
  );
}

function StepList({
  phase,
  steps,
  errors,
  onChange,
}: {
  phase: ChecklistPhase;
  steps: readonly string[];
  errors: Readonly<Record<string, string>>;
  onChange: (steps: readonly string[]) => void;
}) {
  const label = CHECKLIST_PHASE_LABELS[phase];
  const move = (index: number, by: -1 | 1) => {
    const next = [...steps];
    const [step] = next.splice(index, 1);
    next.splice(index + by, 0, step!);
    onChange(next);
  };
  return (
    <section className="step-list" aria-label={label}>
      <h3 className="step-list__title">{label}</h3>
      <ol>
        {steps.map((step, index) => (
          <li key={index} className="step-list__row">
            <TextField
              label={MSG.form.step(label, index + 1)}
              hideLabel
              value={step}
              maxLength={EXERCISE_LIMITS.stepChars + 20}
              onChange={(event) => onChange(steps.map((s, i) => (i === index ? event.target.value : s)))}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  onChange([...steps.slice(0, index + 1), '', ...steps.slice(index + 1)]);
                }
              }}
              error={errors[`steps.${phase}.${index}`]}
            />
            <span className="step-list__tools">
              <button
                type="button"
                className="icon-button"
                aria-label={MSG.form.moveUp(index + 1)}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <ArrowUp size={14} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={MSG.form.moveDown(index + 1)}
                disabled={index === steps.length - 1}
                onClick={() => move(index, 1)}
              >
                <ArrowDown size={14} aria-hidden="true" />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={MSG.form.removeStep(index + 1)}
                onClick={() => onChange(steps.filter((_, i) => i !== index))}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </span>
          </li>
        ))}
      </ol>
      <Button
        size="small"
        variant="quiet"
        icon={<Plus size={14} aria-hidden="true" />}
        onClick={() => onChange([...steps, ''])}
        aria-disabled={steps.length >= EXERCISE_LIMITS.stepsPerPhase || undefined}
      >
        {MSG.form.addStep}
      </Button>
    </section>
  );
}
