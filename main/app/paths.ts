import type { App } from 'electron';
import { join, resolve } from 'node:path';

export interface AppPaths {
  /** Vite's output, served as app://parley/. */
  readonly renderer: string;
  readonly preload: string;
  /** The fonts reports embed, copied from node_modules by scripts/build.mjs (see reportFontCss). */
  readonly reportFonts: string;
  /** PDFium's WebAssembly, which reads every printed PDF back before it is written (scripts/build.mjs copies it). */
  readonly pdfium: string;
  /** One sub-folder per encrypted workspace. */
  readonly workspaces: string;
}

/**
 * `getAppPath()` is the project folder in development and app.asar when packaged. Workspaces live
 * in the user's data folder unless PARLEY_WORKSPACES names another (e.g. a USB stick, or `.` to
 * open the demo workspace from a checkout).
 */
export function appPaths(
  app: Pick<App, 'getAppPath' | 'getPath'>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): AppPaths {
  const root = app.getAppPath();
  const override = env.PARLEY_WORKSPACES?.trim();
  return {
    renderer: join(root, 'dist', 'renderer'),
    preload: join(root, 'dist', 'preload', 'index.cjs'),
    reportFonts: join(root, 'dist', 'report-fonts'),
    pdfium: join(root, 'dist', 'pdfium', 'pdfium.wasm'),
    workspaces: override ? resolve(override) : join(app.getPath('userData'), 'workspaces'),
  };
}
