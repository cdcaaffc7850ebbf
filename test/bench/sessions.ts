import { BUDGETS } from './budgets';
import type { BenchContext, Suite } from './suites/context';
import { pick } from './suites/context';
import type { SeedStep } from './workload';

/**
 * Sessions and agendas in the bench workspace: DESIGN.md's 500 sessions, spread over the
 * generated dialogues, each with the two-day Kelman agenda (18 items) — 9,000 agenda items in
 * all. Seeded through the registry, like the app's own saves; measured through it too, so input
 * validation and the agenda read model (times computed per call) are part of every number.
 */

export const SESSION_WORKLOAD = { sessions: 500, template: 'builtin:kelman' } as const;

export interface SessionBench {
  /** Append to SEED_STEPS (after the dialogues step). */
  readonly seed: SeedStep;
  /** Append to SUITES. */
  readonly suite: Suite;
}

export function createSessionBench(): SessionBench {
  const sessionIds: string[] = [];
  /** Per session of the first 50: the ids of its first day's items (they stay on positions 0…n−1). */
  const firstDays: string[][] = [];

  const seed: SeedStep = {
    name: 'sessions and agendas',
    async run({ call, generated }) {
      for (let i = 0; i < SESSION_WORKLOAD.sessions; i++) {
        const dialogueId = generated.dialogueIds[i % generated.dialogueIds.length]!;
        const day = String((i % 28) + 1).padStart(2, '0');
        const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
        const session = await call('session.create', {
          dialogueId,
          title: `Synthetic round ${i}`,
          startsAt: `2027-${month}-${day}T09:00`,
          endsAt: `2027-${month}-${day}T17:00`,
          timeZone: (['Europe/Vienna', 'Asia/Amman', 'America/New_York'] as const)[i % 3],
        });
        sessionIds.push(session.id);
        // Two-day template on a one-day session: day two lands past the end and is flagged,
        // which the read model must compute too.
        const agenda = await call('agenda.applyTemplate', {
          sessionId: session.id,
          templateId: SESSION_WORKLOAD.template,
        });
        if (i < 50) firstDays.push(agenda.items.filter((item) => item.day === 0).map((item) => item.id));
      }
    },
  };

  const suite: Suite = (bench, { call, generated }: BenchContext) => {
    bench.bench('agenda.get', (run) => call('agenda.get', { sessionId: pick(sessionIds, run) }), {
      runs: 300,
      budget: BUDGETS.read,
    });
    bench.bench('session.get', (run) => call('session.get', { id: pick(sessionIds, run) }), {
      runs: 300,
      budget: BUDGETS.read,
    });
    bench.bench('session.list', (run) => call('session.list', { dialogueId: pick(generated.dialogueIds, run) }), {
      runs: 300,
      budget: BUDGETS.read,
    });
    // A drag within the first day: one transaction rewriting the positions in between, then the
    // whole agenda read back, as the builder receives it.
    bench.bench(
      'agenda.move',
      (run) => {
        const ids = firstDays[Math.abs(run) % firstDays.length]!;
        const id = ids[Math.abs(run * 5) % ids.length]!;
        return call('agenda.move', { id, toIndex: Math.abs(run * 7) % ids.length, toDay: 0 });
      },
      { runs: 300, budget: BUDGETS.save },
    );
    bench.bench(
      'agenda.update',
      (run) => {
        const ids = firstDays[Math.abs(run) % firstDays.length]!;
        return call('agenda.update', {
          id: ids[Math.abs(run) % ids.length]!,
          plannedMinutes: 30 + (Math.abs(run) % 60),
        });
      },
      { runs: 300, budget: BUDGETS.save },
    );
    // The whole export as the app runs it: read model, roster check, HTML with inlined fonts,
    // Chromium print (browser kept warm, as the app keeps its hidden window's engine), metadata,
    // durable write.
    bench.bench('export.agendaPdf', (run) => call('export.agendaPdf', { sessionId: pick(sessionIds, run) }), {
      runs: 20,
      warmup: 2,
      budget: BUDGETS.report,
    });
  };

  return { seed, suite };
}

/** The instance the bench registers: `sessionBench.seed` in SEED_STEPS, `sessionBench.suite` in SUITES. */
export const sessionBench = createSessionBench();
