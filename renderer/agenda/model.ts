import type { AgendaItemView, AgendaView } from '../../shared/contract';
import { MoveError, moveItem } from '../../shared/agenda/order';
import { computeTiming, venueTime } from '../../shared/agenda/timing';
import { AGENDA_LIMITS } from '../../shared/domain/session';
import { formatMinutes as formatDuration } from '../../shared/time/duration';
import { formatDayIn } from '../ui/format';

/**
 * The agenda as the builder shows it while the facilitator works: the same timing rules as main
 * (shared/agenda), applied locally so a drag or an edit shows its new times at once; main's answer
 * then replaces the preview.
 */

/** The agenda with its items in `items` order (days as given), times, days and warnings recomputed. */
export function retime(agenda: AgendaView, items: readonly AgendaItemView[], now = new Date()): AgendaView {
  const clock = agenda.session;
  const timing = computeTiming(clock, items, now);
  const timed = new Map(timing.items.map((item) => [item.id, item]));
  return {
    ...agenda,
    days: timing.days,
    warnings: timing.warnings,
    plannedMinutes: timing.plannedMinutes,
    items: items.map((item, position) => {
      const t = timed.get(item.id)!;
      return {
        ...item,
        position,
        plannedStart: t.plannedStart,
        plannedEnd: t.plannedEnd,
        localStart: venueTime(t.plannedStart, clock),
        localEnd: venueTime(t.plannedEnd, clock),
      };
    }),
  };
}

/** The agenda after moving an item, or null when the move would break the order of days. */
export function previewMove(agenda: AgendaView, id: string, toIndex: number, toDay?: number): AgendaView | null {
  try {
    return retime(agenda, moveItem(agenda.items, id, toIndex, toDay, AGENDA_LIMITS.maxSessionDays - 1));
  } catch (error) {
    if (error instanceof MoveError) return null;
    throw error;
  }
}

/**
 * `agenda` in its own order and days, with the times, day totals and warnings of `preview`: what a
 * drag shows while it is in progress. dnd-kit moves the rows itself (by transform); reordering its
 * list under it moves the rows' measured places, so the item under the pointer changes, the preview
 * is dropped, and the rows flip back and forth while the pointer stands still.
 */
export function withTimesOf(agenda: AgendaView, preview: AgendaView): AgendaView {
  const timed = new Map(preview.items.map((item) => [item.id, item]));
  return {
    ...preview,
    items: agenda.items.map((item) => {
      const t = timed.get(item.id);
      return t
        ? {
            ...item,
            plannedStart: t.plannedStart,
            plannedEnd: t.plannedEnd,
            localStart: t.localStart,
            localEnd: t.localEnd,
          }
        : item;
    }),
  };
}

/** The agenda with one item's planned minutes changed, for a live preview while typing. */
export function previewMinutes(agenda: AgendaView, id: string, minutes: number): AgendaView {
  return retime(
    agenda,
    agenda.items.map((item) => (item.id === id ? { ...item, plannedMinutes: minutes } : item)),
  );
}

/**
 * Durations are written one way in the app and the PDFs (shared/time/duration.ts); on screen the
 * spaces do not break, so "11 h 05" never splits across two lines of a narrow column.
 */
export function formatMinutes(minutes: number): string {
  return formatDuration(minutes).replaceAll(' ', '\u00a0');
}

/** "Day 2 · Fri 15 May", in the app's date format on the venue's calendar. */
export function dayHeading(agenda: AgendaView, day: number): string {
  const window = agenda.days[day];
  if (!window) return `Day ${day + 1}`;
  return `Day ${day + 1} · ${formatDayIn(window.startsAt, agenda.session.timeZone)}`;
}

/** Days to show in the builder: every day of the session, plus any later day that holds items. */
export function visibleDays(agenda: AgendaView): number[] {
  const last = Math.max(agenda.dayCount - 1, ...agenda.items.map((item) => item.day));
  return Array.from({ length: last + 1 }, (_, day) => day);
}
