import { NotebookPen } from 'lucide-react';
import { useEffect, useState } from 'react';
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
import { SelectField } from '../ui/Field';
import { FieldRow } from '../ui/FieldRow';
import { EmptyState, PageHeader } from '../ui/Page';
import { SearchField } from '../ui/SearchField';
import { TabList, TabPanel } from '../ui/Tabs';
import { NoteBody } from './NoteBody';
import { NoteEditor } from './NoteEditor';
import { NoteMeta } from './NoteMeta';
import { SessionNotes } from './SessionNotes';
import { Snippet } from './Snippet';
import { useSpeakers } from './useSpeakers';
import './notes.css';

type View = 'search' | 'sessions';
const VIEWS = [
  { id: 'search', label: 'Search' },
  { id: 'sessions', label: 'By session' },
] as const satisfies readonly { id: View; label: string }[];

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
  const speakers = useSpeakers(dialogue.id);
  const [tab, setTab] = useState<View>('search');
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

  const tagChoices = [
    { value: '', label: 'Any tag' },
    ...(tagOptions?.topics.map((topic) => ({ value: `topic:${topic.id}`, label: `Topic: ${topic.label}` })) ?? []),
    ...(tagOptions?.rootCauses.map((cause) => ({
      value: `root-cause:${cause.id}`,
      label: `Root cause: ${cause.label}`,
    })) ?? []),
    ...(tagOptions?.free.map((label) => ({ value: `free:${label}`, label })) ?? []),
  ];

  return (
    <div className="page notes-page">
      <PageHeader
        title="Notes"
        context={dialogue.codeName}
        description="What was said and observed, across every session: search words and tags, or read a session’s notes by agenda item."
        actions={
          <TabList label="Notes" idBase="notes" variant="segmented" tabs={VIEWS} selected={tab} onSelect={setTab} />
        }
      />

      <TabPanel idBase="notes" tab={tab} className="notes-page__panel">
        {tab === 'sessions' ? (
          <>
            <FieldRow>
              <SelectField
                label="Session"
                options={[
                  { value: '', label: 'Choose a session…' },
                  ...sessions.map((session) => ({
                    value: session.id,
                    label: `Session ${session.number}${session.title ? ` · ${session.title}` : ''}`,
                  })),
                ]}
                value={browseSession}
                onValueChange={setBrowseSession}
              />
            </FieldRow>
            {browseSession ? (
              <SessionNotes key={browseSession} dialogue={dialogue} sessionId={browseSession} />
            ) : (
              sessions.length === 0 && (
                <EmptyState title="No sessions yet" icon={<NotebookPen size={22} />}>
                  <p>Notes belong to a session: plan one in Sessions, then take notes there or in live mode (N).</p>
                </EmptyState>
              )
            )}
          </>
        ) : (
          <>
            <form className="notes-search" role="search" onSubmit={(event) => event.preventDefault()}>
              <SearchField
                label="Search notes"
                value={filters.query}
                maxLength={NOTE_LIMITS.maxQueryChars}
                placeholder='Words, tags, "a phrase", or a prefix*'
                onValueChange={(query) => set({ query })}
              />
              <FieldRow min="10rem">
                <SelectField
                  label="View"
                  options={[
                    { value: '', label: 'Joint notes' },
                    ...sides.map((party) => ({ value: party.id, label: `Caucus: ${party.name}` })),
                  ]}
                  value={filters.caucusPartyId}
                  onValueChange={(caucusPartyId) => set({ caucusPartyId })}
                />
                <SelectField
                  label="Session"
                  options={[
                    { value: '', label: 'All sessions' },
                    ...sessions.map((session) => ({ value: session.id, label: `Session ${session.number}` })),
                  ]}
                  value={filters.sessionId}
                  onValueChange={(sessionId) => set({ sessionId })}
                />
                <SelectField
                  label="Speaker"
                  options={[
                    { value: '', label: 'Anyone' },
                    ...speakers.map((speaker) => ({ value: speaker.id, label: speaker.code })),
                  ]}
                  value={filters.speakerId}
                  onValueChange={(speakerId) => set({ speakerId })}
                />
                <SelectField
                  label="Tag"
                  options={tagChoices}
                  value={filters.tag}
                  onValueChange={(tag) => set({ tag })}
                />
              </FieldRow>
              <fieldset className="notes-search__levels">
                <legend>Who may see</legend>
                {NOTE_LEVELS.map((level) => (
                  <label key={level} className="checkbox">
                    <input
                      type="checkbox"
                      checked={filters.levels.includes(level)}
                      onChange={() => toggleLevel(level)}
                    />
                    {NOTE_LEVEL_LABELS[level]}
                  </label>
                ))}
              </fieldset>
            </form>

            {error && <ErrorBanner title={error} onDismiss={() => setError(null)} />}
            {result && <Results result={result} dialogue={dialogue} speakers={speakers} />}
          </>
        )}
      </TabPanel>
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
    return result.understood.length === 0 ? (
      <EmptyState title="No notes yet" icon={<NotebookPen size={22} />}>
        <p>
          Notes are taken in a session (open it in Sessions and press N) or in live mode. They appear here to search.
        </p>
      </EmptyState>
    ) : (
      <p className="muted notes-search__summary" role="status">
        No notes match. Words are searched in the notes’ text and their tags, ignoring case and accents.
      </p>
    );
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
              <OpenNote
                id={hit.note.id}
                dialogue={dialogue}
                speakers={speakers}
                highlight={result.understood}
                onClose={() => setOpen(null)}
              />
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
  highlight,
  onClose,
}: {
  readonly id: string;
  readonly dialogue: DialogueView;
  readonly speakers: ReturnType<typeof useSpeakers>;
  /** The search's terms: the opened note keeps the snippet's highlight. */
  readonly highlight: readonly string[];
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
        <NoteBody body={note.body} highlight={highlight} />
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
