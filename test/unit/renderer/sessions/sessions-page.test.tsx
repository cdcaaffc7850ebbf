import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSessions } from './helpers';

// The renderer project has no Node types; the tests still run in Node and may set the laptop zone.
declare const process: { env: Record<string, string | undefined> };

const laptopZone = process.env.TZ;
afterEach(() => {
  if (laptopZone === undefined) delete process.env.TZ;
  else process.env.TZ = laptopZone;
});

describe('sessions page', () => {
  it('explains an empty dialogue, shows this month, and N opens a new session', async () => {
    const { user } = renderSessions();
    expect(await screen.findByText('No sessions yet')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /May 2026/ })).toBeInTheDocument();
    await user.keyboard('n');
    expect(screen.getByRole('form', { name: 'New session' })).toBeInTheDocument();
  });

  it('draws a calendar across the months of the dialogue, each session on its venue days', async () => {
    const { user } = renderSessions({
      seed: (fake) => {
        fake.seedSession({
          title: 'First round',
          startsAt: '2026-05-14T09:00',
          endsAt: '2026-05-15T17:00',
          timeZone: 'Europe/Zurich',
        });
        fake.seedSession({
          title: 'Second round',
          startsAt: '2026-09-03T09:00',
          endsAt: '2026-09-03T17:00',
          timeZone: 'Asia/Tokyo',
        });
      },
    });
    // Three months at a time, opening on the next session to come; every date is written.
    let months = await screen.findAllByRole('table', { name: /2026/ });
    expect(months.map((table) => table.getAttribute('data-month'))).toEqual(['2026-05', '2026-06', '2026-07']);
    const may = within(months[0]!).getAllByRole('button', { name: /session 1, First round, 14\s?–\s?15 May 2026$/ });
    expect(may).toHaveLength(2);
    // The session's days keep their dates, the session marked on them; the name starts with the date.
    expect(may.map((day) => day.querySelector('.timeline__date')!.textContent)).toEqual(['14', '15']);
    expect(may[0]).toHaveAccessibleName(/^14, session 1, First round, 14\s?–\s?15 May 2026$/);
    expect(within(months[0]!).getByText('13')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Later/ }));
    months = await screen.findAllByRole('table', { name: /2026/ });
    expect(months.map((table) => table.getAttribute('data-month'))).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(
      within(months[2]!).getByRole('button', { name: /session 2, Second round, 3 Sept 2026/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Earlier/ }));
    await user.click(
      within(screen.getAllByRole('table', { name: /2026/ })[0]!).getAllByRole('button', { name: /session 1/ })[0]!,
    );
    expect(await screen.findByRole('heading', { name: 'Session 1: First round' })).toBeInTheDocument();
  });

  it('lists sessions densely with venue dates and zone; user text runs in its own direction', async () => {
    renderSessions({
      seed: (fake) => {
        fake.seedSession({
          title: 'الجولة الأولى',
          startsAt: '2026-05-14T09:00',
          endsAt: '2026-05-14T17:00',
          timeZone: 'Asia/Amman',
        });
      },
    });
    const link = await screen.findByRole('button', { name: 'الجولة الأولى' });
    // Isolated, so it runs right to left inside the left-to-right row.
    expect(link.querySelector('bdi')).toHaveTextContent('الجولة الأولى');
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('14 May 2026');
    expect(row).toHaveTextContent('Asia/Amman');
    expect(row).toHaveTextContent('Chatham House Rule');
  });

  it('creates a session from venue times, showing the venue clock and the laptop clock', async () => {
    process.env.TZ = 'Europe/London';
    const { user, fake } = renderSessions();
    await user.click(await screen.findByRole('button', { name: /New session/ }));
    await user.type(screen.getByLabelText('Title'), 'Workshop');
    await user.type(screen.getByLabelText('Time zone'), 'Asia/Tokyo');
    fireEvent.change(screen.getByLabelText('Starts (venue time)'), { target: { value: '2026-05-14T09:00' } });
    fireEvent.change(screen.getByLabelText('Ends (venue time)'), { target: { value: '2026-05-15T17:00' } });
    const starts = screen.getByLabelText('Starts (venue time)');
    const note = document.getElementById(
      starts
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('footnote'))!,
    )!;
    expect(note).toHaveTextContent('At the venue: Thu, 14 May 2026, 09:00 (GMT+9)');
    expect(note).toHaveTextContent('On this laptop');
    expect(note).toHaveTextContent('Thu, 14 May 2026, 01:00 (GMT+1)');
    await user.click(screen.getByRole('button', { name: 'Create session' }));
    expect(fake.api.session.create).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Workshop',
        startsAt: '2026-05-14T09:00',
        endsAt: '2026-05-15T17:00',
        timeZone: 'Asia/Tokyo',
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Session 1: Workshop' })).toBeInTheDocument();
    expect(screen.getByText('No agenda yet')).toBeInTheDocument();
  });

  it('shows a refusal from main in the form and keeps what was typed', async () => {
    const { user } = renderSessions();
    await user.click(await screen.findByRole('button', { name: /New session/ }));
    await user.type(screen.getByLabelText('Title'), 'Backwards');
    await user.type(screen.getByLabelText('Time zone'), 'Europe/Vienna');
    fireEvent.change(screen.getByLabelText('Starts (venue time)'), { target: { value: '2026-05-14T17:00' } });
    fireEvent.change(screen.getByLabelText('Ends (venue time)'), { target: { value: '2026-05-14T09:00' } });
    await user.click(screen.getByRole('button', { name: 'Create session' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The session must end after it starts');
    expect(screen.getByLabelText('Title')).toHaveValue('Backwards');
  });

  it('adds a venue with a separation arrangement from the session form and selects it', async () => {
    const { user, fake } = renderSessions();
    await user.click(await screen.findByRole('button', { name: /New session/ }));
    await user.click(screen.getByRole('button', { name: 'New venue…' }));
    const form = screen.getByRole('form', { name: 'New venue' });
    await user.type(within(form).getByLabelText('Name'), 'Stillwater house');
    await user.type(within(form).getByLabelText('Time zone'), 'Asia/Tbilisi');
    await user.click(within(form).getByRole('button', { name: 'Add arrangement' }));
    await user.selectOptions(within(form).getByLabelText('Arrangement 1'), 'Separate briefing room');
    await user.selectOptions(within(form).getByLabelText('Arrangement 1 for'), 'الجانب ب');
    await user.click(within(form).getByRole('button', { name: 'Add venue' }));
    await waitFor(() => expect(fake.venues).toHaveLength(1));
    expect(fake.venues[0]).toMatchObject({
      name: 'Stillwater house',
      separations: [{ kind: 'briefing-room', partyId: 'p0000000-0000-4000-8000-00000000000b', note: '' }],
    });
    expect(screen.getByLabelText('Venue')).toHaveDisplayValue('Stillwater house');
    expect(screen.getByLabelText('Time zone')).toHaveValue('Asia/Tbilisi');
  });
});
