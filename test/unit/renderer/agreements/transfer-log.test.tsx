import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OvertonBoardView, ParleyApi, TransferView } from '../../../../shared/contract';
import { TransferLog } from '../../../../renderer/agreements/TransferLog';
import { ApiContext } from '../../../../renderer/api';
import { SessionContext } from '../../../../renderer/app/session';
import { testSession } from '../render';
import { createAgreementsApi, dialogue, SIDE_A } from './fake-agreements';

const WATER = '00000000-0000-4000-8000-0000000000f1';
const BOARD_OPTION = '00000000-0000-4000-8000-0000000000f2';
const CUSTODY_OPTION = '00000000-0000-4000-8000-0000000000f3';
const BORDERS = '00000000-0000-4000-8000-0000000000f4';
const CROSSING_OPTION = '00000000-0000-4000-8000-0000000000f5';

const option = (id: string, topicId: string, title: string) => ({
  id,
  topicId,
  title,
  addedInSessionId: null,
  createdAt: '2026-05-14T09:00:00.000Z',
  placements: [],
});

const board: OvertonBoardView = {
  dialogueId: dialogue.id,
  sides: [],
  sessions: [],
  topics: [
    {
      id: WATER,
      title: 'Water',
      options: [option(BOARD_OPTION, WATER, 'Shared water board'), option(CUSTODY_OPTION, WATER, 'حراسة دولية')],
    },
    { id: BORDERS, title: 'Borders', options: [option(CROSSING_OPTION, BORDERS, 'Joint crossing')] },
    { id: '00000000-0000-4000-8000-0000000000f6', title: 'Security', options: [] },
  ],
};

function renderLog() {
  const fake = createAgreementsApi();
  const create = vi.fn(async (input: unknown) => ({ ok: true as const, value: input as unknown as TransferView }));
  const api = {
    ...fake.api,
    transfer: { list: vi.fn(async () => ({ ok: true as const, value: [] })), create },
    overton: { board: vi.fn(async () => ({ ok: true as const, value: board })) },
  } as unknown as ParleyApi;
  render(
    <ApiContext value={api}>
      <SessionContext value={testSession()}>
        <TransferLog dialogue={dialogue} topics={[]} today="2026-05-20" />
      </SessionContext>
    </ApiContext>,
  );
  return { create };
}

describe('the transfer log’s idea picker', () => {
  it('offers the Overton options grouped under their topic, and logs the one chosen', async () => {
    const user = userEvent.setup();
    const { create } = renderLog();
    await user.click(await screen.findByRole('button', { name: 'Log a transfer' }));
    await user.click(screen.getByRole('radio', { name: 'An option of a topic' }));
    const picker = await screen.findByRole('combobox', { name: 'Option' });
    const groups = within(picker).getAllByRole('group');
    // Topics without options are not offered.
    expect(groups.map((group) => group.getAttribute('label'))).toEqual(['Water', 'Borders']);
    expect(
      within(groups[0]!)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Shared water board', 'حراسة دولية']);
    await user.selectOptions(picker, CUSTODY_OPTION);
    await user.type(screen.getByRole('textbox', { name: /Track One role/u }), 'Deputy foreign minister');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Of side' }), SIDE_A);
    await user.click(screen.getByRole('button', { name: 'Log it' }));
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        dialogueId: dialogue.id,
        idea: { kind: 'topic-option', optionId: CUSTODY_OPTION },
        trackOneRole: 'Deputy foreign minister',
        rolePartyId: SIDE_A,
      }),
    );
  });
});
