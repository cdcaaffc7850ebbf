import type { SqliteDatabase } from '../../store/database';

/**
 * Moves whole dialogues between two workspace databases of the same schema (travel mode's return)
 * and removes them from one (travel mode itself), without knowing any feature's tables: what
 * belongs to a dialogue is read from the schema's foreign keys (a row belongs when a chain of them
 * leads to one of the dialogues). Tables are copied parents first and emptied children first, and
 * integer row ids (which another database may already use) are renumbered with every reference to
 * them. Virtual tables (full-text indexes) are not copied: each feature rebuilds its own from the
 * rows (see `DialogueArrivalStep`).
 *
 * A workspace-wide row that belongs to no dialogue but that a dialogue's rows refer to (a custom
 * exercise its runs used) is the facilitator's library: it stays while any remaining row refers to
 * it, leaves with the last dialogue that used it — its text was written for them — and comes back
 * with them, with the rows that belong to it (its checklist, its flags).
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

/** Rows that everything else hangs from: a table and a condition on its own columns. */
type Roots = ReadonlyMap<string, string>;

/**
 * For each table reached from `roots` through foreign keys (within `among`, when given), a SQL
 * condition true for its rows that belong to the roots' rows. Roots bind their ids as JSON arrays.
 */
function ownership(tables: Map<string, TableInfo>, roots: Roots, among?: ReadonlySet<string>): Map<string, string> {
  const memo = new Map<string, string | null>();
  const visit = (name: string, depth: number): string | null => {
    if (memo.has(name)) return memo.get(name)!;
    const root = roots.get(name);
    if (root) {
      memo.set(name, root);
      return root;
    }
    const table = tables.get(name);
    if (!table || depth > 12 || (among && !among.has(name))) return null;
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

const dialogueRoot: Roots = new Map([['dialogues', `id IN (SELECT value FROM json_each(@dialogues))`]]);

/** A reference from a dialogue's rows to a workspace-wide table that belongs to no dialogue. */
interface LibraryReference {
  readonly table: string;
  readonly column: string;
  readonly library: string;
  readonly libraryColumn: string;
}

function libraryReferences(tables: Map<string, TableInfo>, owned: Map<string, string>): LibraryReference[] {
  const references: LibraryReference[] = [];
  for (const name of owned.keys()) {
    for (const key of tables.get(name)?.keys ?? []) {
      if (owned.has(key.table) || key.table === 'dialogues' || !tables.has(key.table)) continue;
      references.push({ table: name, column: key.from, library: key.table, libraryColumn: key.to ?? 'rowid' });
    }
  }
  return references;
}

/** The library rows (by table) that the dialogues' rows refer to. */
function referencedLibrary(
  db: SqliteDatabase,
  references: readonly LibraryReference[],
  owned: Map<string, string>,
  params: Record<string, string>,
): Map<LibraryReference, unknown[]> {
  const found = new Map<LibraryReference, unknown[]>();
  for (const reference of references) {
    const values = db
      .prepare(
        `SELECT DISTINCT ${quote(reference.column)} FROM ${quote(reference.table)}
         WHERE ${owned.get(reference.table)!} AND ${quote(reference.column)} IS NOT NULL`,
      )
      .pluck()
      .all(params);
    if (values.length > 0) found.set(reference, values);
  }
  return found;
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
 * `target`, inside the caller's transaction on `target`, with the library rows they refer to that
 * `target` does not have. Tables the target does not know (a newer backup) are an error, not
 * silently dropped.
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
  const owned = ownership(sourceTables, dialogueRoot);
  const params: Record<string, string> = { dialogues: JSON.stringify(dialogueIds) };

  // The library rows they use that the target lacks come first, with what belongs to them.
  const missing = new Map<string, { column: string; values: Set<unknown> }>();
  for (const [reference, values] of referencedLibrary(source, libraryReferences(sourceTables, owned), owned, params)) {
    const has = target.prepare(`SELECT 1 FROM ${quote(reference.library)} WHERE ${quote(reference.libraryColumn)} = ?`);
    const entry = missing.get(reference.library) ?? { column: reference.libraryColumn, values: new Set() };
    for (const value of values) if (has.get(value) === undefined) entry.values.add(value);
    missing.set(reference.library, entry);
  }
  const libraryRoots = new Map<string, string>();
  for (const [library, { column, values }] of missing) {
    if (values.size === 0) continue;
    const param = `library${libraryRoots.size}`;
    params[param] = JSON.stringify([...values]);
    libraryRoots.set(library, `${quote(column)} IN (SELECT value FROM json_each(@${param}))`);
  }
  const libraryTables = new Set([...sourceTables.keys()].filter((name) => !owned.has(name)));
  const library = ownership(sourceTables, libraryRoots, libraryTables);

  // Old rowid -> new rowid, per table that has one.
  const renumbered = new Map<string, Map<number, number>>();
  const copy = (name: string, condition: string) => {
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
    const select = source.prepare(`SELECT * FROM ${quote(name)} WHERE ${condition}`);
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
    copied.set(name, (copied.get(name) ?? 0) + count);
  };
  for (const name of parentsFirst(sourceTables, library.keys())) copy(name, library.get(name)!);
  for (const name of parentsFirst(sourceTables, owned.keys())) copy(name, owned.get(name)!);
  return { copied };
}

/**
 * Deletes the dialogues `dialogueIds` and every row that belongs to them (also rows whose link to
 * them would only be set to NULL, such as their audit and export log entries), children first, and
 * the library rows that only they referred to. Runs inside the caller's transaction. Returns the
 * rows deleted per table.
 */
export function removeDialogues(db: SqliteDatabase, dialogueIds: readonly string[]): ReadonlyMap<string, number> {
  const deleted = new Map<string, number>();
  if (dialogueIds.length === 0) return deleted;
  const tables = tablesOf(db);
  const owned = ownership(tables, dialogueRoot);
  const params = { dialogues: JSON.stringify(dialogueIds) };
  const references = libraryReferences(tables, owned);
  const used = referencedLibrary(db, references, owned, params);
  for (const name of parentsFirst(tables, owned.keys()).reverse()) {
    const { changes } = db.prepare(`DELETE FROM ${quote(name)} WHERE ${owned.get(name)!}`).run(params);
    deleted.set(name, changes);
  }
  const outsideDialogues = new Set([...tables.keys()].filter((name) => !owned.has(name)));
  for (const [reference, values] of used) {
    // Still used by what stays? Any reference counts but those of the row's own parts (its checklist).
    const own = ownership(tables, new Map([[reference.library, 'TRUE']]), outsideDialogues);
    const users = [...tables.values()]
      .filter((table) => !own.has(table.name))
      .flatMap((table) =>
        table.keys
          .filter((key) => key.table === reference.library && (key.to ?? 'rowid') === reference.libraryColumn)
          .map((key) => `SELECT 1 FROM ${quote(table.name)} WHERE ${quote(key.from)} = @value`),
      );
    const stillUsed = db.prepare(`SELECT EXISTS (${users.join(' UNION ALL ')})`).pluck();
    const remove = db.prepare(
      `DELETE FROM ${quote(reference.library)} WHERE ${quote(reference.libraryColumn)} = @value`,
    );
    for (const value of values) {
      if (stillUsed.get({ value }) === 1) continue;
      // What belongs to the library row (its checklist, its flags) goes by its own cascade.
      deleted.set(reference.library, (deleted.get(reference.library) ?? 0) + remove.run({ value }).changes);
    }
  }
  return deleted;
}
