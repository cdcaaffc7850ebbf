import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClauseView, CompareView as Comparison, DraftView } from '../../../../shared/contract';
import { AgreementWarnings } from '../../../../renderer/agreements/AgreementWarnings';
import { CompareView } from '../../../../renderer/agreements/CompareView';
import { DraftText } from '../../../../renderer/agreements/DraftText';
import { addOption, splitAt, wrapInBrackets } from '../../../../renderer/agreements/editing';
import { ApiContext } from '../../../../renderer/api';
import { testSession } from '../render';
import { SessionContext } from '../../../../renderer/app/session';
import { flushNotesBeforeLock } from '../../../../renderer/notes/flush';
import { createAgreementsApi, DRAFT_ID } from './fake-agreements';

/**
 * jsdom lays nothing out: give the editor's scrolling box a page's height and each clause a
 * paragraph's (the sizes the virtualizer reads), so the list shows what a browser would.
 */
let restoreLayout: () => void;
beforeEach(() => {
  const size = (element: Element, scroller: number, item: number) =>
    element.classList.contains('draft-text__scroller')
      ? scroller
      : element.classList.contains('draft-text__item')
        ? item
        : 0;
  const saved = (['clientHeight', 'clientWidth', 'offsetHeight'] as const).map(
    (key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const,
  );
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return size(this, 600, 72);
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return size(this, 600, 72);
    },
  });
  restoreLayout = () => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
    }
  };
});

afterEach(() => {
  restoreLayout();
  vi.useRealTimers();
});

const session = testSession();

async function renderText(texts: readonly string[]) {
  const fake = createAgreementsApi(texts);
  const draft = ((await fake.api.draft.get({ id: DRAFT_ID })) as { value: DraftView }).value;
  function Harness() {
    const [clauses, setClauses] = useState<readonly ClauseView[]>(draft.clauses);
    return (
      <DraftText
        draft={draft}
        clauses={clauses}
        setClauses={setClauses}
        topics={[]}
        onFlushReady={() => undefined}
        onAddCommitment={() => undefined}
      />
    );
  }
  const view = render(
    <ApiContext value={fake.api}>
      <SessionContext value={session}>
        <Harness />
      </SessionContext>
    </ApiContext>,
  );
  // The virtualizer places the rows once it has measured its box, a moment after the first render.
  if (texts.length > 0) await screen.findByRole('textbox', { name: 'Clause 1' });
  return { fake, ...view };
}

const clauseBox = (number: string) => screen.getByRole('textbox', { name: `Clause ${number}` });

describe('editing commands', () => {
  it('brackets the selection, keeping spaces outside and the words selected', () => {
    expect(wrapInBrackets({ text: 'The parties shall meet.', start: 11, end: 18 })).toEqual({
      text: 'The parties [shall] meet.',
      start: 13,
      end: 18,
    });
    expect(wrapInBrackets({ text: 'abc', start: 1, end: 1 })).toEqual({ text: 'a[]bc', start: 2, end: 2 });
  });

  it('adds an option after the last of its group, numbered on, or turns a selection into two options', () => {
    const group = 'By [Option 1: a board][Option 2: a custodian].';
    const inside = addOption({ text: group, start: 10, end: 10 });
    expect(inside.text).toBe('By [Option 1: a board][Option 2: a custodian][Option 3: ].');
    expect(inside.text[inside.start - 1]).toBe(' ');
    expect(addOption({ text: '[الخيار ١: لجنة]', start: 3, end: 3 }).text).toBe('[الخيار ١: لجنة][الخيار 2: ]');
    expect(addOption({ text: 'By a board.', start: 3, end: 10 }).text).toBe('By [Option 1: a board][Option 2: ].');
  });

  it('splits a clause at the caret without trailing or leading spaces', () => {
    expect(splitAt('Alpha beta', 5)).toEqual({ before: 'Alpha', after: 'beta' });
  });
});

