import { Check, CircleAlert } from 'lucide-react';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { NoteView } from '../../shared/contract';
import {
  defaultNoteLevel,
  NOTE_LEVEL_LABELS,
  NOTE_LEVELS,
  NOTE_LIMITS,
  noteTooLargeMessage,
  utf8Bytes,
  type NoteKind,
  type NoteLevel,
} from '../../shared/domain/note';
import { REGIME_LABELS, type Regime } from '../../shared/domain/session';
import { attempt, useApi } from '../api';
import { SelectField } from '../ui/Field';
import { FieldRow } from '../ui/FieldRow';
import { ShortcutHint } from '../ui/Kbd';
import type { SaveResult, SaveStatus } from './autosave';
import { useAutosave } from './useAutosave';
import { NO_TAGS, TagPicker, tagDraftOf, tagInputs, type TagDraft } from './TagPicker';
import { laptopTimeZone } from '../../shared/time/zone';
import { formatTimeIn } from '../ui/format';

/** Where a new note goes: what live mode's note slot and the session view both know. */
export interface NoteTarget {
  readonly dialogueId: string;
  readonly sessionId: string;
  readonly agendaItemId: string | null;
  /** The rule in force there: it sets a new note's default level. Null when unknown (an edit). */
  readonly regime: Regime | null;
  /** A caucus: the note stays in that party's caucus view. */
  readonly caucusPartyId: string | null;
}

export interface SpeakerOption {
  readonly id: string;
  readonly code: string;
}

export interface NoteEditorProps {
  readonly target: NoteTarget;
  /** The note to edit; without it the editor starts a new one. */
  readonly note?: NoteView | undefined;
  readonly speakers: readonly SpeakerOption[];
  readonly autoFocus?: boolean;
  /** After each successful save, with the stored note. */
  readonly onSaved?: (note: NoteView) => void;
  /** Ctrl/Cmd+Enter or Escape, once the note is saved. */
  readonly onDone?: () => void;
  /** Ctrl/Cmd+Enter starts a fresh note instead of calling onDone (the session view's capture). */
  readonly continueAfterSave?: boolean;
}

interface Draft {
  id: string;
  /** False until the note exists in the workspace: an empty new note is never saved. */
  stored: boolean;
  body: string;
  speakerId: string | null;
  level: NoteLevel;
  kind: NoteKind;
  tags: TagDraft;
}

const newDraft = (target: NoteTarget): Draft => ({
  id: crypto.randomUUID(),
  stored: false,
  body: '',
  speakerId: null,
  level: defaultNoteLevel(target.regime, target.caucusPartyId !== null),
  kind: 'note',
  tags: NO_TAGS,
});

const fromNote = (note: NoteView): Draft => ({
  id: note.id,
  stored: true,
  body: note.body,
  speakerId: note.speaker?.participantId ?? null,
  level: note.level,
  kind: note.kind,
  tags: tagDraftOf(note.tags),
});

/**
 * Quick capture and editing of one note. Saves itself: within a second of a pause, when focus
 * leaves it, on Ctrl/Cmd+Enter, when it closes, and before the workspace locks (registered with
 * flush.ts). The status line says "Saved" only once the workspace has the text.
 */
