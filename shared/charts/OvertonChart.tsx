import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useId } from 'react';
import { OVERTON_LEVEL_LABELS, OVERTON_LEVELS } from '../domain/trust';
import { DEFAULT_CHART_COLORS, isRightToLeft, seriesStyle, wrapText, type ChartColors } from './chart-style';
import { LegendKey, Marker } from './Marker';
import { describeMovement, type OvertonChartData, type OvertonPoint } from './overton-data';

export interface OvertonChartProps {
  readonly data: OvertonChartData;
  readonly width: number;
  /** Use overtonChartHeight() for a height that gives each option a readable row. */
  readonly height: number;
  readonly title: string;
  readonly colors?: ChartColors;
}

const HEADER = 46;
const FONT = 12;
const SMALL = 10;
const LEVEL_LABELS = 78;
const GAP = 14;
const MIN_ROW = 84;

/** The height that gives every option a row of `rowHeight` pixels under the legend. */
export function overtonChartHeight(rowCount: number, rowHeight = 104): number {
  return HEADER + Math.max(1, rowCount) * Math.max(MIN_ROW, rowHeight);
}

/**
 * The Overton window as small multiples: one row per option, each a small plot of the six degrees
 * (unthinkable → policy, labelled) across sessions, one line per side in its own colour, dash and
 * marker shape; the option's title on the left (right to left for Arabic or Hebrew) and each
 * side's movement in words on the right. Pure SVG from props, as the trust chart.
 */
