import type { AgendaView } from '../../shared/contract';
import { comparePlanWithActual, type ComparisonStatus } from '../../shared/agenda/compare';
import { formatInZone } from '../../shared/time/zone';
import { Fragment } from 'react';
import { dayHeading, formatMinutes } from '../agenda/model';

const STATUS: Record<ComparisonStatus, string> = {
  done: 'Done',
  running: 'Running',
  skipped: 'Skipped',
  'not-run': 'Not run',
};

const signed = (minutes: number | null) =>
  minutes === null ? '' : minutes === 0 ? 'on time' : `${minutes > 0 ? '+' : '−'}${formatMinutes(Math.abs(minutes))}`;

/** After (or during) a session: each item's plan beside what happened, in the venue's time. */
export function PlanVsActual({ agenda }: { agenda: AgendaView }) {
  const comparison = comparePlanWithActual(agenda.items, agenda.items);
  const zone = agenda.session.timeZone;
  const time = (instant: string | null) => (instant ? formatInZone(instant, zone, 'HH:mm') : '');
  return (
    <section className="plan-vs-actual" aria-labelledby="pva-heading">
      <h2 id="pva-heading" className="sx-panel-title">
        Plan and what happened
      </h2>
      <p className="muted">
        {comparison.ranCount} of {agenda.items.length} items run · {formatMinutes(comparison.actualMinutes)} in the room
        {comparison.skippedCount > 0 && ` · ${comparison.skippedCount} skipped`}
      </p>
      <table className="table pva-table">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Planned</th>
            <th scope="col">Started</th>
            <th scope="col">Length</th>
            <th scope="col">Against plan</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row, index) => {
            const item = agenda.items.find((i) => i.id === row.itemId)!;
            const previous =
              index > 0 ? agenda.items.find((i) => i.id === comparison.rows[index - 1]!.itemId) : undefined;
            // Over several days the same break or meal comes back: each day gets its own heading row.
            const newDay = agenda.dayCount > 1 && previous?.day !== item.day;
            return (
              <Fragment key={row.itemId}>
                {newDay && (
                  <tr className="pva-day">
                    <th scope="colgroup" colSpan={6}>
                      {dayHeading(agenda, item.day)}
                    </th>
                  </tr>
                )}
                <tr className={`pva-row pva-row--${row.status}`}>
                  <th scope="row" dir="auto">
                    {item.title}
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
                  <td>{STATUS[row.status]}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
