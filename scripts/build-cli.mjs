#!/usr/bin/env node
// Bundles the CLI into one CommonJS file, so the installed `parley` starts without tsx:
//   main/cli/index.ts → dist/cli/index.cjs
// Native modules stay external: they ship prebuilt binaries that must be loaded from node_modules.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  absWorkingDir: ROOT,
  entryPoints: ['main/cli/index.ts'],
  outfile: 'dist/cli/index.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['better-sqlite3-multiple-ciphers', '@node-rs/argon2'],
  // The source is ESM and finds out whether it is the entry script from import.meta.url, which
  // CommonJS lacks: give it this file's own URL.
  banner: { js: "const __parleyImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__parleyImportMetaUrl' },
  legalComments: 'none',
  logLevel: 'warning',
});

process.stdout.write('built dist/cli/index.cjs\n');