describe('DraftText: a drafting surface that loses nothing', () => {
  it('autosaves a clause within a second of a pause, and says so', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { fake } = await renderText(['The parties meet.']);
    fireEvent.change(clauseBox('1'), { target: { value: 'The parties shall meet.' } });
    expect(screen.getByText('Unsaved')).toBeInTheDocument();
    expect(fake.api.clause.save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(fake.api.clause.save).toHaveBeenCalledWith({ id: fake.clauses[0]!.id, text: 'The parties shall meet.' });
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('saves what is being typed before a lock', async () => {
    const { fake } = await renderText(['One.']);
    fireEvent.change(clauseBox('1'), { target: { value: 'One, typed just before the lock.' } });
    await act(() => flushNotesBeforeLock());
    expect(fake.clauses[0]!.text).toBe('One, typed just before the lock.');
  });

  it('Enter splits the clause at the caret: the rest starts clause 2, which takes the focus', async () => {
    const user = userEvent.setup();
    const { fake } = await renderText(['Alpha beta']);
    const box = clauseBox('1') as HTMLTextAreaElement;
    await user.click(box);
    box.setSelectionRange(5, 5);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(clauseBox('2')).toHaveFocus());
    expect(clauseBox('2')).toHaveValue('beta');
    expect(clauseBox('1')).toHaveValue('Alpha');
    expect(fake.api.clause.add).toHaveBeenCalledWith(
      expect.objectContaining({ draftId: DRAFT_ID, afterClauseId: fake.clauses[0]!.id, text: 'beta', depth: 0 }),
    );
  });

  it('Ctrl+B brackets the selection; Ctrl+Shift+O adds an option; the caret line says where it is', async () => {
    const user = userEvent.setup();
    await renderText(['The parties shall meet.']);
    const box = clauseBox('1') as HTMLTextAreaElement;
    await user.click(box);
    box.setSelectionRange(12, 17);
    await user.keyboard('{Control>}b{/Control}');
    expect(box).toHaveValue('The parties [shall] meet.');
    await waitFor(() => expect(screen.getByText('Cursor inside a bracket, depth 1')).toBeInTheDocument());
    box.setSelectionRange(25, 25);
    await user.keyboard('{Control>}{Shift>}o{/Shift}{/Control}');
    expect(box).toHaveValue('The parties [shall] meet.[Option 1: ][Option 2: ]');
  });

  it('shows an unbalanced bracket as an error with its place, as it is typed', async () => {
    await renderText(['The parties meet.']);
    fireEvent.change(clauseBox('1'), { target: { value: 'The [parties meet.' } });
    expect(screen.getByRole('alert')).toHaveTextContent('The bracket opened at character 5 is never closed.');
    expect(clauseBox('1')).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(clauseBox('1'), { target: { value: 'The [parties] meet.' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Alt+Shift+↑ moves the clause up with the workspace, and Alt+Shift+→ makes it a sub-clause', async () => {
    const user = userEvent.setup();
    const { fake } = await renderText(['First.', 'Second.']);
    await user.click(clauseBox('2'));
    await user.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    await waitFor(() => expect(clauseBox('1')).toHaveValue('Second.'));
    expect(clauseBox('1')).toHaveFocus();
    expect(fake.api.clause.move).toHaveBeenCalledWith({ id: fake.clauses[0]!.id, direction: 'up' });
    await user.click(clauseBox('2'));
    await user.keyboard('{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');
    await waitFor(() => expect(clauseBox('1.1')).toHaveValue('First.'));
  });

  it('keeps a selection made while the answer to Alt+Shift+→ is still on its way', async () => {
    const user = userEvent.setup();
    const { fake } = await renderText(['First.', 'Second clause.']);
    const answer = fake.api.clause.indent.getMockImplementation()!;
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    fake.api.clause.indent.mockImplementationOnce(async (input) => {
      await held;
      return answer(input);
    });
    await user.click(clauseBox('2'));
    await user.keyboard('{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');
    // The facilitator selects the first word before the workspace has answered.
    const box = clauseBox('2') as HTMLTextAreaElement;
    box.setSelectionRange(0, 6);
    release();
    await waitFor(() => expect(clauseBox('1.1')).toBe(box));
    expect(box).toHaveFocus();
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 6]);
  });

  it('keeps only the clauses in view in the page for a draft of 1,000 clauses', async () => {
    await renderText(Array.from({ length: 1_000 }, (_, i) => `Clause text ${i + 1} [with a bracket].`));
    const boxes = screen.getAllByRole('textbox', { name: /^Clause \d+$/ });
    expect(boxes.length).toBeGreaterThan(5);
    expect(boxes.length).toBeLessThan(40);
    expect(clauseBox('1')).toHaveValue('Clause text 1 [with a bracket].');
  });
});

describe('AgreementWarnings', () => {
  it('states the orphan risk, the lapsed commitment and the rule; nothing when all is well', async () => {
    const fake = createAgreementsApi();
    const tree = (
      <ApiContext value={fake.api}>
        <SessionContext value={session}>
          <AgreementWarnings />
        </SessionContext>
      </ApiContext>
    );
    const quiet = render(tree);
    await waitFor(() => expect(fake.api.agreement.warnings).toHaveBeenCalledTimes(1));
    expect(quiet.container).toBeEmptyDOMElement();
    quiet.unmount();
    fake.setWarnings({
      today: '2026-05-14',
      dueSoonDays: 14,
      followUpDays: 90,
      commitments: [],
      orphanRisks: [
        {
          draftId: DRAFT_ID,
          draftTitle: 'Joint statement',
          dialogueId: 'd',
          dialogueCodeName: 'Cedar',
          finalOn: '2026-02-01',
          lastFollowUp: null,
          reasons: [
            { kind: 'lapsed', commitments: 1 },
            { kind: 'no-follow-up', since: '2026-02-01', days: 102 },
          ],
        },
      ],
    });
    render(tree);
    const region = await screen.findByRole('region', { name: 'Agreements: follow-through' });
    expect(region).toHaveTextContent(/Orphan risk: “Joint statement” \(Cedar\) — final since .*2026/u);
    expect(region).toHaveTextContent(/a commitment has lapsed; nothing has followed it for 102 days \(since .*2026\)/u);
    expect(region).toHaveTextContent('when nothing has followed it for 90 days');
  });
});

describe('CompareView', () => {
  const comparison: Comparison = {
    draftId: DRAFT_ID,
    draftTitle: 'Joint statement',
    from: { version: 5, label: 'Version 5' },
    to: { version: 6, label: 'Version 6' },
    summary: { added: 0, removed: 0, changed: 1, moved: 1, unchanged: 1 },
    entries: [
      {
        clauseId: 'a',
        kind: 'unchanged',
        moved: false,
        reLevelled: false,
        statusChanged: false,
        before: { number: '1', depth: 0, status: 'proposed', text: 'One.' },
        after: { number: '1', depth: 0, status: 'proposed', text: 'One.' },
        changes: [{ text: 'One.' }],
      },
      {
        clauseId: 'b',
        kind: 'changed',
        moved: true,
        reLevelled: false,
        statusChanged: false,
        before: { number: '3', depth: 0, status: 'proposed', text: 'Data every month.' },
        after: { number: '2', depth: 0, status: 'proposed', text: 'Data every week.' },
        changes: [
          { text: 'Data every ' },
          { text: 'month', removed: true },
          { text: 'week', added: true },
          { text: '.' },
        ],
      },
    ],
  };

  it('shows a moved clause once, as moved, with its word edits named for screen readers', () => {
    const { container } = render(<CompareView comparison={comparison} layout="inline" showUnchanged={false} />);
    const items = container.querySelectorAll('.compare-entry');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Moved from 3');
    expect(items[0]).toHaveTextContent('Data every [removed: month][added: week].');
    expect(items[0]!.querySelector('del')).toHaveTextContent('month');
    expect(items[0]!.querySelector('ins')).toHaveTextContent('week');
  });

  it('side by side keeps removed words on the left and added ones on the right', () => {
    render(<CompareView comparison={comparison} layout="side-by-side" showUnchanged />);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    const [before, after] = rows[2]!.querySelectorAll('td');
    expect(before).toHaveTextContent('Data every [removed: month].');
    expect(after).toHaveTextContent('Data every [added: week].');
    expect(before!.querySelector('ins')).toBeNull();
  });
});
