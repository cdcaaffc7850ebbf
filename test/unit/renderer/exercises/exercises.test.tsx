import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type {
  DueCheckInsView,
  ExerciseRunView,
  ExerciseView,
  ParleyApi,
  TrustBoardView,
} from '../../../../shared/contract';
import { BUILT_IN_EXERCISES, builtInExercise } from '../../../../shared/exercises/library';
import { checklistProgress } from '../../../../shared/exercises/progress';
import { ApiContext } from '../../../../renderer/api';
import { testSession } from '../render';
import { SessionContext } from '../../../../renderer/app/session';
import { AftercareDue } from '../../../../renderer/exercises/AftercareDue';
import { ExerciseForm } from '../../../../renderer/exercises/ExerciseForm';
import { LibraryTab } from '../../../../renderer/exercises/LibraryTab';
import { RunPanel } from '../../../../renderer/exercises/RunPanel';
import { TrustTab } from '../../../../renderer/exercises/TrustTab';
import { dialogueView } from '../fake-api';

const ok = <T,>(value: T) => ({ ok: true as const, value });
const session = testSession();

const A = 'a0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const dialogue = dialogueView({
  id: 'd0000000-0000-4000-8000-000000000001',
  codeName: 'Cedar',
  parties: [
    { id: A, dialogueId: 'd', name: 'Side A', kind: 'side', position: 0 },
    { id: B, dialogueId: 'd', name: 'الجانب ب', kind: 'side', position: 1 },
  ],
});

function renderWith(ui: ReactNode, api: Partial<Record<keyof ParleyApi, object>>) {
  const user = userEvent.setup();
  const view = render(
    <ApiContext value={api as unknown as ParleyApi}>
      <SessionContext value={session}>{ui}</SessionContext>
    </ApiContext>,
  );
  return { ...view, user };
}

