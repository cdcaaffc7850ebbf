import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { build } from 'esbuild';
import type { Configuration } from 'electron-builder';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { reportFontCss, reportFontFiles } from '../../../main/export/pdf/fonts';
import { defaultPdfiumWasm } from '../../../main/export/pdf/pdfium';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron());

const ROOT = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

interface AfterPackModule {
  (context: unknown): Promise<void>;
  default: (context: unknown) => Promise<void>;
  FUSES: Readonly<Record<string, boolean>>;
  applyFuses: (context: unknown, lib: unknown) => Promise<void>;
}
const afterPack = require(join(ROOT, 'scripts/after-pack.cjs')) as AfterPackModule;

/** electron-builder's own loader and JSON-schema validation, as `electron-builder` runs them. */
async function loadBuilderConfig(): Promise<Configuration> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    getConfig: (dir: string, path: string | null, fromOptions: null) => Promise<Configuration>;
    validateConfiguration: (config: Configuration, logger: unknown) => Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  const config = await getConfig(ROOT, join(ROOT, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** `files` as patterns (electron-builder normalises the list into one FileSet with a filter). */
const filePatterns = (config: Configuration): string[] =>
  (config.files as (string | { filter?: string | string[] })[]).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : ([] as string[]).concat(entry.filter ?? []),
  );

interface BuildScript {
  MAIN_EXTERNALS: string[];
  REPORT_FONT_FILES: string[];
  IMPORT_META_URL: { banner: { js: string }; define: Record<string, string> };
  copyReportFonts: (outDir: string) => Promise<string[]>;
  copyPdfium: (outDir: string) => Promise<string[]>;
}
// Through a variable, so TypeScript does not look for declarations of the plain .mjs.
const buildScriptPath = '../../../scripts/build.mjs';
const buildScript = () => import(buildScriptPath) as Promise<BuildScript>;

const targets = (platform: { target?: unknown } | null | undefined) =>
  (platform?.target as (string | { target: string })[]).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('parses and passes electron-builder’s schema', async () => {
    await expect(loadBuilderConfig()).resolves.toBeTruthy();
  });

  it('packs into asar, unpacks the native binaries and does not rebuild them', async () => {
    const config = await loadBuilderConfig();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
    expect(config.appId).toMatch(/\./);
    expect(config.productName).toBe('Parley');
  });

  it('ships the build output and package.json, with package.json main pointing into it', async () => {
    const config = await loadBuilderConfig();
    expect(filePatterns(config)).toEqual(
      expect.arrayContaining([
        'dist/main/**',
        'dist/preload/**',
        'dist/renderer/**',
        'dist/report-fonts/**',
        'dist/pdfium/**',
        'package.json',
      ]),
    );
    const pkg = require(join(ROOT, 'package.json')) as { main: string };
    expect(pkg.main).toBe('dist/main/index.cjs');
  });

  it('keeps exactly the native modules main leaves external, and drops everything bundled', async () => {
    const config = await loadBuilderConfig();
    // The same minimatch, with the same options, electron-builder filters node_modules with.
    const { minimatch } = createRequire(require.resolve('app-builder-lib/package.json'))('minimatch') as {
      minimatch: (path: string, pattern: string, options: object) => boolean;
    };
    const exclusions = [...filePatterns(config), ...((config.linux?.files ?? []) as string[])]
      .filter((p) => p.startsWith('!'))
      .map((p) => p.slice(1));
    const excluded = (path: string) => exclusions.some((pattern) => minimatch(path, pattern, { dot: true }));

    const { MAIN_EXTERNALS } = await buildScript();
    const natives = MAIN_EXTERNALS.filter((name) => name !== 'electron');
    expect(natives.sort()).toEqual(['@node-rs/argon2', 'better-sqlite3-multiple-ciphers']);
    for (const kept of [
      'node_modules/better-sqlite3-multiple-ciphers/package.json',
      'node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
      'node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-x64.node',
      'node_modules/@node-rs/argon2/index.js',
      'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node',
      'dist/report-fonts/@fontsource/noto-sans-arabic/400.css',
      'dist/report-fonts/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
      'dist/pdfium/pdfium.wasm',
    ]) {
      expect(excluded(kept), kept).toBe(false);
    }

    const pkg = require(join(ROOT, 'package.json')) as { dependencies: Record<string, string> };
    const bundled = Object.keys(pkg.dependencies).filter((name) => !natives.includes(name));
    expect(bundled.length).toBeGreaterThan(0);
    for (const dropped of [
      ...bundled.map((name) => `node_modules/${name}/package.json`),
      'node_modules/better-sqlite3-multiple-ciphers/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3-multiple-ciphers/prebuilds/win32-x64.node',
      'dist/main/index.cjs.map',
    ]) {
      expect(excluded(dropped), dropped).toBe(true);
    }
  });

  it('targets AppImage and deb, nsis, and a hardened-runtime dmg', async () => {
    const config = await loadBuilderConfig();
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toEqual(['dmg']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    expect(config.publish).toBeNull();
  });

  it('flips fuses in an afterPack hook that exists', async () => {
    const config = await loadBuilderConfig();
    expect(config.afterPack).toBe('scripts/after-pack.cjs');
    expect(existsSync(join(ROOT, config.afterPack as string))).toBe(true);
    expect(afterPack.default).toBe(afterPack.applyFuses);
  });
});

