import { sql, type RawBuilder, type Transaction } from 'kysely';
import { utf8Bytes } from '../../shared/domain/note';
import type { WorkspaceSchema } from '../store/schema';
import { redactNames, WITHDRAWN_MARK } from './notes/redact';
import type { PurgeStep } from './purge';

type Trx = Transaction<WorkspaceSchema>;

/** A participant being purged, as every domain's step looks for them (read before the roster clears them). */
export interface PurgedIdentity {
  readonly dialogueId: string;
  /** Speaker code, real name and aliases: replaced wherever the dialogue's text mentions them. */
  readonly names: readonly string[];
  /** Real name and aliases only: what the facilitator's workspace-wide library is searched for. */
  readonly realNames: readonly string[];
}

export async function identityOf(trx: Trx, participantId: string): Promise<PurgedIdentity | null> {
  const person = await trx
    .selectFrom('participants')
    .select(['dialogue_id', 'speaker_code', 'real_name'])
    .where('id', '=', participantId)
    .executeTakeFirst();
  if (!person) return null;
  const aliases = await trx
    .selectFrom('participant_aliases')
    .select('alias')
    .where('participant_id', '=', participantId)
    .execute();
  const present = (names: readonly string[]) => names.filter((name) => name.trim() !== '');
  const realNames = present([person.real_name, ...aliases.map((row) => row.alias)]);
  return { dialogueId: person.dialogue_id, names: present([person.speaker_code ?? '', ...realNames]), realNames };
}

/** How much a column holds: a form's limit in characters (UTF-16 units) or the database's in UTF-8 bytes. */
export interface TextLimit {
  readonly maxChars?: number;
  readonly maxBytes?: number;
}

export interface TextColumn extends TextLimit {
  readonly column: string;
  /** What a name becomes here; "[withdrawn participant]" unless the text gives brackets a meaning. */
  readonly mark?: string;
}

/** A title the service keeps unique by a folded copy, among the rows that share `within`. */
export interface UniqueTitle {
  readonly column: string;
  readonly key: string;
  readonly within: readonly string[];
  readonly fold: (title: string) => string;
}

/** A table's free text that may mention someone, and which of its rows belong to a dialogue. */
export interface TextTable {
  readonly table: keyof WorkspaceSchema & string;
  /** The columns that find a row again. */
  readonly key: readonly string[];
  readonly columns: readonly TextColumn[];
  /** The rows to look at, as a condition on the table's own columns. */
  readonly rows: (dialogueId: string) => RawBuilder<unknown>;
  readonly unique?: UniqueTitle;
  /** Rows of the workspace-wide library: searched for real names and aliases, not a dialogue's codes. */
  readonly library?: boolean;
}

const SHORTEST_MARK = '—';

function within(text: string, limit: TextLimit): boolean {
  return (
    (limit.maxChars === undefined || text.length <= limit.maxChars) &&
    (limit.maxBytes === undefined || utf8Bytes(text) <= limit.maxBytes)
  );
}

/** The longest start of `text` within `limit`, never splitting a character. */
function cut(text: string, limit: TextLimit): string {
  let start = limit.maxChars === undefined ? text : text.slice(0, limit.maxChars);
  if (limit.maxBytes !== undefined && utf8Bytes(start) > limit.maxBytes) {
    // A sequence cut in the middle decodes as U+FFFD: drop it.
    start = Buffer.from(start, 'utf8')
      .subarray(0, limit.maxBytes)
      .toString('utf8')
      .replace(/\uFFFD$/u, '');
  }
  return start.replace(/[\uD800-\uDBFF]$/u, '');
}

/**
 * `text` with every mention of `names` replaced (see redactNames), within the column's limit: when
 * the usual mark would overflow it the shortest mark is used, and as a last resort the end of the
 * text is cut — a purge must never fail. Null: nothing mentions them.
 */
export function redactWithin(
  text: string,
  names: readonly string[],
  limit: TextLimit = {},
  mark = WITHDRAWN_MARK,
): string | null {
  const redacted = redactNames(text, names, mark);
  if (redacted === null || within(redacted, limit)) return redacted;
  const shorter = redactNames(text, names, SHORTEST_MARK)!;
  return within(shorter, limit) ? shorter : cut(shorter, limit);
}

