/**
 * Main's only log. A line carries a scope, a code and, at most, a machine code taken from the
 * error (e.g. SQLITE_BUSY, ENOENT) — never a message, a path, a payload or a stack, since any of
 * those can hold workspace content and logs are plaintext on disk or in a terminal.
 */
export function report(scope: string, code: string, error?: unknown, write: (line: string) => void = console.error) {
  const cause = errorCode(error);
  write(`parley: ${scope} ${code}${cause ? ` (${cause})` : ''}`);
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,63}$/.test(code) ? code : undefined;
}
