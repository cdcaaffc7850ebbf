#!/usr/bin/env node
// Builds the desktop app into dist/ (package.json "main" is dist/main/index.cjs):
//   main/app/index.ts     → dist/main/index.cjs     (Electron main, Node 22, CommonJS)
//   main/preload/index.ts → dist/preload/index.cjs  (sandboxed preload: it may require only 'electron')
//   renderer/             → dist/renderer/          (Vite, with the root vite.config.ts)
// Native modules stay external: they ship prebuilt binaries loaded from node_modules (unpacked
// from app.asar when packaged).
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
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

export async function buildMain() {
  await build({
    ...common,
    entryPoints: ['main/app/index.ts'],
    outfile: 'dist/main/index.cjs',
    platform: 'node',
    target: 'node22',
    external: MAIN_EXTERNALS,
  });
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

export async function buildRenderer() {
  // Imported lazily so a missing or broken Vite setup is reported as a renderer failure.
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}

export async function buildApp() {
  await buildMain();
  process.stdout.write('built dist/main/index.cjs and dist/preload/index.cjs\n');
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
