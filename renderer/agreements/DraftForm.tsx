import { useId, useState, type FormEvent } from 'react';
import type { DialogueView, DraftHeader, DraftView, ParleyError } from '../../shared/contract';
import {
  DRAFT_STATUSES,
  DRAFT_STATUS_LABELS,
  PAX_STAGES,
  PAX_STAGE_LABELS,
  type DraftStatus,
  type PaxStage,
} from '../../shared/domain/agreement';
import { attempt, useApi } from '../api';
import { useSession } from '../app/session';
import { formatDay } from '../dialogues/format';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { m } from './messages';

export interface DraftFormProps {
  readonly dialogue: DialogueView;
  /** The draft whose details are edited; absent for a new draft. */
  readonly draft?: DraftView | undefined;
  readonly onSaved: (draft: DraftView | DraftHeader) => void;
  readonly onCancel?: () => void;
  readonly onDeleted?: () => void;
}

const STAGE_OPTIONS = PAX_STAGES.map((value) => ({ value, label: PAX_STAGE_LABELS[value] }));
const STATUS_OPTIONS = DRAFT_STATUSES.map((value) => ({ value, label: DRAFT_STATUS_LABELS[value] }));

/** A draft's title, purpose, PA-X stage and status: to start a draft, or to change them later. */
export function DraftForm({ dialogue, draft, onSaved, onCancel, onDeleted }: DraftFormProps) {
  const api = useApi();
  const session = useSession();
  const ids = useId();
  const [title, setTitle] = useState(draft?.title ?? '');
  const [purpose, setPurpose] = useState(draft?.purpose ?? '');
  const [stage, setStage] = useState<PaxStage>(draft?.stage ?? 'pre-negotiation');
  const [status, setStatus] = useState<DraftStatus>(draft?.status ?? 'working');
  const [error, setError] = useState<ParleyError | null>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState('');
  const [confirming, setConfirming] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = draft
      ? await attempt(() => api.draft.update({ id: draft.id, title, purpose, stage, status }))
      : await attempt(() => api.draft.create({ dialogueId: dialogue.id, title, purpose, stage, status }));
    setSaving(false);
    if (!result.ok) {
      if (!session.lockedElsewhere(result.error)) setError(result.error);
      return;
    }
    setError(null);
    if (draft) setNotice(m.form.saved);
    onSaved(result.value);
  }

  async function remove() {
    if (!draft) return;
    const result = await attempt(() => api.draft.delete({ id: draft.id }));
    if (result.ok) onDeleted?.();
    else if (!session.lockedElsewhere(result.error)) setError(result.error);
  }

  return (
    <form className="draft-form" aria-labelledby={`${ids}-title`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${ids}-title`} className="sx-panel-title">
        {draft ? m.form.editTitle : m.form.newTitle}
      </h2>
      <TextField
        label={m.form.title}
        description={m.form.titleHelp}
        value={title}
        required
        autoFocus={!draft}
        error={errors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextAreaField
        label={m.form.purpose}
        description={m.form.purposeHelp}
        value={purpose}
        rows={3}
        error={errors.purpose}
        onChange={(event) => setPurpose(event.target.value)}
      />
      <div className="sx-grid sx-grid--two">
        <SelectField
          label={m.form.stage}
          description={m.form.stageHelp}
          options={STAGE_OPTIONS}
          value={stage}
          onValueChange={setStage}
        />
        <SelectField label={m.form.status} options={STATUS_OPTIONS} value={status} onValueChange={setStatus} />
      </div>
      {draft?.finalOn && <p className="muted">{m.form.finalSince(formatDay(draft.finalOn))}</p>}
      {error && error.code !== 'INVALID_INPUT' && (
        <ErrorBanner title={error.message} onDismiss={() => setError(null)} />
      )}
      <div className="sx-actions">
        <Button type="submit" variant="primary" busy={saving}>
          {draft ? m.form.save : m.form.create}
        </Button>
        {onCancel && <Button onClick={onCancel}>{m.form.cancel}</Button>}
        {draft && onDeleted && !confirming && (
          <Button variant="quiet" onClick={() => setConfirming(true)}>
            {m.form.delete}
          </Button>
        )}
      </div>
      {confirming && draft && (
        <div className="callout callout--warning draft-form__confirm" role="group" aria-label={m.form.delete}>
          <p>{m.form.confirmDelete(draft.title)}</p>
          <Button variant="danger" size="small" onClick={() => void remove()}>
            {m.form.confirmDeleteButton}
          </Button>
          <Button size="small" onClick={() => setConfirming(false)}>
            {m.form.keep}
          </Button>
        </div>
      )}
      <p className="muted" role="status">
        {notice}
      </p>
    </form>
  );
}
