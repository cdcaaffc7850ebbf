import { createContext, useContext } from 'react';
import type { ParleyError } from '../../shared/contract';

/** What every feature of an unlocked workspace may ask of the frame. */
export interface Session {
  readonly workspaceName: string;
  /** Locks now (button, shortcut). */
  readonly lock: () => void;
  /**
   * A call answered WORKSPACE_LOCKED: main locked without us hearing the event (e.g. idle timeout
   * while the window slept). Returns true when it did, so the caller stops handling the error.
   */
  readonly lockedElsewhere: (error: ParleyError) => boolean;
  /**
   * Opens the workspace's pages afresh (after travel mode removed or brought back dialogues), or
   * another workspace main has just opened (a restored backup).
   */
  readonly reopen: (workspaceName?: string) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside an unlocked workspace.');
  return session;
}
