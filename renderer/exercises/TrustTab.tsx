import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { DialogueView, ParleyError, TrustBoardView, TrustReadingView } from '../../shared/contract';
import { trustChartData } from '../../shared/charts/trust-data';
import { TrustChart, trustLegendHeight } from '../../shared/charts/TrustChart';
import {
  formatTrustRating,
  TRUST_INDICATOR_LABELS,
  TRUST_INDICATOR_MARKS,
  TRUST_INDICATORS,
  TRUST_LIMITS,
  TRUST_RATINGS,
  type TrustIndicator,
  type TrustRating,
} from '../../shared/domain/trust';
import { attempt, useApi } from '../api';
import { useSession } from '../app/session';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SelectField, TextAreaField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { Spinner } from '../ui/Spinner';
import { TableBox } from '../ui/TableBox';
import { useElementWidth } from './hooks';
import { MSG } from './messages';

/**
 * Trust readings of one dialogue: the chart across sessions (or the same facts as a table), and
 * the form to rate each pair of sides at a session, −2 hostile to +2 warm, with what was seen and
 * a short rationale.
 */
export function TrustTab({ dialogue }: { dialogue: DialogueView }) {
  const api = useApi();
  const { lockedElsewhere } = useSession();
  const [board, setBoard] = useState<TrustBoardView | null>(null);
  const [loadError, setLoadError] = useState<ParleyError | null>(null);
  const [asTable, setAsTable] = useState(false);
  const [sessionId, setSessionId] = useState<string>('');
  const [notice, setNotice] = useState<ReactNode>('');
  const [chartRef, width] = useElementWidth<HTMLDivElement>(720);

  useEffect(() => {
    let current = true;
    void attempt(() => api.trust.board({ dialogueId: dialogue.id })).then((result) => {
      if (!current) return;
      if (result.ok) {
        setBoard(result.value);
        setLoadError(null);
        setSessionId((chosen) => chosen || (result.value.sessions.at(-1)?.id ?? ''));
      } else if (!lockedElsewhere(result.error)) setLoadError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, dialogue.id, lockedElsewhere]);

  const data = useMemo(() => (board ? trustChartData(board) : null), [board]);
  const names = useMemo(() => new Map(board?.sides.map((side) => [side.id, side.name])), [board]);
  const pairLabel = (a: string, b: string) => `${names.get(a) ?? '?'} – ${names.get(b) ?? '?'}`;

  if (loadError) return <ErrorBanner title={`${MSG.errors.load}${loadError.message}`} />;
  if (!board || !data) {
    return (
      <p className="loading">
        <Spinner /> {MSG.loading.trust}
      </p>
    );
  }
  if (board.sides.length < 2) return <p className="empty">{MSG.trust.noSides}</p>;
  if (board.sessions.length === 0) return <p className="empty">{MSG.trust.noSessions}</p>;

  const replace = (reading: TrustReadingView | null, pair: { a: string; b: string }) =>
    setBoard((current) =>
      current
        ? {
            ...current,
            readings: [
              ...current.readings.filter(
                (r) => !(r.sessionId === sessionId && r.partyAId === pair.a && r.partyBId === pair.b),
              ),
              ...(reading ? [reading] : []),
            ],
          }
        : current,
    );

  const chartWidth = Math.max(320, Math.min(width, 980));
  const chartHeight = 260 + trustLegendHeight(data, chartWidth);

  return (
    <div className="trust-tab">
      <section className="chart-card" aria-labelledby="trust-heading">
        <header className="chart-card__header">
          <h2 id="trust-heading" className="sx-panel-title">
            {MSG.trust.heading}
          </h2>
          <Button size="small" variant="quiet" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
            {asTable ? MSG.trust.showChart : MSG.trust.showTable}
          </Button>
        </header>
        {asTable ? (
          <TableBox label={MSG.trust.tableCaption}>
            <table className="table">
              <caption className="visually-hidden">{MSG.trust.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{MSG.trust.session}</th>
                  <th scope="col">{MSG.trust.pair}</th>
                  <th scope="col">{MSG.trust.rating}</th>
                  <th scope="col">{MSG.trust.indicators}</th>
                  <th scope="col">{MSG.trust.rationale}</th>
                </tr>
              </thead>
              <tbody>
                {data.sessions.flatMap((session) =>
                  data.series.map((series) => {
                    const point = series.points.find((p) => p.sessionId === session.id)!;
                    return (
                      <tr key={`${session.id}:${series.key}`}>
                        <th scope="row">{MSG.common.session(session.number)}</th>
                        <td>
                          <bdi>{series.label}</bdi>
                        </td>
                        <td className="nowrap">
                          {point.rating === null ? (
                            <span className="muted">{MSG.trust.notRead}</span>
                          ) : (
                            formatTrustRating(point.rating)
                          )}
                        </td>
                        <td>{point.indicators.map((i) => TRUST_INDICATOR_LABELS[i]).join(', ')}</td>
                        <td dir="auto">{point.rationale}</td>
                      </tr>
                    );
                  }),
                )}
              </tbody>
            </table>
          </TableBox>
        ) : (
          <div className="chart-card__chart" ref={chartRef}>
            <TrustChart
              data={data}
              width={chartWidth}
              height={chartHeight}
              title={MSG.trust.chartTitle(dialogue.codeName)}
            />
            <p className="muted chart-card__key">{MSG.trust.marksKey}</p>
          </div>
        )}
      </section>

      <section className="trust-record" aria-labelledby="trust-record-heading">
        <header className="chart-card__header">
          <h2 id="trust-record-heading" className="sx-panel-title">
            {MSG.trust.record}
          </h2>
          <SelectField
            label={MSG.trust.recordFor}
            options={board.sessions.map((s) => ({
              value: s.id,
              label: MSG.common.sessionTitled(s.number, s.title),
            }))}
            value={sessionId}
            onValueChange={setSessionId}
            className="trust-record__session"
          />
        </header>
        <p className="muted" role="status">
          {notice}
        </p>
        {board.pairs.map((pair) => (
          <PairReading
            key={`${sessionId}:${pair.key}`}
            sessionId={sessionId}
            partyAId={pair.partyAId}
            partyBId={pair.partyBId}
            label={pairLabel(pair.partyAId, pair.partyBId)}
            reading={board.readings.find(
              (r) => r.sessionId === sessionId && r.partyAId === pair.partyAId && r.partyBId === pair.partyBId,
            )}
            onSaved={(reading, message) => {
              replace(reading, { a: pair.partyAId, b: pair.partyBId });
              setNotice(message);
            }}
          />
        ))}
      </section>
    </div>
  );
}

function PairReading({
  sessionId,
  partyAId,
  partyBId,
  label,
  reading,
  onSaved,
}: {
  sessionId: string;
  partyAId: string;
  partyBId: string;
  label: string;
  reading: TrustReadingView | undefined;
  onSaved: (reading: TrustReadingView | null, message: ReactNode) => void;
}) {
  const api = useApi();
  const ids = useId();
  const { run, error, setError, busy } = useCall();
  const [rating, setRating] = useState<TrustRating | null>(reading?.rating ?? null);
  const [indicators, setIndicators] = useState<ReadonlySet<TrustIndicator>>(new Set(reading?.indicators));
  const [rationale, setRationale] = useState(reading?.rationale ?? '');
  const errors = fieldErrorsOf(error);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) {
      setError({ code: 'INVALID_INPUT', message: MSG.errors.chooseRating });
      return;
    }
    const saved = await run(() =>
      api.trust.record({
        sessionId,
        partyAId,
        partyBId,
        rating,
        indicators: TRUST_INDICATORS.filter((indicator) => indicators.has(indicator)),
        rationale,
      }),
    );
    if (saved) onSaved(saved, said(label, MSG.trust.savedWord));
  };
  const clear = async () => {
    const cleared = await run(() => api.trust.clear({ sessionId, partyAId, partyBId }));
    if (cleared) {
      setRating(null);
      setIndicators(new Set());
      setRationale('');
      onSaved(null, said(label, MSG.trust.clearedWord));
    }
  };

  return (
    <form className="pair-reading" onSubmit={(event) => void save(event)} aria-labelledby={`${ids}-pair`}>
      <h3 id={`${ids}-pair`} className="pair-reading__title">
        <bdi>{label}</bdi>
      </h3>
      {error && !errors.rationale && <ErrorBanner title={error.message} onDismiss={() => setError(null)} />}
      <fieldset className="pair-reading__scale">
        <legend>{MSG.trust.rating}</legend>
        {[...TRUST_RATINGS].map((value) => (
          <label key={value} className={['rating-option', rating === value ? 'is-chosen' : ''].join(' ')}>
            <input type="radio" name={`${ids}-rating`} checked={rating === value} onChange={() => setRating(value)} />
            <span>{formatTrustRating(value)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="pair-reading__indicators">
        <legend>{MSG.trust.indicators}</legend>
        {TRUST_INDICATORS.map((indicator) => (
          <label key={indicator} className="checkbox">
            <input
              type="checkbox"
              checked={indicators.has(indicator)}
              onChange={(event) => {
                const next = new Set(indicators);
                if (event.target.checked) next.add(indicator);
                else next.delete(indicator);
                setIndicators(next);
              }}
            />
            <span className="indicator-mark" aria-hidden="true">
              {TRUST_INDICATOR_MARKS[indicator]}
            </span>
            {TRUST_INDICATOR_LABELS[indicator]}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={MSG.trust.rationale}
        description={MSG.trust.rationaleHint}
        rows={2}
        value={rationale}
        onChange={(event) => setRationale(event.target.value)}
        error={errors.rationale}
        footnote={
          rationale.length > TRUST_LIMITS.rationaleChars
            ? `${rationale.length.toLocaleString()} of ${TRUST_LIMITS.rationaleChars.toLocaleString()} characters`
            : undefined
        }
        className="pair-reading__rationale"
      />
      <div className="sx-actions">
        <Button type="submit" variant="primary" size="small" busy={busy}>
          {MSG.trust.save}
        </Button>
        {reading && (
          <Button variant="quiet" size="small" onClick={() => void clear()}>
            {MSG.trust.clear}
          </Button>
        )}
      </div>
    </form>
  );
}

/** "Reading for Side A – Side B saved.", the pair isolated (side names may run right to left). */
function said(pair: string, what: string): ReactNode {
  return (
    <>
      {MSG.trust.readingFor} <bdi>{pair}</bdi> {what}.
    </>
  );
}