export function NoteEditor({
  target,
  note,
  speakers,
  autoFocus = false,
  onSaved,
  onDone,
  continueAfterSave = false,
}: NoteEditorProps) {
  const api = useApi();
  const ids = useId();
  const [draft, setDraft] = useState<Draft>(() => (note ? fromNote(note) : newDraft(target)));
  // The saver reads the latest draft and callbacks through refs: it outlives renders.
  const latest = useRef({ draft, target, onSaved });
  useLayoutEffect(() => {
    latest.current = { draft, target, onSaved };
  });
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Closing the editor saves what is pending; the save completes after the panel is gone.
  const saver = useAutosave('', () => (note ? { kind: 'saved', at: Date.parse(note.updatedAt) } : { kind: 'idle' }), {
    hasContent: () => latest.current.draft.stored || latest.current.draft.body.trim() !== '',
    save: async (): Promise<SaveResult> => {
      const { draft: current, target: where } = latest.current;
      const bytes = utf8Bytes(current.body);
      if (bytes > NOTE_LIMITS.maxBodyBytes) {
        return { ok: false, error: { code: 'NOTE_TOO_LARGE', message: noteTooLargeMessage(bytes) } };
      }
      const result = await attempt(() =>
        api.note.save({
          id: current.id,
          sessionId: where.sessionId,
          body: current.body,
          speakerId: current.speakerId,
          level: current.level,
          kind: current.kind,
          tags: tagInputs(current.tags),
          // Where a new note was taken; an existing note keeps its item and caucus.
          ...(current.stored ? {} : { agendaItemId: where.agendaItemId, caucusPartyId: where.caucusPartyId }),
        }),
      );
      if (!result.ok) return result;
      if (latest.current.draft.id === current.id) {
        latest.current.draft = { ...latest.current.draft, stored: true };
        setDraft((d) => (d.id === current.id ? { ...d, stored: true } : d));
      }
      latest.current.onSaved?.(result.value);
      return { ok: true };
    },
  });
  const { status, setStatus } = saver;

  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus, draft.id]);

  const change = (fields: Partial<Draft>) => {
    setDraft((d) => {
      const next = { ...d, ...fields };
      latest.current.draft = next;
      return next;
    });
    saver.change();
  };

  const finish = async () => {
    const saved = await saver.flush();
    if (!saved) return;
    if (continueAfterSave) {
      const fresh = newDraft(latest.current.target);
      latest.current.draft = fresh;
      setDraft(fresh);
      setStatus({ kind: 'idle' });
    } else {
      onDone?.();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void finish();
    } else if (event.key === 'Escape' && onDone) {
      event.preventDefault();
      event.stopPropagation();
      void saver.flush().then(() => onDone());
    }
  };

  const speakerKnown = draft.speakerId === null || speakers.some((s) => s.id === draft.speakerId);
  const withdrawn = note?.speakerWithdrawn && draft.speakerId === null;

  return (
    <div
      className="note-editor"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Leaving the editor altogether (not moving between its own fields) saves at once.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) void saver.flush();
      }}
    >
      <label htmlFor={`${ids}-body`} className="visually-hidden">
        Note
      </label>
      <textarea
        id={`${ids}-body`}
        ref={textarea}
        className="control note-editor__body"
        dir="auto"
        rows={4}
        value={draft.body}
        placeholder="What was said or observed… (Markdown: **bold**, *italic*, - lists)"
        aria-describedby={`${ids}-status`}
        onChange={(event) => change({ body: event.target.value })}
      />
      <FieldRow min="9rem" className="note-editor__fields">
        <SelectField
          label="Speaker"
          options={[
            { value: '', label: withdrawn ? 'Withdrawn participant' : 'No speaker' },
            ...(!speakerKnown ? [{ value: draft.speakerId!, label: note?.speaker?.code ?? 'Unknown' }] : []),
            ...speakers.map((speaker) => ({ value: speaker.id, label: speaker.code })),
          ]}
          value={draft.speakerId ?? ''}
          onValueChange={(value) => change({ speakerId: value === '' ? null : value })}
        />
        <SelectField<NoteLevel>
          label="Who may see it"
          options={NOTE_LEVELS.map((level) => ({ value: level, label: NOTE_LEVEL_LABELS[level] }))}
          value={draft.level}
          onValueChange={(level) => change({ level })}
        />
      </FieldRow>
      <div className="note-editor__flags">
        <label className="note-editor__check">
          <input
            type="checkbox"
            checked={draft.kind === 'quote'}
            onChange={(event) => change({ kind: event.target.checked ? 'quote' : 'note' })}
          />
          <span>Verbatim quote</span>
        </label>
        <span className="note-editor__rule muted">
          {[target.caucusPartyId ? 'Caucus note' : null, target.regime ? REGIME_LABELS[target.regime] : null]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </div>
      <TagPicker dialogueId={target.dialogueId} value={draft.tags} onChange={(tags) => change({ tags })} />
      <div className="note-editor__footer">
        <SaveLine id={`${ids}-status`} status={status} />
        <span className="muted note-editor__hint">
          <ShortcutHint keyName="Enter" withModifier /> save{onDone ? ' · Esc close' : ''}
        </span>
      </div>
    </div>
  );
}

function SaveLine({ id, status }: { readonly id: string; readonly status: SaveStatus }) {
  switch (status.kind) {
    case 'saved':
      return (
        <span id={id} className="note-editor__status note-editor__status--saved" role="status">
          <Check size={14} aria-hidden="true" /> Saved {formatTimeIn(new Date(status.at), laptopTimeZone())}
        </span>
      );
    case 'saving':
      return (
        <span id={id} className="note-editor__status" role="status">
          Saving…
        </span>
      );
    case 'unsaved':
      return (
        <span id={id} className="note-editor__status" role="status">
          Unsaved changes
        </span>
      );
    case 'failed':
      return (
        <span id={id} className="note-editor__status note-editor__status--failed" role="alert" dir="auto">
          <CircleAlert size={14} aria-hidden="true" /> {status.error.message}
        </span>
      );
    case 'idle':
      return (
        <span id={id} className="note-editor__status muted" role="status">
          Not saved yet
        </span>
      );
  }
}
