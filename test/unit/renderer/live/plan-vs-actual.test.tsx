import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaItemView, AgendaView } from '../../../../shared/contract';
import { retime } from '../../../../renderer/agenda/model';
import { PlanVsActual } from '../../../../renderer/live/PlanVsActual';

const item = (id: string, day: number, title: string): AgendaItemView => ({
  id,
  sessionId: 's',
  position: 0,
  day,
  kind: title === 'Coffee break' ? 'break' : 'plenary',
  title,
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
});

function agenda(dayCount: number, items: AgendaItemView[]): AgendaView {
  return retime(
    {
      session: {
        id: 's',
        dialogueId: 'd',
        number: 1,
        title: '',
        startsAt: '2026-05-14T06:00:00.000Z',
        endsAt: dayCount > 1 ? '2026-05-15T14:00:00.000Z' : '2026-05-14T14:00:00.000Z',
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

describe('PlanVsActual', () => {
  it('groups a multi-day session’s items under a heading per day, so a repeated break is placed', () => {
    render(
      <PlanVsActual
        agenda={agenda(2, [
          item('a', 0, 'Opening'),
          item('b', 0, 'Coffee break'),
          item('c', 1, 'Recap'),
          item('d', 1, 'Coffee break'),
        ])}
      />,
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent?.split(/\d\d:\d\d/)[0])).toEqual([
      'ItemPlannedStartedLengthAgainst planStatus',
      'Day 1 · Thu 14 May',
      'Opening',
      'Coffee break',
      'Day 2 · Fri 15 May',
      'Recap',
      'Coffee break',
    ]);
  });

  it('needs no day headings for a one-day session', () => {
    render(<PlanVsActual agenda={agenda(1, [item('a', 0, 'Opening'), item('b', 0, 'Coffee break')])} />);
    expect(screen.queryByText(/^Day 1/)).toBeNull();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
  });
});
