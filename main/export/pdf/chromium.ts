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

/** What Chromium may see of the environment: enough to find fonts, a display and a temp folder. */
const CHROMIUM_ENV_KEYS = [
  'PATH',
  'HOME',
  'USER',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  'TMPDIR',
  'DISPLAY',
  'WAYLAND_DISPLAY',
  'XDG_RUNTIME_DIR',
  'XDG_CONFIG_HOME',
  'XDG_CACHE_HOME',
  'XDG_DATA_HOME',
  'XDG_DATA_DIRS',
  'FONTCONFIG_FILE',
  'FONTCONFIG_PATH',
  'SYSTEMROOT',
  'WINDIR',
  'LOCALAPPDATA',
  'PROGRAMFILES',
];

/**
 * A scrubbed environment for Chromium and every helper it starts: an allow-list, so
 * `PARLEY_PASSPHRASE` (or anything else a facilitator's shell holds) never reaches a child.
 */
export function chromiumEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const scrubbed: Record<string, string> = {};
  for (const key of CHROMIUM_ENV_KEYS) {
    const value = env[key];
    if (value !== undefined) scrubbed[key] = value;
  }
  return scrubbed;
}
