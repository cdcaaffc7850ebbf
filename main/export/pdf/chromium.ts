import { existsSync } from 'node:fs';

/**
 * Where to find a Chromium outside Electron (the CLI, tests and benchmarks print PDFs with it):
 * `PARLEY_CHROMIUM`, else Debian's package. Playwright's own browser download is not reachable on
 * our machines, and Parley never fetches one at run time.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.PARLEY_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/**
 * Flags that keep Chromium from phoning home (without them it tries Google's hosts at every start)
 * and let it run as root in a container. Used by the PDF engine and the end-to-end tests alike.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
