import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render';

const workspace = 'Work 2025';

function partyNames() {
  return screen.getAllByRole('textbox', { name: /^Party \d+ name$/ }).map((input) => (input as HTMLInputElement).value);
}

describe('dialogue list', () => {
  it('explains an empty workspace, and N opens a new dialogue when focus is not in a field', async () => {
    const { user } = renderApp({ unlocked: workspace });
    expect(await screen.findByText('No dialogues to show')).toBeInTheDocument();
    await user.keyboard('n');
    expect(screen.getByRole('heading', { name: 'New dialogue' })).toBeInTheDocument();
    expect(screen.getByLabelText('Code name')).toHaveFocus();
  });

  it('does not open a form when N is typed in a field', async () => {
    const { user } = renderApp({ unlocked: workspace });
    await screen.findByRole('heading', { name: 'Dialogues' });
    await user.click(screen.getByRole('button', { name: 'New dialogue' }));
    await user.type(screen.getByLabelText('Conflict'), 'Nile');
    expect(screen.getByLabelText('Conflict')).toHaveValue('Nile');
    expect(screen.getAllByRole('heading', { name: 'New dialogue' })).toHaveLength(1);
  });

  it('lists code name, conflict, status, track, parties and start date; user text runs in its own direction', async () => {
    renderApp({
      unlocked: workspace,
      dialogues: [
        {
          codeName: 'أرز',
          conflict: 'نزاع حدودي',
          status: 'active',
          trackLevel: '1.5',
          startedOn: '2024-03-12',
          parties: [
            { id: 'p1', dialogueId: 'd', name: 'Side A', kind: 'side', position: 0 },
            { id: 'p2', dialogueId: 'd', name: 'Facilitation team', kind: 'facilitation', position: 1 },
          ],
        },
      ],
    });
    const row = (await screen.findByRole('button', { name: 'أرز' })).closest('tr')!;
    expect(screen.getByRole('button', { name: 'أرز' })).toHaveAttribute('dir', 'auto');
    expect(within(row).getByText('نزاع حدودي')).toHaveAttribute('dir', 'auto');
    expect(row).toHaveTextContent('Active');
    expect(row).toHaveTextContent('Track 1.5');
    expect(row).toHaveTextContent('Side A');
    expect(row).toHaveTextContent('Facilitation team');
    expect(within(row).getByText(/2024/)).toHaveAttribute('datetime', '2024-03-12');
  });
});

