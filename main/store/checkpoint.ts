import { statSync } from 'node:fs';
import type { SqliteDatabase } from './database';

/** SQLite's own automatic threshold: 1,000 pages of 4 KiB. */
export const CHECKPOINT_WAL_BYTES = 4 * 1024 * 1024;
const POLL_MS = 500;

export interface Checkpointer {
  /** Checkpoints now if the WAL is past the threshold, has changed since, and no transaction is open. */
  tick(): boolean;
  stop(): void;
}

/**
 * SQLite copies the WAL into the main file inside whichever commit crosses 1,000 pages: that commit
 * (a version saved, a note typed) then pays for every page of the WAL, tens of milliseconds on an
 * encrypted file — the save-version bench's p95 was four times its median for it. The open
 * workspace turns that off and checkpoints between calls instead, from a timer: a PASSIVE
 * checkpoint (it never waits on a reader, such as the page check's worker) once the WAL has grown
 * past the same size and has been written since the last one. Durability does not change: with
 * `synchronous = FULL` every commit is on disk in the WAL already, and closing checkpoints the rest.
 */
export function createCheckpointer(
  db: SqliteDatabase,
  walPath: string,
  threshold = CHECKPOINT_WAL_BYTES,
): Checkpointer {
  db.pragma('wal_autocheckpoint = 0');
  // A checkpoint leaves the WAL file its size (SQLite reuses it from the start): its modification
  // time says whether anything was written since.
  let checkpointedAt = -1;
  const tick = () => {
    if (!db.open || db.inTransaction) return false;
    let wal: { size: number; mtimeMs: number };
    try {
      wal = statSync(walPath);
    } catch {
      return false;
    }
    if (wal.size < threshold || wal.mtimeMs === checkpointedAt) return false;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A full disk or a busy file: the WAL keeps every commit; the next tick or the close tries again.
      return false;
    }
    checkpointedAt = wal.mtimeMs;
    return true;
  };
  const timer = setInterval(tick, POLL_MS);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
