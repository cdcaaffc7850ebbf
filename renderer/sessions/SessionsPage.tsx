import { ArrowLeft, Pencil, Plus, Radio } from 'lucide-react';
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { AgendaView, DialogueView, SessionView, VenueView } from '../../shared/contract';
import { REGIME_LABELS, SEPARATION_KIND_LABELS } from '../../shared/domain/session';
import { formatInZone } from '../../shared/time/zone';
import { attempt, useApi } from '../api';
import { SessionContext } from '../app/session';
import { AgendaBuilder } from '../agenda/AgendaBuilder';
import { SessionExercises } from '../exercises/SessionExercises';
import { CHECKLISTS_COLUMN, ChecklistProgressCell, useChecklistProgress } from '../exercises/SessionProgress';
import { formatMinutes } from '../agenda/model';
import { LiveMode } from '../live/LiveMode';
import type { RenderNoteCapture } from '../live/note-slot';
import { PlanVsActual } from '../live/PlanVsActual';
import { SessionNotes } from '../notes';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ShortcutHint } from '../ui/Kbd';
import { isPlainKey, isTypingTarget } from '../ui/keyboard';
import { Spinner } from '../ui/Spinner';
import { AttendancePanel } from './AttendancePanel';
import { useCall } from './call';
import { sessionDates } from './format';
import { SessionForm } from './SessionForm';
import { Timeline } from './Timeline';
import './sessions.css';

export interface SessionsPageProps {
  readonly dialogue: DialogueView;
  /** The notes feature's capture form for live mode (N). */
  readonly renderNoteCapture?: RenderNoteCapture | undefined;
  /** For tests: today's date `YYYY-MM-DD`, and the clock live mode counts with. */
  readonly today?: string;
  readonly clock?: () => Date;
}

type View =
  | { readonly kind: 'list' }
  | { readonly kind: 'new' }
  | { readonly kind: 'session'; readonly id: string; readonly editing: boolean }
  | { readonly kind: 'live'; readonly id: string };

const todayOf = () => formatInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', 'yyyy-MM-dd');

/**
 * The Sessions section of one dialogue: a calendar across months and a dense list; a session's
 * details, agenda, notes (quick capture with N) and attendance; and live mode in the room. N starts
 * a new session from the list.
 */
