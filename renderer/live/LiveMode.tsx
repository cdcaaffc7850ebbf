import { ChevronRight, NotebookPen, Play, Plus, Square, X } from 'lucide-react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AgendaItemView, AgendaView } from '../../shared/contract';
import { formatClock, liveState, nextPendingItem, runningItem, type LiveTone } from '../../shared/agenda/live';
import { AGENDA_ITEM_KIND_LABELS, REGIME_LABELS } from '../../shared/domain/session';
import { formatInZone, laptopTimeZone } from '../../shared/time/zone';
import { useApi } from '../api';
import { leadLabel } from '../agenda/AgendaRow';
import { formatMinutes } from '../agenda/model';
import { LiveExercisePanel } from '../exercises/LiveExercisePanel';
import { useCall, type Outcome } from '../sessions/call';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ShortcutHint } from '../ui/Kbd';
import { isPlainKey, isTypingTarget } from '../ui/keyboard';
import type { LiveNoteTarget, NoteCaptureProps, RenderNoteCapture } from './note-slot';
import { PlanVsActual } from './PlanVsActual';
import { useNow } from './useNow';
import './live.css';

export interface LiveModeProps {
  readonly agenda: AgendaView;
  readonly onAgendaChange: (agenda: AgendaView) => void;
  readonly onExit: () => void;
  /** The notes feature's capture form, opened with N. */
  readonly renderNoteCapture?: RenderNoteCapture | undefined;
  /** For tests; the wall clock otherwise. */
  readonly clock?: () => Date;
}

const systemClock = () => new Date();

const TONE_TEXT: Record<LiveTone, string> = {
  normal: '',
  amber: 'Less than a fifth of the time left.',
  red: 'Almost out of time.',
  overrun: 'Over time.',
};

/**
 * Live mode: the running item full-screen, with elapsed and remaining time that turn amber at
 * 20 % and red at 5 % left. Keys (when not typing): S start, → next, + extend 5 min, F finish,
 * N note, Esc leave. Actual times are recorded by main; this screen only shows them.
 */
