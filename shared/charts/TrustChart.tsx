import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useId } from 'react';
import {
  formatTrustRating,
  NEGATIVE_INDICATORS,
  TRUST_INDICATOR_LABELS,
  TRUST_INDICATOR_MARKS,
  TRUST_RATINGS,
  type TrustRating,
} from '../domain/trust';
import { DEFAULT_CHART_COLORS, seriesStyle, type ChartColors } from './chart-style';
import { LegendKey, Marker } from './Marker';
import { describeTrust, splitIndicators, type TrustChartData, type TrustPoint } from './trust-data';

export interface TrustChartProps {
  readonly data: TrustChartData;
  readonly width: number;
  readonly height: number;
  /** The chart's accessible name, also its <title>. */
  readonly title: string;
  readonly colors?: ChartColors;
}

const MARGIN = { top: 22, right: 20, bottom: 30, left: 96 };
const FONT = 12;
const SMALL = 10.5;
const LEGEND_ROW = 18;
const KEY_WIDTH = 230;

/** Height of the legend under the plot: one row per pair, then the indicator key in rows. */
export function trustLegendHeight(data: TrustChartData, width: number): number {
  const perLine = Math.max(1, Math.floor((width - MARGIN.left) / KEY_WIDTH));
  const keyLines = Math.ceil(data.indicatorsUsed.length / perLine);
  return 12 + data.series.length * LEGEND_ROW + (keyLines > 0 ? 10 + keyLines * LEGEND_ROW : 0);
}

/**
 * Trust between each pair of sides across sessions: a line per pair (its own colour, dash and
 * marker shape, named in the legend), the −2…+2 scale labelled with words, and the indicators
 * seen at each reading as letters beside the point (for trust above it, against trust below it),
 * explained in the legend. Pure SVG from props: no measurement, no effects, the same markup in the
 * page and in a PDF.
 */
