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
  return toEntry(row);
}

export function toEntry(row: Selectable<ExportLogTable>): ExportLogEntry {
  return {
    id: row.id,
    exportedAt: row.exported_at,
    kind: row.kind,
    dialogueId: row.dialogue_id,
    sessionIds: JSON.parse(row.sessions) as string[],
    profile: row.profile,
    fileName: row.file_name,
    bytes: row.bytes,
    sha256: row.sha256,
  };
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
  return rows.map(toEntry);
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
  return rows.filter((row) => format(new Date(row.exported_at), 'yyyy-MM-dd') <= purgedOn).map(toEntry);
}

/** Backups older than the latest recorded purge: each still holds an identity that was removed. */
export async function backupsBeforePurges(db: Db): Promise<ExportLogEntry[]> {
  const latest = await db
    .selectFrom('purge_records')
    .select((eb) => eb.fn.max('purged_on').as('on'))
    .executeTakeFirst();
  return latest?.on ? backupsMadeBy(db, latest.on) : [];
}
