import { parse } from 'csv-parse/sync';
import { ImportRow, type ImportRowInput } from '../../../shared/contract/participant';
import { PARTICIPANT_STATUSES, parseTrack, type ParticipantStatus } from '../../../shared/domain/participant';

/**
 * The roster as a CSV file: reading a facilitator's spreadsheet into import rows (every problem
 * reported by line) and writing an export. Pure: no file access. The CLI (`parley roster import`,
 * before anything is unlocked) and the app (`participant.importCsv`) read files with this one parser.
 */

/** Columns of the import, as documented in the README and `parley roster import --help`. */
export const IMPORT_COLUMNS = [
  'name',
  'aliases',
  'party',
  'affiliation',
  'sensitive',
  'email',
  'phone',
  'role',
  'track',
  'status',
  'pseudonym',
  'code',
] as const;
type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = ['name', 'party'];

export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export type ParsedCsv =
  | { readonly ok: true; readonly rows: ImportRowInput[] }
  | {
      readonly ok: false;
      readonly problems: readonly string[];
      /** The rows read without a problem, when the problems are of single rows (not of the file). */
      readonly rows?: readonly ImportRowInput[];
    };

/** Cells our own export protects against spreadsheet formulas start with this quote; it is not data. */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/u;

export function parseRosterCsv(bytes: Uint8Array): ParsedCsv {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: ['The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.'] };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns { record, info } pairs; its types only know plain records.
    records = parse(source, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = error instanceof Error ? error.message.split(/[:\n]/u)[0] : 'unreadable CSV';
    return { ok: false, problems: [`${line ? `Line ${line}: ` : ''}${reason}.`] };
  }

  // Empty lines come back as one empty cell; keeping them in the count keeps line numbers right.
  let previousEnd = 0;
  const located = records.map(({ record, info }) => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return { line, record };
  });
  const nonEmpty = located.filter(({ record }) => record.some((cell) => cell !== ''));
  const [header, ...body] = nonEmpty;
  if (!header)
    return { ok: false, problems: ['The file is empty: expected a header row and one row per participant.'] };

  const columns = header.record.map((cell) => cell.toLowerCase());
  const problems: string[] = [];
  const unknown = columns.filter((column) => !(IMPORT_COLUMNS as readonly string[]).includes(column));
  if (unknown.length > 0) {
    problems.push(
      `Line ${header.line}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `“${c}”`).join(', ')}. ` +
        `Columns: ${IMPORT_COLUMNS.join(', ')}.`,
    );
  }
  const twice = columns.filter((column, index) => columns.indexOf(column) !== index);
  if (twice.length > 0) problems.push(`Line ${header.line}: column “${twice[0]}” appears twice.`);
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0)
    problems.push(`Line ${header.line}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`);
  if (problems.length > 0) return { ok: false, problems };
  if (body.length === 0) return { ok: false, problems: ['The file has a header but no participants.'] };

  const rows: ImportRowInput[] = [];
  for (const { line, record } of body) {
    if (record.length > columns.length) {
      problems.push(
        `Line ${line}: ${record.length} cells for ${columns.length} columns (a comma inside a cell needs quotes).`,
      );
      continue;
    }
    const cell = (column: ImportColumn) => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (record[index] ?? '').replace(FORMULA_GUARD, '');
    };
    const converted = toImportRow(line, cell);
    if ('problem' in converted) {
      problems.push(`Line ${line}: ${converted.problem}`);
      continue;
    }
    const checked = ImportRow.safeParse(converted.row);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      problems.push(`Line ${line}: ${columnOf(issue.path)}: ${issue.message}`);
      continue;
    }
    rows.push(converted.row);
  }
  return problems.length > 0 ? { ok: false, problems, rows } : { ok: true, rows };
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

function toImportRow(
  line: number,
  cell: (column: ImportColumn) => string,
): { row: ImportRowInput } | { problem: string } {
  const sensitive = cell('sensitive').toLowerCase();
  if (!YES.has(sensitive) && !NO.has(sensitive)) {
    return { problem: `sensitive: “${cell('sensitive')}” is not yes or no.` };
  }
  const track = parseTrack(cell('track'));
  if (!track.ok) return { problem: track.message };
  const status = cell('status').toLowerCase();
  if (status !== '' && !(PARTICIPANT_STATUSES as readonly string[]).includes(status)) {
    return { problem: `status: “${cell('status')}” is not one of ${PARTICIPANT_STATUSES.join(', ')}.` };
  }
  const aliases = cell('aliases')
    .split(';')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '')
    // The file does not say which kind an alias is; the facilitator can refine it in the app.
    .map((alias) => ({ alias, kind: 'other' as const }));
  return {
    row: {
      line,
      realName: cell('name'),
      aliases,
      party: cell('party'),
      affiliation: cell('affiliation'),
      affiliationSensitive: YES.has(sensitive),
      email: cell('email'),
      phone: cell('phone'),
      role: cell('role'),
      trackLevel: track.trackLevel,
      sector: track.sector,
      ...(status === '' ? {} : { status: status as ParticipantStatus }),
      ...(cell('pseudonym') === '' ? {} : { pseudonym: cell('pseudonym') }),
      ...(cell('code') === '' ? {} : { speakerCode: cell('code') }),
    },
  };
}

/** Names the CSV column a contract field came from, for messages by line. */
function columnOf(path: readonly PropertyKey[]): string {
  const [field] = path;
  switch (field) {
    case 'realName':
      return 'name';
    case 'affiliationSensitive':
      return 'sensitive';
    case 'trackLevel':
    case 'sector':
      return 'track';
    case 'speakerCode':
      return 'code';
    default:
      return String(field);
  }
}
