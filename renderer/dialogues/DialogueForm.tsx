import { Save } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { DialogueView, ParleyError } from '../../shared/contract';
import {
  DIALOGUE_STATUSES,
  DIALOGUE_STATUS_LABELS,
  TRACK_LEVELS,
  TRACK_LEVEL_LABELS,
  type DialogueStatus,
  type TrackLevel,
} from '../../shared/domain/dialogue';
import { attempt, useApi } from '../api';
import { useSession } from '../app/session';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FieldRow } from '../ui/FieldRow';
import { PageHeader } from '../ui/Page';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { fieldErrorsOf, unplacedIssues, type FieldErrors } from '../ui/issues';
import { ShortcutHint } from '../ui/Kbd';
import { createInput, draftOf, isDirty, newDraft, unsavedParties, updateInput, type DialogueDraft } from './draft';
import { PartyRows } from './PartyRows';
import { RootCauseRows } from './RootCauseRows';
import { SponsorRows } from './SponsorRows';
import { ArchivedBadge } from './StatusBadge';

export interface DialogueFormProps {
  /** The dialogue to edit; absent for a new one. */
  readonly dialogue?: DialogueView | undefined;
  readonly onSaved: (dialogue: DialogueView) => void;
  readonly onCancel: () => void;
}

const STATUS_OPTIONS = DIALOGUE_STATUSES.map((value) => ({ value, label: DIALOGUE_STATUS_LABELS[value] }));
const TRACK_OPTIONS = TRACK_LEVELS.map((value) => ({ value, label: TRACK_LEVEL_LABELS[value] }));
const FIELDS = new Set(['codeName', 'conflict', 'status', 'trackLevel', 'startedOn', 'objectives']);
const ROW_PATHS = [/^parties\.\d+\.(name|kind)$/, /^sponsors(\.\d+)?$/, /^rootCauses(\.\d+\.(title|description))?$/];
const isPlaced = (path: string) => FIELDS.has(path) || ROW_PATHS.some((pattern) => pattern.test(path));

interface Banner {
  readonly title: string;
  readonly details?: readonly string[];
}

/**
 * Create or edit a dialogue. Errors come from main: `issues` go next to their fields, anything else
 * into the banner, and focus moves to the first thing to fix. Escape cancels; with unsaved changes
 * it asks first, because nothing the facilitator typed should vanish on one key.
 */
