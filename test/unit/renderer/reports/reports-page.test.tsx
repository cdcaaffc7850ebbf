import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../../../renderer/api';
import { SessionContext } from '../../../../renderer/app/session';
import { AUTOSAVE_DELAY_MS } from '../../../../renderer/notes/autosave';
import { ReportsPage } from '../../../../renderer/reports/ReportsPage';
import { dialogueView } from '../fake-api';
import { testSession } from '../render';
import { createReportsApi, DIALOGUE_ID, PREVIEW, S2, WARNING } from './fake-reports';

function renderPage() {
  const fake = createReportsApi();
  render(
    <ApiContext value={fake.api}>
      <SessionContext value={testSession()}>
        <ReportsPage dialogue={dialogueView({ id: DIALOGUE_ID, codeName: 'Cedar' })} />
      </SessionContext>
    </ApiContext>,
  );
  return { api: fake.api, user: userEvent.setup() };
}

describe('the Reports page', () => {
  it('lists the sessions covered, marks one risky with how its venue is named', async () => {
    const { api, user } = renderPage();
    const sessions = await screen.findByRole('region', { name: 'Sessions covered' });
    expect(within(sessions).getByText('20–21 April 2026', { exact: false })).toBeInTheDocument();
    const venue = within(sessions).getByRole('textbox', { name: 'How session 2’s venue is named' });
    await user.type(venue, 'the Levant');
    await user.tab();
    expect(api.sponsorReport.markSession).toHaveBeenLastCalledWith({
      sessionId: S2,
      risky: true,
      venueLabel: 'the Levant',
    });
    await user.click(
      within(sessions).getByRole('checkbox', { name: 'Session 2 is risky: coarsen its period and venue' }),
    );
    expect(api.sponsorReport.markSession).toHaveBeenLastCalledWith({
      sessionId: S2,
      risky: false,
      venueLabel: 'the Levant',
    });
    await user.click(within(sessions).getByRole('radio', { name: 'Only the sessions ticked' }));
    expect(api.sponsorReport.setSessions).toHaveBeenLastCalledWith({
      dialogueId: DIALOGUE_ID,
      sessionIds: expect.arrayContaining([S2]),
    });
  });

  it('saves a written section as it is typed, a moment after the pause', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { api } = renderPage();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const themes = await screen.findByRole('textbox', { name: 'Themes' });
      await user.type(themes, 'Water');
      expect(api.sponsorReport.saveText).not.toHaveBeenCalled();
      await act(async () => {
        vi.advanceTimersByTime(AUTOSAVE_DELAY_MS + 50);
      });
      expect(api.sponsorReport.saveText).toHaveBeenLastCalledWith({
        dialogueId: DIALOGUE_ID,
        section: 'themes',
        body: 'Water',
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves a profile with its choices and uses it', async () => {
    const { api, user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'New profile…' }));
    const form = screen.getByRole('form', { name: 'New profile…' });
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Foundation');
    await user.click(within(form).getByRole('checkbox', { name: 'Outcomes harvested' }));
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'A risky session’s period' }),
      'The quarter only',
    );
    await user.clear(within(form).getByRole('spinbutton', { name: /Smallest count printed/ }));
    await user.type(within(form).getByRole('spinbutton', { name: /Smallest count printed/ }), '4');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    expect(api.reportProfile.save).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Foundation', riskyPeriod: 'quarter', minCount: 4 }),
    );
    expect(api.reportProfile.save.mock.calls[0]![0].sections).not.toContain('outcomes');
    expect(api.sponsorReport.useProfile).toHaveBeenLastCalledWith({
      dialogueId: DIALOGUE_ID,
      profileId: '00000000-0000-4000-8000-0000000000f1',
    });
    expect(await screen.findByText('Saved the profile “Foundation”.')).toBeInTheDocument();
  });

  it('marks a note as agreed by the participants, with the day', async () => {
    const { api, user } = renderPage();
    const panel = await screen.findByRole('region', { name: 'Statements and points from the notes' });
    await user.click(await within(panel).findByRole('checkbox', { name: 'Agreed by the participants' }));
    expect(api.sponsorReport.markAgreed).toHaveBeenCalledWith({
      noteId: 'n1',
      agreedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/u),
    });
    expect(await within(panel).findByLabelText('Date session 1’s statement was agreed')).toBeInTheDocument();
  });

  it('previews the report with each change in words, and exports only once the warning is confirmed', async () => {
    const { api, user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Preview and export' }));
    const paper = await screen.findByRole('document', { name: 'The sponsor report as it will print' });
    expect(within(paper).getByRole('heading', { name: 'Meetings 1–2' })).toBeInTheDocument();
    expect(within(paper).getByText('participant name')).toBeInTheDocument();
    expect(within(paper).getByText('check: re-identification')).toBeInTheDocument();
    expect(within(paper).getAllByText('suppressed').length).toBeGreaterThan(0);
    expect(screen.getByText('One quote was left out: a sponsor report carries no quotes.')).toBeInTheDocument();
    expect(screen.getByText(/Outcomes harvested — nothing recorded/u)).toBeInTheDocument();
    const changes = screen.getByRole('heading', { name: '2 changes' });
    expect(changes).toBeInTheDocument();

    // The preview's warning is there to confirm before anything is tried.
    const warnings = screen.getByRole('region', { name: 'One thing to check before exporting' });
    expect(warnings).toHaveTextContent(WARNING.where);
    expect(screen.getByRole('button', { name: 'Export with these confirmed…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(
      within(warnings).getByRole('button', { name: `Confirm that ${WARNING.where} does not point to a participant` }),
    );
    expect(paper.querySelector('mark.is-confirmed')).not.toBeNull();
    api.export.sponsorReportPdf.mockResolvedValueOnce({
      ok: true,
      value: { saved: true, fileName: 'Cedar-sponsor-report-meetings-1-2.pdf', pages: 3, bytes: 80_000 },
    });
    await user.click(screen.getByRole('button', { name: 'Export with these confirmed…' }));
    expect(api.export.sponsorReportPdf).toHaveBeenCalledWith({
      dialogueId: DIALOGUE_ID,
      acknowledgedWarnings: [WARNING.id],
    });
    expect(await screen.findByText('Saved Cedar-sponsor-report-meetings-1-2.pdf (3 pages).')).toBeInTheDocument();
    expect(PREVIEW.document.sections).toHaveLength(2);
  });

  it('exports the session summary with the levels and caucus option chosen', async () => {
    const { api, user } = renderPage();
    await user.click(screen.getByRole('tab', { name: 'Session summary' }));
    await screen.findByRole('combobox', { name: 'Session' });
    await user.click(screen.getByRole('checkbox', { name: 'Facilitator only' }));
    await user.click(screen.getByRole('checkbox', { name: /Caucus notes/u }));
    api.export.sessionSummaryPdf.mockResolvedValueOnce({
      ok: true,
      value: { saved: true, fileName: 'Cedar-session-1-summary.pdf', pages: 2, bytes: 50_000 },
    });
    await user.click(screen.getByRole('button', { name: 'Export session summary PDF…' }));
    expect(api.export.sessionSummaryPdf).toHaveBeenCalledWith({
      sessionId: expect.any(String),
      levels: ['participants', 'sponsor'],
      includeCaucus: false,
      acknowledgedWarnings: [],
    });
    expect(await screen.findByText('Saved Cedar-session-1-summary.pdf (2 pages).')).toBeInTheDocument();
  });

  it('shows the export log with its SHA-256, and says when a file is not one the workspace wrote', async () => {
    const { api, user } = renderPage();
    await user.click(screen.getByRole('tab', { name: 'Export log' }));
    const row = await screen.findByRole('row', { name: /Sponsor report/u });
    expect(row).toHaveTextContent('Cedar');
    expect(row).toHaveTextContent('1, 2');
    expect(row).toHaveTextContent('Standard');
    expect(row).toHaveTextContent('80 KB');
    expect(row).toHaveTextContent('a'.repeat(64));
    api.workspace.verifyExport.mockResolvedValueOnce({
      ok: true,
      value: { picked: true, fileName: 'forwarded.pdf', bytes: 10, sha256: 'b'.repeat(64), matches: [] },
    });
    await user.click(screen.getByRole('button', { name: 'Check a file…' }));
    expect(await screen.findByText(/forwarded\.pdf is NOT a file this workspace wrote/u)).toBeInTheDocument();
  });

  it('exports the roster CSV, codes by default, and says how many participants it holds', async () => {
    const { api, user } = renderPage();
    await user.click(screen.getByRole('tab', { name: 'Roster CSV' }));
    api.export.rosterCsv.mockResolvedValueOnce({
      ok: true,
      value: {
        saved: true,
        fileName: 'Cedar-roster-codes.csv',
        participants: 6,
        bytes: 900,
        includesIdentities: false,
      },
    });
    await user.click(screen.getByRole('button', { name: 'Export roster CSV…' }));
    expect(api.export.rosterCsv).toHaveBeenCalledWith({
      dialogueId: DIALOGUE_ID,
      includeIdentities: false,
      acknowledgedWarnings: [],
    });
    expect(await screen.findByText('Saved Cedar-roster-codes.csv (6 participants).')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Include real names, aliases and contacts' }));
    expect(screen.getByText(/exposes everyone on it/u)).toBeInTheDocument();
  });
});
