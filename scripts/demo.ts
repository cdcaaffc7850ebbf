// `npm run demo`: makes ./demo-workspace, a real encrypted workspace (production KDF cost) holding
// fictional data, writes its agenda PDFs to ./demo-reports, and prints how to open it. Run again to
// start afresh: an existing demo workspace is replaced, but nothing that is not a Parley workspace
// is ever deleted.
import { mkdir, readdir, rmdir, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CallFailed, createClient } from '../main/cli/client';
import { lock } from '../main/cli/workspace';
import { createChromiumPdfEngine } from '../main/export/pdf/chromium-engine';
import { ParleyFault } from '../main/errors';
import { DATABASE_FILE, isWorkspace, KEY_FILE, verifyWorkspace } from '../main/store/workspace';
import type { DialogueView } from '../shared/contract';
import { DEMO_STEPS } from './demo/index';

const NAME = 'demo-workspace';
const REPORTS = 'demo-reports';
/** Printed for anyone to use: the demo holds nothing but invented data. */
const PASSPHRASE = 'quiet-orchard-lantern-tide-58';
const WORKSPACE_FILES = new Set([
  DATABASE_FILE,
  `${DATABASE_FILE}-wal`,
  `${DATABASE_FILE}-shm`,
  `${DATABASE_FILE}-journal`,
  KEY_FILE,
]);

class Refusal extends Error {}

async function main(): Promise<void> {
  const root = process.cwd();
  const path = resolve(root, NAME);
  await clearPreviousDemo(path);

  const reports = resolve(root, REPORTS);
  await mkdir(reports, { recursive: true });
  const pdf = createChromiumPdfEngine();
  const client = createClient({
    root,
    exports: {
      pdf: () => pdf,
      // The demo's own folder: a run replaces the PDFs of the previous one.
      destination: { choose: async (name) => ({ path: join(reports, name), overwrite: true }) },
    },
  });
  await client.call('workspace.create', { name: NAME, passphrase: PASSPHRASE });
  const made: string[] = [];
  try {
    const ctx = { call: client.call, dialogues: new Map<string, DialogueView>() };
    for (const step of DEMO_STEPS) made.push(...(await step.run(ctx)));
  } finally {
    await lock(client);
    await pdf.close();
  }
  const report = await verifyWorkspace(path, PASSPHRASE);

  const out = [
    `Parley demo workspace ready: ./${NAME} (fictional data only)`,
    '',
    ...made.map((line) => `  ${line}`),
    '',
    `Reports (PDF, for printing or handing out) are in ./${REPORTS}.`,
    `Verified: encrypted (cipher ${report.cipher}), full integrity check passed, schema ${report.schemaVersion}.`,
    '',
    'Open it:',
    `  command line:  npm run parley -- dialogue list ${NAME} --archived   (asks for the passphrase, no echo)`,
    `  desktop app:   PARLEY_WORKSPACES=. npm start, then unlock “${NAME}” (where Electron is installed)`,
    '',
    `Passphrase: ${PASSPHRASE}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

/**
 * Removes a previous demo workspace, file by file, and only when the folder holds a Parley
 * workspace's files and nothing else. Anything else at that path is left alone.
 */
async function clearPreviousDemo(path: string): Promise<void> {
  let entries: string[];
  try {
    if (!(await stat(path)).isDirectory()) throw new Refusal(`./${NAME} exists and is not a folder; not touching it.`);
    entries = await readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (entries.length === 0) return;
  if (!(await isWorkspace(path)) || entries.some((name) => !WORKSPACE_FILES.has(name))) {
    throw new Refusal(
      `./${NAME} exists but is not (only) a Parley workspace; not touching it. Move it away and run the demo again.`,
    );
  }
  for (const name of entries) await unlink(join(path, name));
  await rmdir(path);
  process.stdout.write(`Replaced the previous ./${NAME}.\n`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof Refusal || error instanceof ParleyFault || error instanceof CallFailed
      ? error.message
      : 'something went wrong while making the demo workspace.';
  process.stderr.write(`demo: ${message}\n`);
  process.exitCode = 1;
});
