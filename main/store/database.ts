import { chmodSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { ParleyFault, faultMessages, toFault } from '../errors';

export type SqliteDatabase = Database.Database;

/** SQLite3MultipleCiphers' sqlite3_key, which better-sqlite3's typings do not know. */
type KeyableDatabase = SqliteDatabase & { key(key: Buffer): number };

const HEX = '0123456789abcdef';

/**
 * The raw-key form SQLCipher expects (`x'<64 hex digits>'`), built byte by byte in a Buffer the
 * caller zeroes: the key never exists as a JavaScript string, which could not be wiped.
 */
export function rawKeyBytes(databaseKey: Buffer): Buffer {
  const out = Buffer.alloc(3 + databaseKey.length * 2);
  out[0] = 0x78; // x
  out[1] = 0x27; // '
  for (let i = 0; i < databaseKey.length; i++) {
    out[2 + 2 * i] = HEX.charCodeAt(databaseKey[i]! >> 4);
    out[3 + 2 * i] = HEX.charCodeAt(databaseKey[i]! & 15);
  }
  out[out.length - 1] = 0x27;
  return out;
}

/** Sets the cipher and keys a handle (SQLCipher v4 layout), without the key ever being a string. */
export function keyDatabase(db: SqliteDatabase, databaseKey: Buffer): void {
  if (databaseKey.length !== 32) throw new Error('database key must be 32 bytes');
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  const raw = rawKeyBytes(databaseKey);
  try {
    (db as KeyableDatabase).key(raw);
  } finally {
    raw.fill(0);
  }
}

export interface OpenOptions {
  readonly create: boolean;
  /** Read-only handles (checks, verification) never write a byte, not even a WAL. */
  readonly readonly?: boolean;
}

/**
 * Opens (or creates) the workspace database with its raw 32-byte key. The cipher is named
 * explicitly (SQLCipher v4 layout: AES-256-CBC, HMAC-SHA512 per page) so that whoever holds the
 * raw key can open the file with stock SQLCipher tools, and the result is checked: Parley never
 * continues on a database that is not actually encrypted, and never on an empty file where a
 * workspace should be (SQLite would silently make a fresh one).
 */
export function openEncryptedDatabase(path: string, databaseKey: Buffer, options: OpenOptions): SqliteDatabase {
  if (!options.create) assertNotEmpty(path);
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(path, { fileMustExist: !options.create, readonly: options.readonly ?? false });
    keyDatabase(db, databaseKey);
    assertCipherActive(db);
    // A wrong key or a damaged first page only shows at the first read: read now, fail now.
    const { n } = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
    if (!options.create && n === 0) {
      throw new ParleyFault('WORKSPACE_CORRUPT', faultMessages.WORKSPACE_CORRUPT);
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
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

/** A workspace whose key slots exist has a database with pages in it: an empty file is damage. */
function assertNotEmpty(path: string): void {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw toFault(error);
  }
  if (size === 0) throw new ParleyFault('WORKSPACE_CORRUPT', faultMessages.WORKSPACE_CORRUPT);
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

/**
 * Checkpoints the WAL into the (encrypted) main file and closes. The close happens whatever the
 * checkpoint does: a full disk or a busy reader must never leave a decrypting handle open behind a
 * lock. Returns the checkpoint's failure, if any, for the caller to report.
 */
export function closeDatabase(db: SqliteDatabase): unknown {
  if (!db.open) return undefined;
  let failure: unknown;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    failure = error;
  }
  try {
    db.close();
  } catch (error) {
    failure ??= error;
  }
  return failure;
}
