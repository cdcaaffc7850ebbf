import { ChevronRight, NotebookPen, Play, Plus, Square, X } from 'lucide-react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AgendaView } from '../../shared/contract';
import { formatClock, liveState, nextPendingItem, runningItem, type LiveTone } from '../../shared/agenda/live';
import { AGENDA_ITEM_KIND_LABELS, REGIME_LABELS } from '../../shared/domain/session';
import { formatInZone, laptopTimeZone } from '../../shared/time/zone';
import { leadLabel } from '../agenda/AgendaRow';
import { formatMinutes } from '../agenda/model';
import { isSessionDay } from '../sessions/format';
import { useHoldPrivacyScreen } from '../privacy/PrivacyScreen';
import { PrivacyToggle } from '../privacy/PrivacyToggle';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ShortcutHint } from '../ui/Kbd';
import { isPlainKey, isTypingTarget } from '../ui/keyboard';
import { LIVE_MESSAGES as M } from './messages';
import type { LiveNoteTarget, NoteCaptureProps, RenderNoteCapture } from './note-slot';
import { LIVE_PANELS } from './panels';
import { useLiveEngine } from './useLiveEngine';
import { useNow } from './useNow';
import './live.css';

export interface LiveModeProps {
  readonly agenda: AgendaView;
  /** A rehearsal runs the clock and records nothing (a session that is not today). */
  readonly rehearsal?: boolean;
  readonly onAgendaChange: (agenda: AgendaView) => void;
  readonly onExit: () => void;
  /** The notes feature's capture form, opened with N. */
  readonly renderNoteCapture?: RenderNoteCapture | undefined;
  /** For tests; the wall clock otherwise. */
  readonly clock?: () => Date;
}

const systemClock = () => new Date();

/**
 * Live mode: the running item large, with elapsed and remaining time that turn amber at 20 % and
 * red at 5 % left; the next step (Next, or Finish this item) one key away; a note beside the timer
 * (the timer stays in view while writing); "Coming up" with the times the room is now running at,
 * and the record of what happened, correctable. Keys (when not typing): S start, → next, + extend
 * 5 min, F finish this item, N note, Esc leave. The privacy screen is on while it is open. In a
 * rehearsal the same screen records nothing.
 */
