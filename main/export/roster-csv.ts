import { stringify } from 'csv-stringify/sync';

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula: a name such as "=HYPERLINK(…)"
 * in a roster would be code. Such cells get a leading quote, which the import strips again.
 */
function guard(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read Arabic and Hebrew names correctly. */
export function stringifyRosterCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header.map(guard), ...rows.map((row) => row.map(guard))], { bom: true, record_delimiter: 'unix' });
}
