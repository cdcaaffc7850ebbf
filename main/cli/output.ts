/**
 * Plain-text tables and JSON for the terminal. Text is printed as typed: Arabic, Hebrew or Korean
 * code names are neither transliterated nor wrapped in direction marks, so what a script reads from
 * `--json` or a table is exactly what was stored.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Wide (two-column) scripts in a monospace terminal: CJK, Hangul, full-width forms, emoji. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|\p{Extended_Pictographic}/u;
/** Graphemes that take no column of their own (format characters such as direction marks). */
const ZERO_WIDTH = /^\p{Cf}+$/u;

/** Columns a string occupies in a monospace terminal, counted per grapheme (base + marks = one). */
export function displayWidth(value: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(value)) {
    if (ZERO_WIDTH.test(segment)) continue;
    width += WIDE.test(segment) ? 2 : 1;
  }
  return width;
}

export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
}

/** Left-aligned columns separated by two spaces; the last column is never padded. */
export function renderTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const cells = rows.map((row) => columns.map((column) => oneLine(column.value(row))));
  const widths = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[index] ?? ''))),
  );
  const render = (line: readonly string[]) =>
    line
      .map((cell, index) => (index === line.length - 1 ? cell : cell + ' '.repeat(widths[index]! - displayWidth(cell))))
      .join('  ')
      .trimEnd();
  return [render(columns.map((column) => column.header)), ...cells.map(render)].join('\n') + '\n';
}

/** Stable, readable JSON; non-ASCII stays as-is (JSON.stringify never escapes it). */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A table cell is one line: stored text may hold newlines (objectives), a table row may not. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}
