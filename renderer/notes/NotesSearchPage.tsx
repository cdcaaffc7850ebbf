import { Search } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import type {
  DialogueView,
  NoteSearchResult,
  NoteTagInput,
  NoteTagOptions,
  NoteView,
  SessionView,
} from '../../shared/contract';
import { NOTE_LEVEL_LABELS, NOTE_LEVELS, NOTE_LIMITS, type NoteLevel } from '../../shared/domain/note';
import { attempt, useApi } from '../api';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { NoteBody } from './NoteBody';
import { NoteEditor } from './NoteEditor';
import { NoteMeta } from './NoteMeta';
import { SessionNotes } from './SessionNotes';
import { Snippet } from './Snippet';
import { useSpeakers } from './useSpeakers';
import './notes.css';

/** Waits this long after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 250;

interface Filters {
  readonly query: string;
  readonly sessionId: string;
  readonly speakerId: string;
  /** `kind:id` or `free:label`; '' for any. */
  readonly tag: string;
  readonly levels: readonly NoteLevel[];
  /** '' for joint notes, else the party whose caucus notes to search. */
  readonly caucusPartyId: string;
}

const NO_FILTERS: Filters = { query: '', sessionId: '', speakerId: '', tag: '', levels: [], caucusPartyId: '' };

function tagInput(value: string): NoteTagInput | undefined {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if (kind === 'topic') return { kind: 'topic', id };
  if (kind === 'root-cause') return { kind: 'root-cause', id };
  if (kind === 'free') return { kind: 'free', label: id };
  return undefined;
}

/**
 * Notes of a dialogue: full-text search with filters and highlighted snippets, and a view of one
 * session's notes by agenda item. Joint notes by default; a party's caucus notes only when that
 * caucus is chosen, never mixed into joint results.
 */
