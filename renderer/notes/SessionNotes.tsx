import { NotebookPen } from 'lucide-react';
import { useEffect, useId, useMemo, useState } from 'react';
import type { AgendaView, DialogueView, NoteView } from '../../shared/contract';
import { attempt, useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ShortcutHint } from '../ui/Kbd';
import { isPlainKey, isTypingTarget } from '../ui/keyboard';
import { TabList, TabPanel } from '../ui/Tabs';
import { NoteEditor, type NoteTarget } from './NoteEditor';
import { NoteCard } from './NoteCard';
import { useSpeakers } from './useSpeakers';
import './notes.css';

export interface SessionNotesProps {
  readonly dialogue: DialogueView;
  readonly sessionId: string;
}

/** Which notes a list shows: the joint ones, or one party's caucus. Never both together. */
type NotesView = { readonly kind: 'joint' } | { readonly kind: 'caucus'; readonly partyId: string };

/**
 * A session's notes, grouped by agenda item in agenda order, with quick capture at the top (N).
 * The joint view never holds a caucus note; each party's caucus notes are in that party's caucus
 * view only, exactly as the service returns them.
 */
export function SessionNotes({ dialogue, sessionId }: SessionNotesProps) {
  const api = useApi();
  const speakers = useSpeakers(dialogue.id);
  const [agenda, setAgenda] = useState<AgendaView | null>(null);
  const [notes, setNotes] = useState<readonly NoteView[] | null>(null);
  const [view, setView] = useState<NotesView>({ kind: 'joint' });
  const idBase = useId();
  const [itemId, setItemId] = useState<string | null>(null);
  const [capturing, setCapturing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([
      attempt(() => api.agenda.get({ sessionId })),
      attempt(() => api.note.list({ sessionId, ...(view.kind === 'caucus' ? { caucusPartyId: view.partyId } : {}) })),
    ]).then(([agendaResult, notesResult]) => {
      if (!current) return;
      if (agendaResult.ok) setAgenda(agendaResult.value);
      setNotes(notesResult.ok ? notesResult.value : []);
      const failed = !agendaResult.ok ? agendaResult : !notesResult.ok ? notesResult : null;
      setError(failed ? failed.error.message : null);
    });
    return () => {
      current = false;
    };
  }, [api, sessionId, view]);

  // N opens quick capture, unless the facilitator is typing somewhere.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || !isPlainKey(event) || event.repeat) return;
      if (isTypingTarget(event.target) || capturing) return;
      event.preventDefault();
      setCapturing(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [capturing]);

  const caucusParties = useMemo(() => dialogue.parties.filter((party) => party.kind === 'side'), [dialogue.parties]);
  const items = agenda?.items ?? [];
  const item = items.find((candidate) => candidate.id === itemId) ?? null;
  const target: NoteTarget | null = agenda && {
    dialogueId: dialogue.id,
    sessionId,
    agendaItemId: item?.id ?? null,
    regime: item?.effectiveRegime ?? agenda.session.regime,
    caucusPartyId: view.kind === 'caucus' ? view.partyId : (item?.caucusParty?.id ?? null),
  };

  const saved = (note: NoteView) => {
    setNotes((list) => {
      const current = list ?? [];
      // A note saved into another view (a caucus item from the joint view) does not show here.
      const belongs = view.kind === 'caucus' ? note.caucusPartyId === view.partyId : note.caucusPartyId === null;
      const without = current.filter((n) => n.id !== note.id);
      if (!belongs) return without;
      const index = current.findIndex((n) => n.id === note.id);
      return index === -1 ? [...current, note] : current.map((n) => (n.id === note.id ? note : n));
    });
  };

  const groups = [
    ...items.map((agendaItem) => ({
      key: agendaItem.id,
      title: agendaItem.title,
      notes: (notes ?? []).filter((note) => note.agendaItemId === agendaItem.id),
    })),
    { key: 'none', title: 'Outside the agenda', notes: (notes ?? []).filter((note) => note.agendaItemId === null) },
  ].filter((group) => group.notes.length > 0);

  return (
    <section className="session-notes" aria-label="Notes of this session">
      <h2 className="sx-panel-title">Notes</h2>
      <div className="session-notes__bar">
        <TabList
          label="Which notes"
          idBase={idBase}
          variant="segmented"
          tabs={[
            { id: 'joint', label: 'Joint notes' },
            ...caucusParties.map((party) => ({
              id: `caucus-${party.id}`,
              label: <span dir="auto">Caucus: {party.name}</span>,
            })),
          ]}
          selected={view.kind === 'joint' ? 'joint' : `caucus-${view.partyId}`}
          onSelect={(id) =>
            setView(id === 'joint' ? { kind: 'joint' } : { kind: 'caucus', partyId: id.slice('caucus-'.length) })
          }
        />
        <label className="session-notes__item">
          <span>Agenda item</span>
          <select className="control" value={itemId ?? ''} onChange={(e) => setItemId(e.target.value || null)}>
            <option value="">None</option>
            {items.map((agendaItem) => (
              <option key={agendaItem.id} value={agendaItem.id}>
                {agendaItem.title}
              </option>
            ))}
          </select>
        </label>
        {!capturing && (
          <Button
            variant="primary"
            onClick={() => setCapturing(true)}
            icon={<NotebookPen size={16} aria-hidden="true" />}
            aria-keyshortcuts="N"
          >
            New note <ShortcutHint keyName="N" />
          </Button>
        )}
      </div>

      <TabPanel
        idBase={idBase}
        tab={view.kind === 'joint' ? 'joint' : `caucus-${view.partyId}`}
        className="session-notes__panel"
      >
        {error && <ErrorBanner title={error} onDismiss={() => setError(null)} />}

        {capturing && target && (
          <NoteEditor
            key={`${view.kind}:${itemId ?? ''}`}
            target={target}
            speakers={speakers}
            autoFocus
            continueAfterSave
            onSaved={saved}
            onDone={() => setCapturing(false)}
          />
        )}

        {notes !== null && groups.length === 0 && (
          <p className="muted">
            {view.kind === 'joint' ? 'No notes yet in this session.' : 'No caucus notes with this party yet.'}
          </p>
        )}

        {groups.map((group) => (
          <section key={group.key} className="session-notes__group" aria-label={group.title}>
            <h3>
              <bdi>{group.title}</bdi>
            </h3>
            <ol className="note-list">
              {group.notes.map((note) =>
                target ? (
                  <NoteCard
                    key={note.id}
                    grouped
                    note={note}
                    target={target}
                    speakers={speakers}
                    onSaved={saved}
                    onDeleted={(id) => setNotes((list) => (list ?? []).filter((n) => n.id !== id))}
                  />
                ) : null,
              )}
            </ol>
          </section>
        ))}
      </TabPanel>
    </section>
  );
}
