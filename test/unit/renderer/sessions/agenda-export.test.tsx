import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ExportResult, ParleyApi } from '../../../../shared/contract';
import { ApiContext } from '../../../../renderer/api';
import { SessionContext, type Session } from '../../../../renderer/app/session';
import { SessionsPage } from '../../../../renderer/sessions/SessionsPage';
import { createSessionsFake, type SessionsFake } from './fake-sessions';
import { cedarDialogue, renderSessions } from './helpers';

type ExportAnswer = Awaited<ReturnType<ParleyApi['export']['agendaPdf']>>;

const EXPORT = 'Export agenda PDF…';
const NAME_MESSAGE =
  'Item 3 (day 1, 10:30) contains a participant’s name from the roster. The agenda refers to people by speaker ' +
  'code or role: edit it, then export again. Nothing was written.';

/** A one-day session with three items; or none, for the empty agenda. */
function seedWorkshop(fake: SessionsFake, itemCount = 3) {
  const session = fake.seedSession({
    title: 'Workshop',
    startsAt: '2026-05-14T09:00',
    endsAt: '2026-05-14T17:00',
    timeZone: 'Europe/Vienna',
  });
  for (let i = 0; i < itemCount; i++) fake.seedItem(session.id, { title: `Item ${i + 1}`, plannedMinutes: 45 });
  return session;
}

/** Opens the session view; resolves once the notes section has loaded, so any alert is the export's. */
async function openWorkshop(itemCount?: number) {
  let sessionId = '';
  const rendered = renderSessions({
    seed: (fake) => {
      sessionId = seedWorkshop(fake, itemCount).id;
    },
  });
  await rendered.user.click(await screen.findByRole('button', { name: 'Workshop' }));
  await screen.findByRole('heading', { name: 'Agenda' });
  await screen.findByText('No notes yet in this session.');
  return { ...rendered, sessionId, api: rendered.fake.api };
}

const exportButton = () => screen.getByRole('button', { name: EXPORT });

/** A call that stays pending until the test answers it. */
function deferred() {
  let answer!: (value: ExportAnswer) => void;
  const promise = new Promise<ExportAnswer>((resolve) => {
    answer = resolve;
  });
  return { promise, answer };
}

const saved = (fileName: string, pages: number): ExportAnswer => ({
  ok: true,
  value: { saved: true, fileName, pages, bytes: 48_213 } satisfies ExportResult,
});

describe('export agenda PDF', () => {
  it('offers the export with the participants’ copy by default, and the session view shows no error', async () => {
    const { api } = await openWorkshop();
    expect(exportButton()).not.toHaveAttribute('aria-disabled');
    const notes = screen.getByRole('checkbox', { name: 'Facilitator’s copy (item notes, times actually run)' });
    expect(notes).not.toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.note.list).toHaveBeenCalled();
    expect(api.participant.list).toHaveBeenCalled();
  });

  it('exports the participants’ copy and says which file was saved, with its pages', async () => {
    const { user, api, sessionId } = await openWorkshop();
    api.export.agendaPdf.mockResolvedValueOnce(saved('Cedar-session-1-agenda.pdf', 3));
    await user.click(exportButton());
    expect(api.export.agendaPdf).toHaveBeenCalledTimes(1);
    expect(api.export.agendaPdf).toHaveBeenCalledWith({ sessionId, includeItemNotes: false });
    const status = await screen.findByText('Saved Cedar-session-1-agenda.pdf (3 pages).');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says “1 page” for a one-page agenda (the fake’s own answer)', async () => {
    const { user } = await openWorkshop();
    await user.click(exportButton());
    expect(await screen.findByText('Saved Cedar-session-1-agenda.pdf (1 page).')).toBeInTheDocument();
  });

  it('includes the item notes only when the facilitator ticks the box, with the keyboard too', async () => {
    const { user, api, sessionId } = await openWorkshop();
    const notes = screen.getByRole('checkbox', { name: /Facilitator’s copy/ });
    notes.focus();
    await user.keyboard(' ');
    expect(notes).toBeChecked();
    await user.tab();
    expect(exportButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(api.export.agendaPdf).toHaveBeenCalledWith({ sessionId, includeItemNotes: true });
    await screen.findByText(/^Saved /);
  });

  it('says nothing alarming when the facilitator cancels the save dialog', async () => {
    const { user, api } = await openWorkshop();
    api.export.agendaPdf.mockResolvedValueOnce({ ok: true, value: { saved: false } });
    await user.click(exportButton());
    expect(await screen.findByText('Export cancelled.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Saved /)).not.toBeInTheDocument();
  });

  it('shows main’s message in an alert when the agenda still names a participant', async () => {
    const { user, api } = await openWorkshop();
    api.export.agendaPdf.mockResolvedValueOnce({
      ok: false,
      error: { code: 'NAME_IN_EXPORT', message: NAME_MESSAGE },
    });
    await user.click(exportButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(NAME_MESSAGE);
    expect(screen.queryByText(/^Saved /)).not.toBeInTheDocument();
    expect(exportButton()).not.toHaveAttribute('aria-busy');
  });

  it('is busy while main saves and prints, and a second click does not export twice', async () => {
    const { user, api } = await openWorkshop();
    const call = deferred();
    api.export.agendaPdf.mockImplementationOnce(() => call.promise);
    await user.click(exportButton());
    expect(exportButton()).toHaveAttribute('aria-busy', 'true');
    expect(exportButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Exporting…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('checkbox', { name: /Facilitator’s copy/ })).toBeDisabled();
    await user.click(exportButton());
    expect(api.export.agendaPdf).toHaveBeenCalledTimes(1);
    call.answer(saved('Cedar-session-1-agenda.pdf', 2));
    expect(await screen.findByText('Saved Cedar-session-1-agenda.pdf (2 pages).')).toBeInTheDocument();
    expect(exportButton()).not.toHaveAttribute('aria-busy');
    expect(exportButton()).not.toHaveAttribute('aria-disabled');
  });

  it('is unavailable, with a hint, while the agenda has no items', async () => {
    const { user, api } = await openWorkshop(0);
    expect(screen.getByText('No agenda yet')).toBeInTheDocument();
    expect(exportButton()).toHaveAttribute('aria-disabled', 'true');
    expect(exportButton()).toHaveAccessibleDescription('Add an item to the agenda to export it.');
    await user.click(exportButton());
    expect(api.export.agendaPdf).not.toHaveBeenCalled();
  });

  it('hands WORKSPACE_LOCKED to the frame instead of showing it', async () => {
    const dialogue = cedarDialogue();
    const sessions = createSessionsFake({ dialogue });
    seedWorkshop(sessions);
    const locked = { code: 'WORKSPACE_LOCKED' as const, message: 'The workspace is locked.' };
    const frame: Session = {
      workspaceName: 'Field office',
      lock: vi.fn(),
      lockedElsewhere: vi.fn((error) => error.code === 'WORKSPACE_LOCKED'),
      reopen: vi.fn(),
    };
    sessions.api.export.agendaPdf.mockResolvedValueOnce({ ok: false, error: locked });
    const user = userEvent.setup();
    render(
      <ApiContext value={sessions.api}>
        <SessionContext value={frame}>
          <SessionsPage dialogue={dialogue} today="2026-05-01" />
        </SessionContext>
      </ApiContext>,
    );
    await user.click(await screen.findByRole('button', { name: 'Workshop' }));
    await screen.findByText('No notes yet in this session.');
    await user.click(exportButton());
    await waitFor(() => expect(frame.lockedElsewhere).toHaveBeenCalledWith(locked));
    expect(exportButton()).not.toHaveAttribute('aria-busy');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