describe('creating a dialogue', () => {
  it('starts with Side A, Side B and the facilitation team, and creates the dialogue', async () => {
    const { fake, user } = renderApp({ unlocked: workspace });
    await user.click(await screen.findByRole('button', { name: 'New dialogue' }));
    expect(partyNames()).toEqual(['Side A', 'Side B', 'Facilitation team']);
    expect(screen.getByRole('combobox', { name: 'Party 3 kind' })).toHaveDisplayValue('Facilitation team');

    await user.type(screen.getByLabelText('Code name'), 'Cedar');
    await user.type(screen.getByLabelText('Conflict'), 'Border dispute');
    await user.selectOptions(screen.getByLabelText('Status'), 'Active');
    await user.selectOptions(screen.getByLabelText('Track level'), 'Track 1.5');
    await user.type(screen.getByLabelText('Objectives'), 'Widen the options{Enter}on water sharing.');
    await user.click(screen.getByRole('button', { name: 'Add sponsor' }));
    await user.type(screen.getByRole('textbox', { name: 'Sponsor 1' }), 'Nordic Peace Fund');
    await user.click(screen.getByRole('button', { name: 'Add sponsor' }));
    await user.type(screen.getByRole('textbox', { name: 'Sponsor 2' }), 'Ministry of Foreign Affairs');
    await user.click(screen.getByRole('button', { name: 'Add root cause' }));
    await user.type(screen.getByRole('textbox', { name: 'Root cause 1 title' }), 'Water rights');
    await user.type(screen.getByRole('textbox', { name: 'Root cause 1 description' }), 'Upstream dams.');
    await user.click(screen.getByRole('button', { name: 'Save dialogue' }));

    expect(await screen.findByRole('button', { name: 'Cedar' })).toBeInTheDocument();
    expect(fake.api.dialogue.create).toHaveBeenCalledWith({
      codeName: 'Cedar',
      conflict: 'Border dispute',
      status: 'active',
      trackLevel: '1.5',
      startedOn: null,
      objectives: 'Widen the options\non water sharing.',
      parties: [
        { name: 'Side A', kind: 'side' },
        { name: 'Side B', kind: 'side' },
        { name: 'Facilitation team', kind: 'facilitation' },
      ],
      sponsors: ['Nordic Peace Fund', 'Ministry of Foreign Affairs'],
      rootCauses: [{ title: 'Water rights', description: 'Upstream dams.' }],
    });
    expect(screen.getByRole('status')).toHaveTextContent('“Cedar” created.');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cedar' })).toHaveFocus());
  });

  it('adds and removes party rows, focusing the new row', async () => {
    const { user } = renderApp({ unlocked: workspace });
    await user.click(await screen.findByRole('button', { name: 'New dialogue' }));
    await user.click(screen.getByRole('button', { name: 'Add party' }));
    // A new side goes before the facilitation team, and takes focus.
    expect(partyNames()).toEqual(['Side A', 'Side B', '', 'Facilitation team']);
    expect(screen.getByRole('textbox', { name: 'Party 3 name' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Party 3 name' }), 'Side C');
    await user.click(screen.getByRole('button', { name: 'Remove Side B' }));
    expect(partyNames()).toEqual(['Side A', 'Side C', 'Facilitation team']);
  });

  it('shows INVALID_INPUT issues next to their fields and focuses the first', async () => {
    const { fake, user } = renderApp({ unlocked: workspace });
    fake.api.dialogue.create.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'codeName: Required.',
        issues: [
          { path: 'codeName', message: 'Required.' },
          { path: 'parties.1.name', message: 'Must be at most 120 characters.' },
        ],
      },
    });
    await user.click(await screen.findByRole('button', { name: 'New dialogue' }));
    await user.click(screen.getByRole('button', { name: 'Save dialogue' }));

    const codeName = await screen.findByLabelText('Code name');
    await waitFor(() => expect(codeName).toHaveAccessibleDescription(/Required\./));
    expect(codeName).toHaveAttribute('aria-invalid', 'true');
    expect(codeName).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Party 2 name' })).toHaveAccessibleDescription(/at most 120/);
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');
  });

  it('shows CODE_NAME_TAKEN in a banner and keeps what was typed', async () => {
    const { user } = renderApp({ unlocked: workspace, dialogues: [{ codeName: 'Cedar' }] });
    await user.click(await screen.findByRole('button', { name: 'New dialogue' }));
    await user.type(screen.getByLabelText('Code name'), 'cedar');
    await user.type(screen.getByLabelText('Objectives'), 'Long text the facilitator wrote.');
    await user.click(screen.getByRole('button', { name: 'Save dialogue' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Another dialogue is already called “cedar”.');
    expect(screen.getByLabelText('Objectives')).toHaveValue('Long text the facilitator wrote.');
    expect(screen.getByLabelText('Code name')).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'New dialogue' })).toBeInTheDocument();
  });

  it('Escape cancels an untouched form, and asks first when something was typed', async () => {
    const { fake, user } = renderApp({ unlocked: workspace });
    await user.click(await screen.findByRole('button', { name: 'New dialogue' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'Dialogues' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New dialogue' })).toHaveFocus();

    await user.keyboard('n');
    await user.type(screen.getByLabelText('Code name'), 'Olive');
    await user.keyboard('{Escape}');
    expect(screen.getByText('Discard the changes you made to this dialogue?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    // Escape again keeps editing and puts focus back where it was.
    await user.keyboard('{Escape}');
    expect(screen.queryByText('Discard the changes you made to this dialogue?')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Code name')).toHaveFocus();
    expect(screen.getByLabelText('Code name')).toHaveValue('Olive');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByRole('heading', { name: 'Dialogues' })).toBeInTheDocument();
    expect(fake.api.dialogue.create).not.toHaveBeenCalled();
  });
});

describe('editing and archiving', () => {
  const cedar = {
    codeName: 'Cedar',
    conflict: 'Border dispute',
    objectives: 'Build trust.',
    status: 'exploring' as const,
    parties: [{ id: 'p1', dialogueId: 'x', name: 'Side A', kind: 'side' as const, position: 0 }],
    sponsors: ['Nordic Peace Fund'],
    rootCauses: [
      { id: '00000000-0000-4000-8000-0000000000a1', title: 'Water rights', description: '' },
      { id: '00000000-0000-4000-8000-0000000000a2', title: 'Displacement', description: '' },
    ],
  };

  it('edits a dialogue and adds a party', async () => {
    const { fake, user } = renderApp({ unlocked: workspace, dialogues: [cedar] });
    await user.click(await screen.findByRole('button', { name: 'Cedar' }));
    expect(screen.getByRole('heading', { name: 'Edit dialogue · Cedar' })).toBeInTheDocument();
    expect(screen.getByLabelText('Objectives')).toHaveValue('Build trust.');

    const conflict = screen.getByLabelText('Conflict');
    await user.clear(conflict);
    await user.type(conflict, 'Water sharing');
    await user.selectOptions(screen.getByLabelText('Status'), 'Paused');
    await user.click(screen.getByRole('button', { name: 'Add party' }));
    await user.type(screen.getByRole('textbox', { name: 'Party 2 name' }), 'Side B');
    await user.click(screen.getByRole('button', { name: 'Save dialogue' }));

    const row = (await screen.findByRole('button', { name: 'Cedar' })).closest('tr')!;
    const id = fake.dialogues[0]!.id;
    expect(fake.api.dialogue.update).toHaveBeenCalledWith(
      expect.objectContaining({ id, conflict: 'Water sharing', status: 'paused' }),
    );
    expect(fake.api.party.create).toHaveBeenCalledWith({ dialogueId: id, name: 'Side B', kind: 'side' });
    await waitFor(() => expect(row).toHaveTextContent('Water sharing'));
    expect(row).toHaveTextContent('Paused');
    expect(row).toHaveTextContent('Side B');
  });

  it('edits sponsors and root causes as whole lists, keeping the ids of the root causes kept', async () => {
    const { fake, user } = renderApp({ unlocked: workspace, dialogues: [cedar] });
    await user.click(await screen.findByRole('button', { name: 'Cedar' }));
    expect(screen.getByRole('textbox', { name: 'Sponsor 1' })).toHaveValue('Nordic Peace Fund');
    await user.click(screen.getByRole('button', { name: 'Remove Displacement' }));
    await user.type(screen.getByRole('textbox', { name: 'Root cause 1 description' }), 'Dams upstream.');
    await user.click(screen.getByRole('button', { name: 'Add sponsor' }));
    await user.type(screen.getByRole('textbox', { name: 'Sponsor 2' }), 'Swiss FDFA');
    await user.click(screen.getByRole('button', { name: 'Save dialogue' }));

    await screen.findByRole('button', { name: 'Cedar' });
    expect(fake.api.dialogue.update).toHaveBeenCalledWith(
      expect.objectContaining({
        sponsors: ['Nordic Peace Fund', 'Swiss FDFA'],
        rootCauses: [
          { id: '00000000-0000-4000-8000-0000000000a1', title: 'Water rights', description: 'Dams upstream.' },
        ],
      }),
    );
  });

  it('shows issues on sponsors and root causes next to their rows', async () => {
    const { fake, user } = renderApp({ unlocked: workspace, dialogues: [cedar] });
    fake.api.dialogue.update.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'sponsors.0: Required.',
        issues: [
          { path: 'sponsors.0', message: 'Required.' },
          { path: 'rootCauses.1.title', message: 'Must be at most 200 characters.' },
        ],
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Cedar' }));
    await user.click(screen.getByRole('button', { name: 'Save dialogue' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Sponsor 1' })).toHaveAccessibleDescription(/Required\./),
    );
    expect(screen.getByRole('textbox', { name: 'Root cause 2 title' })).toHaveAccessibleDescription(/at most 200/);
    expect(screen.getByRole('textbox', { name: 'Sponsor 1' })).toHaveFocus();
  });

  it('archives a dialogue, offers Undo, and shows it again under "Show archived"', async () => {
    const { fake, user } = renderApp({ unlocked: workspace, dialogues: [cedar] });
    await user.click(await screen.findByRole('button', { name: 'Archive Cedar' }));

    expect(fake.api.dialogue.archive).toHaveBeenCalledWith({ id: fake.dialogues[0]!.id, archived: true });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Cedar' })).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('“Cedar” archived.');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    const row = (await screen.findByRole('button', { name: 'Cedar' })).closest('tr')!;
    expect(row).toHaveTextContent('Archived');
    await user.click(within(row).getByRole('button', { name: 'Unarchive Cedar' }));
    expect(fake.api.dialogue.archive).toHaveBeenLastCalledWith({ id: fake.dialogues[0]!.id, archived: false });
    await waitFor(() => expect(row).not.toHaveTextContent('Archived'));
  });

  it('Undo restores an archived dialogue', async () => {
    const { user } = renderApp({ unlocked: workspace, dialogues: [cedar] });
    await user.click(await screen.findByRole('button', { name: 'Archive Cedar' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Cedar' })).toBeInTheDocument();
  });
});