const custom: ExerciseView = {
  ...builtInExercise('builtin:silent-reflection')!,
  id: 'e0000000-0000-4000-8000-000000000001',
  builtIn: false,
  name: 'Ḥawār circle',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the exercise library page', () => {
  it('filters in the page as the facilitator types and chooses, folding accents, without asking main again', async () => {
    const list = vi.fn(async () => ok([...BUILT_IN_EXERCISES, custom]));
    const { user } = renderWith(<LibraryTab dialogue={dialogue} />, { exercise: { list } });
    const exercises = await screen.findByRole('list', { name: 'Exercises' });
    expect(within(exercises).getAllByRole('button')).toHaveLength(BUILT_IN_EXERCISES.length + 1);

    await user.type(screen.getByRole('searchbox', { name: 'Search exercises' }), 'hawar');
    expect(
      within(exercises)
        .getAllByRole('button')
        .map((b) => b.querySelector('.library__name')?.textContent),
    ).toEqual(['Ḥawār circle']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search exercises' }));

    await user.selectOptions(screen.getByLabelText('Stage'), 'Deepening');
    await user.click(screen.getByRole('checkbox', { name: 'risk re-traumatising' }));
    const names = within(exercises)
      .getAllByRole('button')
      .map((b) => b.querySelector('.library__name')?.textContent);
    expect(names).toContain('Empathy interviews in mixed pairs');
    expect(names).not.toContain('Each side’s history timeline');
    expect(names).not.toContain('Personal narratives: how I came to be here');
    expect(screen.getByRole('status')).toHaveTextContent(
      `${names.length} of ${BUILT_IN_EXERCISES.length + 1} exercises`,
    );
    expect(list).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(within(exercises).getAllByRole('button')).toHaveLength(BUILT_IN_EXERCISES.length + 1);
  });

  it('shows an exercise’s cautions and checklist; a built-in is read-only and duplicated into the form', async () => {
    const hopes = builtInExercise('builtin:hopes-and-fears')!;
    const copy: ExerciseView = { ...hopes, id: custom.id, builtIn: false, name: 'Hopes and fears (copy)' };
    const duplicate = vi.fn(async () => ok(copy));
    const { user } = renderWith(<LibraryTab dialogue={dialogue} />, {
      exercise: { list: vi.fn(async () => ok([...BUILT_IN_EXERCISES])), duplicate },
    });
    await user.click(await screen.findByRole('button', { name: /^Hopes and fears/ }));
    const detail = screen.getByRole('article', { name: 'Hopes and fears' });
    expect(within(detail).getByText('Built-in exercises are read-only: duplicate one to adapt it.')).toBeVisible();
    expect(within(detail).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    const cautions = within(detail).getByRole('region', { name: 'Do no harm' });
    expect(cautions).toHaveTextContent('Asks for personal sharing');
    expect(cautions).toHaveTextContent(hopes.flags[0]!.caution);
    expect(within(detail).getByRole('region', { name: 'In the room' })).toHaveTextContent(hopes.steps.room[0]!);

    await user.click(within(detail).getByRole('button', { name: 'Duplicate to adapt' }));
    expect(duplicate).toHaveBeenCalledWith({ id: 'builtin:hopes-and-fears' });
    expect(await screen.findByRole('heading', { name: 'Edit “Hopes and fears (copy)”' })).toBeVisible();
    expect(screen.getByLabelText('Name')).toHaveValue('Hopes and fears (copy)');
  });
});

describe('the exercise form', () => {
  it('shows main’s refusal of an empty step next to that step, and keeps everything typed', async () => {
    const create = vi.fn(async () => ({
      ok: false as const,
      error: {
        code: 'INVALID_INPUT' as const,
        message: 'steps.room.1: A checklist step cannot be empty: write the step or remove it.',
        issues: [{ path: 'steps.room.1', message: 'A checklist step cannot be empty: write the step or remove it.' }],
      },
    }));
    const { user } = renderWith(<ExerciseForm onSaved={vi.fn()} onCancel={vi.fn()} />, { exercise: { create } });
    await user.type(screen.getByLabelText('Name'), 'Letters home');
    await user.type(screen.getByLabelText(/^Purpose/), 'Each writes to someone at home.');
    await user.type(screen.getByLabelText('In the room, step 1'), 'Write the letter');
    await user.click(screen.getAllByRole('button', { name: 'Add step' })[1]!);
    await user.click(screen.getByRole('button', { name: 'Save exercise' }));
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Letters home',
        steps: { prepare: [], room: ['Write the letter', ''], aftercare: [] },
      }),
    );
    const empty = screen.getByLabelText('In the room, step 2');
    expect(empty).toHaveAttribute('aria-invalid', 'true');
    expect(empty).toHaveAccessibleDescription(/A checklist step cannot be empty/);
    expect(empty).toHaveFocus();
    expect(screen.getByLabelText('Name')).toHaveValue('Letters home');
    expect(screen.getByLabelText('In the room, step 1')).toHaveValue('Write the letter');
  });
});

function runView(fields: Partial<ExerciseRunView> = {}): ExerciseRunView {
  const hopes = builtInExercise('builtin:hopes-and-fears')!;
  const steps = (['prepare', 'room', 'aftercare'] as const).flatMap((phase) =>
    hopes.steps[phase].map((text, position) => ({ phase, position, text, doneAt: null })),
  );
  return {
    id: 'r0000000-0000-4000-8000-000000000001',
    sessionId: 's',
    agendaItemId: 'i',
    item: { title: 'Hopes and fears', kind: 'exercise', day: 0, position: 0, state: 'running' },
    exercise: {
      id: hopes.id,
      name: hopes.name,
      builtIn: true,
      stage: hopes.stage,
      archived: false,
      minMinutes: 60,
      maxMinutes: 90,
      flags: hopes.flags,
    },
    steps,
    progress: checklistProgress(steps),
    landed: null,
    landedWord: '',
    counts: [
      { partyId: A, partyName: 'Side A', tookPart: null, optedOut: null },
      { partyId: B, partyName: 'الجانب ب', tookPart: null, optedOut: null },
    ],
    observations: [],
    recorded: false,
    updatedAt: '2026-05-14T07:00:00.000Z',
    ...fields,
  };
}

