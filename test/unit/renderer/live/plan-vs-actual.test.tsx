import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanVsActual } from '../../../../renderer/live/PlanVsActual';
import { agendaItem, ammanAgenda } from '../agenda/fixtures';

const item = (id: string, day: number, title: string) =>
  agendaItem(id, day, { title, kind: title === 'Coffee break' ? 'break' : 'plenary' });
const agenda = ammanAgenda;

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
