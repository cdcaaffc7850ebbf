import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSessions } from '../sessions/helpers';
import type { SessionsFake } from '../sessions/fake-sessions';

/** A two-day session at a venue in Tbilisi with four items. */
function twoDays(fake: SessionsFake) {
  const session = fake.seedSession({
    title: 'Workshop',
    startsAt: '2026-05-14T09:00',
    endsAt: '2026-05-15T17:00',
    timeZone: 'Asia/Tbilisi',
  });
  fake.seedItem(session.id, { title: 'Needs and fears', plannedMinutes: 60 });
  fake.seedItem(session.id, { title: 'Joint thinking', plannedMinutes: 90, topics: [{ id: 't1', title: 'المياه' }] });
  fake.seedItem(session.id, { title: 'Constraints', plannedMinutes: 45 });
  fake.seedItem(session.id, { title: 'Overcoming constraints', plannedMinutes: 60, day: 1 });
  return session;
}

async function openWorkshop(options: Parameters<typeof renderSessions>[0] = {}) {
  const rendered = renderSessions({ seed: twoDays, ...options });
  await rendered.user.click(await screen.findByRole('button', { name: 'Workshop' }));
  await screen.findByRole('heading', { name: 'Agenda' });
  return rendered;
}

const times = (day: string) =>
  within(screen.getByRole('list', { name: new RegExp(`^${day}`) }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('agenda-row'))
    .map(
      (li) =>
        `${li.querySelector('.agenda-row__time')!.textContent} ${li.querySelector('.agenda-row__title')!.textContent}`,
    );

describe('agenda builder', () => {
  it('shows each day with its items and venue times', async () => {
    await openWorkshop();
    expect(screen.getByRole('heading', { name: 'Day 1 · Thu 14 May' })).toBeInTheDocument();
    expect(times('Day 1')).toEqual([
      '09:00–10:00 Needs and fears',
      '10:00–11:30 Joint thinking',
      '11:30–12:15 Constraints',
    ]);
    expect(times('Day 2')).toEqual(['09:00–10:00 Overcoming constraints']);
    // Isolated, so it runs right to left inside the left-to-right row.
    expect(screen.getByText('المياه').tagName).toBe('BDI');
  });

  it('Alt+↑ moves an item up, recomputes times, calls agenda.move and keeps focus on it', async () => {
    const { user, fake } = await openWorkshop();
    const handle = screen.getByRole('button', { name: /^Move “Constraints”/ });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() =>
      expect(times('Day 1')).toEqual([
        '09:00–10:00 Needs and fears',
        '10:00–10:45 Constraints',
        '10:45–12:15 Joint thinking',
      ]),
    );
    expect(fake.api.agenda.move).toHaveBeenCalledWith({ id: expect.any(String), toIndex: 1, toDay: 0 });
    await waitFor(() => expect(screen.getByRole('button', { name: /^Move “Constraints”/ })).toHaveFocus());
  });

  it('Alt+↓ at the end of a day carries the item into the next day', async () => {
    const { user, fake } = await openWorkshop();
    screen.getByRole('button', { name: /^Move “Constraints”/ }).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() =>
      expect(times('Day 2')).toEqual(['09:00–09:45 Constraints', '09:45–10:45 Overcoming constraints']),
    );
    expect(fake.api.agenda.move).toHaveBeenCalledWith({ id: expect.any(String), toIndex: 2, toDay: 1 });
    expect(await screen.findByText(/Constraints moved to day 2, 09:00, position 3 of 4\./)).toBeInTheDocument();
  });

  it('adds an item at the end of the chosen day', async () => {
    const { user, fake } = await openWorkshop();
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    const form = screen.getByRole('form', { name: 'New agenda item' });
    expect(within(form).getByLabelText('Title')).toHaveFocus();
    await user.type(within(form).getByLabelText('Title'), 'Hopes and fears');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Exercise');
    await user.clear(within(form).getByLabelText('Minutes'));
    await user.type(within(form).getByLabelText('Minutes'), '40');
    await user.selectOptions(within(form).getByLabelText('Day'), 'Day 2');
    await user.type(within(form).getByLabelText('Topics'), 'Water, Trust');
    await user.click(within(form).getByRole('button', { name: 'Add item' }));
    await waitFor(() =>
      expect(times('Day 2')).toEqual(['09:00–10:00 Overcoming constraints', '10:00–10:40 Hopes and fears']),
    );
    expect(fake.api.agenda.add).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Hopes and fears',
        kind: 'exercise',
        plannedMinutes: 40,
        day: 1,
        topics: ['Water', 'Trust'],
      }),
    );
  });

  it('asks for the side of a caucus and shows main’s refusal', async () => {
    const { user } = await openWorkshop();
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    const form = screen.getByRole('form', { name: 'New agenda item' });
    await user.type(within(form).getByLabelText('Title'), 'Caucus');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Caucus');
    await user.click(within(form).getByRole('button', { name: 'Add item' }));
    expect(await within(form).findByText(/A caucus meets with one party/)).toBeInTheDocument();
    await user.selectOptions(within(form).getByLabelText('Caucus with'), 'Side A');
    await user.click(within(form).getByRole('button', { name: 'Add item' }));
    expect(await screen.findByText('Side A')).toBeInTheDocument();
  });

  it('previews new times while the minutes of an item are edited, then saves', async () => {
    const { user } = await openWorkshop();
    await user.click(screen.getByRole('button', { name: 'Edit “Needs and fears”' }));
    const form = screen.getByRole('form', { name: 'Edit “Needs and fears”' });
    await user.clear(within(form).getByLabelText('Minutes'));
    await user.type(within(form).getByLabelText('Minutes'), '30');
    expect(times('Day 1')[1]).toBe('09:30–11:00 Joint thinking');
    await user.click(within(form).getByRole('button', { name: 'Save item' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /Edit/ })).not.toBeInTheDocument());
    expect(times('Day 1')[0]).toBe('09:00–09:30 Needs and fears');
  });

  it('warns when a day is planned longer than it lasts', async () => {
    const { user } = await openWorkshop();
    await user.click(screen.getByRole('button', { name: 'Edit “Joint thinking”' }));
    const form = screen.getByRole('form', { name: 'Edit “Joint thinking”' });
    await user.clear(within(form).getByLabelText('Minutes'));
    await user.type(within(form).getByLabelText('Minutes'), '500');
    await user.click(within(form).getByRole('button', { name: 'Save item' }));
    const warnings = await screen.findByRole('list', { name: 'Timing warnings' });
    expect(warnings).toHaveTextContent('Day 1 runs 1 h 05 past its end (18:00), from “Joint thinking”.');
  });

  it('deletes an item and moves focus to its neighbour', async () => {
    const { user } = await openWorkshop();
    await user.click(screen.getByRole('button', { name: 'Delete “Joint thinking”' }));
    await waitFor(() => expect(times('Day 1')).toEqual(['09:00–10:00 Needs and fears', '10:00–10:45 Constraints']));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Move “Constraints”/ })).toHaveFocus());
  });

  it('starts an empty agenda from the Kelman template and saves an agenda as a template', async () => {
    const { user, fake } = renderSessions({
      seed: (f) => {
        f.seedSession({ title: 'Empty', startsAt: '2026-05-14T09:00', endsAt: '2026-05-15T17:00', timeZone: 'UTC' });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Empty' }));
    await screen.findByText('No agenda yet');
    await waitFor(() =>
      expect(screen.getByLabelText('Template')).toHaveDisplayValue('Kelman problem-solving workshop'),
    );
    await user.click(screen.getByRole('button', { name: 'Start from template' }));
    expect(await screen.findByText(/^Needs and fears: first side$/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Day 2/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save as template…' }));
    await user.type(screen.getByLabelText('Template name'), 'Our workshop');
    await user.click(screen.getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Saved as template “Our workshop”.')).toBeInTheDocument();
    expect(fake.api.agenda.saveTemplate).toHaveBeenCalledWith(expect.objectContaining({ name: 'Our workshop' }));
  });
});
