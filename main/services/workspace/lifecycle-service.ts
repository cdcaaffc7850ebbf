import { randomBytes } from 'node:crypto';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { format } from 'date-fns';
import { sql, type Kysely, type Transaction } from 'kysely';
import type {
  BackupResult,
  Contract,
  ExportLogEntry,
  ParsedInputOf,
  RecoveryKeyView,
  RestoreResult,
  TravelResult,
  TravelReturnResult,
  WorkspaceDetails,
} from '../../../shared/contract';
import { recoveryKeyFromEntropy, RECOVERY_KEY_BYTES } from '../../../shared/recovery/recovery-key';
import { ParleyFault, toFault } from '../../errors';
import type { ExportDestination, FileSource } from '../../export/destination';
import { forgetRedactionEngines } from '../../export/leak-guard';
import type { PdfEngine } from '../../export/pdf/engine';
import { reportFontCss } from '../../export/pdf/fonts';
import { setPdfMetadata } from '../../export/pdf/metadata';
import { recoverySheetReport } from '../../export/recovery/recovery-sheet';
import { exportFileName, writeFileDurably } from '../../export/write-file';
import {
  BACKUP_EXTENSION,
  readBackupHeader,
  stagingFolder,
  unpackBackup,
  writeBackup,
  type BackupFile,
} from '../../store/backup';
import { openEncryptedDatabase, closeDatabase } from '../../store/database';
import { DEFAULT_KDF_COST } from '../../store/kdf';
import {
  hasRecoverySlot,
  readKeyFile,
  unlockWithPassphrase,
  withoutRecoverySlot,
  withSlot,
  writeKeyFile,
} from '../../store/keyslots';
import type { WorkspaceSchema } from '../../store/schema';
import {
  databaseKeyFor,
  isWorkspace,
  openWithKey,
  workspaceFiles,
  type OpenWorkspace,
  type WorkspaceSecret,
} from '../../store/workspace';
import type { PurgeStep } from '../purge';
import { compact } from '../roster/purge';
import { copyDialogues, removeDialogues } from './dialogue-transfer';
import { backupsBeforePurges, listExports, recordExport } from './export-log';
import { readPurgeRecords, reapplyPurges, type PurgeRecord } from './purge-records';
import { assertStrongPassphrase, recoveryWordsOf, type WorkspaceService } from './workspace-service';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

/**
 * What a dialogue brought back from a travel backup needs from its features beyond its rows: the
 * rebuild of anything derived (a search index). Runs in the return's transaction.
 */
export type DialogueArrivalStep = (trx: Transaction<WorkspaceSchema>, dialogueIds: readonly string[]) => Promise<void>;

export interface LifecycleFiles {
  readonly destination: ExportDestination;
  readonly source?: FileSource;
  readonly pdf?: () => PdfEngine;
  readonly fontsRoot?: string;
}

export interface LifecycleDeps {
  readonly workspace: WorkspaceService;
  readonly now: () => Date;
  readonly purgeSteps: readonly PurgeStep[];
  readonly arrivalSteps: readonly DialogueArrivalStep[];
  readonly files?: LifecycleFiles;
}

export interface LifecycleService {
  details(): Promise<WorkspaceDetails>;
  changePassphrase(input: Input<'workspace.changePassphrase'>): Promise<WorkspaceDetails>;
  createRecoveryKey(input: Input<'workspace.createRecoveryKey'>): Promise<RecoveryKeyView>;
  removeRecoveryKey(input: Input<'workspace.removeRecoveryKey'>): Promise<WorkspaceDetails>;
  recover(input: Input<'workspace.recover'>): Promise<{ name: string }>;
  recoverySheet(input: Input<'workspace.recoverySheet'>): Promise<BackupResult>;
  backup(): Promise<BackupResult>;
  restore(input: Input<'workspace.restore'>): Promise<RestoreResult>;
  travel(input: Input<'workspace.travel'>): Promise<TravelResult>;
  travelReturn(): Promise<TravelReturnResult>;
  exportLog(input: Input<'workspace.exportLog'>): Promise<ExportLogEntry[]>;
}

