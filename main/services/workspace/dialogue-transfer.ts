import type { SqliteDatabase } from '../../store/database';

/**
 * Moves whole dialogues between two workspace databases of the same schema, for travel mode's
 * return, without knowing any feature's tables: what belongs to a dialogue is read from the
 * schema's foreign keys (a row belongs when a chain of them leads to one of the dialogues), tables
 * are copied parents first, and integer row ids (which another database may already use) are
 * renumbered with every reference to them. Virtual tables (full-text indexes) are not copied: each
 * feature rebuilds its own from the rows (see `DialogueArrivalStep`).
 */

interface ForeignKey {
  readonly id: number;
  readonly table: string;
  readonly from: string;
  readonly to: string;
}

interface TableInfo {
  readonly name: string;
  readonly columns: readonly string[];
  /** The INTEGER PRIMARY KEY column (an alias of the rowid), if any. */
  readonly rowidColumn: string | undefined;
  /** Single-column foreign keys; composite ones are only ordered by (their parents come first). */
  readonly keys: readonly ForeignKey[];
  readonly parents: ReadonlySet<string>;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function tablesOf(db: SqliteDatabase): Map<string, TableInfo> {
  const rows = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .all() as { name: string; sql: string | null }[];
  const virtual = rows.filter((row) => /^CREATE VIRTUAL TABLE/i.test(row.sql ?? '')).map((row) => row.name);
  const tables = new Map<string, TableInfo>();
  for (const { name, sql } of rows) {
    // A virtual table and its shadow tables (notes_fts, notes_fts_data…) are the feature's index.
    if (virtual.some((v) => name === v || name.startsWith(`${v}_`))) continue;
    const info = db.prepare(`PRAGMA table_info(${quote(name)})`).all() as { name: string; type: string; pk: number }[];
    const pk = info.filter((column) => column.pk > 0);
    const withoutRowid = /WITHOUT\s+ROWID/i.test(sql ?? '');
    const rowidColumn =
      !withoutRowid && pk.length === 1 && pk[0]!.type.toUpperCase() === 'INTEGER' ? pk[0]!.name : undefined;
    const all = db.prepare(`PRAGMA foreign_key_list(${quote(name)})`).all() as ForeignKey[];
    const counts = new Map<number, number>();
    for (const key of all) counts.set(key.id, (counts.get(key.id) ?? 0) + 1);
    tables.set(name, {
      name,
      columns: info.map((column) => column.name),
      rowidColumn,
      keys: all.filter((key) => counts.get(key.id) === 1),
      parents: new Set(all.map((key) => key.table).filter((parent) => parent !== name)),
    });
  }
  return tables;
}

/** A SQL condition (on `alias`) true for rows that belong to the dialogues bound as `json_each(?)`. */
function ownership(tables: Map<string, TableInfo>): Map<string, string> {
  const memo = new Map<string, string | null>();
  const visit = (name: string, depth: number): string | null => {
    if (memo.has(name)) return memo.get(name)!;
    if (depth > 12) return null;
    if (name === 'dialogues') {
      memo.set(name, `id IN (SELECT value FROM json_each(@dialogues))`);
      return memo.get(name)!;
    }
    const table = tables.get(name);
    if (!table) return null;
    const paths: string[] = [];
    for (const key of table.keys) {
      if (key.table === name) continue;
      const parent = visit(key.table, depth + 1);
      if (parent)
        paths.push(
          `${quote(key.from)} IN (SELECT ${quote(key.to ?? 'rowid')} FROM ${quote(key.table)} WHERE ${parent})`,
        );
    }
    const condition = paths.length > 0 ? `(${paths.join(' OR ')})` : null;
    memo.set(name, condition);
    return condition;
  };
  const result = new Map<string, string>();
  for (const name of tables.keys()) {
    const condition = visit(name, 0);
    if (condition) result.set(name, condition);
  }
  return result;
}

function parentsFirst(tables: Map<string, TableInfo>, names: Iterable<string>): string[] {
  const wanted = new Set(names);
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const parent of tables.get(name)?.parents ?? []) if (wanted.has(parent)) visit(parent);
    ordered.push(name);
  };
  for (const name of [...wanted].sort()) visit(name);
  return ordered;
}

export interface TransferResult {
  /** Rows copied per table. */
  readonly copied: ReadonlyMap<string, number>;
}

/**
 * Copies the dialogues `dialogueIds` with everything that belongs to them from `source` into
 * `target`, inside the caller's transaction on `target`. Tables the target does not know (a newer
 * backup) are an error, not silently dropped.
 */
export function copyDialogues(
  source: SqliteDatabase,
  target: SqliteDatabase,
  dialogueIds: readonly string[],
): TransferResult {
  const copied = new Map<string, number>();
  if (dialogueIds.length === 0) return { copied };
  const sourceTables = tablesOf(source);
  const targetTables = tablesOf(target);
  const owned = ownership(sourceTables);
  const params = { dialogues: JSON.stringify(dialogueIds) };
  // Old rowid -> new rowid, per table that has one.
  const renumbered = new Map<string, Map<number, number>>();
  for (const name of parentsFirst(sourceTables, owned.keys())) {
    const table = sourceTables.get(name)!;
    const there = targetTables.get(name);
    if (!there) throw new Error(`table ${name} is missing from the target`);
    // References to renumbered rows follow them; a rowid that is itself a reference is kept.
    const remaps = new Map<string, Map<number, number>>();
    for (const key of table.keys) {
      const parent = sourceTables.get(key.table);
      const map = renumbered.get(key.table);
      if (parent && map && (key.to ?? parent.rowidColumn) === parent.rowidColumn) remaps.set(key.from, map);
    }
    const fresh = table.rowidColumn !== undefined && !remaps.has(table.rowidColumn) ? table.rowidColumn : undefined;
    const columns = table.columns.filter((column) => column !== fresh && there.columns.includes(column));
    const insert = target.prepare(
      `INSERT INTO ${quote(name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    const select = source.prepare(`SELECT * FROM ${quote(name)} WHERE ${owned.get(name)!}`);
    const numbers = new Map<number, number>();
    let count = 0;
    for (const row of select.iterate(params) as Iterable<Record<string, unknown>>) {
      const values = columns.map((column) => {
        const value = row[column];
        const map = remaps.get(column);
        return map && typeof value === 'number' ? (map.get(value) ?? value) : value;
      });
      const info = insert.run(...values);
      if (fresh) numbers.set(Number(row[fresh]), Number(info.lastInsertRowid));
      count += 1;
    }
    if (fresh) renumbered.set(name, numbers);
    copied.set(name, count);
  }
  return { copied };
}
