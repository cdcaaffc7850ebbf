import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteCaptureProps } from '../../../../renderer/live/note-slot';
import type { SessionsFake } from '../sessions/fake-sessions';
import { renderSessions } from '../sessions/helpers';

let now = new Date('2026-05-14T05:00:00.000Z');
const clock = () => new Date(now);
const at = (iso: string) => {
  now = new Date(iso);
};

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval'] });
  at('2026-05-14T05:00:00.000Z');
});
afterEach(() => {
  vi.useRealTimers();
});

function seed(fake: SessionsFake) {
  // 09:00 in Tbilisi is 05:00 UTC.
  const session = fake.seedSession({
    title: 'Workshop',
    startsAt: '2026-05-14T09:00',
    endsAt: '2026-05-14T17:00',
    timeZone: 'Asia/Tbilisi',
  });
  fake.seedItem(session.id, {
    title: 'Needs and fears',
    plannedMinutes: 100,
    lead: { kind: 'participant', participantId: 'x', speakerCode: 'B2' },
  });
  fake.seedItem(session.id, {
    title: 'Caucus with Side A',
    kind: 'caucus',
    plannedMinutes: 30,
    regime: 'off-the-record',
    caucusParty: { id: 'p0000000-0000-4000-8000-00000000000a', name: 'Side A' },
  });
  fake.seedItem(session.id, { title: 'Lunch', kind: 'meal', plannedMinutes: 60 });
}

async function openLive(renderNoteCapture?: (props: NoteCaptureProps) => React.ReactNode) {
  const rendered = renderSessions({ seed, clock, now: clock, renderNoteCapture });
  await rendered.user.click(await screen.findByRole('button', { name: 'Workshop' }));
  await screen.findByRole('heading', { name: 'Agenda' });
  await rendered.user.click(screen.getByRole('button', { name: 'Live mode' }));
  const dialog = await screen.findByRole('dialog', { name: 'Live mode, session 1' });
  return { ...rendered, dialog };
}

const tick = async (iso: string) => {
  at(iso);
  await act(async () => {
    vi.advanceTimersByTime(1000);
  });
};