const NO_FILES = (): never => {
  throw new ParleyFault('EXPORT_UNAVAILABLE', 'This copy of Parley cannot save or open files.');
};

/**
 * The workspace's life beyond unlock and lock (issue 11): passphrase and recovery key, encrypted
 * backup and restore, travel mode, the export log. Files come from main's own dialogs (the app) or
 * the command line's arguments (the CLI); the page never names a path.
 */
export function createLifecycleService(deps: LifecycleDeps): LifecycleService {
  const { workspace, now } = deps;
  const current = () => workspace.current();
  const db = () => current().db;
  const cost = () => workspace.kdfCost ?? DEFAULT_KDF_COST;
  const files = () => deps.files ?? NO_FILES();

  async function details(): Promise<WorkspaceDetails> {
    const open = current();
    const keyFile = await readKeyFile(workspaceFiles(open.path).keys);
    const travel = await open.db
      .selectFrom('travel')
      .leftJoin('dialogues', 'dialogues.id', 'travel.kept_dialogue_id')
      .select(['travel.kept_dialogue_id', 'travel.left_at', 'travel.backup_file_name', 'dialogues.code_name'])
      .executeTakeFirst();
    const [lastBackup] = await listExports(open.db, { kind: 'backup', limit: 1 });
    return {
      name: open.name,
      recoveryKey: hasRecoverySlot(keyFile),
      travel: travel
        ? {
            keptDialogueId: travel.kept_dialogue_id,
            keptCodeName: travel.code_name ?? null,
            leftAt: travel.left_at,
            backupFileName: travel.backup_file_name,
          }
        : null,
      lastBackup: lastBackup ?? null,
      backupsBeforePurges: await backupsBeforePurges(open.db),
    };
  }

  /** The key file of the open workspace, after checking `passphrase` against it (a deliberate act). */
  async function confirmPassphrase(open: OpenWorkspace, passphrase: string) {
    const path = workspaceFiles(open.path).keys;
    const keyFile = await readKeyFile(path);
    const databaseKey = await unlockWithPassphrase(keyFile, passphrase);
    return { path, keyFile, databaseKey };
  }

  async function writeBackupTo(
    kind: 'backup' | 'travel-backup',
    suggested: string,
  ): Promise<{ fileName: string; bytes: number; sha256: string; path: string } | null> {
    const open = current();
    const target = await files().destination.choose(suggested, 'backup');
    if (!target) return null;
    const summary = await writeBackup(open, target.path, { overwrite: target.overwrite });
    await recordExport(open.db, { kind, path: target.path, content: summary }, now());
    return { ...summary, path: target.path };
  }

  /** Purge records from every workspace of the same lineage in `root` that opens with this key. */
  async function lineageRecords(root: string, workspaceId: string, databaseKey: Buffer): Promise<PurgeRecord[]> {
    const records: PurgeRecord[] = [];
    let names: string[];
    try {
      names = await readdir(root);
    } catch {
      return records;
    }
    const open = workspace.isUnlocked ? current() : undefined;
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(root, name);
      if (open?.path === path) {
        if (open.workspaceId === workspaceId) records.push(...(await readPurgeRecords(open.db)));
        continue;
      }
      if (!(await isWorkspace(path))) continue;
      try {
        const keyFile = await readKeyFile(workspaceFiles(path).keys);
        if (keyFile.workspaceId !== workspaceId) continue;
        const sqlite = openEncryptedDatabase(workspaceFiles(path).database, databaseKey, {
          create: false,
          readonly: true,
        });
        try {
          const rows = sqlite.prepare('SELECT subject, purged_on FROM purge_records').all() as {
            subject: string;
            purged_on: string;
          }[];
          records.push(...rows.map((row) => ({ subject: row.subject, purgedOn: row.purged_on })));
        } finally {
          closeDatabase(sqlite);
        }
      } catch {
        // A sibling that cannot be read (older schema, damaged) has nothing to add.
      }
    }
    return records;
  }

  /** Unpacks, checks, re-applies the lineage's purges and moves into place; returns the opened workspace. */
  async function restoreInto(
    backup: BackupFile,
    databaseKey: Buffer,
    finalPath: string,
  ): Promise<{ opened: OpenWorkspace; purgesReapplied: number }> {
    const root = dirname(finalPath);
    const staging = await stagingFolder(root);
    try {
      await unpackBackup(backup, databaseKey, staging);
      const records = await lineageRecords(root, backup.workspaceId, databaseKey);
      const restored = openWithKey(staging, backup.workspaceId, databaseKey);
      let purgesReapplied: number;
      try {
        purgesReapplied = await reapplyPurges(restored.db, records, deps.purgeSteps, now());
      } finally {
        await restored.close();
      }
      if (await isWorkspace(finalPath)) {
        throw new ParleyFault('WORKSPACE_EXISTS', `${basename(finalPath)} already exists. Choose another name.`);
      }
      await rename(staging, finalPath);
      return { opened: openWithKey(finalPath, backup.workspaceId, databaseKey), purgesReapplied };
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      throw toFault(error);
    }
  }

  return {
    details,

    async changePassphrase(input) {
      const open = current();
      if (input.current === input.next) {
        throw new ParleyFault(
          'SAME_PASSPHRASE',
          'The new passphrase is the same as the current one. Nothing was changed.',
        );
      }
      const { path, keyFile, databaseKey } = await confirmPassphrase(open, input.current);
      try {
        await assertStrongPassphrase(input.next, [open.name]);
        // One atomic replacement of the small key file: a crash leaves the old file or the new one.
        await writeKeyFile(path, await withSlot(keyFile, databaseKey, 'passphrase', input.next, cost()));
      } finally {
        databaseKey.fill(0);
      }
      return details();
    },

    async createRecoveryKey(input) {
      const open = current();
      const { path, keyFile, databaseKey } = await confirmPassphrase(open, input.passphrase);
      try {
        if (hasRecoverySlot(keyFile) && !input.replace) {
          throw new ParleyFault(
            'RECOVERY_KEY_EXISTS',
            'This workspace already has a recovery key. Replace it deliberately: the old sheet then stops working.',
          );
        }
        const entropy = randomBytes(RECOVERY_KEY_BYTES);
        const words = recoveryKeyFromEntropy(entropy);
        entropy.fill(0);
        await writeKeyFile(path, await withSlot(keyFile, databaseKey, 'recovery', words, cost()));
        return { words: words.split(' ') };
      } finally {
        databaseKey.fill(0);
      }
    },

    async removeRecoveryKey(input) {
      const open = current();
      const { path, keyFile, databaseKey } = await confirmPassphrase(open, input.passphrase);
      databaseKey.fill(0);
      if (!hasRecoverySlot(keyFile)) {
        throw new ParleyFault('NO_RECOVERY_KEY', 'This workspace has no recovery key. Nothing was changed.');
      }
      await writeKeyFile(path, withoutRecoverySlot(keyFile));
      return details();
    },

    async recover(input) {
      if (input.newPassphrase !== undefined) await assertStrongPassphrase(input.newPassphrase, [input.name]);
      const words = recoveryWordsOf(input.recoveryKey);
      const open = await workspace.unlockWithRecoveryKey(input.name, words);
      if (input.newPassphrase !== undefined) {
        const path = workspaceFiles(open.path).keys;
        const keyFile = await readKeyFile(path);
        await open.withKey(async (key) =>
          writeKeyFile(path, await withSlot(keyFile, key, 'passphrase', input.newPassphrase!, cost())),
        );
      }
      return { name: open.name };
    },

    async recoverySheet(input) {
      const open = current();
      const words = recoveryWordsOf(input.recoveryKey);
      const keyFile = await readKeyFile(workspaceFiles(open.path).keys);
      // Proves the words open this workspace before they are printed.
      (await databaseKeyFor(keyFile, { recoveryWords: words })).fill(0);
      const { pdf, fontsRoot, destination } = files();
      if (!pdf) throw new ParleyFault('PDF_UNAVAILABLE', 'This copy of Parley cannot print PDFs.');
      const target = await destination.choose(exportFileName([open.name, 'recovery-key'], 'pdf'), 'pdf');
      if (!target) return { saved: false };
      const report = recoverySheetReport(
        { workspaceName: open.name, words: words.split(' '), madeOn: now() },
        await reportFontCss(fontsRoot),
      );
      let printed: Uint8Array;
      try {
        printed = await pdf().print(report);
      } catch (error) {
        if (error instanceof ParleyFault) throw error;
        throw new ParleyFault('PDF_FAILED', 'The PDF could not be printed. Nothing was written; try again.', {
          cause: error,
        });
      }
      const bytes = await setPdfMetadata(printed, { title: report.title, subject: 'Recovery key' }, now());
      await writeFileDurably(target.path, bytes, { overwrite: target.overwrite });
      const entry = await recordExport(open.db, { kind: 'recovery-sheet', path: target.path, content: bytes }, now());
      return { saved: true, fileName: entry.fileName, bytes: entry.bytes, sha256: entry.sha256 };
    },

    async backup() {
      const open = current();
      const suggested = exportFileName([open.name, format(now(), 'yyyy-MM-dd')], BACKUP_EXTENSION);
      const written = await writeBackupTo('backup', suggested);
      if (!written) return { saved: false };
      return { saved: true, fileName: written.fileName, bytes: written.bytes, sha256: written.sha256 };
    },

    async restore(input) {
      const finalPath = join(workspace.root, input.name);
      if (await isWorkspace(finalPath)) {
        throw new ParleyFault(
          'WORKSPACE_EXISTS',
          `${input.name} already exists. Choose another name for the restored workspace.`,
        );
      }
      const source = files().source ?? NO_FILES();
      const path = await source.pick('backup');
      if (!path) return { restored: false };
      const backup = await readBackupHeader(path);
      const secret: WorkspaceSecret =
        input.passphrase !== undefined
          ? { passphrase: input.passphrase }
          : { recoveryWords: recoveryWordsOf(input.recoveryKey ?? '') };
      const generation = workspace.generation;
      const databaseKey = await databaseKeyFor(backup.keyFile, secret);
      try {
        const { opened, purgesReapplied } = await restoreInto(backup, databaseKey, finalPath);
        await workspace.adopt(opened, generation);
        return { restored: true, name: opened.name, purgesReapplied };
      } finally {
        databaseKey.fill(0);
      }
    },

    async travel(input) {
      const open = current();
      const travelling = await open.db.selectFrom('travel').select('id').executeTakeFirst();
      if (travelling) {
        throw new ParleyFault('TRAVELLING', 'Travel mode is already on. Come back from travel before starting again.');
      }
      const kept = await open.db
        .selectFrom('dialogues')
        .select(['id', 'code_name'])
        .where('id', '=', input.keepDialogueId)
        .executeTakeFirst();
      if (!kept) throw new ParleyFault('DIALOGUE_NOT_FOUND', 'That dialogue no longer exists.');
      const suggested = exportFileName([open.name, 'travel', format(now(), 'yyyy-MM-dd')], BACKUP_EXTENSION);
      // The backup is written and verified before a single row is removed.
      const written = await writeBackupTo('travel-backup', suggested);
      if (!written) return { saved: false };
      const removed = await open.db.transaction().execute(async (trx) => {
        const others = await trx.selectFrom('dialogues').select('id').where('id', '<>', kept.id).execute();
        const ids = others.map((row) => row.id);
        // Every row that belongs to them by the schema's foreign keys, what the log and the audit
        // say about them, and the custom exercises only they used (better-sqlite3 runs on the one
        // connection Kysely's transaction holds).
        removeDialogues(open.sqlite, ids);
        const { rows } = await sql<{ table: string }>`PRAGMA foreign_key_check`.execute(trx);
        if (rows.length > 0) throw new Error('travel removal left dangling rows');
        await trx
          .insertInto('travel')
          .values({
            id: 1,
            kept_dialogue_id: kept.id,
            left_at: now().toISOString(),
            backup_file_name: written.fileName,
            backup_sha256: written.sha256,
          })
          .execute();
        return ids.length;
      });
      // Page-level erasure, as after a purge: no free page or WAL frame keeps the removed text; nor
      // may an export engine kept in memory hold the rosters of the dialogues left at home.
      await compact(open.db);
      forgetRedactionEngines();
      return { saved: true, fileName: written.fileName, sha256: written.sha256, removedDialogues: removed };
    },

    async travelReturn() {
      const open = current();
      const travel = await open.db.selectFrom('travel').selectAll().executeTakeFirst();
      if (!travel) throw new ParleyFault('NOT_TRAVELLING', 'Travel mode is not on: there is nothing to bring back.');
      const source = files().source ?? NO_FILES();
      const path = await source.pick('backup');
      if (!path) return { restored: false };
      const backup = await readBackupHeader(path);
      if (backup.workspaceId !== open.workspaceId) {
        throw new ParleyFault(
          'BACKUP_OF_ANOTHER_WORKSPACE',
          'That backup belongs to another workspace. Choose the travel backup of this one. Nothing was changed.',
        );
      }
      const staging = await stagingFolder(workspace.root);
      try {
        const result = await open.withKey(async (key) => {
          await unpackBackup(backup, key, staging);
          const source = openEncryptedDatabase(workspaceFiles(staging).database, key, { create: false });
          try {
            return await returnDialogues(open.db, open.sqlite, source, deps);
          } finally {
            closeDatabase(source);
          }
        });
        const purgesReapplied = await reapplyPurges(open.db, await readPurgeRecords(open.db), deps.purgeSteps, now());
        await compact(open.db);
        return { restored: true, dialoguesReturned: result, purgesReapplied };
      } catch (error) {
        throw toFault(error);
      } finally {
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      }
    },

    exportLog: (input) => listExports(db(), input),
  };
}

