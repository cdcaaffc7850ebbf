import type { AgendaView } from '../../shared/contract';
import { lateness, nextPendingItem, projectTimes, runningItem } from '../../shared/agenda/live';
import { formatInZone } from '../../shared/time/zone';
import { formatMinutes } from '../agenda/model';
import { Button } from '../ui/Button';
import { LIVE_MESSAGES as M } from './messages';
import type { LiveActions } from './useLiveEngine';

/** How many items "Coming up" lists. */
const SHOWN = 4;

/**
 * The next items as the day is actually running: each with its planned time and, when the room is
 * late or early, the time it now starts ("now about 11:12 · running 12 min late").
 */
export function ComingUp({
  agenda,
  now,
  actions,
  rebase,
}: {
  agenda: AgendaView;
  now: Date;
  actions: LiveActions;
  /** Measure against the plan moved to when the day started (a rehearsal, another day). */
  rebase: boolean;
}) {
  const running = runningItem(agenda.items);
  const upcoming = agenda.items.filter((item) => item.actualStart === null).slice(0, SHOWN);
  if (upcoming.length === 0) return null;
  const projections = projectTimes(agenda.items, now, { rebase });
  const first = projections.get((nextPendingItem(agenda.items) ?? upcoming[0]!).id);
  const zone = agenda.session.timeZone;
  return (
    <section className="live__upnext" aria-labelledby="live-upnext">
      <h2 id="live-upnext">
        {M.comingUp}
        {first && (
          <span className={`live__drift live__drift--${lateness(first.lateMinutes)}`}>
            {M.dayLate(first.lateMinutes)}
          </span>
        )}
      </h2>
      <ol>
        {upcoming.map((item) => {
          const projected = projections.get(item.id);
          const moved = projected && projected.lateMinutes !== 0;
          return (
            <li key={item.id}>
              <span className="live__upnext-time" dir="ltr">
                {item.localStart}
              </span>
              <span className="live__upnext-title">
                <bdi>{item.title}</bdi>
                <span className="muted"> · {formatMinutes(item.plannedMinutes)}</span>
                {moved && (
                  <span className={`live__projected live__projected--${lateness(projected.lateMinutes)}`}>
                    {M.projected(formatInZone(projected.projectedStart, zone, 'HH:mm'))} ·{' '}
                    {projected.lateMinutes > 0 ? M.late(projected.lateMinutes) : M.ahead(-projected.lateMinutes)}
                  </span>
                )}
              </span>
              {running && (
                <Button size="small" variant="quiet" onClick={() => void actions.start(item.id)}>
                  {M.startNow}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
