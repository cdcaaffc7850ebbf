import { z } from 'zod';
import { as, method } from './method';
import { Id, Passphrase, WorkspaceName } from './fields';

export interface WorkspaceSummary {
  readonly name: string;
}

export type WorkspaceState = 'locked' | 'unlocked';

export interface WorkspaceStatus {
  readonly state: WorkspaceState;
  /** The open workspace while unlocked; null while locked. */
  readonly current: WorkspaceSummary | null;
  /** Workspaces found in the workspaces folder, by their (unencrypted) name. */
  readonly available: readonly WorkspaceSummary[];
  /** Minutes of inactivity before Parley locks itself. */
  readonly autoLockMinutes: number;
  /**
   * Set when Parley locked a workspace because the check that runs after unlocking found damage;
   * cleared by the next successful unlock.
   */
  readonly damaged?: WorkspaceSummary | null;
}

/** A file Parley wrote out, as the export log keeps it: base name only, never a path. */
export interface ExportLogEntry {
  readonly id: number;
  /** ISO instant. */
  readonly exportedAt: string;
  readonly kind: string;
  readonly dialogueId: string | null;
  /** The dialogue's code name, while it exists. */
  readonly dialogueCodeName: string | null;
  readonly sessionIds: readonly string[];
  /** The numbers of those sessions that still exist, in order. */
  readonly sessionNumbers: readonly number[];
  /** The report profile a sponsor report was written with. */
  readonly profile: string | null;
  readonly fileName: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface TravelView {
  /** The dialogue kept on the laptop; null if it has since been deleted. */
  readonly keptDialogueId: string | null;
  readonly keptCodeName: string | null;
  /** ISO instant travel mode began. */
  readonly leftAt: string;
  readonly backupFileName: string;
}

/** The open workspace's keys and lifecycle, for the Workspace panel. */
export interface WorkspaceDetails {
  readonly name: string;
  readonly recoveryKey: boolean;
  readonly travel: TravelView | null;
  /** The latest backup in the export log, if any. */
  readonly lastBackup: ExportLogEntry | null;
  /** Logged backups made on or before a later purge: they still hold a purged identity. */
  readonly backupsBeforePurges: readonly ExportLogEntry[];
}

export interface RecoveryKeyView {
  /** 24 words, shown once: Parley keeps only the wrapped key. */
  readonly words: readonly string[];
}

export type BackupResult =
  | { readonly saved: true; readonly fileName: string; readonly bytes: number; readonly sha256: string }
  | { readonly saved: false };

export type RestoreResult =
  | {
      readonly restored: true;
      readonly name: string;
      /** Purges recorded after the backup was made, carried out again before it opened. */
      readonly purgesReapplied: number;
    }
  | { readonly restored: false };

export type TravelResult =
  | {
      readonly saved: true;
      readonly fileName: string;
      readonly sha256: string;
      readonly removedDialogues: number;
    }
  | { readonly saved: false };

export type TravelReturnResult =
  | { readonly restored: true; readonly dialoguesReturned: number; readonly purgesReapplied: number }
  | { readonly restored: false };

/** A recovery key as typed: 24 words, any spacing; checked word by word in main. */
export const RecoveryKeyText = z
  .string()
  .min(1, { message: 'Enter the recovery key.' })
  .max(400, { message: 'A recovery key is 24 words.' })
  .refine((s) => s.isWellFormed(), { message: 'Contains broken characters.' });

const unlockErrors = [
  'WORKSPACE_NOT_FOUND',
  'WRONG_PASSPHRASE',
  'WORKSPACE_CORRUPT',
  'WORKSPACE_TOO_NEW',
  'CIPHER_INACTIVE',
  // A lock (sleep, screen lock) arrived while the key was being derived.
  'WORKSPACE_LOCKED',
  'IO_ERROR',
] as const;

const recoveryErrors = ['RECOVERY_KEY_INVALID', 'WRONG_RECOVERY_KEY', 'NO_RECOVERY_KEY'] as const;
const backupErrors = ['BACKUP_DAMAGED', 'BACKUP_UNVERIFIED', 'FILE_EXISTS', 'EXPORT_UNAVAILABLE'] as const;

export const workspaceContract = {
  'workspace.status': method({
    input: z.object({}).strict(),
    output: as<WorkspaceStatus>(),
  }),
  'workspace.create': method({
    input: z.object({ name: WorkspaceName, passphrase: Passphrase }).strict(),
    output: as<WorkspaceSummary>(),
    errors: ['WORKSPACE_EXISTS', 'WEAK_PASSPHRASE', 'WORKSPACE_LOCKED', 'DISK_FULL', 'IO_ERROR'],
  }),
  'workspace.unlock': method({
    input: z.object({ name: WorkspaceName, passphrase: Passphrase }).strict(),
    output: as<WorkspaceSummary>(),
    errors: unlockErrors,
  }),
  'workspace.lock': method({
    input: z.object({}).strict(),
    output: as<WorkspaceStatus>(),
  }),
  /**
   * Forgot the passphrase: opens the workspace with its recovery key and, when a new passphrase is
   * given, sets it in the same step (the recovery key keeps working).
   */
  'workspace.recover': method({
    input: z
      .object({ name: WorkspaceName, recoveryKey: RecoveryKeyText, newPassphrase: Passphrase.optional() })
      .strict(),
    output: as<WorkspaceSummary>(),
    errors: [...unlockErrors, ...recoveryErrors, 'WEAK_PASSPHRASE'],
  }),
  'workspace.details': method({
    input: z.object({}).strict(),
    output: as<WorkspaceDetails>(),
  }),
  /** Rewrites the passphrase slot only; the current passphrase is asked again, as KeePassXC does. */
  'workspace.changePassphrase': method({
    input: z.object({ current: Passphrase, next: Passphrase }).strict(),
    output: as<WorkspaceDetails>(),
    errors: ['WRONG_PASSPHRASE', 'WEAK_PASSPHRASE', 'SAME_PASSPHRASE'],
  }),
  /**
   * Makes (or, with `replace`, remakes) the recovery slot and returns its words once. Asks for the
   * passphrase: a new recovery key opens everything, so making one is a deliberate act.
   */
  'workspace.createRecoveryKey': method({
    input: z.object({ passphrase: Passphrase, replace: z.boolean().default(false) }).strict(),
    output: as<RecoveryKeyView>(),
    errors: ['WRONG_PASSPHRASE', 'RECOVERY_KEY_EXISTS'],
  }),
  'workspace.removeRecoveryKey': method({
    input: z.object({ passphrase: Passphrase }).strict(),
    output: as<WorkspaceDetails>(),
    errors: ['WRONG_PASSPHRASE', 'NO_RECOVERY_KEY'],
  }),
  /**
   * Prints the recovery sheet (PDF: the words, the workspace's name, where to keep it — no
   * workspace content). The words are checked against the recovery slot first, so a sheet never
   * carries a key that does not open the workspace.
   */
  'workspace.recoverySheet': method({
    input: z.object({ recoveryKey: RecoveryKeyText }).strict(),
    output: as<BackupResult>(),
    errors: [...recoveryErrors, 'FILE_EXISTS', 'EXPORT_UNAVAILABLE', 'PDF_UNAVAILABLE', 'PDF_FAILED'],
  }),
  /** An encrypted, verified backup of the open workspace, where main's save dialog says. */
  'workspace.backup': method({
    input: z.object({}).strict(),
    output: as<BackupResult>(),
    errors: backupErrors,
  }),
  /**
   * Restores a backup (chosen in main's open dialog) into a new workspace `name`, re-applies the
   * purges recorded since, checks it and opens it.
   */
  'workspace.restore': method({
    input: z
      .object({
        name: WorkspaceName,
        passphrase: Passphrase.optional(),
        recoveryKey: RecoveryKeyText.optional(),
      })
      .strict()
      .refine((input) => (input.passphrase === undefined) !== (input.recoveryKey === undefined), {
        message: 'Give the backup’s passphrase or its recovery key.',
      }),
    output: as<RestoreResult>(),
    errors: [...unlockErrors, ...recoveryErrors, ...backupErrors, 'BACKUP_NOT_FOUND', 'WORKSPACE_EXISTS'],
  }),
  /**
   * Travel mode: a verified backup of the whole workspace where the facilitator chooses, then every
   * dialogue but `keepDialogueId` is erased from the laptop's workspace, page by page.
   */
  'workspace.travel': method({
    input: z.object({ keepDialogueId: Id }).strict(),
    output: as<TravelResult>(),
    errors: [...backupErrors, 'DIALOGUE_NOT_FOUND', 'TRAVELLING'],
  }),
  /** Back from travel: the dialogues left behind come back from the travel backup. */
  'workspace.travelReturn': method({
    input: z.object({}).strict(),
    output: as<TravelReturnResult>(),
    errors: [...backupErrors, 'BACKUP_NOT_FOUND', 'NOT_TRAVELLING', 'BACKUP_OF_ANOTHER_WORKSPACE', 'DIALOGUE_CONFLICT'],
  }),
  /** The export log, newest first. */
  'workspace.exportLog': method({
    input: z
      .object({
        kind: z
          .string()
          .regex(/^[a-z][a-z-]{0,39}$/)
          .optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: as<readonly ExportLogEntry[]>(),
  }),
};
