import { Trash2 } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ObservationView } from '../../shared/contract';
import { EXERCISE_LIMITS } from '../../shared/domain/exercise';
import { NOTE_LEVELS, NOTE_LEVEL_LABELS, type NoteLevel } from '../../shared/domain/note';
import { attempt, useApi } from '../api';
import type { SaveResult } from '../notes/autosave';
import { saveStatusText, useAutosave } from '../notes/useAutosave';
import { MSG } from './messages';

export interface ObservationEditorProps {
  readonly id: string;
  readonly runId: string;
  /** The stored observation; absent for a new one. */
  readonly observation?: ObservationView | undefined;
  readonly autoFocus?: boolean;
  readonly onSaved: (observation: ObservationView) => void;
  readonly onDeleted: (id: string) => void;
}

const LEVEL_OPTIONS = NOTE_LEVELS.map((value) => ({ value, label: NOTE_LEVEL_LABELS[value] }));

/**
 * One observation of an exercise run, saved as it is typed (the notes' autosave: within a second
 * of a pause, on leaving the field, and before the workspace locks), so nothing typed in the room
 * is lost. Facilitator-only by default. Emptied, it is removed.
 */
export function ObservationEditor({ id, runId, observation, autoFocus, onSaved, onDeleted }: ObservationEditorProps) {
  const api = useApi();
  const ids = useId();
  const [body, setBody] = useState(observation?.body ?? '');
  const [level, setLevel] = useState<NoteLevel>(observation?.level ?? 'facilitator');
  const [stored, setStored] = useState(observation !== undefined);
  const latest = useRef({ body, level, stored: observation !== undefined, onSaved, onDeleted });
  useLayoutEffect(() => {
    latest.current = { ...latest.current, body, level, onSaved, onDeleted };
  });
  const area = useRef<HTMLTextAreaElement>(null);
  const saver = useAutosave(`${runId}:${id}`, observation ? { kind: 'saved', at: 0 } : { kind: 'idle' }, {
    hasContent: () => latest.current.stored || latest.current.body.trim() !== '',
    save: async (): Promise<SaveResult> => {
      const { body: text, level: chosen } = latest.current;
      if (text.length > EXERCISE_LIMITS.observationChars) {
        return {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: `An observation holds at most ${EXERCISE_LIMITS.observationChars.toLocaleString()} characters: split it in two. Nothing was lost; the text is still here.`,
          },
        };
      }
      const result = await attempt(() => api.exerciseRun.saveObservation({ id, runId, body: text, level: chosen }));
      if (!result.ok) return result;
      if (text.trim() === '') {
        latest.current.stored = false;
        setStored(false);
        latest.current.onDeleted(id);
      } else {
        latest.current.stored = true;
        setStored(true);
        latest.current.onSaved(result.value);
      }
      return { ok: true };
    },
  });
  const status = saver.status;

  useEffect(() => {
    if (autoFocus) area.current?.focus();
  }, [autoFocus]);

  const change = (next: { body?: string; level?: NoteLevel }) => {
    if (next.body !== undefined) {
      setBody(next.body);
      latest.current.body = next.body;
    }
    if (next.level !== undefined) {
      setLevel(next.level);
      latest.current.level = next.level;
    }
    saver.change();
  };

  const statusText = saveStatusText(status, MSG.run);

  return (
    <div
      className="observation"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void saver.flush();
      }}
    >
      <label className="visually-hidden" htmlFor={`${ids}-body`}>
        {MSG.run.observation}
      </label>
      <textarea
        id={`${ids}-body`}
        ref={area}
        dir="auto"
        className="control observation__body"
        rows={3}
        value={body}
        aria-describedby={`${ids}-status`}
        onChange={(event) => change({ body: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void saver.flush();
          }
        }}
      />
      <div className="observation__meta">
        <label className="observation__level">
          <span>{MSG.run.level}</span>
          <select
            className="control control--select"
            value={level}
            onChange={(event) => change({ level: event.target.value as NoteLevel })}
          >
            {LEVEL_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <span
          id={`${ids}-status`}
          className={status.kind === 'failed' ? 'observation__status is-failed' : 'observation__status muted'}
          role={status.kind === 'failed' ? 'alert' : 'status'}
        >
          {statusText}
        </span>
        {stored && (
          <button
            type="button"
            className="icon-button"
            aria-label={MSG.run.delete}
            onClick={() => {
              change({ body: '' });
              void saver.flush();
            }}
          >
            <Trash2 size={15} aria-hidden="true" />
          </button>
        )}
      </div>
    </div>
  );
}
