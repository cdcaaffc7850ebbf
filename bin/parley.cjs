#!/usr/bin/env node
'use strict';
// The `parley` command. Runs the bundled CLI (dist/cli/index.cjs, made by `npm run build:cli`)
// when it exists, otherwise the TypeScript source through tsx, so a fresh clone works before any
// build. PARLEY_CLI_SOURCE=1 forces the source even when a bundle exists (the tests use it).
// CommonJS so that it starts on any Node; modules are loaded with import() all the same.

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`parley: needs Node 22.12 or newer (this is ${process.version}).\n`);
  process.exit(1);
}

async function load() {
  const { existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { pathToFileURL } = await import('node:url');
  const bundle = join(__dirname, '..', 'dist', 'cli', 'index.cjs');
  if (process.env.PARLEY_CLI_SOURCE !== '1' && existsSync(bundle)) return import(pathToFileURL(bundle).href);
  const { tsImport } = await import('tsx/esm/api');
  // tsconfig: false — the project's compile-time `paths` entry points a package at its .d.ts,
  // which tsx would follow at run time; plain Node resolution is what the bundle does too.
  return tsImport('../main/cli/index.ts', { parentURL: pathToFileURL(__filename).href, tsconfig: false });
}

load()
  .then((cli) => cli.runCli())
  .catch((error) => {
    // Only reached when the CLI itself cannot be loaded (a missing dependency, a broken install).
    const detail = error && error.code ? ` (${error.code})` : '';
    process.stderr.write(`parley: could not start${detail}. Run \`npm ci\` in the Parley folder.\n`);
    if (process.env.PARLEY_DEBUG === '1' && error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  });
