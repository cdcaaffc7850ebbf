#!/usr/bin/env node
// Builds the desktop app into dist/ (package.json "main" is dist/main/index.cjs):
//   main/app/index.ts     → dist/main/index.cjs     (Electron main, Node 22, CommonJS)
//   main/preload/index.ts → dist/preload/index.cjs  (sandboxed preload: it may require only 'electron')
//   renderer/             → dist/renderer/          (Vite, with the root vite.config.ts)
//   @fontsource/*         → dist/report-fonts/      (the fonts PDF reports embed; see copyReportFonts)
//   @hyzyla/pdfium        → dist/pdfium/pdfium.wasm (reads printed PDFs back; see copyPdfium)
// Native modules stay external: they ship prebuilt binaries loaded from node_modules (unpacked
// from app.asar when packaged).
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const MAIN_EXTERNALS = ['electron', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2'];

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
  // No source maps in dist/: they would ship the sources inside the package for nothing.
  sourcemap: false,
};

/**
 * The sources are ESM and some use import.meta.url (createRequire in main/export/pdf/fonts.ts),
 * which esbuild leaves empty in CommonJS: give them the bundle's own URL, as scripts/build-cli.mjs does.
 */
export const IMPORT_META_URL = {
  banner: { js: "const __parleyImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: {
    'import.meta.url': '__parleyImportMetaUrl',
    // Libraries (React's server renderer in reports) pick their production build from NODE_ENV;
    // left undefined, main shipped React's development build, checks and warnings included.
    'process.env.NODE_ENV': '"production"',
  },
};

export async function buildMain(outfile = 'dist/main/index.cjs', { preload = true } = {}) {
  await build({
    ...common,
    entryPoints: ['main/app/index.ts'],
    outfile,
    platform: 'node',
    target: 'node22',
    external: MAIN_EXTERNALS,
    ...IMPORT_META_URL,
  });
  if (!preload) return;
  await build({
    ...common,
    entryPoints: ['main/preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    // A sandboxed preload runs in the renderer with a browser-like global scope.
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
  });
}

/**
 * The report font stylesheets, relative to node_modules: the same list as `reportFontFiles()` in
 * main/export/pdf/fonts.ts (this plain .mjs cannot import TypeScript; test/unit/app/packaging.test.ts
 * checks that the two agree).
 */
export const REPORT_FONT_FILES = [
  '@fontsource/noto-sans/400.css',
  '@fontsource/noto-sans/600.css',
  '@fontsource/noto-sans-arabic/400.css',
  '@fontsource/noto-sans-arabic/600.css',
  '@fontsource/noto-sans-hebrew/400.css',
  '@fontsource/noto-sans-hebrew/600.css',
];

const WOFF2_URL = /url\(\.\/files\/([\w.-]+\.woff2)\)/g;

/**
 * Copies the report fonts into `outDir` (dist/report-fonts) with node_modules' layout, which is what
 * `reportFontCss(fontsRoot)` reads: each stylesheet and every woff2 it names, under the same
 * relative paths, and each package's licence. The packaged app ships no node_modules but the native modules, so this copy is
 * where its reports take their fonts from. Returns the copied paths, relative to `outDir`.
 */
export async function copyReportFonts(outDir = resolve(ROOT, 'dist', 'report-fonts')) {
  const require = createRequire(join(ROOT, 'package.json'));
  await rm(outDir, { recursive: true, force: true });
  const copied = [];
  for (const file of REPORT_FONT_FILES) {
    const source = require.resolve(file);
    const css = await readFile(source, 'utf8');
    const fonts = [...new Set([...css.matchAll(WOFF2_URL)].map(([, name]) => `files/${name}`))];
    if (fonts.length === 0) throw new Error(`${file} names no woff2 file: has its layout changed?`);
    for (const relative of ['', ...fonts]) {
      const from = relative ? join(dirname(source), relative) : source;
      const to = join(outDir, relative ? join(dirname(file), relative) : file);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to);
      copied.push(relative ? `${dirname(file)}/${relative}` : file);
    }
  }
  // The SIL Open Font License asks that it travel with the fonts.
  for (const family of new Set(REPORT_FONT_FILES.map((file) => dirname(file)))) {
    await copyFile(require.resolve(`${family}/LICENSE`), join(outDir, family, 'LICENSE'));
    copied.push(`${family}/LICENSE`);
  }
  return copied;
}

/**
 * PDFium's WebAssembly binary, which main loads to read every printed PDF back before writing it
 * (main/export/pdf/pdfium.ts). Bundled main cannot find it next to the package's JavaScript, and
 * the packaged app ships no node_modules but the native modules: main reads this copy instead
 * (AppPaths.pdfium), from inside app.asar, whose files Electron reads like any other. Its licence
 * (MIT wrapper; PDFium's BSD-style licence) travels with it. Returns the copied paths, relative to `outDir`.
 */
export async function copyPdfium(outDir = resolve(ROOT, 'dist', 'pdfium')) {
  const require = createRequire(join(ROOT, 'package.json'));
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const wasm = require.resolve('@hyzyla/pdfium/pdfium.wasm');
  await copyFile(wasm, join(outDir, 'pdfium.wasm'));
  // The package's exports map hides its package.json; its licence sits one folder above dist/.
  await copyFile(join(dirname(wasm), '..', 'LICENSE.md'), join(outDir, 'LICENSE.md'));
  return ['pdfium.wasm', 'LICENSE.md'];
}

export async function buildRenderer() {
  // Imported lazily so a missing or broken Vite setup is reported as a renderer failure.
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export async function buildApp() {
  await buildMain();
  process.stdout.write('built dist/main/index.cjs and dist/preload/index.cjs\n');
  const fonts = await copyReportFonts();
  process.stdout.write(`copied ${fonts.length} report font files to dist/report-fonts\n`);
  await copyPdfium();
  process.stdout.write('copied PDFium to dist/pdfium\n');
  try {
    await buildRenderer();
  } catch (error) {
    process.stderr.write(
      `\nThe renderer build failed (vite.config.ts → dist/renderer). Main and preload were built.\n` +
        `${error instanceof Error ? error.message : String(error)}\n`,
    );
    throw new Error('renderer build failed', { cause: error });
  }
  process.stdout.write('built dist/renderer\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildApp().catch(() => {
    process.exitCode = 1;
  });
}