export function TrustChart({ data, width, height, title, colors = DEFAULT_CHART_COLORS }: TrustChartProps) {
  const id = useId();
  const legend = trustLegendHeight(data, width);
  const plotWidth = Math.max(80, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(80, height - MARGIN.top - MARGIN.bottom - legend);
  const x = scalePoint<string>({ domain: data.sessions.map((s) => s.id), range: [0, plotWidth], padding: 0.5 });
  const y = scaleLinear<number>({ domain: [-2.5, 2.5], range: [plotHeight, 0] });
  const number = new Map(data.sessions.map((s) => [s.id, s]));
  // Thin the session labels when they would touch (about 26 px each).
  const every = Math.max(1, Math.ceil((data.sessions.length * 26) / plotWidth));
  const shown = data.sessions.filter((_, index) => index % every === 0).map((s) => s.id);
  const spread = data.series.length > 1 ? Math.min(8, plotWidth / Math.max(1, data.sessions.length) / 4) : 0;
  const offset = (index: number) => (index - (data.series.length - 1) / 2) * spread;
  const xOf = (point: TrustPoint, index: number) => (x(point.sessionId) ?? 0) + offset(index);
  const yOf = (point: TrustPoint) => y(point.rating ?? 0);

  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="trust-chart"
      style={{ fontFamily: 'inherit', overflow: 'visible' }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{describeTrust(data)}</desc>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <GridRows
          scale={y}
          width={plotWidth}
          tickValues={[...TRUST_RATINGS]}
          style={{ stroke: colors.grid }}
          strokeDasharray="2 4"
        />
        <line x1={0} x2={plotWidth} y1={y(0)} y2={y(0)} style={{ stroke: colors.axis, strokeWidth: 1 }} />
        <AxisLeft
          scale={y}
          tickValues={[...TRUST_RATINGS]}
          hideAxisLine
          hideTicks
          tickFormat={(value) => formatTrustRating(Number(value) as TrustRating)}
          tickComponent={({ x: tx, y: ty, formattedValue }) => (
            <text x={tx - 4} y={ty} dy="0.32em" textAnchor="end" fontSize={FONT} style={{ fill: colors.text }}>
              {formattedValue}
            </text>
          )}
        />
        <AxisBottom
          top={plotHeight}
          scale={x}
          tickValues={shown}
          tickFormat={(value) => number.get(String(value))?.label ?? ''}
          hideAxisLine
          hideTicks
          tickComponent={({ x: tx, y: ty, formattedValue }) => (
            <text x={tx} y={ty} dy="0.4em" textAnchor="middle" fontSize={FONT} style={{ fill: colors.text }}>
              {formattedValue}
            </text>
          )}
        />
        <line x1={0} x2={plotWidth} y1={plotHeight} y2={plotHeight} style={{ stroke: colors.axis, strokeWidth: 1 }} />
        {data.series.map((series, index) => {
          const style = seriesStyle(index, colors);
          return (
            <g key={series.key} aria-hidden="true">
              <LinePath
                data={[...series.points]}
                defined={(point) => point.rating !== null}
                x={(point) => xOf(point, index)}
                y={yOf}
                style={{ stroke: style.color, strokeWidth: 2.5, strokeDasharray: style.dash || undefined }}
              />
              {series.points.map((point) => {
                if (point.rating === null) return null;
                const cx = xOf(point, index);
                const cy = yOf(point);
                const { positive, negative } = splitIndicators(point.indicators);
                return (
                  <g key={point.sessionId}>
                    <Marker shape={style.shape} x={cx} y={cy} size={5} color={style.color} fill={colors.surface} />
                    {positive.length > 0 && (
                      <text x={cx} y={cy - 10} textAnchor="middle" fontSize={SMALL} style={{ fill: colors.text }}>
                        {positive.map((indicator) => TRUST_INDICATOR_MARKS[indicator]).join('\u2009')}
                      </text>
                    )}
                    {negative.length > 0 && (
                      <text
                        x={cx}
                        y={cy + 19}
                        textAnchor="middle"
                        fontSize={SMALL}
                        fontWeight={700}
                        style={{ fill: colors.text }}
                      >
                        {negative.map((indicator) => TRUST_INDICATOR_MARKS[indicator]).join('\u2009')}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        {data.readingCount === 0 && (
          <text x={plotWidth / 2} y={plotHeight / 2} textAnchor="middle" fontSize={FONT} style={{ fill: colors.muted }}>
            No readings yet
          </text>
        )}
      </Group>
      <Group left={MARGIN.left} top={MARGIN.top + plotHeight + MARGIN.bottom + 12} aria-hidden="true">
        {data.series.map((series, index) => {
          const style = seriesStyle(index, colors);
          return (
            <g key={series.key} transform={`translate(0, ${index * LEGEND_ROW})`}>
              <LegendKey x={0} y={0} {...style} fill={colors.surface} />
              <text x={36} y={0} dy="0.32em" fontSize={FONT} style={{ fill: colors.text }}>
                {series.label}
              </text>
            </g>
          );
        })}
        {data.indicatorsUsed.map((indicator, index) => {
          const perLine = Math.max(1, Math.floor((width - MARGIN.left) / KEY_WIDTH));
          const row = Math.floor(index / perLine);
          const column = index % perLine;
          return (
            <text
              key={indicator}
              x={column * KEY_WIDTH}
              y={data.series.length * LEGEND_ROW + 10 + row * LEGEND_ROW}
              dy="0.32em"
              fontSize={SMALL}
              style={{ fill: colors.text }}
            >
              <tspan fontWeight={700}>{TRUST_INDICATOR_MARKS[indicator]}</tspan>
              {` ${TRUST_INDICATOR_LABELS[indicator]}${NEGATIVE_INDICATORS.has(indicator) ? ' (below the point)' : ''}`}
            </text>
          );
        })}
      </Group>
    </svg>
  );
}
