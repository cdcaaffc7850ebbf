import { Plus, ShieldAlert } from 'lucide-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { ExerciseRunView, ObservationView, RunStepView } from '../../shared/contract';
import {
  CHECKLIST_PHASE_LABELS,
  CHECKLIST_PHASES,
  EXERCISE_FLAG_LABELS,
  EXERCISE_LIMITS,
  LANDED_LABELS,
  LANDED_SCALE,
  type ChecklistPhase,
  type Landed,
} from '../../shared/domain/exercise';
import { checklistProgress, currentPhase } from '../../shared/exercises/progress';
import { useApi } from '../api';
import { useCall, type Outcome } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ProgressBadge } from './Badges';
import { MSG } from './messages';
import { ObservationEditor } from './ObservationEditor';

export interface RunPanelProps {
  readonly run: ExerciseRunView;
  readonly onChange: (run: ExerciseRunView) => void;
  /** Live mode: the cautions folded, the part of the checklist that matters now first. */
  readonly compact?: boolean;
  readonly headingLevel?: 2 | 3;
  /** Shown beside the heading (e.g. the unlink action in the session view). */
  readonly actions?: ReactNode;
}

/**
 * An exercise run in the session view and in live mode: the checklist ticked in its three parts
 * (prepare before, the room during, after-care after; the part that matters now is marked), how it
 * landed, participation per side as counts only, and observations saved as they are typed.
 */
