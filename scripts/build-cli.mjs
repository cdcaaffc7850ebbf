#!/usr/bin/env node
// Bundles the CLI into one CommonJS file, so the installed `parley` starts without tsx:
//   main/cli/index.ts → dist/cli/index.cjs
// Left external, loaded from node_modules at run time: the native modules (prebuilt binaries) and
// playwright-core, which reads its own package files when it loads (bundled, it cannot start).
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IMPORT_META_URL } from './build.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const CLI_EXTERNALS = ['better-sqlite3-multiple-ciphers', '@node-rs/argon2', 'playwright-core'];

export async function buildCli(outfile = resolve(ROOT, 'dist', 'cli', 'index.cjs')) {
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['main/cli/index.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: CLI_EXTERNALS,
    // The source is ESM and finds out whether it is the entry script from import.meta.url, which
    // CommonJS lacks: give it this file's own URL.
    ...IMPORT_META_URL,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildCli();
  process.stdout.write('built dist/cli/index.cjs\n');
}
