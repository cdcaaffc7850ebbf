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
  IO_ERROR: 'The workspace could not be read or written. Nothing was changed.',
} as const;

interface SqliteLikeError {
  code?: unknown;
}

/**
 * Translates low-level failures (SQLite, file system) into faults a facilitator can act on.
 * Anything unrecognised is returned unchanged and later reported as INTERNAL.
 */
export function toFault(error: unknown): unknown {
  if (error instanceof ParleyFault) return error;
  const code = typeof (error as SqliteLikeError)?.code === 'string' ? String((error as SqliteLikeError).code) : '';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new ParleyFault('WORKSPACE_CORRUPT', faultMessages.WORKSPACE_CORRUPT, { cause: error });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new ParleyFault('DISK_FULL', faultMessages.DISK_FULL, { cause: error });
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new ParleyFault('IO_ERROR', faultMessages.IO_ERROR, { cause: error });
  }
  return error;
}
