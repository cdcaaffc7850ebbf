import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The path of the Electron executable, or undefined when only the npm package is installed.
 * It reads the package's path.txt itself: `require('electron')` would start a download when the
 * binary is missing, and this machine makes no network request it was not asked to.
 */
export function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative || 'electron') : relative && join(packageDir, 'dist', relative);
  return binary && existsSync(binary) ? binary : undefined;
}
