import { ArrowLeft, CalendarDays, Pencil, Plus, Radio } from 'lucide-react';
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
import { RecordedPlan } from '../live/PlanVsActual';
import { SessionNotes } from '../notes';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatDate } from '../ui/format';
import { ShortcutHint } from '../ui/Kbd';
import { isPlainKey, isTypingTarget } from '../ui/keyboard';
import { EmptyState, PageHeader } from '../ui/Page';
import { Spinner } from '../ui/Spinner';
import { AttendancePanel } from './AttendancePanel';
import { useCall } from '../ui/useCall';
import { isSessionDay, sessionDates, sessionWhen } from './format';
import { LiveStartDialog } from './LiveStartDialog';
import { SESSIONS_MESSAGES as M } from './messages';
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
  | { readonly kind: 'live'; readonly id: string; readonly rehearsal: boolean };

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
  // "Live mode" on a session that is not today asks first: rehearse, or record anyway.
  const [askingLive, setAskingLive] = useState(false);
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
        rehearsal={view.rehearsal}
        onAgendaChange={setAgenda}
        onExit={() => setView({ kind: 'session', id: view.id, editing: false })}
        renderNoteCapture={renderNoteCapture}
        clock={clock}
      />
    );
  }

  if (view.kind === 'new') {
    return (
      <div className="page sessions-page">
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
      <div className="page sessions-page">
        <nav className="sessions-page__crumbs" aria-label={M.crumbs}>
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
            onLive={() => {
              if (isSessionDay(current, (clock ?? (() => new Date()))())) {
                setView({ kind: 'live', id: current.id, rehearsal: false });
              } else setAskingLive(true);
            }}
            canGoLive={(agenda?.items.length ?? 0) > 0}
          />
        )}
        {askingLive && current && (
          <LiveStartDialog
            session={current}
            now={(clock ?? (() => new Date()))()}
            onRehearse={() => {
              setAskingLive(false);
              setView({ kind: 'live', id: current.id, rehearsal: true });
            }}
            onStartAnyway={() => {
              setAskingLive(false);
              setView({ kind: 'live', id: current.id, rehearsal: false });
            }}
            onCancel={() => setAskingLive(false)}
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
            {agenda.items.some((item) => item.actualStart !== null) && (
              <RecordedPlan agenda={agenda} onAgendaChange={setAgenda} />
            )}
            <SessionExercises agenda={agenda} />
            <SessionNotes key={view.id} dialogue={dialogue} sessionId={view.id} />
            <AttendancePanel sessionId={view.id} parties={dialogue.parties} />
          </>
        )}
      </div>
    );
  }

  return (
    <div className="page sessions-page">
      <PageHeader
        title={M.title}
        context={dialogue.codeName}
        description={M.description}
        actions={
          <Button
            variant="primary"
            icon={<Plus size={16} aria-hidden="true" />}
            onClick={() => setView({ kind: 'new' })}
            aria-keyshortcuts="N"
          >
            {M.newSession} <ShortcutHint keyName="N" />
          </Button>
        }
      />
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      {sessions === null ? (
        <p className="loading">
          <Spinner /> {M.loading}
        </p>
      ) : (
        <>
          {sessions.length === 0 ? (
            <EmptyState
              title={M.emptyTitle}
              icon={<CalendarDays size={22} />}
              actions={
                <Button
                  variant="primary"
                  icon={<Plus size={16} aria-hidden="true" />}
                  onClick={() => setView({ kind: 'new' })}
                >
                  {M.planFirst}
                </Button>
              }
            >
              <p>{M.emptyBody}</p>
            </EmptyState>
          ) : (
            <table className="table table--reflow sessions-table">
              <caption className="visually-hidden">{M.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{M.columns.number}</th>
                  <th scope="col">{M.columns.session}</th>
                  <th scope="col">{M.columns.dates}</th>
                  <th scope="col">{M.columns.venue}</th>
                  <th scope="col">{M.columns.rule}</th>
                  <th scope="col">{M.columns.agenda}</th>
                  <th scope="col">{CHECKLISTS_COLUMN}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td className="sessions-table__number" data-label={M.columns.number}>
                      {s.number}
                    </td>
                    <th scope="row">
                      <button type="button" className="row-link" data-session-id={s.id} onClick={() => open(s)}>
                        <bdi>{s.title || `Session ${s.number}`}</bdi>
                      </button>
                    </th>
                    <td data-label={M.columns.dates}>
                      <time dateTime={s.startsAt}>{sessionDates(s)}</time> <span className="muted">{s.timeZone}</span>
                    </td>
                    <td data-label={M.columns.venue}>
                      {s.venue ? <bdi>{[s.venue.name, s.venue.city].filter(Boolean).join(', ')}</bdi> : ''}
                    </td>
                    <td data-label={M.columns.rule}>{REGIME_LABELS[s.regime]}</td>
                    <td data-label={M.columns.agenda}>
                      {s.itemCount === 0 ? (
                        <span className="muted">{M.emptyAgenda}</span>
                      ) : (
                        M.agendaSummary(s.itemCount, formatMinutes(s.plannedMinutes))
                      )}
                    </td>
                    <td data-label={CHECKLISTS_COLUMN}>
                      <ChecklistProgressCell progress={checklists.get(s.id)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Timeline sessions={sessions} today={today ?? todayOf()} onOpen={open} />
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
      <PageHeader
        title={
          <>
            Session {session.number}
            {session.title && (
              <>
                {': '}
                <bdi>{session.title}</bdi>
              </>
            )}
          </>
        }
        headingId="session-heading"
        actions={
          <>
            <Button icon={<Pencil size={14} aria-hidden="true" />} onClick={onEdit}>
              {M.editDetails}
            </Button>
            <Button
              variant="primary"
              icon={<Radio size={16} aria-hidden="true" />}
              onClick={() => canGoLive && onLive()}
              aria-disabled={!canGoLive || undefined}
              title={canGoLive ? undefined : M.liveNeedsAgenda}
            >
              {M.liveMode}
            </Button>
          </>
        }
      />
      <dl className="session-facts">
        <div>
          <dt>When (venue time)</dt>
          <dd>
            {sessionWhen(session)} <span className="muted">{session.timeZone}</span>
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{venue ? <bdi>{[venue.name, venue.city, venue.country].filter(Boolean).join(', ')}</bdi> : M.noVenue}</dd>
        </div>
        <div>
          <dt>Rule</dt>
          <dd>{REGIME_LABELS[session.regime]}</dd>
        </div>
        {session.aftercareOn && (
          <div>
            <dt>After-care check-in</dt>
            <dd>
              <time dateTime={session.aftercareOn}>{formatDate(session.aftercareOn)}</time>
            </dd>
          </div>
        )}
        {venue && venue.separations.length > 0 && (
          <div>
            <dt>Separation</dt>
            <dd>
              <ul className="sx-plain-list">
                {venue.separations.map((s, index) => (
                  <li key={index}>
                    {SEPARATION_KIND_LABELS[s.kind]}
                    {s.partyId && (
                      <>
                        {' ('}
                        <bdi>{partyName(s.partyId)}</bdi>)
                      </>
                    )}
                    {s.note && (
                      <>
                        {': '}
                        <bdi>{s.note}</bdi>
                      </>
                    )}
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
