import { useCallback, useState } from 'react';
import type { ParleyError, Result } from '../../shared/contract';
import { attempt } from '../api';
import { useSession } from '../app/session';

/**
 * One call at a time with its busy state and its error. A WORKSPACE_LOCKED answer hands over to
 * the frame (the lock screen) instead of showing an error here.
 */
export function useCall() {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ParleyError | null>(null);
  const run = useCallback(
    async <T>(call: () => Promise<Result<T>>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      const result = await attempt(call);
      setBusy(false);
      if (result.ok) return result.value;
      if (!session.lockedElsewhere(result.error)) setError(result.error);
      return undefined;
    },
    [session],
  );
  return { busy, error, setError, run };
}
