import { Fragment, useState } from 'react';
import type { AgendaView } from '../../shared/contract';
import { comparePlanWithActual } from '../../shared/agenda/compare';
import { formatInZone } from '../../shared/time/zone';
import { dayHeading, formatMinutes } from '../agenda/model';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TableBox } from '../ui/TableBox';
import { CorrectTimes } from './CorrectTimes';
import { LIVE_MESSAGES } from './messages';
import { useLiveEngine, type LiveActions } from './useLiveEngine';

const M = LIVE_MESSAGES.plan;

const signed = (minutes: number | null) =>
  minutes === null ? '' : minutes === 0 ? M.onTime : `${minutes > 0 ? '+' : '−'}${formatMinutes(Math.abs(minutes))}`;

/**
 * After (or during) a session: each item's plan beside what happened, in the venue's time. With
 * `actions`, each recorded time can be corrected or reset, and the whole session reset.
 */
export function PlanVsActual({ agenda, actions }: { agenda: AgendaView; actions?: LiveActions | undefined }) {
  const comparison = comparePlanWithActual(agenda.items, agenda.items);
  const zone = agenda.session.timeZone;
  const time = (instant: string | null) => (instant ? formatInZone(instant, zone, 'HH:mm') : '');
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const columns = actions ? [...M.columns, M.actions] : M.columns;
  return (
    <section className="plan-vs-actual" aria-labelledby="pva-heading">
      <h2 id="pva-heading" className="sx-panel-title">
        {M.title}
      </h2>
      <p className="muted">
        {M.summary(
          comparison.ranCount,
          agenda.items.length,
          formatMinutes(comparison.actualMinutes),
          comparison.skippedCount,
        )}
      </p>
      {actions?.error && <ErrorBanner title={actions.error.message} onDismiss={actions.dismissError} />}
      <TableBox label={M.title}>
        <table className="table pva-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row, index) => {
              const item = agenda.items.find((i) => i.id === row.itemId)!;
              const previous =
                index > 0 ? agenda.items.find((i) => i.id === comparison.rows[index - 1]!.itemId) : undefined;
              // Over several days the same break or meal comes back: each day gets its own heading row.
              const newDay = agenda.dayCount > 1 && previous?.day !== item.day;
              const recorded = item.actualStart !== null;
              return (
                <Fragment key={row.itemId}>
                  {newDay && (
                    <tr className="pva-day">
                      <th scope="colgroup" colSpan={columns.length}>
                        {dayHeading(agenda, item.day)}
                      </th>
                    </tr>
                  )}
                  <tr className={`pva-row pva-row--${row.status}`}>
                    <th scope="row">
                      <bdi>{item.title}</bdi>
                    </th>
                    <td dir="ltr">
                      {time(row.plannedStart)} · {formatMinutes(row.plannedMinutes)}
                    </td>
                    <td dir="ltr">
                      {time(row.actualStart)}
                      {row.startDriftMinutes !== null &&
                        row.startDriftMinutes !== 0 &&
                        ` (${signed(row.startDriftMinutes)})`}
                    </td>
                    <td dir="ltr">
                      {row.actualMinutes !== null ? formatMinutes(row.actualMinutes) : ''}
                      {row.extraMinutes > 0 && ` (extended ${formatMinutes(row.extraMinutes)})`}
                    </td>
                    <td dir="ltr">{signed(row.durationDeltaMinutes)}</td>
                    <td>{M.status[row.status]}</td>
                    {actions && (
                      <td className="pva-actions">
                        <Button
                          size="small"
                          variant="quiet"
                          aria-label={M.correctLabel(item.title)}
                          onClick={() => setCorrecting(item.id)}
                        >
                          {M.correct}
                        </Button>
                        {recorded && (
                          <Button
                            size="small"
                            variant="quiet"
                            aria-label={M.clearLabel(item.title)}
                            onClick={() => void actions.clear(item.id)}
                          >
                            {M.clear}
                          </Button>
                        )}
                      </td>
                    )}
                  </tr>
                  {actions && correcting === item.id && (
                    <tr className="pva-correct">
                      <td colSpan={columns.length}>
                        <CorrectTimes
                          item={item}
                          zone={zone}
                          busy={actions.busy}
                          onCancel={() => setCorrecting(null)}
                          onSave={(start, end) =>
                            void actions.correct(item.id, start, end).then((saved) => saved && setCorrecting(null))
                          }
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </TableBox>
      {actions && comparison.ranCount > 0 && (
        <div className="pva-reset">
          {confirmingReset ? (
            <div className="callout callout--warning" role="group" aria-label={M.resetAll}>
              <p>{M.resetConfirm}</p>
              <Button
                size="small"
                variant="danger"
                onClick={() => void actions.reset().then(() => setConfirmingReset(false))}
              >
                {M.resetYes}
              </Button>
              <Button size="small" variant="quiet" onClick={() => setConfirmingReset(false)}>
                {M.keep}
              </Button>
            </div>
          ) : (
            <Button size="small" variant="quiet" onClick={() => setConfirmingReset(true)}>
              {M.resetAll}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

const wallClock = () => new Date();

/** The session view's record of what happened, its times correctable as in live mode. */
export function RecordedPlan({
  agenda,
  onAgendaChange,
}: {
  readonly agenda: AgendaView;
  readonly onAgendaChange: (agenda: AgendaView) => void;
}) {
  const { actions } = useLiveEngine(agenda, false, wallClock, onAgendaChange);
  return <PlanVsActual agenda={agenda} actions={actions} />;
}
