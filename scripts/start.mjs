#!/usr/bin/env node
// `npm start`: builds the app, then runs it in Electron where Electron's binary is installed.
// Our build machines install electron with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (types only); there
// this says how to get the binary instead of failing obscurely.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build.mjs';
import { electronBinary } from './electron-binary.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HOW_TO_INSTALL = `
Electron's binary is not installed here (it was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD=1,
or its download failed), so the desktop app cannot start on this machine.

On a machine with network access, install it with either:
  npm install electron            (without ELECTRON_SKIP_BINARY_DOWNLOAD set)
  node node_modules/electron/install.js

Then run \`npm start\` again. Everything else (npm test, npm run demo, the parley CLI) works without it.
`;

try {
  await buildApp();
} catch {
  process.exit(1);
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(HOW_TO_INSTALL);
  process.exit(1);
}

// A leftover ELECTRON_RUN_AS_NODE would start plain Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.'], { cwd: ROOT, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