export function RunPanel({ run, onChange, compact = false, headingLevel = 3, actions }: RunPanelProps) {
  const api = useApi();
  const ids = useId();
  const { run: call, error, setError } = useCall();
  const [drafts, setDrafts] = useState<readonly string[]>([]);
  const now = currentPhase(run.item.state);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  /**
   * Every change is shown at once (`shown`), then main's answer replaces it — but answers can
   * arrive out of order (a count saved on blur, then a rating clicked), and an older answer must
   * not undo a newer choice on screen: only the answer to the latest write is shown. On failure the
   * run as it was before that write comes back, with the error.
   */
  const writes = useRef(0);
  const write = async (shown: ExerciseRunView | null, send: () => Promise<Outcome<ExerciseRunView>>) => {
    const mine = ++writes.current;
    const before = run;
    if (shown) onChange(shown);
    const updated = await call(send);
    if (mine === writes.current) onChange(updated ?? before);
  };

  const tick = async (step: RunStepView, done: boolean) => {
    // Shown ticked at once; main's answer (or the old state on failure) follows.
    const steps = run.steps.map((s) =>
      s.phase === step.phase && s.position === step.position ? { ...s, doneAt: done ? 'pending' : null } : s,
    );
    await write({ ...run, steps, progress: checklistProgress(steps) }, () =>
      api.exerciseRun.tick({ runId: run.id, phase: step.phase, position: step.position, done }),
    );
  };

  const record = (fields: Parameters<typeof api.exerciseRun.record>[0]) =>
    write(null, () => api.exerciseRun.record(fields));
  // Shown chosen at once; main's answer follows, or the previous rating on failure.
  const land = (landed: Landed | null) =>
    write({ ...run, landed }, () => api.exerciseRun.record({ runId: run.id, landed }));

  const observationSaved = (saved: ObservationView) => {
    const exists = run.observations.some((o) => o.id === saved.id);
    onChange({
      ...run,
      observations: exists
        ? run.observations.map((o) => (o.id === saved.id ? saved : o))
        : [...run.observations, saved],
      recorded: true,
    });
    setDrafts((all) => all.filter((id) => id !== saved.id));
  };
  const observationDeleted = (id: string) => {
    onChange({ ...run, observations: run.observations.filter((o) => o.id !== id) });
    setDrafts((all) => all.filter((draft) => draft !== id));
  };
  const stored = new Set(run.observations.map((o) => o.id));
  const phases: readonly ChecklistPhase[] = compact
    ? [now, ...CHECKLIST_PHASES.filter((p) => p !== now)]
    : CHECKLIST_PHASES;

  return (
    <section
      className={['run-panel', compact ? 'run-panel--compact' : ''].filter(Boolean).join(' ')}
      aria-labelledby={`${ids}-heading`}
    >
      <header className="run-panel__header">
        <Heading id={`${ids}-heading`} className="run-panel__title">
          <span className="muted">{MSG.run.heading}</span> <span dir="auto">{run.exercise.name}</span>
        </Heading>
        <ProgressBadge progress={run.progress} />
        {actions}
      </header>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}

      {run.exercise.flags.length > 0 && (
        <details className="run-panel__cautions" open={!compact}>
          <summary>
            <ShieldAlert size={14} aria-hidden="true" /> {MSG.run.cautions} ({run.exercise.flags.length})
          </summary>
          <ul>
            {run.exercise.flags.map((flag) => (
              <li key={flag.flag}>
                <strong>{EXERCISE_FLAG_LABELS[flag.flag]}.</strong> <span dir="auto">{flag.caution}</span>
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="run-panel__checklist">
        {phases.map((phase) => {
          const steps = run.steps.filter((step) => step.phase === phase);
          const counts = run.progress.byPhase[phase];
          if (steps.length === 0) return null;
          return (
            <fieldset key={phase} className={['run-phase', phase === now ? 'is-now' : ''].filter(Boolean).join(' ')}>
              <legend>
                {CHECKLIST_PHASE_LABELS[phase]}{' '}
                <span className="muted">
                  {counts.done}/{counts.total}
                </span>
                {phase === now && <span className="run-phase__now">{MSG.run.now}</span>}
              </legend>
              <ul>
                {steps.map((step) => (
                  <li key={step.position}>
                    <label className="checkbox run-step">
                      <input
                        type="checkbox"
                        checked={step.doneAt !== null}
                        onChange={(event) => void tick(step, event.target.checked)}
                      />
                      <span dir="auto">{step.text}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>

      <div className="run-panel__record">
        <fieldset className="run-landed">
          <legend>{MSG.run.landed}</legend>
          <div className="run-landed__scale" role="radiogroup" aria-label={MSG.run.landed}>
            {LANDED_SCALE.map((value) => (
              <label key={value} className={['run-landed__option', run.landed === value ? 'is-chosen' : ''].join(' ')}>
                <input
                  type="radio"
                  name={`${ids}-landed`}
                  checked={run.landed === value}
                  onChange={() => void land(value as Landed)}
                />
                <span className="run-landed__value">{value}</span>
                <span className="run-landed__word">{LANDED_LABELS[value]}</span>
              </label>
            ))}
            <label className={['run-landed__option', run.landed === null ? 'is-chosen' : ''].join(' ')}>
              <input
                type="radio"
                name={`${ids}-landed`}
                checked={run.landed === null}
                onChange={() => void land(null)}
              />
              <span className="run-landed__word">{MSG.run.clearLanded}</span>
            </label>
          </div>
          <LandedWord run={run} onSave={(word) => void record({ runId: run.id, landedWord: word })} />
        </fieldset>

        <fieldset className="run-counts">
          <legend>{MSG.run.participation}</legend>
          <p className="muted run-counts__hint">{MSG.run.participationHint}</p>
          <table className="run-counts__table">
            <thead>
              <tr>
                <th scope="col">{MSG.run.side}</th>
                <th scope="col">{MSG.run.tookPart}</th>
                <th scope="col">{MSG.run.passed}</th>
              </tr>
            </thead>
            <tbody>
              {run.counts.map((count) => (
                <CountRow
                  // By side only: a saved answer must not reset what is being typed in the other field.
                  key={count.partyId}
                  count={count}
                  onSave={(tookPart, optedOut) =>
                    void record({ runId: run.id, counts: [{ partyId: count.partyId, tookPart, optedOut }] })
                  }
                />
              ))}
            </tbody>
          </table>
        </fieldset>
      </div>

      <section className="run-panel__observations" aria-labelledby={`${ids}-observations ${ids}-heading`}>
        <header className="run-panel__observations-header">
          <h4 id={`${ids}-observations`}>{MSG.run.observations}</h4>
          <span className="muted">{MSG.run.observationsHint}</span>
          <Button
            size="small"
            icon={<Plus size={14} aria-hidden="true" />}
            onClick={() => setDrafts((all) => [...all, crypto.randomUUID()])}
            aria-disabled={run.observations.length + drafts.length >= EXERCISE_LIMITS.observationsPerRun || undefined}
          >
            {MSG.run.newObservation}
          </Button>
        </header>
        {run.observations.map((observation) => (
          <ObservationEditor
            key={observation.id}
            id={observation.id}
            runId={run.id}
            observation={observation}
            onSaved={observationSaved}
            onDeleted={observationDeleted}
          />
        ))}
        {drafts
          .filter((id) => !stored.has(id))
          .map((id) => (
            <ObservationEditor
              key={id}
              id={id}
              runId={run.id}
              autoFocus
              onSaved={observationSaved}
              onDeleted={observationDeleted}
            />
          ))}
      </section>
    </section>
  );
}

function LandedWord({ run, onSave }: { run: ExerciseRunView; onSave: (word: string) => void }) {
  const ids = useId();
  const [word, setWord] = useState(run.landedWord);
  const save = () => {
    if (word.trim() !== run.landedWord) onSave(word.trim());
  };
  return (
    <div className="field run-landed__own">
      <label htmlFor={`${ids}-word`} className="field__label">
        {MSG.run.landedWord}
      </label>
      <input
        id={`${ids}-word`}
        className="control"
        dir="auto"
        maxLength={EXERCISE_LIMITS.landedWordChars}
        value={word}
        placeholder={MSG.run.landedWordHint}
        onChange={(event) => setWord(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          }
        }}
      />
    </div>
  );
}

const asCount = (value: string): number | null => {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isInteger(number) && number >= 0 ? number : NaN;
};

function CountRow({
  count,
  onSave,
}: {
  count: ExerciseRunView['counts'][number];
  onSave: (tookPart: number | null, optedOut: number | null) => void;
}) {
  const [tookPart, setTookPart] = useState(count.tookPart === null ? '' : String(count.tookPart));
  const [optedOut, setOptedOut] = useState(count.optedOut === null ? '' : String(count.optedOut));
  const save = () => {
    const took = asCount(tookPart);
    const passed = asCount(optedOut);
    if (Number.isNaN(took) || Number.isNaN(passed)) return;
    if (took === count.tookPart && passed === count.optedOut) return;
    onSave(took, passed);
  };
  return (
    <tr>
      <th scope="row" dir="auto">
        {count.partyName}
      </th>
      <td>
        <CountInput
          label={`${MSG.run.tookPart}, ${count.partyName}`}
          value={tookPart}
          onChange={setTookPart}
          onBlur={save}
        />
      </td>
      <td>
        <CountInput
          label={`${MSG.run.passed}, ${count.partyName}`}
          value={optedOut}
          onChange={setOptedOut}
          onBlur={save}
        />
      </td>
    </tr>
  );
}

/** One count of a side (a whole number, or empty for not counted), saved when left. */
function CountInput({
  label,
  value,
  onChange,
  onBlur,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  return (
    <input
      className="control run-counts__input"
      type="number"
      min={0}
      max={EXERCISE_LIMITS.maxCount}
      inputMode="numeric"
      aria-label={label}
      aria-invalid={Number.isNaN(asCount(value)) || undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
}