export function DialogueForm({ dialogue, onSaved, onCancel }: DialogueFormProps) {
  const api = useApi();
  const session = useSession();
  const [initial, setInitial] = useState<DialogueDraft>(() => (dialogue ? draftOf(dialogue) : newDraft()));
  const [draft, setDraft] = useState<DialogueDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const keepEditingRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Where focus was when "Discard?" was asked, to return there on "Keep editing".
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const [focusAfterError, setFocusAfterError] = useState(0);
  const headingId = useId();

  const set = <K extends keyof DialogueDraft>(key: K, value: DialogueDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    // Editing again answers "Discard?" with "no"; focus is already where the facilitator put it.
    returnFocusRef.current = null;
    setConfirmingDiscard(false);
  };

  // After a failed save: focus the first invalid control in document order, else the banner.
  useEffect(() => {
    if (focusAfterError === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
      if (invalid instanceof HTMLInputElement) invalid.select();
    } else bannerRef.current?.focus();
  }, [focusAfterError]);

  useEffect(() => {
    if (confirmingDiscard) {
      keepEditingRef.current?.focus();
      return;
    }
    const back = returnFocusRef.current;
    returnFocusRef.current = null;
    if (back) (back.isConnected ? back : cancelRef.current)?.focus();
  }, [confirmingDiscard]);

  function fail(error: ParleyError, prefix?: string) {
    if (session.lockedElsewhere(error)) return;
    setSaving(false);
    const fields = fieldErrorsOf(error);
    const placed = Object.keys(fields).filter(isPlaced);
    const rest = unplacedIssues(error, isPlaced);
    setErrors(Object.fromEntries(placed.map((path) => [path, fields[path]!])));
    if (error.code === 'CODE_NAME_TAKEN') setErrors({ codeName: 'Choose another code name.' });
    const title = placed.length > 0 && error.code === 'INVALID_INPUT' ? 'Some fields need attention.' : error.message;
    setBanner({ title: prefix ? `${prefix} ${title}` : title, details: rest });
    setFocusAfterError((n) => n + 1);
  }

  async function create() {
    const result = await attempt(() => api.dialogue.create(createInput(draft)));
    if (!result.ok) return fail(result.error);
    onSaved(result.value);
  }

  async function update(id: string) {
    const pending = unsavedParties(draft);
    // Checked here because the dialogue and each new party are separate calls: a blank row found
    // by main after the dialogue was saved would leave half an edit behind.
    const blanks = pending.filter(({ party }) => !party.name.trim());
    if (blanks.length > 0) {
      setSaving(false);
      setErrors(
        Object.fromEntries(blanks.map(({ index }) => [`parties.${index}.name`, 'Name the party or remove the row.'])),
      );
      setBanner(null);
      setFocusAfterError((n) => n + 1);
      return;
    }
    const saved = await attempt(() => api.dialogue.update(updateInput(id, draft)));
    if (!saved.ok) return fail(saved.error);
    for (const [position, { party }] of pending.entries()) {
      const added = await attempt(() => api.party.create({ dialogueId: id, name: party.name, kind: party.kind }));
      if (added.ok) continue;
      // The dialogue (and the parties before this one) are saved. Show the saved state plus the
      // rows still to add, with the error on the first of them.
      const fresh = await attempt(() => api.dialogue.get({ id }));
      const base = draftOf(fresh.ok ? fresh.value : saved.value);
      const remaining = pending.slice(position).map((entry) => entry.party);
      const failedIndex = base.parties.length;
      setInitial(base);
      setDraft({ ...draft, parties: [...base.parties, ...remaining] });
      const issues = added.error.issues?.map((issue) => ({ ...issue, path: `parties.${failedIndex}.${issue.path}` }));
      return fail({ ...added.error, ...(issues ? { issues } : {}) }, 'The dialogue was saved, but not every party:');
    }
    const fresh = await attempt(() => api.dialogue.get({ id }));
    onSaved(fresh.ok ? fresh.value : saved.value);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setConfirmingDiscard(false);
    setErrors({});
    setBanner(null);
    await (dialogue ? update(dialogue.id) : create());
  }

  function requestCancel() {
    if (!isDirty(draft, initial)) {
      onCancel();
      return;
    }
    returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setConfirmingDiscard(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (confirmingDiscard) setConfirmingDiscard(false);
    else requestCancel();
  }

  return (
    <form
      ref={formRef}
      className="page page--form"
      aria-labelledby={headingId}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <PageHeader
        title={dialogue ? 'Edit dialogue' : 'New dialogue'}
        context={dialogue?.codeName}
        headingId={headingId}
        description={dialogue ? undefined : 'Name the process and its parties; everything else can wait.'}
        actions={dialogue?.archived && <ArchivedBadge />}
        focusOnMount={dialogue !== undefined}
      />

      {banner && (
        <ErrorBanner ref={bannerRef} title={banner.title} details={banner.details} onDismiss={() => setBanner(null)} />
      )}

      <FieldRow min="16rem">
        <TextField
          label="Code name"
          description="A neutral name, used everywhere in Parley and in exports."
          value={draft.codeName}
          maxLength={80}
          autoComplete="off"
          autoFocus={!dialogue}
          error={errors.codeName}
          onChange={(event) => set('codeName', event.target.value)}
        />
        <TextField
          label="Conflict"
          description="In a few words, e.g. “Border dispute, northern valleys”."
          value={draft.conflict}
          maxLength={200}
          autoComplete="off"
          error={errors.conflict}
          onChange={(event) => set('conflict', event.target.value)}
        />
      </FieldRow>
      <FieldRow>
        <SelectField<DialogueStatus>
          label="Status"
          options={STATUS_OPTIONS}
          value={draft.status}
          error={errors.status}
          onValueChange={(value) => set('status', value)}
        />
        <SelectField<TrackLevel>
          label="Track level"
          options={TRACK_OPTIONS}
          value={draft.trackLevel}
          error={errors.trackLevel}
          onValueChange={(value) => set('trackLevel', value)}
        />
        <TextField
          label="Started on"
          type="date"
          dir="ltr"
          value={draft.startedOn}
          error={errors.startedOn}
          onChange={(event) => set('startedOn', event.target.value)}
        />
      </FieldRow>
      <p className="field__description dialogue-form__track-help">
        Track 1.5: officials in a personal capacity alongside unofficial participants · Track 2: unofficial, influential
        people · Track 3: community level.
      </p>
      <PartyRows
        parties={draft.parties}
        errors={errors}
        disabled={saving}
        onChange={(parties) => set('parties', parties)}
      />
      <SponsorRows
        sponsors={draft.sponsors}
        errors={errors}
        disabled={saving}
        onChange={(sponsors) => set('sponsors', sponsors)}
      />
      <TextAreaField
        label="Objectives"
        description="What this process hopes to change, and what success would look like."
        value={draft.objectives}
        rows={9}
        error={errors.objectives}
        onChange={(event) => set('objectives', event.target.value)}
      />
      <RootCauseRows
        rootCauses={draft.rootCauses}
        errors={errors}
        disabled={saving}
        onChange={(rootCauses) => set('rootCauses', rootCauses)}
      />

      {/* In the sticky bar, so the question is on screen wherever the facilitator has scrolled. */}
      <footer className="form-actions">
        {confirmingDiscard ? (
          <div className="confirm" role="group" aria-labelledby={`${headingId}-discard`}>
            <p id={`${headingId}-discard`} className="confirm__question">
              Discard the changes you made to this dialogue?
            </p>
            <Button ref={keepEditingRef} variant="primary" onClick={() => setConfirmingDiscard(false)}>
              Keep editing
            </Button>
            <Button variant="danger" onClick={onCancel}>
              Discard changes
            </Button>
          </div>
        ) : (
          <>
            <Button type="submit" variant="primary" busy={saving} icon={<Save size={16} aria-hidden="true" />}>
              Save dialogue
            </Button>
            <Button ref={cancelRef} onClick={requestCancel} aria-keyshortcuts="Escape">
              Cancel
              <ShortcutHint keyName="Esc" />
            </Button>
          </>
        )}
      </footer>
    </form>
  );
}
