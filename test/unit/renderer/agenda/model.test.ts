import { describe, expect, it } from 'vitest';
import type { AgendaView } from '../../../../shared/contract';
import { dropTarget } from '../../../../renderer/agenda/drop';
import {
  dayHeading,
  formatMinutes,
  previewMinutes,
  previewMove,
  visibleDays,
  withTimesOf,
} from '../../../../renderer/agenda/model';
import { agendaItem, ammanAgenda } from './fixtures';

const item = (id: string, day: number, plannedMinutes: number) => agendaItem(id, day, { plannedMinutes });

function agenda(): AgendaView {
  return ammanAgenda(2, [item('a', 0, 60), item('b', 0, 30), item('c', 1, 45), item('d', 1, 15)]);
}

const plan = (a: AgendaView) => a.items.map((i) => `${i.id}${i.day}@${i.localStart}`).join(' ');

describe('agenda preview', () => {
  it('computes venue times locally with the shared rules', () => {
    expect(plan(agenda())).toBe('a0@09:00 b0@10:00 c1@09:00 d1@09:45');
    expect(agenda().plannedMinutes).toBe(150);
  });

  it('previews a move and a change of minutes, refusing a move that breaks day order', () => {
    expect(plan(previewMove(agenda(), 'b', 0)!)).toBe('b0@09:00 a0@09:30 c1@09:00 d1@09:45');
    expect(plan(previewMove(agenda(), 'a', 1, 1)!)).toBe('b0@09:00 a1@09:00 c1@10:00 d1@10:45');
    expect(previewMove(agenda(), 'd', 0, 1)).toBeNull();
    expect(plan(previewMinutes(agenda(), 'a', 120))).toBe('a0@09:00 b0@11:00 c1@09:00 d1@09:45');
  });

  it('shows a drag’s new times on the rows in their old order, so dnd-kit’s rows stay put', () => {
    const moved = withTimesOf(agenda(), previewMove(agenda(), 'b', 0)!);
    expect(moved.items.map((i) => `${i.id}@${i.localStart}`).join(' ')).toBe('a@09:30 b@09:00 c@09:00 d@09:45');
    expect(moved.items.map((i) => i.day)).toEqual([0, 0, 1, 1]);
  });

  it('turns a drop over an item or a day heading into a move', () => {
    const a = agenda();
    expect(dropTarget(a, 'a', 'b')).toEqual({ toIndex: 1, toDay: 0 });
    expect(dropTarget(a, 'd', 'b')).toEqual({ toIndex: 1, toDay: 0 });
    expect(dropTarget(a, 'a', 'c')).toEqual({ toIndex: 2, toDay: 1 });
    expect(dropTarget(a, 'c', 'day:0')).toEqual({ toIndex: 0, toDay: 0 });
    expect(dropTarget(a, 'a', 'day:1')).toEqual({ toIndex: 1, toDay: 1 });
    expect(dropTarget(a, 'a', 'a')).toBeNull();
    expect(dropTarget(a, 'zz', 'a')).toBeNull();
  });

  it('labels days and durations', () => {
    expect(dayHeading(agenda(), 1)).toBe('Day 2 · Fri 15 May');
    expect(dayHeading(agenda(), 5)).toBe('Day 6');
    expect(visibleDays(agenda())).toEqual([0, 1]);
    // On screen the spaces do not break (a narrow column never splits "2 h 05").
    expect([45, 60, 125, 1440, 1_157_190].map(formatMinutes)).toEqual(
      ['45 min', '1 h', '2 h 05', '1 d', '803 d 14 h'].map((text) => text.replaceAll(' ', '\u00a0')),
    );
  });
});
