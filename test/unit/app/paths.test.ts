import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../../../main/app/paths';

const app = { getAppPath: () => '/opt/parley/app.asar', getPath: (name: string) => `/home/f/.config/Parley/${name}` };

describe('app paths', () => {
  it('serves the bundled renderer, preload and report fonts, and keeps workspaces in the user data folder', () => {
    expect(appPaths(app as never, {})).toEqual({
      renderer: join('/opt/parley/app.asar', 'dist', 'renderer'),
      preload: join('/opt/parley/app.asar', 'dist', 'preload', 'index.cjs'),
      reportFonts: join('/opt/parley/app.asar', 'dist', 'report-fonts'),
      pdfium: join('/opt/parley/app.asar', 'dist', 'pdfium', 'pdfium.wasm'),
      workspaces: join('/home/f/.config/Parley/userData', 'workspaces'),
    });
  });

  it('lets PARLEY_WORKSPACES choose another workspaces folder, resolved to an absolute path', () => {
    expect(appPaths(app as never, { PARLEY_WORKSPACES: '.' }).workspaces).toBe(resolve('.'));
    expect(appPaths(app as never, { PARLEY_WORKSPACES: '  ' }).workspaces).toContain('userData');
  });
});