describe('the exercise run panel', () => {
  it('marks the part that matters now, ticks steps, and records counts per side and how it landed', async () => {
    let current = runView();
    const onChange = vi.fn((run: ExerciseRunView) => {
      current = run;
    });
    const tick = vi.fn(async ({ phase, position, done }: { phase: string; position: number; done: boolean }) => {
      const steps = current.steps.map((s) =>
        s.phase === phase && s.position === position ? { ...s, doneAt: done ? '2026-05-14T07:05:00.000Z' : null } : s,
      );
      return ok({ ...current, steps, progress: checklistProgress(steps) });
    });
    const record = vi.fn(async () => ok(current));
    const { user, rerender } = renderWith(<RunPanel run={current} onChange={onChange} />, {
      exerciseRun: { tick, record },
    });
    const room = screen.getByRole('group', { name: /^In the room/ });
    expect(room).toHaveTextContent('Now');
    await user.click(within(room).getAllByRole('checkbox')[0]!);
    expect(tick).toHaveBeenCalledWith({ runId: current.id, phase: 'room', position: 0, done: true });
    expect(current.progress.byPhase.room.done).toBe(1);
    rerender(
      <ApiContext value={{ exerciseRun: { tick, record } } as unknown as ParleyApi}>
        <SessionContext value={session}>
          <RunPanel run={current} onChange={onChange} />
        </SessionContext>
      </ApiContext>,
    );
    expect(within(screen.getByRole('group', { name: /^In the room/ })).getAllByRole('checkbox')[0]).toBeChecked();

    await user.type(screen.getByRole('spinbutton', { name: 'Took part, الجانب ب' }), '4');
    await user.type(screen.getByRole('spinbutton', { name: 'Passed, الجانب ب' }), '2');
    await user.tab();
    expect(record).toHaveBeenLastCalledWith({ runId: current.id, counts: [{ partyId: B, tookPart: 4, optedOut: 2 }] });
    await user.click(screen.getByRole('radio', { name: /Landed well/ }));
    expect(record).toHaveBeenLastCalledWith({ runId: current.id, landed: 4 });
  });

  it('keeps the newest choice on screen when an older answer from main arrives after it', async () => {
    let answerCounts!: (view: ExerciseRunView) => void;
    const record = vi.fn((input: { counts?: unknown; landed?: number | null }) =>
      input.counts
        ? new Promise<ReturnType<typeof ok<ExerciseRunView>>>((resolve) => {
            answerCounts = (view) => resolve(ok(view));
          })
        : Promise.resolve(ok(runView({ landed: 4 }))),
    );
    function Holder() {
      const [run, setRun] = useState(runView());
      return <RunPanel run={run} onChange={setRun} />;
    }
    const { user } = renderWith(<Holder />, { exerciseRun: { record } });
    await user.type(screen.getByRole('spinbutton', { name: 'Passed, الجانب ب' }), '2');
    await user.tab();
    await user.click(screen.getByRole('radio', { name: /Landed well/ }));
    expect(screen.getByRole('radio', { name: /Landed well/ })).toBeChecked();
    // The count's answer was sent before the rating, so it still says "not rated".
    await act(async () => answerCounts(runView({ landed: null })));
    expect(screen.getByRole('radio', { name: /Landed well/ })).toBeChecked();
  });

  it('saves a new observation as facilitator-only when the facilitator leaves it', async () => {
    const saveObservation = vi.fn(async (input: { id: string; runId: string; body: string; level: string }) =>
      ok({ ...input, createdAt: 'now', updatedAt: 'now' }),
    );
    const { user } = renderWith(<RunPanel run={runView()} onChange={vi.fn()} />, {
      exerciseRun: { saveObservation },
    });
    await user.click(screen.getByRole('button', { name: 'New observation' }));
    const box = screen.getByRole('textbox', { name: 'Observation' });
    expect(box).toHaveFocus();
    await user.type(box, 'الجميع ضحكوا');
    // Leaving the observation altogether (not moving to its level) saves at once.
    await act(async () => {
      await user.click(document.body);
    });
    expect(saveObservation).toHaveBeenCalledWith(
      expect.objectContaining({ body: 'الجميع ضحكوا', level: 'facilitator', runId: runView().id }),
    );
    expect(box).toHaveAttribute('dir', 'auto');
  });
});

