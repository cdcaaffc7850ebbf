import { useEffect, useId, useState } from 'react';
import type { DialogueView, SessionView } from '../../shared/contract';
import { NOTE_LEVELS, NOTE_LEVEL_LABELS, type NoteLevel } from '../../shared/domain/note';
import { useApi } from '../api';
import { CheckedExport } from '../redaction/CheckedExport';
import { useCall } from '../ui/useCall';
import { sessionDates } from '../sessions/format';
import { ErrorBanner } from '../ui/ErrorBanner';
import { MSG } from './messages';
import { Checkbox } from '../ui/Checkbox';

/**
 * The internal session summary: which session, which levels of notes, caucus notes apart or left
 * out — then the one checked export panel. Codes, never names: a note that names a participant
 * refuses the export, by place.
 */
export function SummaryExport({ dialogue }: { readonly dialogue: DialogueView }) {
  const api = useApi();
  const { run, error } = useCall();
  const ids = useId();
  const [sessions, setSessions] = useState<readonly SessionView[] | null>(null);
  const [sessionId, setSessionId] = useState<string>('');
  const [levels, setLevels] = useState<readonly NoteLevel[]>(NOTE_LEVELS);
  const [includeCaucus, setIncludeCaucus] = useState(true);

  useEffect(() => {
    let current = true;
    void run(() => api.session.list({ dialogueId: dialogue.id })).then((list) => {
      if (!current || !list) return;
      setSessions(list);
      // The latest session that has begun is the one a summary is usually for.
      const now = new Date().toISOString();
      const started = list.filter((session) => session.startsAt <= now);
      setSessionId((started.at(-1) ?? list[0])?.id ?? '');
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id, run]);

  const toggle = (level: NoteLevel, on: boolean) =>
    setLevels((list) => NOTE_LEVELS.filter((l) => (l === level ? on : list.includes(l))));

  return (
    <section className="card reports-card" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="reports-card__title">
        {MSG.tabs.summary}
      </h2>
      <p className="reports-card__intro">{MSG.summary.intro}</p>
      {error && <ErrorBanner title={error.message} />}
      {sessions && (
        <CheckedExport
          dialogueId={dialogue.id}
          exportWith={(acknowledgedWarnings) =>
            api.export.sessionSummaryPdf({ sessionId, levels: [...levels], includeCaucus, acknowledgedWarnings })
          }
          checkKey={`${sessionId}|${levels.join(',')}|${includeCaucus}`}
          buttonLabel={MSG.summary.exportButton}
          emptyHint={
            sessions.length === 0 ? MSG.summary.noSessions : levels.length === 0 ? MSG.summary.noLevel : undefined
          }
        >
          <div className="reports-options">
            <label className="field__label" htmlFor={`${ids}-session`}>
              {MSG.summary.session}
            </label>
            <select
              id={`${ids}-session`}
              className="control control--select reports-options__session"
              value={sessionId}
              onChange={(event) => setSessionId(event.target.value)}
            >
              {sessions.map((session) => (
                <option key={session.id} value={session.id}>
                  {MSG.sponsor.sessionLine(session.number, session.title)} — {sessionDates(session)}
                </option>
              ))}
            </select>
            <fieldset className="reports-options__levels">
              <legend className="field__label">{MSG.summary.levels}</legend>
              {NOTE_LEVELS.map((level) => (
                <Checkbox key={level} checked={levels.includes(level)} onChange={(on) => toggle(level, on)}>
                  {NOTE_LEVEL_LABELS[level]}
                </Checkbox>
              ))}
            </fieldset>
            <Checkbox checked={includeCaucus} onChange={setIncludeCaucus}>
              {MSG.summary.includeCaucus}
            </Checkbox>
          </div>
        </CheckedExport>
      )}
    </section>
  );
}
