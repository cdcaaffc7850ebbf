import type { AgendaView } from '../../shared/contract';

/** The droppable id of a day's heading, so an item can be dropped onto an empty day. */
export const dayDropId = (day: number) => `day:${day}`;

/**
 * Where a dragged item lands, as `agenda.move` takes it. Over another item: that item's place and
 * day (above it when coming from below, below it when coming from above — arrayMove's rule). Over
 * a day heading: the start of that day.
 */
export function dropTarget(
  agenda: AgendaView,
  activeId: string,
  overId: string,
): { toIndex: number; toDay: number } | null {
  const from = agenda.items.findIndex((item) => item.id === activeId);
  if (from === -1) return null;
  if (overId.startsWith('day:')) {
    const day = Number(overId.slice(4));
    const before = agenda.items.filter((item, index) => index !== from && item.day < day).length;
    return { toIndex: before, toDay: day };
  }
  const to = agenda.items.findIndex((item) => item.id === overId);
  if (to === -1) return null;
  if (to === from) return null;
  return { toIndex: to, toDay: agenda.items[to]!.day };
}