describe('trust readings', () => {
  const board: TrustBoardView = {
    dialogueId: dialogue.id,
    sides: [
      { id: A, name: 'Side A', position: 0 },
      { id: B, name: 'الجانب ب', position: 1 },
    ],
    pairs: [{ key: `${A}:${B}`, partyAId: A, partyBId: B }],
    sessions: [{ id: 's1', number: 1, title: 'Listening day', startsAt: '2026-03-10T08:00:00.000Z' }],
    readings: [],
  };

  it('draws the chart with a table alternative, and records a rating with its indicators', async () => {
    const recordReading = vi.fn(async () =>
      ok({
        sessionId: 's1',
        partyAId: A,
        partyBId: B,
        rating: -1 as const,
        indicators: ['walk-out' as const],
        rationale: '',
        updatedAt: 'now',
      }),
    );
    const { user } = renderWith(<TrustTab dialogue={dialogue} />, {
      trust: { board: vi.fn(async () => ok(board)), record: recordReading },
    });
    expect(await screen.findByRole('img', { name: 'Trust between the sides across sessions, Cedar' })).toBeVisible();
    const form = screen.getByRole('form', { name: 'Side A – الجانب ب' });
    await user.click(within(form).getByRole('radio', { name: '−1 Cold' }));
    await user.click(within(form).getByRole('checkbox', { name: /A walk-out/ }));
    await user.click(within(form).getByRole('button', { name: 'Save reading' }));
    expect(recordReading).toHaveBeenCalledWith({
      sessionId: 's1',
      partyAId: A,
      partyBId: B,
      rating: -1,
      indicators: ['walk-out'],
      rationale: '',
    });
    expect(screen.getByText(/saved\./)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Trust readings by session and pair of sides' });
    expect(within(table).getByRole('row', { name: /Session 1.*−1 Cold.*A walk-out/ })).toBeVisible();
  });
});

describe('due check-ins on the dialogue overview', () => {
  it('lists overdue and due-soon check-ins by code and pseudonym, and nothing when none is due', async () => {
    const due: DueCheckInsView = {
      today: '2026-06-03',
      dialogues: [
        {
          dialogueId: dialogue.id,
          codeName: 'Cedar',
          overdue: [
            {
              id: 'c1',
              dialogueId: dialogue.id,
              person: { participantId: 'u1', speakerCode: 'A1', pseudonym: 'The engineer', partyId: A },
              sessionId: 's1',
              sessionNumber: 2,
              dueOn: '2026-06-01',
              doneOn: null,
              channel: 'phone',
              concern: '',
              followUp: '',
              state: 'overdue',
              updatedAt: 'now',
            },
          ],
          dueSoon: [],
        },
      ],
    };
    const get = vi.fn(async () => ok(due));
    renderWith(<AftercareDue today="2026-06-03" />, { aftercare: { due: get } });
    const region = await screen.findByRole('region', { name: 'After-care check-ins to do' });
    expect(region).toHaveTextContent('Cedar: 1 overdue');
    expect(region).toHaveTextContent(/Overdue A1 \(The engineer\), due (1 Jun 2026|Jun 1, 2026) · after session 2/);
    expect(get).toHaveBeenCalledWith({ today: '2026-06-03' });

    const none = vi.fn(async () => ok({ today: '2026-06-03', dialogues: [] }));
    const { container } = renderWith(<AftercareDue today="2026-06-03" />, { aftercare: { due: none } });
    await act(async () => undefined);
    expect(container).toBeEmptyDOMElement();
  });
});
