import type { Generated } from 'kysely';

export interface ExportLogTable {
  id: Generated<number>;
  exported_at: string;
  kind: string;
  dialogue_id: string | null;
  /** JSON array of session ids. */
  sessions: string;
  profile: string | null;
  file_name: string;
  bytes: number;
  sha256: string;
}

export interface PurgeRecordsTable {
  subject: string;
  purged_on: string;
}

export interface TravelTable {
  id: number;
  kept_dialogue_id: string | null;
  left_at: string;
  backup_file_name: string;
  backup_sha256: string;
}

export interface LifecycleTables {
  export_log: ExportLogTable;
  purge_records: PurgeRecordsTable;
  travel: TravelTable;
}