const same = (key: readonly string[], row: Record<string, unknown>) =>
  sql.join(
    key.map((column) => sql`${sql.ref(column)} = ${row[column]}`),
    sql` AND `,
  );

/** A redacted title made unique again among its group: "… (2)", "… (3)" as the facilitator would. */
async function uniqueTitle(
  trx: Trx,
  table: TextTable,
  unique: UniqueTitle,
  title: string,
  row: Record<string, unknown>,
  limit: TextLimit,
): Promise<{ title: string; key: string }> {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = within(title + suffix, limit) ? title + suffix : cut(title, limit) + suffix;
    const key = unique.fold(candidate);
    const group = unique.within.map((column) => sql`${sql.ref(column)} = ${row[column]}`);
    const { rows } = await sql`
      SELECT 1 FROM ${sql.table(table.table)}
      WHERE ${sql.ref(unique.key)} = ${key} ${group.length > 0 ? sql`AND ${sql.join(group, sql` AND `)}` : sql``}
        AND NOT (${same(table.key, row)})
      LIMIT 1`.execute(trx);
    if (rows.length === 0) return { title: candidate, key };
  }
}

/**
 * Replaces a purged person's names in the table's free text, for the rows of their dialogue, and
 * returns the keys of the rows that changed (a feature may have something to redo for them, such as
 * re-indexing). Rows that mention no one are not written.
 */
export async function redactTable(
  trx: Trx,
  identity: PurgedIdentity,
  table: TextTable,
): Promise<Record<string, unknown>[]> {
  const names = table.library ? identity.realNames : identity.names;
  if (names.length === 0) return [];
  const wanted = [...new Set([...table.key, ...table.columns.map((c) => c.column), ...(table.unique?.within ?? [])])];
  const { rows } = await sql<Record<string, unknown>>`
    SELECT ${sql.join(wanted.map((column) => sql.ref(column)))} FROM ${sql.table(table.table)}
    WHERE ${table.rows(identity.dialogueId)}`.execute(trx);
  const changed: Record<string, unknown>[] = [];
  for (const row of rows) {
    const sets: RawBuilder<unknown>[] = [];
    for (const column of table.columns) {
      const value = row[column.column];
      if (typeof value !== 'string' || value === '') continue;
      let redacted = redactWithin(value, names, column, column.mark);
      if (redacted === null) continue;
      if (table.unique?.column === column.column) {
        const unique = await uniqueTitle(trx, table, table.unique, redacted, row, column);
        redacted = unique.title;
        sets.push(sql`${sql.ref(table.unique.key)} = ${unique.key}`);
      }
      sets.push(sql`${sql.ref(column.column)} = ${redacted}`);
    }
    if (sets.length === 0) continue;
    await sql`UPDATE ${sql.table(table.table)} SET ${sql.join(sets)} WHERE ${same(table.key, row)}`.execute(trx);
    changed.push(Object.fromEntries(table.key.map((column) => [column, row[column]])));
  }
  return changed;
}

/** A purge step that redacts the person's names in the given tables' text, in order. */
export function textPurgeStep(tables: readonly TextTable[]): PurgeStep {
  return async (trx, participantId) => {
    const identity = await identityOf(trx, participantId);
    if (!identity) return;
    for (const table of tables) await redactTable(trx, identity, table);
  };
}

/** Every row: for the workspace-wide library (with `library: true`). */
export const ofEveryRow = () => sql`TRUE`;

/** Rows with a `dialogue_id` of their own. */
export const ofDialogue =
  (column = 'dialogue_id') =>
  (dialogueId: string) =>
    sql`${sql.ref(column)} = ${dialogueId}`;

/** Rows whose `column` points into `parent`'s rows of the dialogue (parent has `dialogue_id`). */
export const through =
  (column: string, parent: keyof WorkspaceSchema & string, parentRows = ofDialogue()) =>
  (dialogueId: string) =>
    sql`${sql.ref(column)} IN (SELECT id FROM ${sql.table(parent)} WHERE ${parentRows(dialogueId)})`;