/** Copies the dialogues the laptop does not have from the unpacked travel backup, in one transaction. */
async function returnDialogues(
  db: Kysely<WorkspaceSchema>,
  target: OpenWorkspace['sqlite'],
  source: OpenWorkspace['sqlite'],
  deps: LifecycleDeps,
): Promise<number> {
  const here = new Set((await db.selectFrom('dialogues').select('id').execute()).map((row) => row.id));
  const away = (source.prepare('SELECT id FROM dialogues').all() as { id: string }[])
    .map((row) => row.id)
    .filter((id) => !here.has(id));
  const backupRecords = source.prepare('SELECT subject, purged_on FROM purge_records').all() as {
    subject: string;
    purged_on: string;
  }[];
  return db.transaction().execute(async (trx) => {
    // better-sqlite3 runs synchronously on the one connection Kysely's transaction holds.
    try {
      copyDialogues(source, target, away);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_CONSTRAINT')) {
        throw new ParleyFault(
          'DIALOGUE_CONFLICT',
          'A dialogue or custom exercise from the travel backup clashes with one made while travelling (same code name or exercise name?). Rename it, then come back from travel again. Nothing was changed.',
          { cause: error },
        );
      }
      throw error;
    }
    for (const step of deps.arrivalSteps) await step(trx, away);
    for (const record of backupRecords) {
      await trx
        .insertInto('purge_records')
        .values({ subject: record.subject, purged_on: record.purged_on })
        .onConflict((oc) => oc.column('subject').doNothing())
        .execute();
    }
    await trx.deleteFrom('travel').execute();
    return away.length;
  });
}
