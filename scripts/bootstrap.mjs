#!/usr/bin/env node
// Makes a fresh clone runnable with nothing installed, then runs a task:
//   node scripts/bootstrap.mjs <task>        (task: demo | test | bench | start | env)
// Plain JavaScript that runs on the machine's Node (even 20): it finds or fetches Node 22 from the
// npm registry, runs `npm ci` when node_modules is missing or stale, finds a Chromium for the
// browser tests and PDFs, and hands over to the task under Node 22.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE_CACHE = process.env.PARLEY_NODE_CACHE ?? join(homedir(), '.cache', 'parley-node');
const MIN_NODE = [22, 12];

const TASKS = {
  demo: { chromium: true, steps: [['npx', 'tsx', 'scripts/demo.ts']] },
  bench: { chromium: true, steps: [['npx', 'tsx', 'test/bench/run.ts']] },
  start: { chromium: false, steps: [['node', 'scripts/start.mjs']] },
  test: {
    chromium: true,
    steps: [
      ['npm', 'run', '--silent', 'check'],
      ['npm', 'run', '--silent', 'test:unit'],
      ['npm', 'run', '--silent', 'build'],
      ['npm', 'run', '--silent', 'test:e2e'],
    ],
  },
  env: { chromium: true, steps: [] },
};

const say = (line) => process.stderr.write(`[bootstrap] ${line}\n`);
const fail = (line) => {
  say(line);
  process.exit(1);
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** Returns the bin folder of a Node ≥ 22.12, fetching Node 22 from the npm registry if needed. */
function ensureNode() {
  if (nodeIsRecentEnough(process.version)) return dirname(process.execPath);
  const cachedBin = join(NODE_CACHE, 'node_modules', 'node', 'bin');
  const cached = join(cachedBin, process.platform === 'win32' ? 'node.exe' : 'node');
  const version = () => spawnSync(cached, ['-v'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  if (!existsSync(cached) || !nodeIsRecentEnough(version())) {
    say(`Node ${process.version} is too old (need ≥ ${MIN_NODE.join('.')}); fetching Node 22 from the npm registry…`);
    const status = run('npm', ['install', '--no-save', '--prefix', NODE_CACHE, 'node@22'], { cwd: homedir() });
    if (status !== 0 || !existsSync(cached)) fail('could not install Node 22 (npm install node@22 failed).');
  }
  say(`using Node ${version()} from ${cachedBin}`);
  return cachedBin;
}

/** npm ci when node_modules is missing or older than the lock file. */
function ensureDependencies(env) {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (npm ci)…');
  const status = run('npm', ['ci', '--no-audit', '--no-fund'], { env });
  if (status !== 0) fail('npm ci failed.');
}

function playwrightChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const candidate of [
      'chrome-linux/chrome',
      'chrome-linux64/chrome',
      'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    ]) {
      const path = join(cache, dir, candidate);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

function findChromium() {
  const candidates = [
    process.env.PARLEY_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    playwrightChromium(),
  ];
  return candidates.find((path) => path && existsSync(path));
}

/** An existing Chromium, else Playwright's download where the network allows, else Debian's package as root. */
function ensureChromium(env) {
  let found = findChromium();
  if (found) return found;
  say('no Chromium found; trying Playwright’s browser download…');
  if (run('npx', ['playwright', 'install', 'chromium'], { env }) === 0) found = findChromium();
  if (!found && process.platform === 'linux' && process.getuid?.() === 0) {
    say('installing Debian’s chromium and poppler-utils…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'poppler-utils'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    found = findChromium();
  }
  if (!found) fail('no Chromium: install one (e.g. `apt-get install chromium`) or set PARLEY_CHROMIUM to its path.');
  return found;
}

function ensurePdfTools() {
  const has = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  if (has || process.platform !== 'linux' || process.getuid?.() !== 0) return;
  say('installing poppler-utils (pdftotext)…');
  run('apt-get', ['install', '-y', '-qq', 'poppler-utils'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const taskName = process.argv[2];
const task = TASKS[taskName];
if (!task) fail(`unknown task "${taskName}". Tasks: ${Object.keys(TASKS).join(', ')}`);

const nodeBin = ensureNode();
const env = {
  ...process.env,
  PATH: [join(ROOT, 'node_modules', '.bin'), nodeBin, process.env.PATH].join(delimiter),
  // Electron's binary comes from GitHub, which these machines cannot reach; its types install anyway.
  ELECTRON_SKIP_BINARY_DOWNLOAD: process.env.ELECTRON_SKIP_BINARY_DOWNLOAD ?? '1',
};
ensureDependencies(env);
if (task.chromium) {
  env.PARLEY_CHROMIUM = ensureChromium(env);
  ensurePdfTools();
}

for (const [command, ...args] of task.steps) {
  const status = run(command, args, { env });
  if (status !== 0) process.exit(status);
}
