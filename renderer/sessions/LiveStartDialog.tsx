import { useRef } from 'react';
import type { SessionView } from '../../shared/contract';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { sessionDates } from './format';
import { SESSIONS_MESSAGES } from './messages';

const M = SESSIONS_MESSAGES.live;

/**
 * Live mode asked for on a day the session does not meet (a rehearsal the evening before, or a
 * record forgotten): a rehearsal runs the clock and records nothing; "start anyway" records times
 * as in the room. Rehearsal is the default, so a slip of the Enter key records nothing.
 */
export function LiveStartDialog({
  session,
  onRehearse,
  onStartAnyway,
  onCancel,
  now,
}: {
  readonly session: SessionView;
  /** The page's clock: "was on" or "is on". */
  readonly now: Date;
  readonly onRehearse: () => void;
  readonly onStartAnyway: () => void;
  readonly onCancel: () => void;
}) {
  const rehearse = useRef<HTMLButtonElement>(null);
  const dates = sessionDates(session);
  const past = new Date(session.endsAt) < now;
  return (
    <Dialog
      title={M.title}
      onClose={onCancel}
      initialFocus={rehearse}
      actions={
        <>
          <Button ref={rehearse} variant="primary" onClick={onRehearse}>
            {M.rehearse}
          </Button>
          <Button onClick={onStartAnyway}>{M.anyway}</Button>
          <Button variant="quiet" onClick={onCancel}>
            {M.cancel}
          </Button>
        </>
      }
    >
      <p>{past ? M.question(dates) : M.future(dates)}</p>
    </Dialog>
  );
}
