import { useId, useState, type ReactNode, type Ref } from 'react';
import type { ParleyError, SessionPointView } from '../../shared/contract';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField } from '../ui/Field';
import { Spinner } from '../ui/Spinner';
import { MSG } from './messages';

/** What a tab shows while its board loads, or why it did not. */
export function BoardPending({
  loadError,
  loading,
}: {
  readonly loadError: ParleyError | null;
  readonly loading: string;
}) {
  if (loadError) return <ErrorBanner title={`${MSG.errors.load}${loadError.message}`} />;
  return (
    <p className="loading">
      <Spinner /> {loading}
    </p>
  );
}

/** Picks one of the dialogue's sessions, each by its number and title. */
export function SessionSelect({
  label,
  sessions,
  value,
  onValueChange,
  className,
}: {
  readonly label: string;
  readonly sessions: readonly Pick<SessionPointView, 'id' | 'number' | 'title'>[];
  readonly value: string;
  readonly onValueChange: (id: string) => void;
  readonly className?: string;
}) {
  return (
    <SelectField
      label={label}
      options={sessions.map((s) => ({ value: s.id, label: MSG.common.sessionTitled(s.number, s.title) }))}
      value={value}
      onValueChange={onValueChange}
      {...(className ? { className } : {})}
    />
  );
}

/**
 * A chart with the same facts as a table a button away (for screen readers, and for reading the
 * numbers): its heading, the switch, then the table or the chart.
 */
export function ChartCard({
  title,
  showTable,
  showChart,
  table,
  chartRef,
  children,
}: {
  readonly title: string;
  readonly showTable: string;
  readonly showChart: string;
  readonly table: ReactNode;
  /** Measures the chart's box (the chart takes an explicit width). */
  readonly chartRef: Ref<HTMLDivElement>;
  /** The chart. */
  readonly children: ReactNode;
}) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="card chart-card" aria-labelledby={id}>
      <header className="chart-card__header">
        <h2 id={id} className="sx-panel-title">
          {title}
        </h2>
        <Button size="small" variant="quiet" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
          {asTable ? showChart : showTable}
        </Button>
      </header>
      {asTable ? (
        table
      ) : (
        <div className="chart-card__chart" ref={chartRef}>
          {children}
        </div>
      )}
    </section>
  );
}

/** A section of a tab under its heading, with a control beside the heading (e.g. a session picker). */
export function BoardSection({
  className,
  title,
  aside,
  children,
}: {
  readonly className: string;
  readonly title: string;
  readonly aside?: ReactNode;
  readonly children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`card ${className}`} aria-labelledby={id}>
      <header className="chart-card__header">
        <h2 id={id} className="sx-panel-title">
          {title}
        </h2>
        {aside}
      </header>
      {children}
    </section>
  );
}