export function OvertonChart({ data, width, height, title, colors = DEFAULT_CHART_COLORS }: OvertonChartProps) {
  const id = useId();
  const rows = Math.max(1, data.rows.length);
  const rowHeight = Math.max(MIN_ROW, (height - HEADER) / rows);
  const labelWidth = Math.round(Math.min(220, Math.max(120, width * 0.24)));
  const summaryWidth = Math.round(Math.min(230, Math.max(130, width * 0.26)));
  const plotLeft = labelWidth + GAP + LEVEL_LABELS;
  const plotWidth = Math.max(60, width - plotLeft - GAP - summaryWidth);
  const plotHeight = rowHeight - 26;
  const x = scalePoint<string>({ domain: data.sessions.map((s) => s.id), range: [0, plotWidth], padding: 0.5 });
  const y = scaleLinear<number>({ domain: [0, OVERTON_LEVELS.length - 1], range: [plotHeight, 0] });
  const every = Math.max(1, Math.ceil((data.sessions.length * 26) / plotWidth));
  const spread = data.sides.length > 1 ? Math.min(6, plotWidth / Math.max(1, data.sessions.length) / 5) : 0;
  const offset = (index: number) => (index - (data.sides.length - 1) / 2) * spread;
  const labelChars = Math.floor(labelWidth / (FONT * 0.56));
  const summaryChars = Math.floor((summaryWidth - 14) / (SMALL * 0.56));
  const description =
    data.rows.length === 0
      ? 'No options placed yet.'
      : data.rows
          .map(
            (row) =>
              `${row.optionTitle} (${row.topicTitle}): ${row.series.map((s) => `${s.sideName} ${describeMovement(s)}`).join('; ')}.`,
          )
          .join(' ');

  // Each side's key after the one before it, however long its name (about 0.56 em a letter).
  const legendOffsets = data.sides.reduce<number[]>(
    (offsets, side, index) => [
      ...offsets,
      index === 0 ? 0 : offsets[index - 1]! + Math.max(180, 60 + data.sides[index - 1]!.name.length * FONT * 0.56),
    ],
    [],
  );

  return (
    <svg
      width={width}
      height={HEADER + rows * rowHeight}
      viewBox={`0 0 ${width} ${HEADER + rows * rowHeight}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="overton-chart"
      style={{ fontFamily: 'inherit', overflow: 'visible' }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        {data.sides.map((side, index) => {
          const style = seriesStyle(index, colors);
          return (
            <g key={side.id} transform={`translate(${legendOffsets[index]}, 10)`}>
              <LegendKey x={0} y={0} {...style} fill={colors.surface} />
              <text x={36} y={0} dy="0.32em" fontSize={FONT} style={{ fill: colors.text }}>
                {side.name}
              </text>
            </g>
          );
        })}
        {data.sessions.map((session, index) =>
          index % every === 0 ? (
            <text
              key={session.id}
              x={plotLeft + (x(session.id) ?? 0)}
              y={HEADER - 8}
              textAnchor="middle"
              fontSize={SMALL}
              style={{ fill: colors.muted }}
            >
              {session.label}
            </text>
          ) : null,
        )}
      </g>
      {data.rows.map((row, rowIndex) => {
        const top = HEADER + rowIndex * rowHeight;
        const rtl = isRightToLeft(row.optionTitle);
        const lines = wrapText(row.optionTitle, labelChars, 3);
        return (
          <g key={row.optionId} transform={`translate(0, ${top})`} aria-hidden="true">
            <line x1={0} x2={width} y1={0} y2={0} style={{ stroke: colors.grid, strokeWidth: 1 }} />
            <text
              x={rtl ? labelWidth : 0}
              y={16}
              fontSize={FONT}
              fontWeight={600}
              direction={rtl ? 'rtl' : 'ltr'}
              textAnchor="start"
              style={{ fill: colors.text }}
            >
              <title>{row.optionTitle}</title>
              {lines.map((line, index) => (
                <tspan key={index} x={rtl ? labelWidth : 0} dy={index === 0 ? 0 : FONT + 3}>
                  {line}
                </tspan>
              ))}
            </text>
            <text
              x={isRightToLeft(row.topicTitle) ? labelWidth : 0}
              y={16 + lines.length * (FONT + 3)}
              fontSize={SMALL}
              direction={isRightToLeft(row.topicTitle) ? 'rtl' : 'ltr'}
              style={{ fill: colors.muted }}
            >
              {wrapText(row.topicTitle, Math.floor(labelWidth / (SMALL * 0.56)), 1)[0]}
            </text>
            <Group left={plotLeft} top={12}>
              {OVERTON_LEVELS.map((level, index) => (
                <g key={level}>
                  <line
                    x1={0}
                    x2={plotWidth}
                    y1={y(index)}
                    y2={y(index)}
                    style={{ stroke: colors.grid, strokeWidth: 1, strokeDasharray: index === 0 ? undefined : '2 4' }}
                  />
                  <text
                    x={-6}
                    y={y(index)}
                    dy="0.32em"
                    textAnchor="end"
                    fontSize={SMALL - 1}
                    style={{ fill: colors.muted }}
                  >
                    {OVERTON_LEVEL_LABELS[level]}
                  </text>
                </g>
              ))}
              {row.series.map((series, index) => {
                const style = seriesStyle(index, colors);
                const xOf = (point: OvertonPoint) => (x(point.sessionId) ?? 0) + offset(index);
                const yOf = (point: OvertonPoint) => y(point.index ?? 0);
                return (
                  <g key={series.sideId}>
                    <LinePath
                      data={[...series.points]}
                      defined={(point) => point.index !== null}
                      x={xOf}
                      y={yOf}
                      style={{ stroke: style.color, strokeWidth: 2.5, strokeDasharray: style.dash || undefined }}
                    />
                    {series.points.map((point) =>
                      point.index === null ? null : (
                        <Marker
                          key={point.sessionId}
                          shape={style.shape}
                          x={xOf(point)}
                          y={yOf(point)}
                          size={4}
                          color={style.color}
                          fill={colors.surface}
                        />
                      ),
                    )}
                  </g>
                );
              })}
            </Group>
            <Group left={width - summaryWidth} top={14}>
              {row.series.map((series, index) => {
                const style = seriesStyle(index, colors);
                const text = wrapText(`${series.sideName}: ${describeMovement(series)}`, summaryChars, 2);
                return (
                  <g key={series.sideId} transform={`translate(0, ${index * (SMALL * 2 + 10)})`}>
                    <Marker shape={style.shape} x={4} y={0} size={4} color={style.color} fill={colors.surface} />
                    <text x={14} y={0} dy="0.32em" fontSize={SMALL} style={{ fill: colors.text }}>
                      {text.map((line, lineIndex) => (
                        <tspan key={lineIndex} x={14} dy={lineIndex === 0 ? 0 : SMALL + 2}>
                          {line}
                        </tspan>
                      ))}
                    </text>
                  </g>
                );
              })}
            </Group>
          </g>
        );
      })}
      {data.rows.length === 0 && (
        <text
          x={width / 2}
          y={HEADER + rowHeight / 2}
          textAnchor="middle"
          fontSize={FONT}
          style={{ fill: colors.muted }}
        >
          No options placed yet
        </text>
      )}
    </svg>
  );
}
