import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialogueView } from '../../../../shared/contract';
import {
  cedarDialogue,
  createRosterFake,
  giveElementsHeight,
  participantView,
  renderRoster,
  type Recorded,
} from './fake-roster';

let dialogue: DialogueView;
let restore: () => void;
beforeEach(() => {
  dialogue = cedarDialogue();
  restore = giveElementsHeight();
});
afterEach(() => restore());

const [A, B] = [0, 1];

function people(): Recorded[] {
  const party = (index: number) => dialogue.parties[index]!.id;
  return [
    participantView(dialogue, {
      partyId: party(A),
      speakerCode: 'A1',
      realName: 'Salim Ḥaddād',
      pseudonym: 'The engineer',
      aliases: [{ alias: 'Abu Karim', kind: 'nickname' }],
      affiliation: 'Water board',
      affiliationSensitive: true,
      contacts: { email: 'salim@example.org', phone: '', messaging: '' },
      risks: { travel: '', safety: 'Do not photograph.' },
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
      consent: {
        state: 'withdrawn',
        givenOn: '2025-11-02',
        scopes: { notes: true, quotes: false, attribution: false, photos: false },
        withdrawnOn: '2026-02-01',
      },
    }),
  ];
}

const openSection = async (user: { click: (element: Element) => Promise<void> }, name: string) =>
  user.click(await screen.findByRole('button', { name: new RegExp(`^${name}`) }));

const options = () => within(screen.getByRole('listbox', { name: 'Participants' })).getAllByRole('option');
const optionNames = () => options().map((option) => option.querySelector('.roster-option__name')!.textContent);

