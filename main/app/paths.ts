import type { App } from 'electron';
import { join } from 'node:path';

export interface AppPaths {
  /** Vite's output, served as app://parley/. */
  readonly renderer: string;
  readonly preload: string;
  /** One sub-folder per encrypted workspace. */
  readonly workspaces: string;
}

/** `getAppPath()` is the project folder in development and app.asar when packaged. */
export function appPaths(app: Pick<App, 'getAppPath' | 'getPath'>): AppPaths {
  const root = app.getAppPath();
  return {
    renderer: join(root, 'dist', 'renderer'),
    preload: join(root, 'dist', 'preload', 'index.cjs'),
    workspaces: join(app.getPath('userData'), 'workspaces'),
  };
}
