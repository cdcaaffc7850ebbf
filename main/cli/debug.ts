/**
 * What PARLEY_DEBUG=1 may print about an unexpected error: its class, its code and the stack
 * frames (file:line). Never its message — SQLite, zod or the file system can quote the data that
 * failed, and that data is workspace content.
 */
export function describeForDebug(error: unknown): string {
  if (!(error instanceof Error)) return `debug: non-Error thrown (${typeof error})\n`;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  const cause = error.cause === undefined ? '' : `caused by:\n${describeForDebug(error.cause)}`;
  return `debug: ${error.name}${typeof code === 'string' ? ` [${code}]` : ''}\n${frames}\n${cause}`;
}

export const debugEnabled = (env: Readonly<Record<string, string | undefined>>) =>
  env.PARLEY_DEBUG === '1' || env.PARLEY_DEBUG === 'true';