describe('RosterPage', () => {
  it('groups participants by party under headers, with their codes, names isolated, markers in words', async () => {
    const fake = createRosterFake(dialogue, people());
    renderRoster(dialogue, fake);
    expect(await screen.findByRole('listbox', { name: 'Participants' })).toBeInTheDocument();
    expect(optionNames()).toEqual(['Salim Ḥaddād', 'Zoë Øster', 'نور الهدى', 'Dov Peretz']);
    const list = screen.getByRole('listbox');
    expect(within(list).getByText('Side A')).toBeInTheDocument();
    expect(within(list).getByText('Side B')).toBeInTheDocument();
    expect(within(list).queryByText('Facilitation team')).not.toBeInTheDocument();
    // Each name is isolated, so an Arabic one sits next to its code in the left-to-right row.
    for (const option of options()) expect(option.querySelector('.roster-option__name bdi')).not.toBeNull();
    expect(within(options()[0]!).getByText('Sensitive')).toBeInTheDocument();
    // Withdrawn consent is a visible marker in words, not only an icon.
    expect(within(options()[3]!).getByText('Consent withdrawn')).toBeInTheDocument();
    // The groups' counts add up to the header's.
    expect(screen.getByText('4 people')).toBeInTheDocument();
    expect(within(list).getAllByText('2')).toHaveLength(2);
  });

  it('filters as the facilitator types, by asking main (names and aliases never reach the window)', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    const filter = screen.getByRole('searchbox', { name: 'Filter' });
    await user.type(filter, 'haddad');
    await waitFor(() => expect(optionNames()).toEqual(['Salim Ḥaddād']));
    expect(fake.participant.list).toHaveBeenLastCalledWith(
      expect.objectContaining({ filter: 'haddad', searchIdentities: true }),
    );
    await user.clear(filter);
    await user.type(filter, 'KARIM');
    await waitFor(() => expect(optionNames()).toEqual(['Salim Ḥaddād']));
    await user.clear(filter);
    await user.type(filter, 'oster');
    await waitFor(() => expect(optionNames()).toEqual(['Zoë Øster']));
    await user.clear(filter);
    await user.type(filter, 'nobody');
    expect(await screen.findByText('Nobody matches the filter')).toBeInTheDocument();
    // Never the list's whole identity: no call returns names in the list itself.
    for (const result of await Promise.all(fake.participant.list.mock.results.map((r) => r.value))) {
      expect(JSON.stringify(result)).not.toContain('Ḥaddād');
    }
  });

  it('sorts, and narrows to a party or a status', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort' }), 'name');
    // Still grouped by party; by name within each (main sorts: the order needs no names here).
    await waitFor(() => expect(optionNames()).toEqual(['Salim Ḥaddād', 'Zoë Øster', 'Dov Peretz', 'نور الهدى']));
    expect(fake.participant.list).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'name' }));
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
    // The panel opens on a summary; its sections open one by one.
    const summary = screen.getByLabelText('Summary');
    expect(summary).toHaveTextContent('CodeA1');
    expect(summary).toHaveTextContent('PseudonymThe engineer');
    expect(summary).toHaveTextContent('SideSide A');
    expect(summary).toHaveTextContent('Consent');
    expect(summary).toHaveTextContent('Sensitive affiliation');
    expect(screen.queryByRole('textbox', { name: 'Real name' })).not.toBeInTheDocument();
    await openSection(user, 'Identity');
    expect(await screen.findByRole('textbox', { name: 'Real name' })).toHaveValue('Salim Ḥaddād');
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
    await openSection(user, 'Identity');
    const first = await screen.findByRole('textbox', { name: 'Real name' });
    expect(first).toHaveValue('Salim Ḥaddād');
    await user.click(options()[1]!);
    await screen.findByRole('heading', { name: 'A2 The poet' });
    expect(screen.queryByDisplayValue('Salim Ḥaddād')).not.toBeInTheDocument();
    await openSection(user, 'Identity');
    expect(await screen.findByRole('textbox', { name: 'Real name' })).toHaveValue('Zoë Øster');
  });

  it('saves an edit and shows a refusal next to the field, losing nothing typed', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(options()[1]!);
    await openSection(user, 'Place in the process');
    const role = await screen.findByRole('textbox', { name: 'Role or position' });
    await user.type(role, 'Poet laureate');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(fake.participant.update).toHaveBeenCalledTimes(1));
    expect(fake.participant.update.mock.calls[0]![0]).toMatchObject({ role: 'Poet laureate' });
    expect(await screen.findByText('Saved A2 The poet.')).toBeInTheDocument();

    await openSection(user, 'Identity');
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
    // One date format everywhere, never an ISO date on screen.
    expect(await screen.findAllByText(/Given on 10 Jan 2026 for notes may be taken, may be quoted/)).not.toHaveLength(
      0,
    );
    expect(screen.queryByText(/2026-01-10/)).not.toBeInTheDocument();
    await openSection(user, 'Consent');
    await user.click(screen.getByRole('button', { name: 'Withdraw consent…' }));
    await user.click(screen.getByRole('button', { name: 'Withdraw consent' }));
    await waitFor(() => expect(fake.participant.withdrawConsent).toHaveBeenCalledTimes(1));
    expect(await screen.findAllByText(/Withdrawn on/)).not.toHaveLength(0);
  });

  it('purges only after the speaker code is typed, then shows the neutral entry', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await user.click(options()[3]!);
    await openSection(user, 'Purge identity');
    await user.click(await screen.findByRole('button', { name: 'Purge B2…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Purge B2' });
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
    await openSection(user, 'Purge identity');
    await user.click(await screen.findByRole('button', { name: 'Purge B2…' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'B2 The farmer' })).toBeInTheDocument();
  });

  it('under the privacy screen shows and fetches codes and pseudonyms only; one part is revealed on purpose', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake, { privacyScreen: true });
    await screen.findByRole('listbox');
    expect(optionNames()).toEqual(['The engineer', 'The poet', 'The advocate', 'The farmer']);
    // The names were never asked for.
    expect(fake.participant.names).not.toHaveBeenCalled();
    expect(document.body.textContent).not.toMatch(/Salim|Ḥaddād|Abu Karim|salim@example|photograph|Water board/u);
    // Filtering looks at pseudonyms and codes only: a typed name points at nobody.
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'haddad');
    expect(await screen.findByText('Nobody matches the filter')).toBeInTheDocument();
    expect(fake.participant.list).toHaveBeenLastCalledWith(expect.objectContaining({ searchIdentities: false }));
    await user.clear(screen.getByRole('searchbox', { name: 'Filter' }));
    expect(screen.getByRole('combobox', { name: 'Sort' })).not.toHaveTextContent('Name');

    await user.click(await screen.findByRole('option', { name: /The engineer/ }));
    await openSection(user, 'Identity');
    expect(screen.getAllByText('Hidden by the privacy screen').length).toBeGreaterThan(0);
    await openSection(user, 'Contact details');
    expect(fake.participant.identity).not.toHaveBeenCalled();
    // Reveal the names only: one deliberate click, one part fetched.
    await user.click(screen.getByRole('button', { name: 'Reveal names' }));
    expect(await screen.findByRole('textbox', { name: 'Real name' })).toHaveValue('Salim Ḥaddād');
    expect(fake.participant.identity).toHaveBeenCalledWith({ id: expect.any(String), parts: ['names'] });
    expect(document.body.textContent).not.toContain('salim@example.org');
    // Hidden again on demand, and when the facilitator moves on to someone else and back.
    expect(screen.getByRole('button', { name: 'Hide names' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Hide names' }));
    expect(screen.queryByDisplayValue('Salim Ḥaddād')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal names' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Reveal names' }));
    await screen.findByDisplayValue('Salim Ḥaddād');
    await user.click(screen.getByRole('option', { name: /The poet/ }));
    await screen.findByRole('heading', { name: 'A2 The poet' });
    await user.click(screen.getByRole('option', { name: /The engineer/ }));
    await openSection(user, 'Identity');
    expect(screen.queryByDisplayValue('Salim Ḥaddād')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reveal names' })).toBeInTheDocument();
  });

  it('drops the names it holds the moment the privacy screen goes on (Ctrl+Shift+H)', async () => {
    const fake = createRosterFake(dialogue, people());
    const { user } = renderRoster(dialogue, fake);
    await screen.findByRole('listbox');
    await waitFor(() => expect(optionNames()).toContain('Salim Ḥaddād'));
    await user.click(options()[0]!);
    await openSection(user, 'Identity');
    expect(await screen.findByRole('textbox', { name: 'Real name' })).toHaveValue('Salim Ḥaddād');
    await user.keyboard('{Control>}{Shift>}h{/Shift}{/Control}');
    await waitFor(() => expect(optionNames()).toEqual(['The engineer', 'The poet', 'The advocate', 'The farmer']));
    expect(screen.queryByDisplayValue('Salim Ḥaddād')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Salim|Ḥaddād|Zoë|Dov Peretz|نور الهدى/u);
  });

  it('imports a CSV file, and shows a refused file’s report line by line in a dialog', async () => {
    const fake = createRosterFake(dialogue, []);
    const { user } = renderRoster(dialogue, fake);
    expect(await screen.findByText('No participants yet')).toBeInTheDocument();
    const file = new File(['name,party\nSalim,Side A\n'], 'roster.csv', { type: 'text/csv' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, file);
    await waitFor(() =>
      expect(fake.participant.importCsv).toHaveBeenCalledWith({
        dialogueId: dialogue.id,
        csv: 'name,party\nSalim,Side A\n',
      }),
    );
    const report = await screen.findByRole('dialog', { name: 'The roster was not imported' });
    expect(within(report).getByRole('list', { name: 'Problems by line' })).toHaveTextContent(
      'Line 3: no party “East”.',
    );
    expect(within(report).getAllByRole('listitem')).toHaveLength(2);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
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
    await waitFor(() => expect(optionNames()).toEqual(['Person 999']));
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
    // Under the privacy screen the map and its table name pseudonyms.
    await user.keyboard('{Control>}{Shift>}h{/Shift}{/Control}');
    await waitFor(() => expect(table).toHaveTextContent('A1 The engineer'));
    expect(picture).not.toHaveTextContent('Salim');
    await user.click(screen.getByRole('checkbox', { name: 'Direct links only' }));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
  });
});
