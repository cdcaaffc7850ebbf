import { useState } from 'react';
import type { AgendaView } from '../../shared/contract';
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useSessionRuns } from './hooks';
import { MSG } from './messages';
import { RunPanel } from './RunPanel';
import './exercises.css';

export interface SessionExercisesProps {
  readonly agenda: AgendaView;
}

/**
 * The session view's exercise runs, in agenda order: each run's checklist, how it landed, counts
 * and observations, as in live mode but with everything open. Unlinking a run that holds records
 * asks first, and says what goes with it.
 */
export function SessionExercises({ agenda }: SessionExercisesProps) {
  const api = useApi();
  const { run: call, error, setError } = useCall();
  const key = agenda.items.map((item) => `${item.id}:${item.actualStart ?? ''}:${item.actualEnd ?? ''}`).join('|');
  const { runs, replace, reload, error: loadError } = useSessionRuns(agenda.session.id, key);
  const [confirming, setConfirming] = useState<string | null>(null);

  const unlink = async (itemId: string, discardRecords: boolean) => {
    const done = await call(() => api.exerciseRun.unlink({ itemId, discardRecords }));
    if (done) {
      setConfirming(null);
      reload();
    } else {
      setConfirming(itemId);
    }
  };

  if (runs.length === 0 && !loadError) return null;
  return (
    <section className="session-exercises" aria-labelledby="session-exercises-heading">
      <h2 id="session-exercises-heading" className="sx-panel-title">
        {MSG.run.sessionHeading}
      </h2>
      {(error ?? loadError) && <ErrorBanner title={(error ?? loadError)!.message} onDismiss={() => setError(null)} />}
      {runs.map((run) => (
        <RunPanel
          key={run.id}
          run={run}
          onChange={replace}
          actions={
            confirming === run.agendaItemId ? (
              <span className="run-panel__confirm" role="group" aria-label={MSG.run.unlinkConfirm}>
                <span>{MSG.run.unlinkConfirm}</span>
                <Button size="small" variant="danger" onClick={() => void unlink(run.agendaItemId, true)}>
                  {MSG.run.unlinkYes}
                </Button>
                <Button size="small" variant="quiet" onClick={() => setConfirming(null)}>
                  {MSG.run.unlinkNo}
                </Button>
              </span>
            ) : (
              <Button
                size="small"
                variant="quiet"
                onClick={() => (run.recorded ? setConfirming(run.agendaItemId) : void unlink(run.agendaItemId, false))}
              >
                {MSG.run.unlink}
              </Button>
            )
          }
        />
      ))}
    </section>
  );
}