export function LiveMode({
  agenda: recorded,
  rehearsal = false,
  onAgendaChange,
  onExit,
  renderNoteCapture,
  clock = systemClock,
}: LiveModeProps) {
  useHoldPrivacyScreen();
  const now = useNow(clock);
  const { agenda, actions } = useLiveEngine(recorded, rehearsal, clock, onAgendaChange);
  const [noteOpen, setNoteOpen] = useState(false);
  const [toneNotice, setToneNotice] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const zone = agenda.session.timeZone;

  const running = runningItem(agenda.items) ?? null;
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
      setToneNotice(M.tones[tone]);
    }
  }, [tone]);

  useEffect(() => rootRef.current?.focus(), []);

  const closeNote = useCallback(() => {
    setNoteOpen(false);
    rootRef.current?.focus();
  }, []);

  const noteItem = running ?? lastRun ?? null;
  const noteTarget: LiveNoteTarget = {
    dialogueId: agenda.session.dialogueId,
    sessionId: agenda.session.id,
    agendaItemId: noteItem?.id ?? null,
    agendaItemTitle: noteItem?.title ?? null,
    regime: noteItem?.effectiveRegime ?? agenda.session.regime,
    caucusPartyId: noteItem?.caucusParty?.id ?? null,
  };

  // The key handler is registered once and reads this render's state here. Re-registering it on
  // every render left a moment after each render (e.g. right after a note was saved) in which the
  // old handler, still seeing the note open, swallowed N. A layout effect updates it before any
  // key can arrive.
  const keys = { noteOpen, busy: actions.busy, running, upNext, renderNoteCapture, onExit, actions };
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { noteOpen, busy, running, upNext, renderNoteCapture, onExit, actions } = latest.current;
      if (event.key === 'Escape') {
        if (noteOpen || event.defaultPrevented) return;
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
        void actions.start();
      } else if (event.key === 'ArrowRight' && (running || upNext)) {
        event.preventDefault();
        void (running ? actions.next() : actions.start());
      } else if (event.key === '+' && running) {
        event.preventDefault();
        void actions.extend(5);
      } else if (key === 'f' && running) {
        event.preventDefault();
        void actions.finish();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const laptop = laptopTimeZone();
  const venueTime = formatInZone(now, zone, 'HH:mm');
  const laptopTime = formatInZone(now, laptop, 'HH:mm');
  const clockLine = M.clock(venueTime, laptop !== zone && laptopTime !== venueTime ? laptopTime : null);
  const onTheDay = !rehearsal && isSessionDay(agenda.session, now);
  const panelProps = { agenda, running, rehearsal, onTheDay, now, actions };
  const lead = running ? leadLabel(running) : '';

  return (
    <div
      className={[
        'live',
        `live--${running ? tone : 'idle'}`,
        noteOpen ? 'live--note-open' : '',
        rehearsal ? 'live--rehearsal' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      role="dialog"
      aria-modal="true"
      aria-label={M.dialog(agenda.session.number, rehearsal)}
      tabIndex={-1}
      ref={rootRef}
      data-tone={running ? tone : 'idle'}
    >
      <header className="live__bar">
        <span className="live__session">
          {M.session(agenda.session.number)}
          {agenda.session.title && (
            <>
              {' · '}
              <bdi>{agenda.session.title}</bdi>
            </>
          )}
        </span>
        {rehearsal && <span className="live__badge">{M.rehearsalBadge}</span>}
        <span className="live__clock">{clockLine}</span>
        <PrivacyToggle />
        <Button variant="quiet" onClick={onExit} icon={<X size={16} aria-hidden="true" />} aria-keyshortcuts="Escape">
          <span className="live__leave-label">{M.leave}</span> <ShortcutHint keyName="Esc" />
        </Button>
      </header>
      {rehearsal && <p className="live__rehearsal">{M.rehearsalBanner}</p>}
      {actions.error && <ErrorBanner title={actions.error.message} onDismiss={actions.dismissError} />}
      <p className="visually-hidden" role="status" aria-live="assertive">
        {toneNotice}
      </p>

      <div className="live__layout">
        <div className="live__stage">
          {running && state ? (
            <article className="live__current" aria-labelledby="live-title">
              <p className="live__meta">
                {AGENDA_ITEM_KIND_LABELS[running.kind]}
                {running.caucusParty && (
                  <>
                    {' with '}
                    <bdi>{running.caucusParty.name}</bdi>
                  </>
                )}
                {lead && M.led(lead)} · {REGIME_LABELS[running.effectiveRegime]}
              </p>
              <h1 id="live-title" className="live__title">
                <bdi>{running.title}</bdi>
              </h1>
              <div className="live__times">
                <div className="live__time">
                  <span className="live__label">{M.elapsed}</span>
                  <span className="live__value" data-testid="elapsed">
                    {formatClock(state.elapsedMs)}
                  </span>
                </div>
                <div className="live__time live__time--remaining">
                  <span className="live__label">{state.remainingMs < 0 ? M.overBy : M.remaining}</span>
                  <span className="live__value" data-testid="remaining">
                    {formatClock(Math.abs(state.remainingMs))}
                  </span>
                </div>
              </div>
              <div
                className="live__progress"
                role="meter"
                aria-label={M.timeLeft}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(state.fractionLeft * 100)}
                aria-valuetext={M.percentLeft(Math.round(state.fractionLeft * 100))}
              >
                <span style={{ width: `${Math.round(state.fractionLeft * 100)}%` }} />
              </div>
              <p className="live__plan">
                {M.planned(formatMinutes(running.plannedMinutes))}
                {running.extraMinutes > 0 && M.added(formatMinutes(running.extraMinutes))}
                {M.started(formatInZone(running.actualStart!, zone, 'HH:mm'))}
              </p>
            </article>
          ) : allDone ? (
            <article className="live__current">
              <h1 className="live__title">{M.allDone}</h1>
              <p className="live__plan">{M.allDoneHint}</p>
            </article>
          ) : (
            <article className="live__current">
              <p className="live__meta">{lastRun ? M.between : M.notStarted}</p>
              <h1 className="live__title">
                {upNext ? (
                  <>
                    {M.nextPrefix}
                    <bdi>{upNext.title}</bdi>
                  </>
                ) : (
                  M.noItems
                )}
              </h1>
              {upNext && (
                <p className="live__plan">{M.plannedAt(upNext.localStart, formatMinutes(upNext.plannedMinutes))}</p>
              )}
            </article>
          )}

          <div className="live__controls">
            {!running && upNext && (
              <Button
                variant="primary"
                onClick={() => void actions.start()}
                busy={actions.busy}
                icon={<Play size={18} aria-hidden="true" />}
                aria-keyshortcuts="S"
              >
                {M.start(upNext.title)} <ShortcutHint keyName="S" />
              </Button>
            )}
            {running && upNext && (
              <Button
                variant="primary"
                onClick={() => void actions.next()}
                busy={actions.busy}
                icon={<ChevronRight size={18} aria-hidden="true" />}
                aria-keyshortcuts="ArrowRight"
              >
                {M.next(upNext.title)} <ShortcutHint keyName="→" />
              </Button>
            )}
            {running && (
              <Button
                variant={upNext ? 'secondary' : 'primary'}
                onClick={() => void actions.finish()}
                busy={!upNext && actions.busy}
                icon={<Square size={16} aria-hidden="true" />}
                aria-keyshortcuts="F"
              >
                {M.finish} <ShortcutHint keyName="F" />
              </Button>
            )}
            {running && (
              <>
                <Button
                  onClick={() => void actions.extend(5)}
                  icon={<Plus size={16} aria-hidden="true" />}
                  aria-keyshortcuts="+"
                >
                  <span className="visually-hidden">{M.add}</span>
                  {M.extend(5)} <ShortcutHint keyName="+" />
                </Button>
                <Button onClick={() => void actions.extend(10)} icon={<Plus size={16} aria-hidden="true" />}>
                  <span className="visually-hidden">{M.add}</span>
                  {M.extend(10)}
                </Button>
              </>
            )}
            {renderNoteCapture && !noteOpen && (
              <Button
                onClick={() => setNoteOpen(true)}
                icon={<NotebookPen size={16} aria-hidden="true" />}
                aria-keyshortcuts="N"
              >
                {M.note} <ShortcutHint keyName="N" />
              </Button>
            )}
          </div>
        </div>

        {noteOpen && renderNoteCapture && (
          <aside
            className="live__note"
            aria-label={M.noteAside}
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

        <div className="live__panels">
          {LIVE_PANELS.map((panel) => (
            <div key={panel.id} className="live__panel" data-panel={panel.id}>
              {panel.render(panelProps)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** Renders the notes feature's form; a component of its own so the callback is a prop, not a call in render. */
function NoteSlot({ render, target, onClose }: NoteCaptureProps & { render: RenderNoteCapture }) {
  return <>{render({ target, onClose })}</>;
}