describe('live mode', () => {
  it('starts the first item and counts elapsed and remaining time, turning amber at 20 % and red at 5 %', async () => {
    const { user, dialog, fake } = await openLive();
    expect(within(dialog).getByRole('heading', { name: 'Next: Needs and fears' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /Start “Needs and fears”/ }));
    expect(await within(dialog).findByRole('heading', { name: 'Needs and fears' })).toBeInTheDocument();
    expect(fake.api.live.start).toHaveBeenCalledWith({ sessionId: expect.any(String) });
    expect(dialog).toHaveTextContent('led by B2');
    expect(dialog).toHaveAttribute('data-tone', 'normal');

    await tick('2026-05-14T05:30:00.000Z');
    expect(screen.getByTestId('elapsed')).toHaveTextContent('30:00');
    expect(screen.getByTestId('remaining')).toHaveTextContent('1:10:00');

    await tick('2026-05-14T06:20:00.000Z');
    expect(dialog).toHaveAttribute('data-tone', 'amber');
    expect(screen.getByText('Less than a fifth of the time left.')).toBeInTheDocument();
    await tick('2026-05-14T06:35:00.000Z');
    expect(dialog).toHaveAttribute('data-tone', 'red');
    await tick('2026-05-14T06:43:10.000Z');
    expect(dialog).toHaveAttribute('data-tone', 'overrun');
    expect(within(dialog).getByText('Over by')).toBeInTheDocument();
    expect(screen.getByTestId('remaining')).toHaveTextContent('3:10');
  });

  it('extends the running item without changing its plan, and moves on with →', async () => {
    const { user, dialog, fake } = await openLive();
    await user.keyboard('s');
    await within(dialog).findByRole('heading', { name: 'Needs and fears' });
    await tick('2026-05-14T06:30:00.000Z');
    await user.click(within(dialog).getByRole('button', { name: /10 min/ }));
    await waitFor(() => expect(dialog).toHaveTextContent('Planned 1 h 40 + 10 min added'));
    expect(fake.api.live.extend).toHaveBeenCalledWith({ itemId: expect.any(String), minutes: 10 });
    await user.keyboard('+');
    await waitFor(() => expect(dialog).toHaveTextContent('+ 15 min added'));
    await user.keyboard('{ArrowRight}');
    expect(await within(dialog).findByRole('heading', { name: 'Caucus with Side A' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Caucus with Side A');
    expect(dialog).toHaveTextContent('Off the record');
    // Afterwards: the plan beside what happened.
    const table = within(dialog).getByRole('table');
    const row = within(table).getByRole('rowheader', { name: 'Needs and fears' }).closest('tr')!;
    expect(row).toHaveTextContent('1 h 30 (extended 15 min)');
    expect(row).toHaveTextContent('−10 min');
    expect(row).toHaveTextContent('Done');
  });

  it('N opens the notes feature’s slot with the current item, its rule and caucus; closing returns focus', async () => {
    const seen: NoteCaptureProps[] = [];
    const { user, dialog } = await openLive((props) => {
      seen.push(props);
      return (
        <div>
          <label>
            Note <input />
          </label>
          <button type="button" onClick={props.onClose}>
            Done
          </button>
        </div>
      );
    });
    await user.click(within(dialog).getByRole('button', { name: /Start “Needs and fears”/ }));
    await within(dialog).findByRole('heading', { name: 'Needs and fears' });
    await user.keyboard('{ArrowRight}');
    await within(dialog).findByRole('heading', { name: 'Caucus with Side A' });
    await user.keyboard('n');
    const slot = within(dialog).getByRole('complementary', { name: 'Note on the current item' });
    const target = seen.at(-1)!.target;
    expect(target).toMatchObject({
      agendaItemTitle: 'Caucus with Side A',
      regime: 'off-the-record',
      caucusPartyId: 'p0000000-0000-4000-8000-00000000000a',
    });
    // Typing in the note is typing: N opens no second panel, → does not move the agenda on.
    await user.type(within(slot).getByLabelText('Note'), 'Nablus{ArrowRight}');
    expect(within(slot).getByLabelText('Note')).toHaveValue('Nablus');
    expect(within(dialog).getAllByRole('complementary')).toHaveLength(1);
    expect(within(dialog).getByRole('heading', { name: 'Caucus with Side A' })).toBeInTheDocument();
    await user.click(within(slot).getByRole('button', { name: 'Done' }));
    expect(within(dialog).queryByRole('complementary')).not.toBeInTheDocument();
    expect(dialog).toHaveFocus();
  });

  it('keeps one key handler across renders, so N works at once after a note is closed', async () => {
    const { user, dialog, fake } = await openLive((props) => (
      <button type="button" onClick={props.onClose}>
        Save note
      </button>
    ));
    const added = vi.spyOn(document, 'addEventListener');
    await user.keyboard('s');
    await within(dialog).findByRole('heading', { name: 'Needs and fears' });
    await tick('2026-05-14T05:10:00.000Z');
    for (let round = 0; round < 2; round++) {
      await user.keyboard('n');
      await user.click(within(dialog).getByRole('button', { name: 'Save note' }));
      expect(within(dialog).queryByRole('complementary')).not.toBeInTheDocument();
    }
    // Many renders later (start, clock ticks, note opened and closed), no handler was added again:
    // the one registered at the start reads the latest state.
    expect(added.mock.calls.filter(([type]) => type === 'keydown')).toEqual([]);
    await user.keyboard('n');
    expect(within(dialog).getByRole('complementary', { name: 'Note on the current item' })).toBeInTheDocument();
    // It acts on the latest state: no item ran when it was registered, yet F finishes the one running now.
    await user.click(within(dialog).getByRole('button', { name: 'Save note' }));
    await user.keyboard('f');
    await waitFor(() => expect(fake.api.live.finish).toHaveBeenCalledTimes(1));
    added.mockRestore();
  });

  it('without a notes slot there is no Note button; Escape leaves live mode', async () => {
    const { user, dialog } = await openLive();
    expect(within(dialog).queryByRole('button', { name: /^Note/ })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Session 1: Workshop' })).toBeInTheDocument();
  });

  it('has one finish action, clearly named; Next names the item it starts', async () => {
    const { user, dialog } = await openLive();
    await user.keyboard('s');
    await within(dialog).findByRole('heading', { name: 'Needs and fears' });
    expect(within(dialog).getByRole('button', { name: /^Next: “Caucus with Side A”/ })).toBeInTheDocument();
    expect(within(dialog).getAllByRole('button', { name: /finish/i })).toHaveLength(1);
    expect(within(dialog).getByRole('button', { name: /Finish this item/ })).toHaveAttribute('aria-keyshortcuts', 'F');
    // On the last item there is nothing to move on to: Finish is the one step left.
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowRight}');
    await within(dialog).findByRole('heading', { name: 'Lunch' });
    expect(within(dialog).queryByRole('button', { name: /^Next/ })).not.toBeInTheDocument();
    expect(within(dialog).getAllByRole('button', { name: /finish/i })).toHaveLength(1);
  });

  it('shows Coming up at the times the room now runs at ("running 12 min late")', async () => {
    const { user, dialog } = await openLive();
    // Started 12 minutes late: 05:12 UTC is 09:12 in Tbilisi.
    await tick('2026-05-14T05:12:00.000Z');
    await user.keyboard('s');
    await within(dialog).findByRole('heading', { name: 'Needs and fears' });
    const upnext = within(dialog).getByRole('region', { name: /Coming up/ });
    expect(upnext).toHaveTextContent('Running 12 min late');
    const caucus = within(upnext).getByText('Caucus with Side A').closest('li')!;
    // Planned 10:40, now about 10:52.
    expect(caucus).toHaveTextContent('10:40');
    expect(caucus).toHaveTextContent('now about 10:52 · running 12 min late');
  });

  it('keeps the privacy screen on while it is open, and puts back what was when it closes', async () => {
    const { user, dialog } = await openLive();
    expect(within(dialog).getByRole('button', { name: 'Privacy screen' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The frame's own toggle is not on this page; the held screen went with live mode.
    await user.click(screen.getByRole('button', { name: 'Live mode' }));
    const again = await screen.findByRole('dialog', { name: 'Live mode, session 1' });
    const toggle = within(again).getByRole('button', { name: 'Privacy screen' });
    // Switched off by hand in the room, it stays off until live mode closes.
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('corrects a recorded time and resets the session’s times, from the record of what happened', async () => {
    const { user, dialog, fake } = await openLive();
    await user.keyboard('s');
    await within(dialog).findByRole('heading', { name: 'Needs and fears' });
    await tick('2026-05-14T06:30:00.000Z');
    await user.keyboard('{ArrowRight}');
    await within(dialog).findByRole('heading', { name: 'Caucus with Side A' });
    await user.click(within(dialog).getByRole('button', { name: 'Correct the times of “Needs and fears”' }));
    const form = within(dialog).getByRole('form', { name: 'Times of “Needs and fears”' });
    const start = within(form).getByLabelText('Started at (venue time)');
    expect(start).toHaveValue('09:00');
    await user.clear(start);
    await user.type(start, '08:55');
    await user.click(within(form).getByRole('button', { name: 'Save times' }));
    await waitFor(() =>
      expect(fake.api.live.correct).toHaveBeenCalledWith({
        itemId: expect.any(String),
        actualStart: '2026-05-14T08:55',
        actualEnd: '2026-05-14T10:30',
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Reset all recorded times…' }));
    await user.click(within(dialog).getByRole('button', { name: 'Reset all' }));
    await waitFor(() => expect(fake.api.live.reset).toHaveBeenCalledWith({ sessionId: expect.any(String) }));
  });
});

describe('a session that is not today', () => {
  it('asks first, and a rehearsal runs the clock and records nothing', async () => {
    // The evening before the session.
    at('2026-05-13T16:00:00.000Z');
    const rendered = renderSessions({ seed, clock, now: clock });
    const { user, fake } = rendered;
    await user.click(await screen.findByRole('button', { name: 'Workshop' }));
    await screen.findByRole('heading', { name: 'Agenda' });
    await user.click(screen.getByRole('button', { name: 'Live mode' }));
    const ask = await screen.findByRole('dialog', { name: 'This session is not today' });
    expect(ask).toHaveTextContent('This session is on 14 May 2026. Start a rehearsal');
    expect(within(ask).getByRole('button', { name: 'Start a rehearsal' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Start a rehearsal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rehearsal, session 1' });
    expect(dialog).toHaveTextContent('Rehearsal: the clock runs, nothing is recorded.');
    await user.keyboard('s');
    expect(await within(dialog).findByRole('heading', { name: 'Needs and fears' })).toBeInTheDocument();
    await tick('2026-05-13T16:20:00.000Z');
    expect(screen.getByTestId('elapsed')).toHaveTextContent('20:00');
    await user.keyboard('+');
    await waitFor(() => expect(dialog).toHaveTextContent('+ 5 min added'));
    await user.keyboard('{ArrowRight}');
    await within(dialog).findByRole('heading', { name: 'Caucus with Side A' });
    // Measured against the plan moved to when the rehearsal started, not against tomorrow.
    expect(within(dialog).getByRole('region', { name: /Coming up/ })).not.toHaveTextContent(/\d{3,} min/);
    await user.keyboard('f');
    for (const step of ['start', 'next', 'extend', 'finish', 'correct', 'reset', 'clear'] as const) {
      expect(fake.api.live[step], step).not.toHaveBeenCalled();
    }
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('can start anyway and record, or cancel', async () => {
    at('2026-05-20T08:00:00.000Z');
    const { user, fake } = renderSessions({ seed, clock, now: clock });
    await user.click(await screen.findByRole('button', { name: 'Workshop' }));
    await screen.findByRole('heading', { name: 'Agenda' });
    await user.click(screen.getByRole('button', { name: 'Live mode' }));
    let ask = await screen.findByRole('dialog', { name: 'This session is not today' });
    expect(ask).toHaveTextContent('This session was on 14 May 2026.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Live mode' }));
    ask = await screen.findByRole('dialog', { name: 'This session is not today' });
    await user.click(within(ask).getByRole('button', { name: 'Start anyway (record times)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Live mode, session 1' });
    await user.keyboard('s');
    await within(dialog).findByRole('heading', { name: 'Needs and fears' });
    expect(fake.api.live.start).toHaveBeenCalledTimes(1);
  });
});
