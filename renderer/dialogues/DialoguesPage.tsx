import { Plus } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DialogueView, ParleyError } from '../../shared/contract';
import { AgreementWarnings } from '../agreements/AgreementWarnings';
import { attempt, useApi } from '../api';
import { useSession } from '../app/session';
import { AftercareDue } from '../exercises/AftercareDue';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { EmptyState, PageHeader } from '../ui/Page';
import { ShortcutHint } from '../ui/Kbd';
import { isPlainKey, isTypingTarget } from '../ui/keyboard';
import { Spinner } from '../ui/Spinner';
import { DialogueForm } from './DialogueForm';
import { DialogueList } from './DialogueList';
import './dialogues.css';
import { Checkbox } from '../ui/Checkbox';

type View =
  { readonly kind: 'list' } | { readonly kind: 'new' } | { readonly kind: 'edit'; readonly dialogue: DialogueView };

/** "“Cedar” archived." — the code name isolated (it may be Arabic) inside an English sentence. */
interface Notice {
  readonly codeName: string;
  readonly happened: string;
  readonly undo?: () => void;
}

/**
 * Where focus goes when the list comes back: a row (by dialogue id), the notice or the "New
 * dialogue" button. `before` is the list on screen when asked: a row still missing from a newer
 * list will not come, and focus falls back to "New dialogue".
 */
type FocusTarget = {
  readonly to: { readonly id: string } | 'new' | 'notice';
  readonly before: readonly DialogueView[] | null;
} | null;

/**
 * The Dialogues section: the list, and the form in its place while creating or editing. N opens a
 * new dialogue when focus is not in a field.
 */
export function DialoguesPage() {
  const api = useApi();
  const session = useSession();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [dialogues, setDialogues] = useState<readonly DialogueView[] | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [loadError, setLoadError] = useState<ParleyError | null>(null);
  const [actionError, setActionError] = useState<ParleyError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [reloads, setReloads] = useState(0);
  const focusTarget = useRef<FocusTarget>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const { lockedElsewhere } = session;

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    // A late answer to an older request (e.g. "Show archived" toggled twice quickly) is ignored.
    let current = true;
    void attempt(() => api.dialogue.list({ includeArchived: showArchived })).then((result) => {
      if (!current) return;
      if (result.ok) {
        setDialogues(result.value);
        setLoadError(null);
      } else if (!lockedElsewhere(result.error)) {
        setLoadError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [api, showArchived, lockedElsewhere, reloads]);

  // Returns focus once the list (and the wanted row) is on screen again; runs after every render
  // because the target may appear only when the reloaded list arrives.
  useEffect(() => {
    const target = focusTarget.current;
    if (view.kind !== 'list' || target === null || dialogues === null) return;
    const { to, before } = target;
    if (to === 'new') newButton.current?.focus();
    else if (to === 'notice') noticeRef.current?.focus();
    else {
      const row = document.querySelector<HTMLElement>(`[data-dialogue-id="${CSS.escape(to.id)}"]`);
      if (!row && dialogues === before) return;
      (row ?? newButton.current)?.focus();
    }
    focusTarget.current = null;
  });

  const startNew = useCallback(() => {
    setNotice(null);
    setActionError(null);
    setView({ kind: 'new' });
  }, []);

  useEffect(() => {
    if (view.kind !== 'list') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || !isPlainKey(event) || event.repeat) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      startNew();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [view.kind, startNew]);

  async function archive(dialogue: DialogueView, archived: boolean) {
    setPending((ids) => new Set(ids).add(dialogue.id));
    setActionError(null);
    const result = await attempt(() => api.dialogue.archive({ id: dialogue.id, archived }));
    setPending((ids) => {
      const next = new Set(ids);
      next.delete(dialogue.id);
      return next;
    });
    if (!result.ok) {
      if (!lockedElsewhere(result.error)) setActionError(result.error);
      return;
    }
    setNotice({
      codeName: dialogue.codeName,
      happened: archived ? 'archived' : 'restored from the archive',
      undo: () => void archive(result.value, !archived),
    });
    // An archived row leaves the list (unless archived ones are shown): focus the notice, whose
    // Undo is then one Tab away, instead of losing focus to the page.
    focusTarget.current = { to: archived && !showArchived ? 'notice' : { id: dialogue.id }, before: dialogues };
    reload();
  }

  if (view.kind !== 'list') {
    const editing = view.kind === 'edit' ? view.dialogue : undefined;
    return (
      <DialogueForm
        key={editing?.id ?? 'new'}
        dialogue={editing}
        onCancel={() => {
          focusTarget.current = { to: editing ? { id: editing.id } : 'new', before: null };
          setView({ kind: 'list' });
        }}
        onSaved={(saved) => {
          setNotice({ codeName: saved.codeName, happened: editing ? 'saved' : 'created' });
          focusTarget.current = { to: { id: saved.id }, before: dialogues };
          setView({ kind: 'list' });
          reload();
        }}
      />
    );
  }

  return (
    <section className="page" aria-labelledby="dialogues-heading">
      <PageHeader
        title="Dialogues"
        headingId="dialogues-heading"
        description="Each dialogue is one Track Two process. Open one to edit it; its roster, sessions and notes are in the sections on the left."
        actions={
          <>
            <Checkbox checked={showArchived} onChange={setShowArchived}>
              Show archived
            </Checkbox>
            <Button
              ref={newButton}
              variant="primary"
              icon={<Plus size={16} aria-hidden="true" />}
              onClick={startNew}
              aria-keyshortcuts="N"
            >
              New dialogue
              <ShortcutHint keyName="N" />
            </Button>
          </>
        }
      />

      <div className="notice" role="status" ref={noticeRef} tabIndex={-1}>
        {notice && (
          <>
            <span>
              “<bdi>{notice.codeName}</bdi>” {notice.happened}.
            </span>
            {notice.undo && (
              <button type="button" className="link-button" onClick={notice.undo}>
                Undo
              </button>
            )}
          </>
        )}
      </div>

      {actionError && <ErrorBanner title={actionError.message} onDismiss={() => setActionError(null)} />}
      <AgreementWarnings />
      <AftercareDue />

      {loadError ? (
        <div className="stack">
          <ErrorBanner title={`The dialogues could not be loaded. ${loadError.message}`} />
          <Button onClick={reload}>Try again</Button>
        </div>
      ) : dialogues === null ? (
        <p className="loading" aria-busy="true">
          <Spinner /> Loading dialogues…
        </p>
      ) : dialogues.length === 0 ? (
        // Not a heading: "Dialogues" stays the page's only heading by that name.
        <EmptyState
          title={showArchived ? 'No dialogues in this workspace' : 'No dialogues to show'}
          actions={
            <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={startNew}>
              Start a dialogue
            </Button>
          }
        >
          <p>
            A dialogue is one Track Two process: its code name, the conflict, the parties and what it hopes to achieve.
            Start one with <strong>New dialogue</strong> or press <kbd className="kbd">N</kbd>.
          </p>
          {!showArchived && <p className="muted">Archived dialogues appear when “Show archived” is ticked.</p>}
        </EmptyState>
      ) : (
        <DialogueList
          dialogues={dialogues}
          pending={pending}
          onOpen={(dialogue) => {
            setNotice(null);
            setActionError(null);
            setView({ kind: 'edit', dialogue });
          }}
          onArchive={(dialogue, archived) => void archive(dialogue, archived)}
        />
      )}
    </section>
  );
}