export function SessionsPage({ dialogue, renderNoteCapture, today, clock }: SessionsPageProps) {
  const api = useApi();
  const { run, error, setError } = useCall();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [sessions, setSessions] = useState<readonly SessionView[] | null>(null);
  const [venues, setVenues] = useState<readonly VenueView[]>([]);
  const [loadedAgenda, setLoadedAgenda] = useState<AgendaView | null>(null);
  const frame = useContext(SessionContext);
  const returnFocus = useRef<string | null>(null);

  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const checklists = useChecklistProgress(dialogue.id, `${reloads}:${view.kind}`);

  useEffect(() => {
    let current = true;
    void Promise.all([
      attempt(() => api.session.list({ dialogueId: dialogue.id })),
      attempt(() => api.venue.list({ dialogueId: dialogue.id })),
    ]).then(([list, places]) => {
      if (!current) return;
      if (list.ok) setSessions(list.value);
      else if (!frame?.lockedElsewhere(list.error)) setError(list.error);
      if (places.ok) setVenues(places.value);
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id, reloads, frame, setError]);

  const openId = view.kind === 'session' || view.kind === 'live' ? view.id : null;
  useEffect(() => {
    if (!openId) return;
    let current = true;
    void attempt(() => api.agenda.get({ sessionId: openId })).then((loaded) => {
      if (!current) return;
      if (loaded.ok) setLoadedAgenda(loaded.value);
      else if (!frame?.lockedElsewhere(loaded.error)) setError(loaded.error);
    });
    return () => {
      current = false;
    };
  }, [api, openId, frame, setError]);
  // Only the open session's agenda is shown; a stale one waits for the next load.
  const agenda = loadedAgenda && loadedAgenda.session.id === openId ? loadedAgenda : null;
  const setAgenda = setLoadedAgenda;

  useEffect(() => {
    if (view.kind !== 'list') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || !isPlainKey(event) || event.repeat || isTypingTarget(event.target)) return;
      event.preventDefault();
      setView({ kind: 'new' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [view.kind]);

  useEffect(() => {
    const id = returnFocus.current;
    if (!id || view.kind !== 'list' || !sessions) return;
    returnFocus.current = null;
    document.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(id)}"]`)?.focus();
  });

  const open = (session: SessionView) => setView({ kind: 'session', id: session.id, editing: false });
  const backToList = (id?: string) => {
    returnFocus.current = id ?? null;
    setView({ kind: 'list' });
    void reload();
  };
  const addVenue = (venue: VenueView) =>
    setVenues((all) => [...all.filter((v) => v.id !== venue.id), venue].sort((a, b) => a.name.localeCompare(b.name)));
  const current = openId ? sessions?.find((s) => s.id === openId) : undefined;

  if (view.kind === 'live') {
    if (!agenda) {
      return (
        <p className="loading">
          <Spinner /> Opening live mode…
        </p>
      );
    }
    return (
      <LiveMode
        agenda={agenda}
        onAgendaChange={setAgenda}
        onExit={() => setView({ kind: 'session', id: view.id, editing: false })}
        renderNoteCapture={renderNoteCapture}
        clock={clock}
      />
    );
  }

  if (view.kind === 'new') {
    return (
      <div className="sessions-page">
        <SessionForm
          dialogue={dialogue}
          venues={venues}
          onVenueSaved={addVenue}
          onCancel={() => setView({ kind: 'list' })}
          onSaved={(created) => {
            setSessions((all) => [...(all ?? []), created]);
            setView({ kind: 'session', id: created.id, editing: false });
          }}
        />
      </div>
    );
  }

  if (view.kind === 'session') {
    return (
      <div className="sessions-page">
        <nav className="sessions-page__crumbs">
          <Button
            variant="quiet"
            size="small"
            icon={<ArrowLeft size={14} aria-hidden="true" />}
            onClick={() => backToList(view.id)}
          >
            All sessions
          </Button>
        </nav>
        {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
        {!current ? (
          <p className="loading">
            <Spinner /> Loading the session…
          </p>
        ) : view.editing ? (
          <SessionForm
            dialogue={dialogue}
            venues={venues}
            session={current}
            onVenueSaved={addVenue}
            onCancel={() => setView({ ...view, editing: false })}
            onSaved={(saved) => {
              setSessions((all) => (all ?? []).map((s) => (s.id === saved.id ? saved : s)));
              setView({ ...view, editing: false });
              void run(() => api.agenda.get({ sessionId: saved.id })).then((loaded) => loaded && setAgenda(loaded));
            }}
          />
        ) : (
          <SessionSummary
            session={current}
            parties={dialogue.parties}
            onEdit={() => setView({ ...view, editing: true })}
            onLive={() => setView({ kind: 'live', id: current.id })}
            canGoLive={(agenda?.items.length ?? 0) > 0}
          />
        )}
        {agenda && !view.editing && (
          <>
            <AgendaBuilder
              agenda={agenda}
              parties={dialogue.parties}
              onAgendaChange={(updated) => {
                setAgenda(updated);
                setSessions((all) =>
                  (all ?? []).map((s) =>
                    s.id === updated.session.id
                      ? { ...s, itemCount: updated.items.length, plannedMinutes: updated.plannedMinutes }
                      : s,
                  ),
                );
              }}
            />
            {agenda.items.some((item) => item.actualStart !== null) && <PlanVsActual agenda={agenda} />}
            <SessionExercises agenda={agenda} />
            <SessionNotes key={view.id} dialogue={dialogue} sessionId={view.id} />
            <AttendancePanel sessionId={view.id} parties={dialogue.parties} />
          </>
        )}
      </div>
    );
  }

  return (
    <div className="sessions-page">
      <header className="sx-header">
        <h1 className="sx-title">
          Sessions{' '}
          <span className="muted" dir="auto">
            · {dialogue.codeName}
          </span>
        </h1>
        <Button
          variant="primary"
          icon={<Plus size={16} aria-hidden="true" />}
          onClick={() => setView({ kind: 'new' })}
          aria-keyshortcuts="N"
        >
          New session <ShortcutHint keyName="N" />
        </Button>
      </header>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {sessions === null ? (
        <p className="loading">
          <Spinner /> Loading sessions…
        </p>
      ) : (
        <>
          <Timeline sessions={sessions} today={today ?? todayOf()} onOpen={open} />
          {sessions.length === 0 ? (
            <div className="empty">
              <p className="empty__title">No sessions yet</p>
              <p>Plan the first meeting of this dialogue: its dates, venue and agenda.</p>
            </div>
          ) : (
            <table className="table sessions-table">
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">Session</th>
                  <th scope="col">Dates (venue)</th>
                  <th scope="col">Venue</th>
                  <th scope="col">Rule</th>
                  <th scope="col">Agenda</th>
                  <th scope="col">{CHECKLISTS_COLUMN}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td className="sessions-table__number">{s.number}</td>
                    <th scope="row">
                      <button
                        type="button"
                        className="row-link"
                        dir="auto"
                        data-session-id={s.id}
                        onClick={() => open(s)}
                      >
                        {s.title || `Session ${s.number}`}
                      </button>
                    </th>
                    <td>
                      <time dateTime={s.startsAt}>{sessionDates(s)}</time> <span className="muted">{s.timeZone}</span>
                    </td>
                    <td dir="auto">{s.venue ? [s.venue.name, s.venue.city].filter(Boolean).join(', ') : ''}</td>
                    <td>{REGIME_LABELS[s.regime]}</td>
                    <td>
                      {s.itemCount === 0 ? (
                        <span className="muted">empty</span>
                      ) : (
                        `${s.itemCount} items · ${formatMinutes(s.plannedMinutes)}`
                      )}
                    </td>
                    <td>
                      <ChecklistProgressCell progress={checklists.get(s.id)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}

function SessionSummary({
  session,
  parties,
  onEdit,
  onLive,
  canGoLive,
}: {
  session: SessionView;
  parties: DialogueView['parties'];
  onEdit: () => void;
  onLive: () => void;
  canGoLive: boolean;
}) {
  const venue = session.venue;
  const partyName = (id: string) => parties.find((party) => party.id === id)?.name ?? 'a side';
  return (
    <section className="session-summary" aria-labelledby="session-heading">
      <header className="sx-header">
        <h1 id="session-heading" className="sx-title" dir="auto">
          Session {session.number}
          {session.title && `: ${session.title}`}
        </h1>
        <div className="sx-inline">
          <Button icon={<Pencil size={14} aria-hidden="true" />} onClick={onEdit}>
            Edit details
          </Button>
          <Button
            variant="primary"
            icon={<Radio size={16} aria-hidden="true" />}
            onClick={() => canGoLive && onLive()}
            aria-disabled={!canGoLive || undefined}
          >
            Live mode
          </Button>
        </div>
      </header>
      <dl className="session-facts">
        <div>
          <dt>When (venue time)</dt>
          <dd>
            {sessionDates(session)}, {formatInZone(session.startsAt, session.timeZone, 'HH:mm')}–
            {formatInZone(session.endsAt, session.timeZone, 'HH:mm')} <span className="muted">{session.timeZone}</span>
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd dir="auto">
            {venue ? [venue.name, venue.city, venue.country].filter(Boolean).join(', ') : 'No venue yet'}
          </dd>
        </div>
        <div>
          <dt>Rule</dt>
          <dd>{REGIME_LABELS[session.regime]}</dd>
        </div>
        {session.aftercareOn && (
          <div>
            <dt>After-care check-in</dt>
            <dd>
              <time dateTime={session.aftercareOn}>{session.aftercareOn}</time>
            </dd>
          </div>
        )}
        {venue && venue.separations.length > 0 && (
          <div>
            <dt>Separation</dt>
            <dd>
              <ul className="sx-plain-list">
                {venue.separations.map((s, index) => (
                  <li key={index} dir="auto">
                    {SEPARATION_KIND_LABELS[s.kind]}
                    {s.partyId && ` (${partyName(s.partyId)})`}
                    {s.note && `: ${s.note}`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {session.objectives && (
          <div className="session-facts__wide">
            <dt>Objectives</dt>
            <dd dir="auto" className="sx-prewrap">
              {session.objectives}
            </dd>
          </div>
        )}
        {session.outcomeSummary && (
          <div className="session-facts__wide">
            <dt>Outcome</dt>
            <dd dir="auto" className="sx-prewrap">
              {session.outcomeSummary}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
