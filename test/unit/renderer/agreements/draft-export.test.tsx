import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DraftView, ExportResult, ParleyApi } from '../../../../shared/contract';
import { DraftExport } from '../../../../renderer/agreements/DraftExport';
import { ApiContext } from '../../../../renderer/api';
import { SessionContext } from '../../../../renderer/app/session';
import { testSession } from '../render';
import { createAgreementsApi, DRAFT_ID } from './fake-agreements';

type Answer = Awaited<ReturnType<ParleyApi['export']['draftPdf']>>;

const WARNING = {
  id: 'w-00000000000000000000000a',
  where: 'Clause 1',
  kind: 'name' as const,
  reason: 'A word of a participant’s name — it is also an ordinary word; confirm it does not point to them',
};

async function renderExport() {
  const fake = createAgreementsApi(['A grace period of one season applies.']);
  const draft = ((await fake.api.draft.get({ id: DRAFT_ID })) as { value: DraftView }).value;
  const draftPdf = vi.fn<(input: unknown) => Promise<Answer>>();
  const api = { ...fake.api, export: { ...fake.api.export, draftPdf } } as unknown as ParleyApi;
  const flush = vi.fn(async () => true);
  render(
    <ApiContext value={api}>
      <SessionContext value={testSession()}>
        <DraftExport draft={draft} flush={flush} />
      </SessionContext>
    </ApiContext>,
  );
  return { user: userEvent.setup(), draftPdf, flush };
}

describe('draft export', () => {
  it('saves what is typed first, then lists warnings and exports only once each is confirmed, with their ids', async () => {
    const { user, draftPdf, flush } = await renderExport();
    draftPdf.mockResolvedValueOnce({ ok: true, value: { saved: false, warnings: [WARNING] } });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(flush).toHaveBeenCalledTimes(1);
    expect(draftPdf).toHaveBeenLastCalledWith({ draftId: DRAFT_ID, facilitatorCopy: false, acknowledgedWarnings: [] });
    expect(await screen.findByRole('region', { name: 'One thing to check before exporting' })).toHaveTextContent(
      'Clause 1',
    );

    await user.click(screen.getByRole('button', { name: 'Confirm that Clause 1 does not point to a participant' }));
    const saved: ExportResult = { saved: true, fileName: 'Cedar-statement-working.pdf', pages: 1, bytes: 9_000 };
    draftPdf.mockResolvedValueOnce({ ok: true, value: saved });
    await user.click(screen.getByRole('button', { name: 'Export with these confirmed…' }));
    expect(draftPdf).toHaveBeenLastCalledWith({
      draftId: DRAFT_ID,
      facilitatorCopy: false,
      acknowledgedWarnings: [WARNING.id],
    });
    expect(await screen.findByText('Saved Cedar-statement-working.pdf (1 page).')).toBeInTheDocument();
  });

  it('drops the warnings of the last check when the copy changes: other text, other warnings', async () => {
    const { user, draftPdf } = await renderExport();
    draftPdf.mockResolvedValueOnce({ ok: true, value: { saved: false, warnings: [WARNING] } });
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByRole('region', { name: 'One thing to check before exporting' });
    await user.click(screen.getByRole('checkbox', { name: /Facilitator’s copy/ }));
    expect(screen.queryByRole('region', { name: /to check before exporting/ })).not.toBeInTheDocument();
  });
});
