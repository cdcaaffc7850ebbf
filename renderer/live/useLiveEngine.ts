import { useCallback, useState } from 'react';
import type { AgendaView, ParleyError } from '../../shared/contract';
import { retime } from '../agenda/model';
import {
  freshRehearsal,
  rehearseClear,
  rehearseCorrect,
  rehearseExtend,
  rehearseFinish,
  rehearseNext,
  rehearseStart,
} from '../../shared/agenda/rehearsal';
import { runningItem } from '../../shared/agenda/live';
import { zonedToInstant } from '../../shared/time/zone';
import { useApi } from '../api';
import { useCall, type Outcome } from '../ui/useCall';

/** What the controls of live mode do; the same for the room and for a rehearsal. */
export interface LiveActions {
  readonly start: (itemId?: string) => Promise<void>;
  readonly next: () => Promise<void>;
  readonly extend: (minutes: number) => Promise<void>;
  readonly finish: () => Promise<void>;
  readonly clear: (itemId: string) => Promise<void>;
  /** Times typed on the venue's clocks, `YYYY-MM-DDTHH:mm`; end null for the running item. */
  readonly correct: (itemId: string, start: string, end: string | null) => Promise<boolean>;
  readonly reset: () => Promise<void>;
  readonly busy: boolean;
  readonly error: ParleyError | null;
  readonly dismissError: () => void;
}

export interface LiveEngine {
  /** The agenda as live mode shows it: main's, or the rehearsal's copy. */
  readonly agenda: AgendaView;
  readonly actions: LiveActions;
}

/**
 * Live mode's steps. In the room each one goes to main, which records it by its own clock; in a
 * rehearsal the same steps run on a copy in memory (shared/agenda/rehearsal.ts) and nothing is
 * recorded — the rehearsal is forgotten when live mode closes.
 */
export function useLiveEngine(
  agenda: AgendaView,
  rehearsal: boolean,
  clock: () => Date,
  onAgendaChange: (agenda: AgendaView) => void,
): LiveEngine {
  const api = useApi();
  const { run, error, setError, busy } = useCall();
  const [rehearsed, setRehearsed] = useState<AgendaView>(() => ({ ...agenda, items: freshRehearsal(agenda.items) }));
  const sessionId = agenda.session.id;

  const act = useCallback(
    async (call: () => Promise<Outcome<AgendaView>>) => {
      const updated = await run(call);
      if (updated) onAgendaChange(updated);
      return updated !== undefined;
    },
    [run, onAgendaChange],
  );
  const rehearse = useCallback(
    (step: (items: AgendaView['items']) => AgendaView['items']) => {
      setRehearsed((current) => {
        const items = step(current.items);
        const running = runningItem(items);
        return { ...retime(current, items, clock()), runningItemId: running?.id ?? null };
      });
      return Promise.resolve(true);
    },
    [clock],
  );

  const zone = agenda.session.timeZone;
  const actions: LiveActions = rehearsal
    ? {
        start: async (itemId) => void (await rehearse((items) => rehearseStart(items, clock(), itemId))),
        next: async () => void (await rehearse((items) => rehearseNext(items, clock()))),
        extend: async (minutes) => void (await rehearse((items) => rehearseExtend(items, minutes))),
        finish: async () => void (await rehearse((items) => rehearseFinish(items, clock()))),
        clear: async (itemId) => void (await rehearse((items) => rehearseClear(items, itemId))),
        correct: (itemId, start, end) => {
          const instant = (local: string) => zonedToInstant(local, zone).instant.toISOString();
          return rehearse((items) =>
            rehearseCorrect(items, itemId, instant(start), end === null ? null : instant(end)),
          );
        },
        reset: async () => void (await rehearse((items) => rehearseClear(items))),
        busy: false,
        error: null,
        dismissError: () => undefined,
      }
    : {
        start: async (itemId) => void (await act(() => api.live.start({ sessionId, ...(itemId ? { itemId } : {}) }))),
        next: async () => void (await act(() => api.live.next({ sessionId }))),
        extend: async (minutes) => {
          const running = runningItem(agenda.items);
          if (running) await act(() => api.live.extend({ itemId: running.id, minutes }));
        },
        finish: async () => void (await act(() => api.live.finish({ sessionId }))),
        clear: async (itemId) => void (await act(() => api.live.clear({ itemId }))),
        correct: (itemId, start, end) => act(() => api.live.correct({ itemId, actualStart: start, actualEnd: end })),
        reset: async () => void (await act(() => api.live.reset({ sessionId }))),
        busy,
        error,
        dismissError: () => setError(null),
      };
  return { agenda: rehearsal ? rehearsed : agenda, actions };
}
