import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { format } from 'date-fns';
import type { Kysely, Transaction } from 'kysely';
import type { ExportLogEntry } from '../../../shared/contract';
import type { Selectable } from 'kysely';
import type { ExportLogTable, WorkspaceSchema } from '../../store/schema';

type Db = Kysely<WorkspaceSchema> | Transaction<WorkspaceSchema>;

/** Kinds of file Parley writes out. Later exports add theirs; the log takes any such word. */
export type ExportKind =
  | 'agenda'
  | 'summary'
  | 'sponsor-report'
  | 'draft'
  | 'roster-csv'
  | 'backup'
  | 'travel-backup'
  | 'recovery-sheet'
  | (string & {});

/** Kinds whose file is a copy of the whole workspace: a later purge does not reach them. */
export const BACKUP_KINDS: readonly ExportKind[] = ['backup', 'travel-backup'];

export interface ExportRecord {
  readonly kind: ExportKind;
  readonly dialogueId?: string | null;
  readonly sessionIds?: readonly string[];
  readonly profile?: string | null;
  /** Where it was written: only the base name is kept. */
  readonly path: string;
  /** The bytes written (to hash), or their SHA-256 when they were streamed. */
  readonly content: Uint8Array | { readonly bytes: number; readonly sha256: string };
}

/**
 * The one way an export is logged: every kind calls this right after its file is durably
 * written. The log keeps the base name only — a folder says where the facilitator keeps things.
 */
export async function recordExport(db: Db, record: ExportRecord, now: Date): Promise<ExportLogEntry> {
  const { bytes, sha256 } =
    record.content instanceof Uint8Array
      ? { bytes: record.content.byteLength, sha256: createHash('sha256').update(record.content).digest('hex') }
      : record.content;
  const row = await db
    .insertInto('export_log')
    .values({
      exported_at: now.toISOString(),
      kind: record.kind,
      dialogue_id: record.dialogueId ?? null,
      sessions: JSON.stringify(record.sessionIds ?? []),
      profile: record.profile ?? null,
      file_name: basename(record.path),
      bytes,
      sha256,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const [entry] = await toEntries(db, [row]);
  return entry!;
}

/**
 * Log rows as the contract's entries, with the code name of their dialogue and the numbers of
 * their sessions while those exist (looked up in one go; a deleted session is simply not listed).
 */
export async function toEntries(db: Db, rows: readonly Selectable<ExportLogTable>[]): Promise<ExportLogEntry[]> {
  const parsed = rows.map((row) => ({ row, sessionIds: JSON.parse(row.sessions) as string[] }));
  const dialogueIds = [...new Set(rows.flatMap((row) => (row.dialogue_id ? [row.dialogue_id] : [])))];
  const sessionIds = [...new Set(parsed.flatMap((entry) => entry.sessionIds))];
  const codeNames = new Map<string, string>();
  const numbers = new Map<string, number>();
  for (let start = 0; start < dialogueIds.length; start += 500) {
    const found = await db
      .selectFrom('dialogues')
      .select(['id', 'code_name'])
      .where('id', 'in', dialogueIds.slice(start, start + 500))
      .execute();
    for (const dialogue of found) codeNames.set(dialogue.id, dialogue.code_name);
  }
  for (let start = 0; start < sessionIds.length; start += 500) {
    const found = await db
      .selectFrom('sessions')
      .select(['id', 'number'])
      .where('id', 'in', sessionIds.slice(start, start + 500))
      .execute();
    for (const session of found) numbers.set(session.id, session.number);
  }
  return parsed.map(({ row, sessionIds: ids }) => ({
    id: row.id,
    exportedAt: row.exported_at,
    kind: row.kind,
    dialogueId: row.dialogue_id,
    dialogueCodeName: row.dialogue_id ? (codeNames.get(row.dialogue_id) ?? null) : null,
    sessionIds: ids,
    sessionNumbers: ids.flatMap((id) => (numbers.has(id) ? [numbers.get(id)!] : [])).sort((a, b) => a - b),
    profile: row.profile,
    fileName: row.file_name,
    bytes: row.bytes,
    sha256: row.sha256,
  }));
}

export async function listExports(
  db: Db,
  filter: { readonly kind?: string; readonly limit: number },
): Promise<ExportLogEntry[]> {
  const rows = await db
    .selectFrom('export_log')
    .selectAll()
    .$if(filter.kind !== undefined, (q) => q.where('kind', '=', filter.kind!))
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
  return toEntries(db, rows);
}

/**
 * Logged backups made on or before `purgedOn` (a date: a purge keeps no time, so a backup made the
 * same day counts as older — it may well be).
 */
export async function backupsMadeBy(db: Db, purgedOn: string): Promise<ExportLogEntry[]> {
  const rows = await db
    .selectFrom('export_log')
    .selectAll()
    .where('kind', 'in', BACKUP_KINDS as string[])
    .orderBy('id', 'desc')
    .execute();
  return toEntries(
    db,
    rows.filter((row) => format(new Date(row.exported_at), 'yyyy-MM-dd') <= purgedOn),
  );
}

/** Backups older than the latest recorded purge: each still holds an identity that was removed. */
export async function backupsBeforePurges(db: Db): Promise<ExportLogEntry[]> {
  const latest = await db
    .selectFrom('purge_records')
    .select((eb) => eb.fn.max('purged_on').as('on'))
    .executeTakeFirst();
  return latest?.on ? backupsMadeBy(db, latest.on) : [];
}

/** The log entries whose file has this SHA-256, newest first: the same bytes written more than once show each time. */
export async function exportsWithDigest(db: Db, sha256: string): Promise<ExportLogEntry[]> {
  const rows = await db
    .selectFrom('export_log')
    .selectAll()
    .where('sha256', '=', sha256)
    .orderBy('id', 'desc')
    .execute();
  return toEntries(db, rows);
}
