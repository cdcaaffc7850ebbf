/** The CLI reads and writes roster CSV with the same code as the app's import (main/services/roster/csv.ts). */
export { IMPORT_COLUMNS, MAX_CSV_BYTES, parseRosterCsv, type ParsedCsv } from '../../services/roster/csv';
export { stringifyRosterCsv } from '../../export/roster-csv';
