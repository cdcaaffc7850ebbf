import type { MarkerShape } from './chart-style';

export interface MarkerProps {
  readonly shape: MarkerShape;
  readonly x: number;
  readonly y: number;
  /** Half the marker's width. */
  readonly size: number;
  readonly color: string;
  readonly fill: string;
}

/** A series' point: its own shape, outlined in its colour, so series differ without colour too. */
export function Marker({ shape, x, y, size, color, fill }: MarkerProps) {
  const style = { stroke: color, fill, strokeWidth: 2 };
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} style={style} />;
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} style={style} />;
    case 'triangle':
      return (
        <polygon
          points={`${x},${y - size * 1.15} ${x + size * 1.1},${y + size * 0.85} ${x - size * 1.1},${y + size * 0.85}`}
          style={style}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${x},${y - size * 1.25} ${x + size * 1.25},${y} ${x},${y + size * 1.25} ${x - size * 1.25},${y}`}
          style={style}
        />
      );
  }
}

/** A short stretch of a series' line with its marker: the legend's key for that series. */
export function LegendKey({
  x,
  y,
  color,
  dash,
  shape,
  fill,
}: {
  x: number;
  y: number;
  color: string;
  dash: string;
  shape: MarkerShape;
  fill: string;
}) {
  return (
    <g>
      <line
        x1={x}
        x2={x + 28}
        y1={y}
        y2={y}
        style={{ stroke: color, strokeWidth: 2.5, strokeDasharray: dash || undefined }}
      />
      <Marker shape={shape} x={x + 14} y={y} size={4} color={color} fill={fill} />
    </g>
  );
}
