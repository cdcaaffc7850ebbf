import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { ParleyFault, faultMessages } from '../errors';

/**
 * Work on a whole database file that takes seconds on a big workspace — an integrity check, a
 * `VACUUM INTO` backup copy — runs in a worker thread with its own connection, so main stays free
 * to answer the window. The worker is a few lines of plain JavaScript evaluated in the thread, so
 * it runs the same from TypeScript sources, the bundled app and the bundled CLI; it loads the same
 * driver main uses. The key crosses as a transferred copy the worker zeroes once it has keyed its
 * handle; it never becomes a string.
 */

const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');

export type StoreTask =
  { readonly op: 'check'; readonly depth: 'quick' | 'full' } | { readonly op: 'vacuum-into'; readonly target: string };

export interface CheckResult {
  readonly problems: readonly string[];
  readonly schemaVersion: number;
  readonly cipher: string;
}

const SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const key = new Uint8Array(workerData.key);
const HEX = '0123456789abcdef';
let db;
try {
  const raw = Buffer.alloc(67);
  raw[0] = 0x78; raw[1] = 0x27; raw[66] = 0x27;
  for (let i = 0; i < 32; i++) {
    raw[2 + 2 * i] = HEX.charCodeAt(key[i] >> 4);
    raw[3 + 2 * i] = HEX.charCodeAt(key[i] & 15);
  }
  key.fill(0);
  db = new Database(workerData.path, { fileMustExist: true, readonly: workerData.readonly });
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  try { db.key(raw); } finally { raw.fill(0); }
  const cipher = String(db.pragma('cipher', { simple: true }));
  if (cipher !== 'sqlcipher') throw Object.assign(new Error('cipher inactive'), { code: 'CIPHER_INACTIVE' });
  db.prepare('SELECT count(*) AS n FROM sqlite_schema').get();
  db.pragma('temp_store = MEMORY');
  const task = workerData.task;
  if (task.op === 'check') {
    const rows = db.pragma(task.depth === 'quick' ? 'quick_check' : 'integrity_check');
    const problems = rows.map((row) => String(Object.values(row)[0])).filter((value) => value !== 'ok');
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    parentPort.postMessage({ ok: true, value: { problems, schemaVersion, cipher } });
  } else if (task.op === 'vacuum-into') {
    db.prepare('VACUUM INTO ?').run(task.target);
    parentPort.postMessage({ ok: true, value: null });
  }
} catch (error) {
  key.fill(0);
  parentPort.postMessage({ ok: false, code: String((error && error.code) || ''), message: String((error && error.message) || '') });
} finally {
  try { if (db && db.open) db.close(); } catch {}
}
`;

export interface StoreTaskOptions {
  readonly readonly?: boolean;
  /**
   * Aborting ends the worker at once (its connection with it) and rejects with WORKSPACE_LOCKED:
   * a lock must leave no decrypting handle anywhere, not even a checker's.
   */
  readonly signal?: AbortSignal;
}

/**
 * Runs one task on `path` in a fresh worker. `readonly` handles write nothing at all (checks of a
 * live workspace use them beside main's own connection, which WAL allows).
 */
export function runStoreTask(
  path: string,
  databaseKey: Buffer,
  task: { op: 'check'; depth: 'quick' | 'full' },
  options?: StoreTaskOptions,
): Promise<CheckResult>;
export function runStoreTask(
  path: string,
  databaseKey: Buffer,
  task: { op: 'vacuum-into'; target: string },
  options?: StoreTaskOptions,
): Promise<null>;
export function runStoreTask(
  path: string,
  databaseKey: Buffer,
  task: StoreTask,
  options: StoreTaskOptions = {},
): Promise<unknown> {
  const key = new Uint8Array(databaseKey.length);
  key.set(databaseKey);
  return new Promise((resolve, reject) => {
    const worker = new Worker(SOURCE, {
      eval: true,
      workerData: { driver: DRIVER, path, key: key.buffer, task, readonly: options.readonly ?? false },
      transferList: [key.buffer],
      // The worker needs nothing of the parent's environment (PARLEY_PASSPHRASE included).
      env: {},
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const abort = () => {
      if (settled) return;
      settled = true;
      void worker.terminate().then(() => reject(new ParleyFault('WORKSPACE_LOCKED', faultMessages.WORKSPACE_LOCKED)));
    };
    if (options.signal?.aborted) abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.once('exit', () => options.signal?.removeEventListener('abort', abort));
    worker.once('message', (message: { ok: true; value: unknown } | { ok: false; code: string; message: string }) => {
      if (settled) return;
      settled = true;
      if (message.ok) resolve(message.value);
      else reject(Object.assign(new Error(message.message), { code: message.code }));
    });
    worker.once('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled)
        reject(new ParleyFault('IO_ERROR', faultMessages.IO_ERROR, { cause: new Error(`worker exit ${code}`) }));
    });
  });
}
