import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../../../../renderer/api';
import { flushNotesBeforeLock } from '../../../../renderer/notes/flush';
import { LiveNoteCapture } from '../../../../renderer/notes/LiveNoteCapture';
import { NoteBody } from '../../../../renderer/notes/NoteBody';
import { NoteEditor, type NoteTarget } from '../../../../renderer/notes/NoteEditor';
import { NotesSearchPage } from '../../../../renderer/notes/NotesSearchPage';
import { SessionNotes } from '../../../../renderer/notes/SessionNotes';
import { NOTE_BODY_MAX_BYTES } from '../../../../shared/domain/note';
import { createNotesApi, dialogue, ITEM_ID, noteView, PARTY_A, SESSION_ID, SPEAKER_B2 } from './fake-notes';

const target = {
  dialogueId: dialogue.id,
  sessionId: SESSION_ID,
  agendaItemId: ITEM_ID,
  regime: 'chatham-house',
  caucusPartyId: null,
} as const satisfies NoteTarget;

function renderWith(fake: ReturnType<typeof createNotesApi>, ui: ReactNode) {
  return render(<ApiContext value={fake.api}>{ui}</ApiContext>);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('NoteBody: Markdown, safely', () => {
  it('renders HTML and script in a note as inert text, never as elements', () => {
    const { container } = render(
      <NoteBody body={'<script>window.pwned = 1</script>\n\n<img src=x onerror="window.pwned = 2"> **bold**'} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<script>window.pwned = 1</script>');
    expect(container.textContent).toContain('<img src=x onerror="window.pwned = 2">');
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('keeps links inert: no anchor, nothing to navigate, and never a javascript: address', () => {
    const { container } = render(
      <NoteBody
        body={
          'See [the plan](https://example.org/plan) and [this](javascript:alert(1)) ![map](https://example.org/m.png)'
        }
      />,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('the plan')).toHaveAttribute('title', 'Link (not opened): https://example.org/plan');
    expect(container.innerHTML).not.toContain('javascript:');
    expect(container.textContent).toContain('[map]');
  });

  it('gives every block dir="auto" so Arabic and Hebrew run right-to-left among English', () => {
    const { container } = render(<NoteBody body={'قال إنّ المياه مشكلة\n\n- אמרה: מים\n- English point'} />);
    const blocks = container.querySelectorAll('p, li');
    expect(blocks.length).toBe(3);
    for (const block of blocks) expect(block).toHaveAttribute('dir', 'auto');
  });
});

describe('NoteEditor: quick capture that loses nothing', () => {
  it('autosaves within a second of a pause, with the level from the rule, and says "Saved"', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const fake = createNotesApi();
    renderWith(fake, <NoteEditor target={target} speakers={[{ id: SPEAKER_B2, code: 'B2' }]} autoFocus />);
    const box = screen.getByRole('textbox', { name: 'Note' });
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute('dir', 'auto');
    fireEvent.change(box, { target: { value: 'B2: water first' } });
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(fake.api.note.save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(fake.api.note.save).toHaveBeenCalledTimes(1);
    expect(fake.api.note.save.mock.calls[0]![0]).toMatchObject({
      sessionId: SESSION_ID,
      agendaItemId: ITEM_ID,
      body: 'B2: water first',
      level: 'participants',
      caucusPartyId: null,
    });
    expect(await screen.findByText(/^Saved/u)).toBeInTheDocument();
  });

  it('saves with Ctrl+Enter and Cmd+Enter under one id, so retries update rather than duplicate', async () => {
    const fake = createNotesApi();
    const done = vi.fn();
    renderWith(fake, <NoteEditor target={target} speakers={[]} onDone={done} />);
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: 'Note' });
    await user.type(box, 'First');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    await user.type(box, ' and more');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    await waitFor(() => expect(done).toHaveBeenCalledTimes(2));
    const ids = new Set(fake.api.note.save.mock.calls.map(([input]) => input.id));
    expect(ids.size).toBe(1);
    expect(fake.notes.size).toBe(1);
    expect([...fake.notes.values()][0]!.body).toBe('First and more');
  });

  it('saves when focus leaves the editor, and never saves an empty new note', async () => {
    const fake = createNotesApi();
    renderWith(
      fake,
      <>
        <NoteEditor target={target} speakers={[]} />
        <button type="button">Elsewhere</button>
      </>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(fake.api.note.save).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Typed');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    await waitFor(() => expect(fake.api.note.save).toHaveBeenCalledTimes(1));
  });

  it('flushes pending text before a lock (the hook the app frame calls)', async () => {
    const fake = createNotesApi();
    renderWith(fake, <NoteEditor target={target} speakers={[]} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Half-typed when the waiter came' },
    });
    expect(fake.api.note.save).not.toHaveBeenCalled();
    await act(() => flushNotesBeforeLock());
    expect(fake.api.note.save).toHaveBeenCalledTimes(1);
    expect([...fake.notes.values()][0]!.body).toBe('Half-typed when the waiter came');
  });

  it('refuses a note over 256 KB in the editor, keeps the text, and says why', async () => {
    const fake = createNotesApi();
    renderWith(fake, <NoteEditor target={target} speakers={[]} />);
    const big = 'x'.repeat(NOTE_BODY_MAX_BYTES + 1);
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), { target: { value: big } });
    await act(() => flushNotesBeforeLock());
    expect(fake.api.note.save).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('a note holds at most 256 KB');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(big);
  });

  it('keeps the text and shows the error when a save fails, and retries on the next change', async () => {
    const fake = createNotesApi();
    fake.api.note.save.mockResolvedValueOnce({
      ok: false,
      error: { code: 'DISK_FULL', message: 'The disk is full. Nothing was saved; free some space and try again.' },
    });
    renderWith(fake, <NoteEditor target={target} speakers={[]} />);
    const box = screen.getByRole('textbox', { name: 'Note' });
    fireEvent.change(box, { target: { value: 'Precious' } });
    await act(() => flushNotesBeforeLock());
    expect(screen.getByRole('alert')).toHaveTextContent('The disk is full');
    expect(box).toHaveValue('Precious');
    fireEvent.change(box, { target: { value: 'Precious words' } });
    await act(() => flushNotesBeforeLock());
    expect([...fake.notes.values()][0]!.body).toBe('Precious words');
  });

  it('offers speakers by code only, never by name', async () => {
    const fake = createNotesApi();
    renderWith(
      fake,
      <LiveNoteCapture target={{ ...target, agendaItemTitle: 'Needs and fears' }} onClose={() => undefined} />,
    );
    expect(await screen.findByRole('option', { name: 'B2' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Noa');
    expect(screen.getByText('Note on “Needs and fears”')).toBeInTheDocument();
  });

  it('in live mode: a caucus item makes a caucus note, facilitator only, and Esc saves then closes', async () => {
    const fake = createNotesApi();
    const close = vi.fn();
    renderWith(
      fake,
      <LiveNoteCapture
        target={{ ...target, regime: 'chatham-house', caucusPartyId: PARTY_A, agendaItemTitle: 'Caucus' }}
        onClose={close}
      />,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Red line on wells');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(fake.api.note.save.mock.calls.at(-1)![0]).toMatchObject({
      caucusPartyId: PARTY_A,
      level: 'facilitator',
      body: 'Red line on wells',
    });
  });
});

describe('SessionNotes: by item, and caucus notes only in their caucus view', () => {
  it('lists joint notes by agenda item and shows a caucus note only in its party’s view', async () => {
    const fake = createNotesApi([
      noteView({ body: 'Joint: water first', agendaItemId: ITEM_ID, agendaItemTitle: 'Needs and fears' }),
      noteView({ body: 'Caucus: the red line', caucusPartyId: PARTY_A, level: 'facilitator' }),
    ]);
    renderWith(fake, <SessionNotes dialogue={dialogue} sessionId={SESSION_ID} />);
    const user = userEvent.setup();
    expect(await screen.findByText('Joint: water first')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Needs and fears' })).toBeInTheDocument();
    expect(screen.queryByText('Caucus: the red line')).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Caucus: Side A' }));
    expect(await screen.findByText('Caucus: the red line')).toBeInTheDocument();
    expect(screen.queryByText('Joint: water first')).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Caucus: Side B' }));
    await waitFor(() => expect(screen.queryByText('Caucus: the red line')).toBeNull());
  });

  it('does not repeat the agenda item under its own heading, shows venue time, and offers no empty history', async () => {
    const fake = createNotesApi([
      noteView({ body: 'Joint: water first', agendaItemId: ITEM_ID, agendaItemTitle: 'Needs and fears' }),
    ]);
    renderWith(fake, <SessionNotes dialogue={dialogue} sessionId={SESSION_ID} />);
    const group = await screen.findByRole('region', { name: 'Needs and fears' });
    expect(within(group).getAllByText('Needs and fears')).toHaveLength(1);
    // 07:10 UTC is 11:10 in Tbilisi, the venue: note times are on the venue's clocks, the zone named.
    expect(within(group).getByText(/14 May 2026, 11:10/)).toBeInTheDocument();
    expect(within(group).getByText('Asia/Tbilisi')).toBeInTheDocument();
    expect(within(group).queryByRole('button', { name: /History/ })).not.toBeInTheDocument();
  });

  it('opens quick capture with N (not while typing) and keeps capturing after Ctrl+Enter', async () => {
    const fake = createNotesApi();
    renderWith(fake, <SessionNotes dialogue={dialogue} sessionId={SESSION_ID} />);
    const user = userEvent.setup();
    await screen.findByText('No notes yet in this session.');
    await user.keyboard('n');
    const box = await screen.findByRole('textbox', { name: 'Note' });
    await user.type(box, 'Nablus was mentioned');
    expect(box).toHaveValue('Nablus was mentioned');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Nablus was mentioned')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue(''));
  });
});

describe('NotesSearchPage', () => {
  it('searches as you type, with filters, and shows snippets with matches highlighted as text', async () => {
    const fake = createNotesApi();
    fake.api.note.search.mockImplementation(async (input) => ({
      ok: true,
      value: {
        hits:
          input.query === 'water'
            ? [
                {
                  note: noteView({ speaker: { participantId: SPEAKER_B2, code: 'B2' } }),
                  snippet: {
                    segments: [
                      { text: '<b>not bold</b> the ', match: false },
                      { text: 'water', match: true },
                      { text: ' المياه', match: false },
                    ],
                    truncatedStart: true,
                    truncatedEnd: false,
                  },
                },
              ]
            : [],
        total: input.query === 'water' ? 1 : 0,
        rankedWindow: false,
        understood: [],
      },
    }));
    const { container } = renderWith(fake, <NotesSearchPage dialogue={dialogue} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'water');
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getByText('water').tagName).toBe('MARK');
    expect(container.querySelector('b')).toBeNull();
    expect(results.textContent).toContain('…<b>not bold</b> the water المياه');
    expect(screen.getByText('1 note matches.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'View' }), 'Caucus: Side A');
    await waitFor(() =>
      expect(fake.api.note.search).toHaveBeenLastCalledWith(
        expect.objectContaining({ query: 'water', caucusPartyId: PARTY_A, dialogueId: dialogue.id }),
      ),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Sponsor shareable' }));
    await waitFor(() =>
      expect(fake.api.note.search).toHaveBeenLastCalledWith(expect.objectContaining({ levels: ['sponsor'] })),
    );
  });

  it('keeps the highlight when a result is opened, marking the same words in the whole note', async () => {
    const fake = createNotesApi([
      noteView({ id: 'n1', body: 'About the **Water** board.\n\nLater: المِيَاهُ again, and `water` in code.' }),
    ]);
    fake.api.note.search.mockResolvedValue({
      ok: true,
      value: {
        hits: [
          {
            note: noteView({ id: 'n1' }),
            snippet: { segments: [{ text: 'Water', match: true }], truncatedStart: false, truncatedEnd: true },
          },
        ],
        total: 1,
        rankedWindow: false,
        understood: ['water', 'مياه'],
      },
    });
    renderWith(fake, <NotesSearchPage dialogue={dialogue} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'water مياه');
    const results = await screen.findByRole('list', { name: 'Search results' });
    await user.click(within(results).getByRole('button'));
    await waitFor(() => expect(results.querySelector('.note-body')).not.toBeNull());
    const marks = [...results.querySelectorAll('.note-body mark')].map((mark) => mark.textContent);
    // Folded as the search folds: case, harakat and the Arabic article do not matter; code is left as typed.
    expect(marks).toEqual(['Water', 'المِيَاهُ']);
    expect(results.querySelector('.note-body strong mark')).not.toBeNull();
  });
});

describe('tags, history and delete', () => {
  const TOPIC = '00000000-0000-4000-8000-0000000000f1';

  it('tags a note with a topic and free tags', async () => {
    const fake = createNotesApi();
    fake.api.note.tagOptions.mockResolvedValue({
      ok: true,
      value: { topics: [{ id: TOPIC, label: 'Water' }], rootCauses: [], free: ['wells'] },
    });
    renderWith(fake, <NoteEditor target={target} speakers={[]} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Tagged note');
    const chip = await screen.findByRole('button', { name: 'Water' });
    await user.click(chip);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    await user.type(screen.getByRole('combobox', { name: 'Other tags (comma-separated)' }), 'wells, borders ,');
    await act(() => flushNotesBeforeLock());
    expect(fake.api.note.save.mock.calls.at(-1)![0].tags).toEqual([
      { kind: 'topic', id: TOPIC },
      { kind: 'free', label: 'wells' },
      { kind: 'free', label: 'borders' },
    ]);
  });

  it('shows a note’s earlier versions, and deletes it only after confirming', async () => {
    const note = noteView({ body: 'Current words', earlierVersions: 1 });
    const fake = createNotesApi([note]);
    fake.api.note.history.mockResolvedValue({
      ok: true,
      value: [
        { ...noteView(), version: 2, current: true, body: 'Current words', speakerCode: null, savedAt: note.updatedAt },
        {
          ...noteView(),
          version: 1,
          current: false,
          body: 'First draft',
          speakerCode: 'B2',
          speakerWithdrawn: false,
          savedAt: '2026-05-14T07:00:00.000Z',
        },
      ],
    });
    renderWith(fake, <SessionNotes dialogue={dialogue} sessionId={SESSION_ID} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'History (1 earlier version)' }));
    const history = await screen.findByRole('list', { name: 'Earlier versions' });
    expect(within(history).getByText('First draft')).toBeInTheDocument();
    expect(within(history).getByText('B2')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(fake.api.note.delete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Delete with its history' }));
    expect(fake.api.note.delete).toHaveBeenCalledWith({ id: note.id });
    await waitFor(() => expect(screen.queryByText('Current words')).toBeNull());
  });
});