export function NotesSearchPage({ dialogue }: { readonly dialogue: DialogueView }) {
  const api = useApi();
  const ids = useId();
  const speakers = useSpeakers(dialogue.id);
  const [tab, setTab] = useState<'search' | 'sessions'>('search');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [result, setResult] = useState<NoteSearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sessions, setSessions] = useState<readonly SessionView[]>([]);
  const [tagOptions, setTagOptions] = useState<NoteTagOptions | null>(null);
  const [browseSession, setBrowseSession] = useState('');

  useEffect(() => {
    let current = true;
    void attempt(() => api.session.list({ dialogueId: dialogue.id })).then((r) => {
      if (current && r.ok) setSessions(r.value);
    });
    void attempt(() => api.note.tagOptions({ dialogueId: dialogue.id })).then((r) => {
      if (current && r.ok) setTagOptions(r.value);
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      const tag = tagInput(filters.tag);
      void attempt(() =>
        api.note.search({
          dialogueId: dialogue.id,
          query: filters.query,
          ...(filters.sessionId ? { sessionId: filters.sessionId } : {}),
          ...(filters.speakerId ? { speakerId: filters.speakerId } : {}),
          ...(tag ? { tag } : {}),
          ...(filters.levels.length > 0 ? { levels: [...filters.levels] } : {}),
          ...(filters.caucusPartyId ? { caucusPartyId: filters.caucusPartyId } : {}),
        }),
      ).then((r) => {
        if (!current) return;
        if (r.ok) {
          setResult(r.value);
          setError(null);
        } else {
          setError(r.error.message);
        }
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, dialogue.id, filters]);

  const set = (fields: Partial<Filters>) => setFilters((f) => ({ ...f, ...fields }));
  const toggleLevel = (level: NoteLevel) =>
    set({
      levels: filters.levels.includes(level) ? filters.levels.filter((l) => l !== level) : [...filters.levels, level],
    });
  const sides = dialogue.parties.filter((party) => party.kind === 'side');

  return (
    <div className="notes-page">
      <header className="notes-page__header">
        <h1>Notes</h1>
        <div role="tablist" aria-label="Notes" className="session-notes__views">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'search'}
            className="session-notes__view"
            onClick={() => setTab('search')}
          >
            Search
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'sessions'}
            className="session-notes__view"
            onClick={() => setTab('sessions')}
          >
            By session
          </button>
        </div>
      </header>

      {tab === 'sessions' ? (
        <>
          <label className="notes-page__field">
            <span>Session</span>
            <select className="control" value={browseSession} onChange={(e) => setBrowseSession(e.target.value)}>
              <option value="">Choose a session…</option>
              {sessions.map((session) => (
                <option key={session.id} value={session.id}>
                  Session {session.number}
                  {session.title ? ` · ${session.title}` : ''}
                </option>
              ))}
            </select>
          </label>
          {browseSession && <SessionNotes key={browseSession} dialogue={dialogue} sessionId={browseSession} />}
        </>
      ) : (
        <>
          <form className="notes-search" role="search" onSubmit={(event) => event.preventDefault()}>
            <label htmlFor={`${ids}-query`} className="visually-hidden">
              Search notes
            </label>
            <div className="notes-search__box">
              <Search size={16} aria-hidden="true" />
              <input
                id={`${ids}-query`}
                type="search"
                className="control"
                dir="auto"
                value={filters.query}
                maxLength={NOTE_LIMITS.maxQueryChars}
                placeholder='Words, "a phrase", or a prefix*'
                onChange={(event) => set({ query: event.target.value })}
              />
            </div>
            <div className="notes-search__filters">
              <label className="notes-page__field">
                <span>View</span>
                <select
                  className="control"
                  value={filters.caucusPartyId}
                  onChange={(e) => set({ caucusPartyId: e.target.value })}
                >
                  <option value="">Joint notes</option>
                  {sides.map((party) => (
                    <option key={party.id} value={party.id}>
                      Caucus: {party.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="notes-page__field">
                <span>Session</span>
                <select
                  className="control"
                  value={filters.sessionId}
                  onChange={(e) => set({ sessionId: e.target.value })}
                >
                  <option value="">All sessions</option>
                  {sessions.map((session) => (
                    <option key={session.id} value={session.id}>
                      Session {session.number}
                    </option>
                  ))}
                </select>
              </label>
              <label className="notes-page__field">
                <span>Speaker</span>
                <select
                  className="control"
                  value={filters.speakerId}
                  onChange={(e) => set({ speakerId: e.target.value })}
                >
                  <option value="">Anyone</option>
                  {speakers.map((speaker) => (
                    <option key={speaker.id} value={speaker.id}>
                      {speaker.code}
                    </option>
                  ))}
                </select>
              </label>
              <label className="notes-page__field">
                <span>Tag</span>
                <select className="control" value={filters.tag} onChange={(e) => set({ tag: e.target.value })}>
                  <option value="">Any tag</option>
                  {tagOptions?.topics.map((topic) => (
                    <option key={topic.id} value={`topic:${topic.id}`}>
                      Topic: {topic.label}
                    </option>
                  ))}
                  {tagOptions?.rootCauses.map((cause) => (
                    <option key={cause.id} value={`root-cause:${cause.id}`}>
                      Root cause: {cause.label}
                    </option>
                  ))}
                  {tagOptions?.free.map((label) => (
                    <option key={label} value={`free:${label}`}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset className="notes-search__levels">
                <legend>Who may see</legend>
                {NOTE_LEVELS.map((level) => (
                  <label key={level}>
                    <input
                      type="checkbox"
                      checked={filters.levels.includes(level)}
                      onChange={() => toggleLevel(level)}
                    />
                    {NOTE_LEVEL_LABELS[level]}
                  </label>
                ))}
              </fieldset>
            </div>
          </form>

          {error && <ErrorBanner title={error} onDismiss={() => setError(null)} />}
          {result && <Results result={result} dialogue={dialogue} speakers={speakers} />}
        </>
      )}
    </div>
  );
}

function Results({
  result,
  dialogue,
  speakers,
}: {
  readonly result: NoteSearchResult;
  readonly dialogue: DialogueView;
  readonly speakers: ReturnType<typeof useSpeakers>;
}) {
  const [open, setOpen] = useState<string | null>(null);
  if (result.hits.length === 0) {
    return <p className="muted notes-search__summary">No notes match.</p>;
  }
  return (
    <>
      <p className="muted notes-search__summary" role="status">
        {result.rankedWindow
          ? `More than ${result.total.toLocaleString()} notes match; the most recent are ranked. Add a word or a filter to narrow.`
          : `${result.total.toLocaleString()} ${result.total === 1 ? 'note matches' : 'notes match'}.`}
      </p>
      <ol className="note-list" aria-label="Search results">
        {result.hits.map((hit) => (
          <li key={hit.note.id} className="note-card">
            <NoteMeta note={hit.note} showSession />
            {open === hit.note.id ? (
              <OpenNote id={hit.note.id} dialogue={dialogue} speakers={speakers} onClose={() => setOpen(null)} />
            ) : (
              <button type="button" className="note-card__open" onClick={() => setOpen(hit.note.id)}>
                <Snippet snippet={hit.snippet} />
              </button>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** A search hit opened: the whole note, rendered, with an Edit button. */
function OpenNote({
  id,
  dialogue,
  speakers,
  onClose,
}: {
  readonly id: string;
  readonly dialogue: DialogueView;
  readonly speakers: ReturnType<typeof useSpeakers>;
  readonly onClose: () => void;
}) {
  const api = useApi();
  const [note, setNote] = useState<NoteView | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    let current = true;
    void attempt(() => api.note.get({ id })).then((r) => {
      if (current && r.ok) setNote(r.value);
    });
    return () => {
      current = false;
    };
  }, [api, id]);
  if (!note) return null;
  return (
    <div className="note-card__full">
      {editing ? (
        <NoteEditor
          target={{
            dialogueId: dialogue.id,
            sessionId: note.sessionId,
            agendaItemId: note.agendaItemId,
            regime: null,
            caucusPartyId: note.caucusPartyId,
          }}
          note={note}
          speakers={speakers}
          autoFocus
          onSaved={setNote}
          onDone={() => setEditing(false)}
        />
      ) : (
        <NoteBody body={note.body} />
      )}
      <div className="note-card__actions">
        {!editing && (
          <Button size="small" variant="quiet" onClick={() => setEditing(true)}>
            Edit
          </Button>
        )}
        <Button size="small" variant="quiet" onClick={onClose}>
          Close
        </Button>
      </div>
    </div>
  );
}
