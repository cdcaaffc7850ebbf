import { chmodSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { ParleyFault, toFault } from '../errors';

export type SqliteDatabase = Database.Database;

/**
 * Opens (or creates) the workspace database with its raw 32-byte key. The cipher is named
 * explicitly (SQLCipher v4 layout: AES-256-CBC, HMAC-SHA512 per page) so that whoever holds the
 * raw key can open the file with stock SQLCipher tools, and the result is checked: Parley never
 * continues on a database that is not actually encrypted.
 */
export function openEncryptedDatabase(path: string, databaseKey: Buffer, options: { create: boolean }): SqliteDatabase {
  if (databaseKey.length !== 32) throw new Error('database key must be 32 bytes');
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(path, { fileMustExist: !options.create });
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    // The hex form is used as a raw key: no KDF inside SQLite, the key is already random.
    db.pragma(`key = "x'${databaseKey.toString('hex')}'"`);
    assertCipherActive(db);
    // A wrong key or a damaged first page only shows at the first read: read now, fail now.
    db.prepare('SELECT count(*) AS n FROM sqlite_schema').get();
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('secure_delete = ON');
    // Encrypted or not, nobody else on the machine needs to read it.
    if (options.create && process.platform !== 'win32') chmodSync(path, 0o600);
    return db;
  } catch (error) {
    db?.close();
    throw toFault(error);
  }
}

export function assertCipherActive(db: SqliteDatabase): void {
  const cipher = db.pragma('cipher', { simple: true });
  if (cipher !== 'sqlcipher') {
    throw new ParleyFault(
      'CIPHER_INACTIVE',
      'Encryption is not active for this workspace, so Parley will not open it.',
    );
  }
}

/** Checkpoints the WAL into the (encrypted) main file and closes. */
export function closeDatabase(db: SqliteDatabase): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
