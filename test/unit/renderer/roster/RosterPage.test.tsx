import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialogueView, ParticipantView } from '../../../../shared/contract';
import { cedarDialogue, createRosterFake, giveElementsHeight, participantView, renderRoster } from './fake-roster';

let dialogue: DialogueView;
let restore: () => void;
beforeEach(() => {
  dialogue = cedarDialogue();
  restore = giveElementsHeight();
});
afterEach(() => restore());

const [A, B] = [0, 1];

function people(): ParticipantView[] {
  const party = (index: number) => dialogue.parties[index]!.id;
  return [
    participantView(dialogue, {
      partyId: party(A),
      speakerCode: 'A1',
      realName: 'Salim Ḥaddād',
      pseudonym: 'The engineer',
      aliases: [{ alias: 'Abu Karim', kind: 'nickname' }],
      affiliationSensitive: true,
      status: 'confirmed',
      consent: {
        state: 'given',
        givenOn: '2026-01-10',
        scopes: { notes: true, quotes: true, attribution: false, photos: false },
        withdrawnOn: null,
      },
    }),
    participantView(dialogue, { partyId: party(A), speakerCode: 'A2', realName: 'Zoë Øster', pseudonym: 'The poet' }),
    participantView(dialogue, {
      partyId: party(B),
      speakerCode: 'B1',
      realName: 'نور الهدى',
      pseudonym: 'The advocate',
    }),
    participantView(dialogue, {
      partyId: party(B),
      speakerCode: 'B2',
      realName: 'Dov Peretz',
      pseudonym: 'The farmer',
      status: 'invited',
    }),
  ];
}

const options = () => within(screen.getByRole('listbox', { name: 'Participants' })).getAllByRole('option');
const optionNames = () => options().map((option) => option.querySelector('.roster-option__name')!.textContent);

