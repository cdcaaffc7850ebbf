import { History, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { NoteVersionView, NoteView } from '../../shared/contract';
import { NOTE_LEVEL_LABELS } from '../../shared/domain/note';
import { PURGED_PSEUDONYM } from '../../shared/domain/participant';
import { attempt, useApi } from '../api';
import { Button } from '../ui/Button';
import { formatNoteTime } from './format';
import { NoteBody } from './NoteBody';
import { NoteEditor, type NoteTarget, type SpeakerOption } from './NoteEditor';
import { NoteMeta } from './NoteMeta';

/** One note in a list: read it, edit it, see its history, or delete it (with its history). */
export function NoteCard({
  note,
  target,
  speakers,
  onSaved,
  onDeleted,
  grouped = false,
}: {
  readonly note: NoteView;
  readonly target: NoteTarget;
  readonly speakers: readonly SpeakerOption[];
  readonly onSaved: (note: NoteView) => void;
  readonly onDeleted: (id: string) => void;
  /** Listed under its agenda item's heading: the meta line leaves the title out. */
  readonly grouped?: boolean;
}) {
  const api = useApi();
  const [mode, setMode] = useState<'read' | 'edit' | 'history'>('read');
  const [versions, setVersions] = useState<readonly NoteVersionView[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const showHistory = async () => {
    const result = await attempt(() => api.note.history({ id: note.id }));
    if (!result.ok) return setError(result.error.message);
    setVersions(result.value);
    setMode('history');
  };

  const remove = async () => {
    const result = await attempt(() => api.note.delete({ id: note.id }));
    if (!result.ok) return setError(result.error.message);
    onDeleted(note.id);
  };

  return (
    <li className="note-card">
      <NoteMeta note={note} hideItem={grouped} />
      {mode === 'edit' ? (
        <NoteEditor
          target={target}
          note={note}
          speakers={speakers}
          autoFocus
          onSaved={onSaved}
          onDone={() => setMode('read')}
        />
      ) : (
        <NoteBody body={note.body} />
      )}
      {mode === 'history' && versions && (
        <ol className="note-history" aria-label="Earlier versions">
          {versions
            .filter((version) => !version.current)
            .map((version) => (
              <li key={version.version}>
                <div className="note-meta">
                  <span>Version {version.version}</span>
                  <time dateTime={version.savedAt}>{formatNoteTime(version.savedAt, note.sessionTimeZone)}</time>
                  {(version.speakerWithdrawn ? PURGED_PSEUDONYM : version.speakerCode) && (
                    <span className="note-meta__speaker">
                      {version.speakerWithdrawn ? PURGED_PSEUDONYM : version.speakerCode}
                    </span>
                  )}
                  <span className="note-level">{NOTE_LEVEL_LABELS[version.level]}</span>
                </div>
                <NoteBody body={version.body} />
              </li>
            ))}
          {versions.length <= 1 && <li className="muted">No earlier versions.</li>}
        </ol>
      )}
      {error && (
        <p role="alert" className="note-editor__status--failed" dir="auto">
          {error}
        </p>
      )}
      {mode !== 'edit' && (
        <div className="note-card__actions">
          <Button
            size="small"
            variant="quiet"
            icon={<Pencil size={14} aria-hidden="true" />}
            onClick={() => setMode('edit')}
          >
            Edit
          </Button>
          {/* No history to show, no button: a note saved once has none. */}
          {note.earlierVersions > 0 && (
            <Button
              size="small"
              variant="quiet"
              icon={<History size={14} aria-hidden="true" />}
              onClick={() => (mode === 'history' ? setMode('read') : void showHistory())}
            >
              {mode === 'history'
                ? 'Hide history'
                : `History (${note.earlierVersions} earlier version${note.earlierVersions === 1 ? '' : 's'})`}
            </Button>
          )}
          {confirming ? (
            <>
              <Button size="small" variant="danger" onClick={() => void remove()}>
                Delete with its history
              </Button>
              <Button size="small" variant="quiet" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </>
          ) : (
            <Button
              size="small"
              variant="quiet"
              icon={<Trash2 size={14} aria-hidden="true" />}
              onClick={() => setConfirming(true)}
            >
              Delete
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
