import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCheckpointer } from '../../../main/store/checkpoint';
import { closeDatabase, openEncryptedDatabase, type SqliteDatabase } from '../../../main/store/database';
import { tempDir } from '../../fixtures/workspace';

let db: SqliteDatabase | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  if (db) closeDatabase(db);
  db = undefined;
  await cleanup?.();
});

const THRESHOLD = 256 * 1024;

async function encryptedDatabase() {
  const dir = await tempDir();
  cleanup = dir.remove;
  const path = join(dir.path, 'workspace.db');
  db = openEncryptedDatabase(path, Buffer.alloc(32, 7), { create: true });
  db.exec('CREATE TABLE pages (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  return { db, wal: `${path}-wal` };
}

/** Frames in the WAL that the main file does not hold yet (a PASSIVE checkpoint's log − checkpointed). */
function pendingFrames(handle: SqliteDatabase): number {
  const [row] = handle.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
  return row!.log - row!.checkpointed;
}

/** About `kilobytes` of rows in one commit. */
function write(handle: SqliteDatabase, kilobytes: number) {
  const insert = handle.prepare('INSERT INTO pages (body) VALUES (?)');
  handle.transaction(() => {
    for (let i = 0; i < kilobytes; i++) insert.run('x'.repeat(1024));
  })();
}

describe('checkpoints between calls', () => {
  it('turns off the checkpoint inside commits', async () => {
    const { db: handle, wal } = await encryptedDatabase();
    const checkpointer = createCheckpointer(handle, wal, THRESHOLD);
    expect(handle.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // Well past SQLite's own threshold, commit after commit: no commit copied the WAL into the
    // file (it would then have started over from its beginning instead of growing).
    for (let commit = 0; commit < 12; commit++) write(handle, 512);
    expect(statSync(wal).size).toBeGreaterThan(12 * 512 * 1024);
    expect(pendingFrames(handle)).toBe(0);
    checkpointer.stop();
  });

  it('checkpoints once the WAL is past the threshold and written since, never inside a transaction', async () => {
    const { db: handle, wal } = await encryptedDatabase();
    const checkpointer = createCheckpointer(handle, wal, THRESHOLD);
    write(handle, 64);
    expect(checkpointer.tick()).toBe(false); // under the threshold
    write(handle, 400);
    handle.exec('BEGIN');
    expect(checkpointer.tick()).toBe(false); // a transaction is open
    handle.exec('COMMIT');
    expect(checkpointer.tick()).toBe(true);
    expect(pendingFrames(handle)).toBe(0);
    expect(checkpointer.tick()).toBe(false); // nothing written since
    write(handle, 8);
    expect(checkpointer.tick()).toBe(true);
    checkpointer.stop();
    expect(handle.prepare('SELECT count(*) AS n FROM pages').get()).toEqual({ n: 472 });
  });

  it('does nothing once the database is closed', async () => {
    const { db: handle, wal } = await encryptedDatabase();
    const checkpointer = createCheckpointer(handle, wal, THRESHOLD);
    write(handle, 400);
    closeDatabase(handle);
    db = undefined;
    expect(checkpointer.tick()).toBe(false);
    checkpointer.stop();
  });
});