describe('RosterPage', () => {
  it('groups participants by party under headers, with their codes, and marks user text dir=auto', async () => {
    const fake = createRosterFake(dialogue, people());
    renderRoster(dialogue, fake);
    expect(await screen.findByRole('listbox', { name: 'Participants' })).toBeInTheDocument();
    expect(optionNames()).toEqual(['Salim Ḥaddād', 'Zoë Øster', 'نور الهدى', 'Dov Peretz']);
    const list = screen.getByRole('listbox');
    expect(within(list).getByText('Side A')).toBeInTheDocument();
    expect(within(list).getByText('Side B')).toBeInTheDocument();
    expect(within(list).queryByText('Facilitation team')).not.toBeInTheDocument();
    for (const option of options()) expect(option.querySelector('.roster-option__name')).toHaveAttribute('dir', 'auto');
    expect(within(options()[0]!).getByRole('img', { name: 'Sensitive affiliation' })).toBeInTheDocument();
    expect(screen.getByText('4 participants')).toBeInTheDocument();
  });

  it('filters instantly in memory, ignoring case, accents and aliases, without asking main again', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    const filter = screen.getByRole('searchbox', { name: 'Filter' });
    await user.type(filter, 'haddad');
    expect(optionNames()).toEqual(['Salim Ḥaddād']);
    await user.clear(filter);
    await user.type(filter, 'KARIM');
    expect(optionNames()).toEqual(['Salim Ḥaddād']);
    await user.clear(filter);
    await user.type(filter, 'oster');
    expect(optionNames()).toEqual(['Zoë Øster']);
    await user.clear(filter);
    await user.type(filter, 'nobody');
    expect(screen.getByText('Nobody matches the filter')).toBeInTheDocument();
    expect(fake.participant.list).toHaveBeenCalledTimes(1);
  });

  it('sorts, and narrows to a party or a status', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'name');
    // Still grouped by party; by name within each.
    expect(optionNames()).toEqual(['Salim Ḥaddād', 'Zoë Øster', 'Dov Peretz', 'نور الهدى']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by status' }), 'invited');
    expect(optionNames()).toEqual(['Dov Peretz']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by status' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by party' }), dialogue.parties[A]!.id);
    expect(optionNames()).toEqual(['Salim Ḥaddād', 'Zoë Øster']);
  });

  it('moves with the arrow keys, opens with Enter and closes with Escape, returning focus to the list', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    const list = await screen.findByRole('listbox');
    list.focus();
    await user.keyboard('{ArrowDown}');
    expect(list).toHaveAttribute('aria-activedescendant', options()[0]!.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(list).toHaveAttribute('aria-activedescendant', options()[2]!.id);
    await user.keyboard('{ArrowUp}');
    expect(list).toHaveAttribute('aria-activedescendant', options()[1]!.id);
    await user.keyboard('{End}');
    expect(list).toHaveAttribute('aria-activedescendant', options()[3]!.id);
    await user.keyboard('{Home}{Enter}');
    const heading = await screen.findByRole('heading', { name: 'A1 The engineer' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Real name' })).toHaveValue('Salim Ḥaddād');
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'A1 The engineer' })).not.toBeInTheDocument();
    expect(list).toHaveFocus();
  });

  it('opening another participant while the panel is open shows that participant, never the previous draft', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(options()[0]!);
    const first = await screen.findByRole('textbox', { name: 'Real name' });
    expect(first).toHaveValue('Salim Ḥaddād');
    await user.click(options()[1]!);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Real name' })).not.toHaveValue('Salim Ḥaddād'));
  });

  it('saves an edit and shows a refusal next to the field, losing nothing typed', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(options()[1]!);
    const role = await screen.findByRole('textbox', { name: 'Role or position' });
    await user.type(role, 'Poet laureate');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(fake.participant.update).toHaveBeenCalledTimes(1));
    expect(fake.participant.update.mock.calls[0]![0]).toMatchObject({ role: 'Poet laureate', realName: 'Zoë Øster' });
    expect(await screen.findByText('Saved A2 The poet.')).toBeInTheDocument();

    const code = screen.getByRole('textbox', { name: /Speaker code/ });
    await user.clear(code);
    await user.type(code, 'b1');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Speaker code B1 is already used in this dialogue.');
    expect(code).toHaveValue('b1');
    expect(screen.getByRole('textbox', { name: 'Role or position' })).toHaveValue('Poet laureate');
  });

  it('adds a participant with the suggested code of the chosen party', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    const code = await screen.findByRole('textbox', { name: /Speaker code/ });
    await waitFor(() => expect(code).toHaveValue('A3'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Party' }), dialogue.parties[B]!.id);
    await waitFor(() => expect(code).toHaveValue('B3'));
    await user.type(screen.getByRole('textbox', { name: 'Real name' }), 'Ruth Cohen');
    await user.click(screen.getAllByRole('button', { name: 'Add participant' }).at(-1)!);
    await waitFor(() => expect(fake.participant.create).toHaveBeenCalledTimes(1));
    expect(fake.participant.create.mock.calls[0]![0]).toMatchObject({ realName: 'Ruth Cohen', speakerCode: 'B3' });
    await waitFor(() => expect(optionNames()).toContain('Ruth Cohen'));
  });

  it('withdraws consent after a confirmation', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(options()[0]!);
    expect(await screen.findByText(/Given on 2026-01-10 for notes may be taken, may be quoted/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Withdraw consent…' }));
    await user.click(screen.getByRole('button', { name: 'Withdraw consent' }));
    await waitFor(() => expect(fake.participant.withdrawConsent).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/Withdrawn on/)).toBeInTheDocument();
  });

  it('purges only after the speaker code is typed, then shows the neutral entry', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(options()[3]!);
    await user.click(await screen.findByRole('button', { name: 'Purge B2…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Purge identity' });
    expect(dialog).toHaveAccessibleDescription(/This cannot be undone/);
    const confirm = within(dialog).getByRole('textbox', { name: 'Type B2 to confirm' });
    expect(confirm).toHaveFocus();
    const purge = within(dialog).getByRole('button', { name: 'Purge B2 for good' });
    expect(purge).toHaveAttribute('aria-disabled', 'true');
    await user.click(purge);
    await user.type(confirm, 'B1');
    await user.click(purge);
    expect(fake.participant.purge).not.toHaveBeenCalled();
    await user.clear(confirm);
    await user.type(confirm, 'b2');
    expect(purge).not.toHaveAttribute('aria-disabled');
    await user.click(purge);
    await waitFor(() =>
      expect(fake.participant.purge).toHaveBeenCalledWith({ id: expect.any(String), confirmSpeakerCode: 'b2' }),
    );
    expect(await screen.findByText(/identity was purged/)).toBeInTheDocument();
    await waitFor(() => expect(optionNames()).toContain('Withdrawn participant'));
    expect(optionNames()).not.toContain('Dov Peretz');
  });

  it('Escape in the purge confirmation cancels the purge only', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(options()[3]!);
    await user.click(await screen.findByRole('button', { name: 'Purge B2…' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'B2 The farmer' })).toBeInTheDocument();
  });

  it('hides real names behind pseudonyms on request', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(screen.getByRole('checkbox', { name: 'Hide real names' }));
    expect(optionNames()).toEqual(['The engineer', 'The poet', 'The advocate', 'The farmer']);
    expect(screen.queryByText('Salim Ḥaddād')).not.toBeInTheDocument();
  });

  it('stays virtualized with 1,000 participants: a window of rows in the DOM, all reachable by keyboard', async () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      participantView(dialogue, {
        partyId: dialogue.parties[i % 2]!.id,
        speakerCode: `${i % 2 === 0 ? 'A' : 'B'}${Math.floor(i / 2) + 1}`,
        realName: `Person ${i}`,
        pseudonym: `Pseudonym ${i}`,
      }),
    );
    const fake = createRosterFake(dialogue, many);
    const { user } = renderRoster(dialogue, fake);
    const list = await screen.findByRole('listbox');
    expect(options().length).toBeGreaterThan(5);
    expect(options().length).toBeLessThan(60);
    expect(options()[0]).toHaveAttribute('aria-setsize', '1000');
    list.focus();
    await user.keyboard('{End}');
    // The last participant (B500, Side B's last) is scrolled into the window and active.
    await waitFor(() => expect(options().at(-1)).toHaveAttribute('aria-posinset', '1000'));
    expect(list).toHaveAttribute('aria-activedescendant', options().at(-1)!.id);
    expect(options().at(-1)).toHaveTextContent('B500');
    expect(options().length).toBeLessThan(60);
    const filter = screen.getByRole('searchbox', { name: 'Filter' });
    await user.type(filter, 'person 999');
    expect(optionNames()).toEqual(['Person 999']);
  });

  it('draws the influence map with a table alternative, and can show direct links only', async () => {
    const all = people();
    const fake = createRosterFake(dialogue, all);
    fake.setInfluence({
      decisionMakers: [
        { id: 'm1', name: 'Minister of Water' },
        { id: 'm2', name: 'Governor of the Commons' },
      ],
      links: [
        { participantId: all[0]!.id, decisionMakerId: 'm1', closeness: 'direct', channel: 'informal' },
        { participantId: all[2]!.id, decisionMakerId: 'm2', closeness: 'one-step', channel: 'formal' },
        { participantId: all[3]!.id, decisionMakerId: 'm1', closeness: 'one-step', channel: 'formal' },
      ],
    });
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(screen.getByRole('button', { name: 'Influence map' }));
    const picture = screen.getByRole('img', {
      name: /Influence map 3 participants reach 2 decision makers through 3 links, 1 of them direct/,
    });
    expect(picture.querySelectorAll('.influence__edge')).toHaveLength(3);
    expect(picture.querySelectorAll('.influence__edge--direct')).toHaveLength(1);
    const table = screen.getByRole('table', { name: 'Who reaches whom' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'Side AA1 Salim ḤaddādMinister of WaterDirectInformal',
      'Side BB1 نور الهدىGovernor of the CommonsOne step removedFormal',
      'Side BB2 Dov PeretzMinister of WaterOne step removedFormal',
    ]);
    await user.click(screen.getByRole('checkbox', { name: 'Direct links only' }));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });
});