describe('report fonts in the build (scripts/build.mjs)', () => {
  it('copies the same font files the reports read (main/export/pdf/fonts.ts)', async () => {
    const { REPORT_FONT_FILES } = await buildScript();
    expect(REPORT_FONT_FILES).toEqual(reportFontFiles());
  });

  it('lays them out as reportFontCss(fontsRoot) reads them, with the font licences', async () => {
    const { copyReportFonts } = await buildScript();
    const out = await mkdtemp(join(tmpdir(), 'parley-report-fonts-'));
    try {
      const copied = await copyReportFonts(out);
      expect(copied).toEqual(expect.arrayContaining([...reportFontFiles(), '@fontsource/noto-sans-hebrew/LICENSE']));
      const woff2 = copied.filter((file) => file.endsWith('.woff2'));
      expect(woff2.length).toBeGreaterThan(reportFontFiles().length);
      // Nothing but the stylesheets, their woff2 files and the licences: no woff, no other weight.
      const files = await readdir(out, { recursive: true, withFileTypes: true });
      expect(files.filter((entry) => entry.isFile()).length).toBe(copied.length);
      expect(copied.every((file) => /\.(css|woff2)$|\/LICENSE$/.test(file))).toBe(true);
      // The copy yields exactly the CSS node_modules does: every face, every inlined font.
      const css = await reportFontCss(out);
      expect(css).not.toMatch(/url\(\.\//);
      expect(css).toBe(await reportFontCss());
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('gives the CommonJS main bundle an import.meta.url, so fonts.ts finds node_modules', async () => {
    const { IMPORT_META_URL } = await buildScript();
    // Inside node_modules, so the bundle resolves @fontsource the way dist/main/index.cjs does.
    const cache = join(ROOT, 'node_modules', '.cache');
    await mkdir(cache, { recursive: true });
    const out = await mkdtemp(join(cache, 'parley-main-bundle-'));
    try {
      const outfile = join(out, 'fonts.cjs');
      await build({
        absWorkingDir: ROOT,
        entryPoints: ['main/export/pdf/fonts.ts'],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        logLevel: 'silent',
        ...IMPORT_META_URL,
      });
      const bundled = require(outfile) as { reportFontCss: () => Promise<string> };
      await expect(bundled.reportFontCss()).resolves.toContain("font-family: 'Noto Sans Arabic'");
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('PDFium in the build (scripts/build.mjs)', () => {
  it('copies the WebAssembly main reads printed PDFs with, and its licence', async () => {
    const { copyPdfium } = await buildScript();
    const out = await mkdtemp(join(tmpdir(), 'parley-pdfium-'));
    try {
      expect(await copyPdfium(out)).toEqual(['pdfium.wasm', 'LICENSE.md']);
      const copy = await readFile(join(out, 'pdfium.wasm'));
      expect(copy.equals(await readFile(defaultPdfiumWasm()))).toBe(true);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('reads a PDF back from the CommonJS main bundle with the copied binary, away from node_modules', async () => {
    const { copyPdfium, IMPORT_META_URL } = await buildScript();
    // Outside the project, as in the packaged app: nothing of node_modules can be found from there.
    const out = await mkdtemp(join(tmpdir(), 'parley-pdfium-bundle-'));
    try {
      await copyPdfium(join(out, 'pdfium'));
      const outfile = join(out, 'main.cjs');
      await build({
        absWorkingDir: ROOT,
        entryPoints: ['main/export/pdf/pdfium.ts'],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node22',
        logLevel: 'silent',
        ...IMPORT_META_URL,
      });
      const bundled = require(outfile) as typeof import('../../../main/export/pdf/pdfium');
      const pdf = await PDFDocument.create();
      const page = pdf.addPage();
      page.drawText('Session 3 agenda', { font: await pdf.embedFont(StandardFonts.Helvetica) });
      const read = await bundled.readPrintedPdf(await pdf.save(), join(out, 'pdfium', 'pdfium.wasm'));
      expect(read.pages[0]).toContain('Session 3 agenda');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe('fuses (scripts/after-pack.cjs)', () => {
  it('sets the fuses of DESIGN.md', () => {
    expect(afterPack.FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
      LoadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('decides every fuse @electron/fuses knows, by its real name', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(afterPack.FUSES).sort()).toEqual(known.sort());
  });

  it.each([
    ['linux', 1, 'parley', false],
    ['win32', 1, 'Parley.exe', false],
    ['darwin', 1, 'Parley.app', false],
    ['darwin', 3, 'Parley.app', true],
  ] as const)('flips them on the %s (arch %i) executable %s, strictly', async (platform, arch, file, resign) => {
    const flipFuses = vi.fn(async () => 1);
    const context = {
      appOutDir: '/build/out',
      electronPlatformName: platform,
      arch,
      packager: { appInfo: { productFilename: 'Parley' }, executableName: 'parley' },
    };
    await afterPack.applyFuses(context, { flipFuses, FuseV1Options, FuseVersion });
    expect(flipFuses).toHaveBeenCalledTimes(1);
    const [path, config] = flipFuses.mock.calls[0] as unknown as [string, Record<string | number, unknown>];
    expect(path).toBe(join('/build/out', file));
    expect(config).toMatchObject({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      resetAdHocDarwinSignature: resign,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    });
  });
});
