import { useCallback, useContext, useState } from 'react';
import type { ParleyError } from '../../shared/contract';
import { attempt } from '../api';
import { SessionContext } from '../app/session';

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ParleyError };

/**
 * Runs contract calls for one part of a page: its own error to show and a busy flag, with
 * WORKSPACE_LOCKED handed to the frame (which shows the lock screen) instead of being shown here.
 */
export function useCall() {
  const session = useContext(SessionContext);
  const [error, setError] = useState<ParleyError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(call: () => Promise<Outcome<T>>): Promise<T | undefined> => {
      setBusy(true);
      const result = await attempt(call);
      setBusy(false);
      if (result.ok) {
        setError(null);
        return result.value;
      }
      if (!session?.lockedElsewhere(result.error)) setError(result.error);
      return undefined;
    },
    [session],
  );
  return { run, error, setError, busy };
}

/** One part of a page's calls: what useCall returns. */
export type Call = ReturnType<typeof useCall>;
