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

const WARNINGS = [
  {
    id: 'w-000000000000000000000001',
    where: 'Item 2 (day 1, 09:45)',
    kind: 'name' as const,
    reason: 'A word of a participant’s name — it is also an ordinary word; confirm it does not point to them',
  },
  {
    id: 'w-000000000000000000000002',
    where: 'A topic of item 3',
    kind: 'rare-descriptor' as const,
    reason: 'A role or affiliation that fewer than 3 participants of Side B have',
  },
];
const withWarnings = (warnings: typeof WARNINGS): ExportAnswer => ({ ok: true, value: { saved: false, warnings } });

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
    expect(api.export.agendaPdf).toHaveBeenCalledWith({ sessionId, includeItemNotes: false, acknowledgedWarnings: [] });
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
    expect(api.export.agendaPdf).toHaveBeenCalledWith({ sessionId, includeItemNotes: true, acknowledgedWarnings: [] });
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

  it('lists warnings by place and reason, and exports only once each is confirmed, with their ids', async () => {
    const { user, api, sessionId } = await openWorkshop();
    api.export.agendaPdf.mockResolvedValueOnce(withWarnings(WARNINGS));
    await user.click(exportButton());
    const panel = await screen.findByRole('region', { name: '2 things to check before exporting' });
    expect(panel).toHaveTextContent('Item 2 (day 1, 09:45)');
    expect(panel).toHaveTextContent(WARNINGS[1]!.reason);
    expect(screen.getByText('Not exported yet: 2 things to check first.')).toHaveAttribute('role', 'status');
    const go = screen.getByRole('button', { name: 'Export with these confirmed…' });
    expect(go).toHaveAttribute('aria-disabled', 'true');
    await user.click(go);
    expect(api.export.agendaPdf).toHaveBeenCalledTimes(1);

    await user.click(
      screen.getByRole('button', { name: 'Confirm that Item 2 (day 1, 09:45) does not point to a participant' }),
    );
    expect(screen.getByText('1 warning left to confirm.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo the confirmation for Item 2 (day 1, 09:45)' }));
    expect(screen.getByText('2 warnings left to confirm.')).toBeInTheDocument();
    for (const button of screen.getAllByRole('button', { name: /^Confirm that/ })) await user.click(button);
    expect(screen.getByText('Every warning is confirmed.')).toBeInTheDocument();
    api.export.agendaPdf.mockResolvedValueOnce(saved('Cedar-session-1-agenda.pdf', 1));
    await user.click(go);
    expect(api.export.agendaPdf).toHaveBeenLastCalledWith({
      sessionId,
      includeItemNotes: false,
      acknowledgedWarnings: WARNINGS.map((w) => w.id),
    });
    expect(await screen.findByText('Saved Cedar-session-1-agenda.pdf (1 page).')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /to check before exporting/ })).not.toBeInTheDocument();
  });

  it('adds a known-safe phrase from a warning and checks again', async () => {
    const { user, api, sessionId } = await openWorkshop();
    api.export.agendaPdf.mockResolvedValueOnce(withWarnings(WARNINGS));
    await user.click(exportButton());
    await screen.findByRole('region', { name: /to check before exporting/ });
    await user.click(screen.getAllByRole('button', { name: 'Mark a phrase as safe…' })[0]!);
    const field = screen.getByRole('textbox', { name: 'Known-safe phrase · Item 2 (day 1, 09:45)' });
    expect(field).toHaveFocus();
    expect(field).toHaveAccessibleDescription(/Rose Garden Accord/);
    await user.type(field, 'Rose Garden Accord{Enter}');
    expect(api.safePhrase.add).toHaveBeenCalledWith({ dialogueId: expect.any(String), phrase: 'Rose Garden Accord' });
    await waitFor(() => expect(api.export.agendaPdf).toHaveBeenCalledTimes(2));
    expect(api.export.agendaPdf).toHaveBeenLastCalledWith({
      sessionId,
      includeItemNotes: false,
      acknowledgedWarnings: [],
    });
    expect(await screen.findByText(/^Saved /)).toBeInTheDocument();
  });

  it('shows why a phrase cannot be known-safe, and keeps what was typed', async () => {
    const { user, api } = await openWorkshop();
    api.export.agendaPdf.mockResolvedValueOnce(withWarnings(WARNINGS));
    api.safePhrase.add.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'SAFE_PHRASE_NAMES_SOMEONE',
        message: 'A known-safe phrase must hold a word that is no participant’s name.',
      },
    });
    await user.click(exportButton());
    await user.click((await screen.findAllByRole('button', { name: 'Mark a phrase as safe…' }))[0]!);
    await user.type(screen.getByRole('textbox', { name: /Known-safe phrase/ }), 'Rose{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('must hold a word that is no participant’s name');
    expect(screen.getByRole('textbox', { name: /Known-safe phrase/ })).toHaveValue('Rose');
    expect(api.export.agendaPdf).toHaveBeenCalledTimes(1);
  });

  it('offers a known-safe phrase after a refusal too', async () => {
    const { user, api } = await openWorkshop();
    api.export.agendaPdf.mockResolvedValueOnce({ ok: false, error: { code: 'NAME_IN_EXPORT', message: NAME_MESSAGE } });
    await user.click(exportButton());
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Mark a phrase as safe…' }));
    expect(screen.getByRole('textbox', { name: 'Known-safe phrase' })).toHaveFocus();
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
