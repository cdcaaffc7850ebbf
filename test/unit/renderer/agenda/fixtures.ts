import type { AgendaItemView, AgendaView } from '../../../../shared/contract';
import { retime } from '../../../../renderer/agenda/model';

/** An untimed agenda item (retime() gives it times); a plenary led by nobody unless told. */
export const agendaItem = (id: string, day: number, overrides: Partial<AgendaItemView> = {}): AgendaItemView => ({
  id,
  sessionId: 's',
  position: 0,
  day,
  kind: 'plenary',
  title: id,
  plannedMinutes: 30,
  extraMinutes: 0,
  lead: { kind: 'none' },
  notes: '',
  topics: [],
  regime: null,
  effectiveRegime: 'chatham-house',
  caucusParty: null,
  plannedStart: '',
  plannedEnd: '',
  localStart: '',
  localEnd: '',
  actualStart: null,
  actualEnd: null,
  ...overrides,
});

/**
 * A session in Amman (UTC+3) starting 09:00 on Thursday 14 May 2026, one or two days long, with
 * `items` timed by the shared rules.
 */
export function ammanAgenda(dayCount: 1 | 2, items: readonly AgendaItemView[]): AgendaView {
  return retime(
    {
      session: {
        id: 's',
        dialogueId: 'd',
        number: 1,
        title: '',
        startsAt: '2026-05-14T06:00:00.000Z',
        endsAt: dayCount === 2 ? '2026-05-15T14:00:00.000Z' : '2026-05-14T14:00:00.000Z',
        timeZone: 'Asia/Amman',
        dailyStartTime: '09:00',
        dailyEndTime: '18:00',
        regime: 'chatham-house',
        venue: null,
      },
      dayCount,
      days: [],
      items: [],
      warnings: [],
      plannedMinutes: 0,
      runningItemId: null,
    },
    items,
  );
}
