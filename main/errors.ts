/**
 * The one error type services throw on purpose. `code` is a contract error code; `message` is a
 * sentence safe to show a facilitator (no paths, SQL or workspace content).
 */
export class ParleyFault extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ParleyFault';
  }
}

export const faultMessages = {
  WORKSPACE_LOCKED: 'The workspace is locked. Unlock it to continue.',
  WORKSPACE_CORRUPT:
    'The workspace file is damaged or has been tampered with. Nothing was changed; restore it from a backup.',
  DISK_FULL: 'The disk is full. Nothing was saved; free some space and try again.',
  READ_ONLY: 'The disk is read-only, so nothing could be saved. Nothing was changed.',
  IO_ERROR: 'The workspace could not be read or written. Nothing was changed.',
} as const;

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

/**
 * What better-sqlite3 and Kysely say when a call reaches a handle that a lock has just closed. A
 * call racing a lock is the facilitator's lock winning, not a fault inside Parley.
 */
const CLOSED_HANDLE = ['The database connection is not open', 'driver has already been destroyed'];

/** The error codes SQLite and the file system use for "no room left". */
const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'EFBIG']);
const READ_ONLY = new Set(['SQLITE_READONLY', 'EROFS']);

/**
 * Translates low-level failures (SQLite, file system, a handle closed by a lock) into faults a
 * facilitator can act on. Every store and service error passes through here once, in the registry
 * (and the CLI), so a new handler gets the mapping without doing anything. Anything unrecognised
 * is returned unchanged and later reported as INTERNAL.
 */
export function toFault(error: unknown): unknown {
  if (error instanceof ParleyFault) return error;
  const code = codeOf(error);
  const message = typeof (error as SqliteLikeError)?.message === 'string' ? (error as Error).message : '';
  if (CLOSED_HANDLE.some((text) => message.includes(text))) {
    return new ParleyFault('WORKSPACE_LOCKED', faultMessages.WORKSPACE_LOCKED, { cause: error });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new ParleyFault('WORKSPACE_CORRUPT', faultMessages.WORKSPACE_CORRUPT, { cause: error });
  }
  if (FULL.has(code) || (code === 'SQLITE_IOERR_WRITE' && /disk is full|no space/i.test(message))) {
    return new ParleyFault('DISK_FULL', faultMessages.DISK_FULL, { cause: error });
  }
  if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY')) {
    return new ParleyFault('IO_ERROR', faultMessages.READ_ONLY, { cause: error });
  }
  if (
    code.startsWith('SQLITE_IOERR') ||
    code === 'SQLITE_CANTOPEN' ||
    /^E(IO|ACCES|PERM|NXIO|BUSY|MFILE|NFILE)$/.test(code)
  ) {
    return new ParleyFault('IO_ERROR', faultMessages.IO_ERROR, { cause: error });
  }
  return error;
}

/** The code of an error, or of the first error in its cause chain that has one. */
function codeOf(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as SqliteLikeError).code;
    if (typeof code === 'string' && code !== '') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return '';
}
