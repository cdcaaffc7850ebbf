/**
 * How the charts look, as data: colours are CSS values (custom properties with printable
 * fallbacks), so the renderer's themes restyle them and a PDF without the app's stylesheet still
 * prints in colour. Colour is never the only signal: every series also has its own dash pattern
 * and marker shape, and a text label.
 */
export interface ChartColors {
  readonly series: readonly string[];
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly axis: string;
  /** Behind markers, so a marker reads clearly over the lines it sits on. */
  readonly surface: string;
}

export const DEFAULT_CHART_COLORS: ChartColors = {
  series: [
    'var(--chart-series-1, #2b5797)',
    'var(--chart-series-2, #a8231a)',
    'var(--chart-series-3, #1b5a31)',
    'var(--chart-series-4, #6e4700)',
    'var(--chart-series-5, #5b3f8c)',
    'var(--chart-series-6, #39404a)',
  ],
  text: 'var(--chart-text, #1c2027)',
  muted: 'var(--chart-muted, #5d6673)',
  grid: 'var(--chart-grid, #dadee3)',
  axis: 'var(--chart-axis, #5d6673)',
  surface: 'var(--chart-surface, #ffffff)',
};

export const DASHES = ['', '7 4', '2 3', '10 3 2 3'] as const;

export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export interface SeriesStyle {
  readonly color: string;
  readonly dash: string;
  readonly shape: MarkerShape;
}

export function seriesStyle(index: number, colors: ChartColors): SeriesStyle {
  return {
    color: colors.series[index % colors.series.length]!,
    dash: DASHES[index % DASHES.length]!,
    shape: MARKER_SHAPES[index % MARKER_SHAPES.length]!,
  };
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG = /[\p{L}]/u;

/** True when the text's first letter is Hebrew or Arabic script: it is laid out right to left. */
export function isRightToLeft(text: string): boolean {
  const first = STRONG.exec(text);
  return first !== null && RTL.test(first[0]);
}

/**
 * Breaks text into at most `maxLines` lines of about `maxChars` characters, at spaces, with an
 * ellipsis when it does not fit. An estimate, not a measurement: charts must render the same in
 * the page and in a PDF, with nothing measured in a DOM.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const width = Math.max(2, maxChars);
  const cut = (line: string) => (line.length <= width ? line : `${line.slice(0, width - 1)}…`);
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/u).filter(Boolean)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (candidate.length <= width) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = word;
  }
  if (current !== '') lines.push(current);
  const fitted = lines.map(cut);
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/…$/u, '').slice(0, width - 1)}…`;
  return kept;
}
