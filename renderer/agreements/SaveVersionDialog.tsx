import { Save } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { DraftView, VersionSummary } from '../../shared/contract';
import { AGREEMENT_LIMITS } from '../../shared/domain/agreement';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { m } from './messages';

export interface SaveVersionDialogProps {
  readonly draft: DraftView;
  readonly onSaved: (version: VersionSummary) => void;
  readonly onClose: () => void;
}

/**
 * "Save version N" (Ctrl/Cmd+S): a note, and Enter saves. The working copy was flushed before this
 * opened, so the version holds everything typed. When nothing changed since the last version it
 * says so instead of making an empty one.
 */
export function SaveVersionDialog({ draft, onSaved, onClose }: SaveVersionDialogProps) {
  const api = useApi();
  const ids = useId();
  const { run, error, setError, busy } = useCall();
  const [note, setNote] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const next = (draft.versions[0]?.number ?? 0) + 1;
  const unchanged = !draft.changedSinceVersion && draft.versions.length > 0;

  useEffect(() => field.current?.focus(), []);

  const save = async () => {
    const version = await run(() => api.version.save({ draftId: draft.id, note }));
    if (version) onSaved(version);
  };

  return (
    <div
      className="save-version"
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${ids}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id={`${ids}-title`} className="save-version__title">
        {m.saveVersion.title(next)}
      </h2>
      {unchanged && <p className="callout callout--warning">{m.saveVersion.unchanged(draft.versions[0]!.number)}</p>}
      <form
        className="save-version__form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="field__label">{m.saveVersion.note}</span>
          <span className="field__description" id={`${ids}-help`}>
            {m.saveVersion.noteHelp}
          </span>
          <input
            ref={field}
            className="control"
            dir="auto"
            maxLength={AGREEMENT_LIMITS.maxVersionNoteChars}
            aria-describedby={`${ids}-help`}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
        <div className="save-version__actions">
          <Button type="submit" variant="primary" icon={<Save size={15} aria-hidden="true" />} busy={busy}>
            {m.saveVersion.save}
          </Button>
          <Button onClick={onClose}>{m.saveVersion.cancel}</Button>
        </div>
      </form>
    </div>
  );
}
