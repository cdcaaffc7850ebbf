import { useCallback, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { DialogueView, TrustReadingView } from '../../shared/contract';
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
import { useApi } from '../api';
import { useCall } from '../ui/useCall';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { TextAreaField } from '../ui/Field';
import { fieldErrorsOf } from '../ui/issues';
import { RecordTable } from '../ui/TableBox';
import { BoardPending, BoardSection, ChartCard, SessionSelect } from './BoardParts';
import { useBoard, useElementWidth } from './hooks';
import { MSG } from './messages';
import { Checkbox } from '../ui/Checkbox';

/**
 * Trust readings of one dialogue: the chart across sessions (or the same facts as a table), and
 * the form to rate each pair of sides at a session, −2 hostile to +2 warm, with what was seen and
 * a short rationale.
 */
export function TrustTab({ dialogue }: { dialogue: DialogueView }) {
  const api = useApi();
  const load = useCallback(() => api.trust.board({ dialogueId: dialogue.id }), [api, dialogue.id]);
  const { board, setBoard, loadError } = useBoard(load);
  const [picked, setSessionId] = useState<string>('');
  const sessionId = picked || (board?.sessions.at(-1)?.id ?? '');
  const [notice, setNotice] = useState<ReactNode>('');
  const [chartRef, width] = useElementWidth<HTMLDivElement>(720);

  const data = useMemo(() => (board ? trustChartData(board) : null), [board]);
  const names = useMemo(() => new Map(board?.sides.map((side) => [side.id, side.name])), [board]);
  const pairLabel = (a: string, b: string) => `${names.get(a) ?? '?'} – ${names.get(b) ?? '?'}`;

  if (!board || !data) return <BoardPending loadError={loadError} loading={MSG.loading.trust} />;
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
      <ChartCard
        title={MSG.trust.heading}
        showTable={MSG.trust.showTable}
        showChart={MSG.trust.showChart}
        chartRef={chartRef}
        table={
          <RecordTable
            label={MSG.trust.tableCaption}
            caption={MSG.trust.tableCaption}
            columns={[MSG.trust.session, MSG.trust.pair, MSG.trust.rating, MSG.trust.indicators, MSG.trust.rationale]}
          >
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
          </RecordTable>
        }
      >
        <TrustChart
          data={data}
          width={chartWidth}
          height={chartHeight}
          title={MSG.trust.chartTitle(dialogue.codeName)}
        />
        <p className="muted chart-card__key">{MSG.trust.marksKey}</p>
      </ChartCard>

      <BoardSection
        className="trust-record"
        title={MSG.trust.record}
        aside={
          <SessionSelect
            label={MSG.trust.recordFor}
            sessions={board.sessions}
            value={sessionId}
            onValueChange={setSessionId}
            className="trust-record__session"
          />
        }
      >
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
      </BoardSection>
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
          <Checkbox
            key={indicator}
            checked={indicators.has(indicator)}
            onChange={(on) => {
              const next = new Set(indicators);
              if (on) next.add(indicator);
              else next.delete(indicator);
              setIndicators(next);
            }}
          >
            <span className="indicator-mark" aria-hidden="true">
              {TRUST_INDICATOR_MARKS[indicator]}
            </span>
            {TRUST_INDICATOR_LABELS[indicator]}
          </Checkbox>
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