export function LiveMode({ agenda, onAgendaChange, onExit, renderNoteCapture, clock = systemClock }: LiveModeProps) {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const now = useNow(clock);
  const [noteOpen, setNoteOpen] = useState(false);
  const [toneNotice, setToneNotice] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const sessionId = agenda.session.id;
  const zone = agenda.session.timeZone;

  const running = runningItem(agenda.items);
  const upNext = nextPendingItem(agenda.items);
  const lastRun = [...agenda.items].reverse().find((item) => item.actualStart !== null);
  const state = running ? liveState(running, now) : null;
  const tone: LiveTone = state?.tone ?? 'normal';
  const allDone = !running && !upNext && agenda.items.length > 0;

  // Announce a change of colour once, not every second.
  const lastTone = useRef<LiveTone>(tone);
  useEffect(() => {
    if (tone !== lastTone.current) {
      lastTone.current = tone;
      setToneNotice(TONE_TEXT[tone]);
    }
  }, [tone]);

  useEffect(() => rootRef.current?.focus(), []);

  const closeNote = useCallback(() => {
    setNoteOpen(false);
    rootRef.current?.focus();
  }, []);

  const act = async (call: () => Promise<Outcome<AgendaView>>) => {
    const updated = await run(call);
    if (updated) onAgendaChange(updated);
  };
  const start = (item?: AgendaItemView) =>
    act(() => api.live.start({ sessionId, ...(item ? { itemId: item.id } : {}) }));
  const next = () => act(() => api.live.next({ sessionId }));
  const finish = () => act(() => api.live.finish({ sessionId }));
  const extend = (minutes: number) => running && act(() => api.live.extend({ itemId: running.id, minutes }));

  const noteItem = running ?? lastRun ?? null;
  const noteTarget: LiveNoteTarget = {
    dialogueId: agenda.session.dialogueId,
    sessionId,
    agendaItemId: noteItem?.id ?? null,
    agendaItemTitle: noteItem?.title ?? null,
    regime: noteItem?.effectiveRegime ?? agenda.session.regime,
    caucusPartyId: noteItem?.caucusParty?.id ?? null,
  };

  // The key handler is registered once and reads this render's state here. Re-registering it on
  // every render left a moment after each render (e.g. right after a note was saved) in which the
  // old handler, still seeing the note open, swallowed N. A layout effect updates it before any
  // key can arrive.
  const keys = { noteOpen, busy, running, upNext, renderNoteCapture, onExit, start, next, extend, finish };
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { noteOpen, busy, running, upNext, renderNoteCapture, onExit, start, next, extend, finish } =
        latest.current;
      if (event.key === 'Escape') {
        if (noteOpen) return;
        event.preventDefault();
        onExit();
        return;
      }
      if (!isPlainKey(event) || event.repeat || isTypingTarget(event.target) || noteOpen || busy) return;
      const key = event.key.toLowerCase();
      if (key === 'n' && renderNoteCapture) {
        event.preventDefault();
        setNoteOpen(true);
      } else if (key === 's' && !running && upNext) {
        event.preventDefault();
        void start();
      } else if (event.key === 'ArrowRight' && (running || upNext)) {
        event.preventDefault();
        void (running ? next() : start());
      } else if (event.key === '+' && running) {
        event.preventDefault();
        void extend(5);
      } else if (key === 'f' && running) {
        event.preventDefault();
        void finish();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const laptop = laptopTimeZone();
  const clockLine = `${formatInZone(now, zone, 'HH:mm')} at the venue${laptop !== zone && formatInZone(now, laptop, 'HH:mm') !== formatInZone(now, zone, 'HH:mm') ? ` · ${formatInZone(now, laptop, 'HH:mm')} on this laptop` : ''}`;
  const upcoming = agenda.items.filter((item) => item.actualStart === null && item !== running).slice(0, 3);

  return (
    <div
      className={`live live--${running ? tone : 'idle'}`}
      role="dialog"
      aria-modal="true"
      aria-label={`Live mode, session ${agenda.session.number}`}
      tabIndex={-1}
      ref={rootRef}
      data-tone={running ? tone : 'idle'}
    >
      <header className="live__bar">
        <span className="live__session" dir="auto">
          Session {agenda.session.number}
          {agenda.session.title && ` · ${agenda.session.title}`}
        </span>
        <span className="live__clock">{clockLine}</span>
        <Button variant="quiet" onClick={onExit} icon={<X size={16} aria-hidden="true" />} aria-keyshortcuts="Escape">
          Leave live mode <ShortcutHint keyName="Esc" />
        </Button>
      </header>
      {error && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      <p className="visually-hidden" role="status" aria-live="assertive">
        {toneNotice}
      </p>

      <main className="live__stage">
        {running && state ? (
          <article className="live__current" aria-labelledby="live-title">
            <p className="live__meta">
              {AGENDA_ITEM_KIND_LABELS[running.kind]}
              {running.caucusParty && (
                <>
                  {' with '}
                  <span dir="auto">{running.caucusParty.name}</span>
                </>
              )}
              {leadLabel(running) && ` · led by ${leadLabel(running)}`} · {REGIME_LABELS[running.effectiveRegime]}
            </p>
            <h1 id="live-title" className="live__title" dir="auto">
              {running.title}
            </h1>
            <div className="live__times">
              <div className="live__time">
                <span className="live__label">Elapsed</span>
                <span className="live__value" data-testid="elapsed">
                  {formatClock(state.elapsedMs)}
                </span>
              </div>
              <div className="live__time live__time--remaining">
                <span className="live__label">{state.remainingMs < 0 ? 'Over by' : 'Remaining'}</span>
                <span className="live__value" data-testid="remaining">
                  {formatClock(Math.abs(state.remainingMs))}
                </span>
              </div>
            </div>
            <div
              className="live__progress"
              role="meter"
              aria-label="Time left"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(state.fractionLeft * 100)}
              aria-valuetext={`${Math.round(state.fractionLeft * 100)} % of the time left`}
            >
              <span style={{ width: `${Math.round(state.fractionLeft * 100)}%` }} />
            </div>
            <p className="live__plan">
              Planned {formatMinutes(running.plannedMinutes)}
              {running.extraMinutes > 0 && ` + ${formatMinutes(running.extraMinutes)} added`} · started{' '}
              {formatInZone(running.actualStart!, zone, 'HH:mm')}
            </p>
          </article>
        ) : allDone ? (
          <article className="live__current">
            <h1 className="live__title">Every item has run</h1>
          </article>
        ) : (
          <article className="live__current">
            <p className="live__meta">{lastRun ? 'Between items' : 'Not started'}</p>
            <h1 className="live__title" dir="auto">
              {upNext ? `Next: ${upNext.title}` : 'No agenda items'}
            </h1>
            {upNext && (
              <p className="live__plan">
                Planned {upNext.localStart} · {formatMinutes(upNext.plannedMinutes)}
              </p>
            )}
          </article>
        )}

        <div className="live__controls">
          {!running && upNext && (
            <Button
              variant="primary"
              onClick={() => void start()}
              busy={busy}
              icon={<Play size={18} aria-hidden="true" />}
              aria-keyshortcuts="S"
            >
              Start “{upNext.title}” <ShortcutHint keyName="S" />
            </Button>
          )}
          {running && (
            <Button
              variant="primary"
              onClick={() => void next()}
              busy={busy}
              icon={<ChevronRight size={18} aria-hidden="true" />}
              aria-keyshortcuts="ArrowRight"
            >
              {upNext ? 'Next item' : 'Finish last item'} <ShortcutHint keyName="→" />
            </Button>
          )}
          {running && (
            <>
              <Button onClick={() => void extend(5)} icon={<Plus size={16} aria-hidden="true" />} aria-keyshortcuts="+">
                5 min <ShortcutHint keyName="+" />
              </Button>
              <Button onClick={() => void extend(10)} icon={<Plus size={16} aria-hidden="true" />}>
                10 min
              </Button>
              <Button
                onClick={() => void finish()}
                icon={<Square size={16} aria-hidden="true" />}
                aria-keyshortcuts="F"
              >
                Finish <ShortcutHint keyName="F" />
              </Button>
            </>
          )}
          {renderNoteCapture && (
            <Button
              onClick={() => setNoteOpen(true)}
              icon={<NotebookPen size={16} aria-hidden="true" />}
              aria-keyshortcuts="N"
            >
              Note <ShortcutHint keyName="N" />
            </Button>
          )}
        </div>

        {noteOpen && renderNoteCapture && (
          <aside
            className="live__note"
            aria-label="Note on the current item"
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                closeNote();
              }
            }}
          >
            <NoteSlot render={renderNoteCapture} target={noteTarget} onClose={closeNote} />
          </aside>
        )}

        <LiveExercisePanel agenda={agenda} />

        {upcoming.length > 0 && (
          <section className="live__upnext" aria-labelledby="live-upnext">
            <h2 id="live-upnext">Coming up</h2>
            <ol>
              {upcoming.map((item) => (
                <li key={item.id}>
                  <span className="live__upnext-time" dir="ltr">
                    {item.localStart}
                  </span>
                  <span dir="auto">{item.title}</span>
                  <span className="muted">{formatMinutes(item.plannedMinutes)}</span>
                  {running && (
                    <Button size="small" variant="quiet" onClick={() => void start(item)}>
                      Start now
                    </Button>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
        {agenda.items.some((item) => item.actualStart !== null) && <PlanVsActual agenda={agenda} />}
      </main>
    </div>
  );
}

/** Renders the notes feature's form; a component of its own so the callback is a prop, not a call in render. */
function NoteSlot({ render, target, onClose }: NoteCaptureProps & { render: RenderNoteCapture }) {
  return <>{render({ target, onClose })}</>;
}
