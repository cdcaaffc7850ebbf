/** The CLI reads and writes roster CSV with the same code as the app's import (main/services/roster/csv.ts). */
export {
  IMPORT_COLUMNS,
  MAX_CSV_BYTES,
  parseRosterCsv,
  stringifyRosterCsv,
  type ParsedCsv,
} from '../../services/roster/csv';
