import { open } from 'node:fs/promises';
import { ParleyFault, toFault } from '../../errors';
import { verifyWorkspace, workspaceFiles, type VerifyReport } from '../../store/workspace';
import { parseCommand, workspaceArgument } from '../args';
import type { Command } from '../context';
import { CliError, EXIT, exitCodeFor } from '../exit-codes';
import { HELP } from '../help';
import { renderJson } from '../output';
import { askPassphrase } from '../passphrase';
import { assertWorkspaceExists, resolveTarget } from '../workspace';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

type Verdict =
  | { readonly ok: true; readonly report: VerifyReport; readonly summary: string }
  | { readonly ok: false; readonly code: string; readonly summary: string };

/**
 * `verify` is the one command that does not go through the registry: integrity checking is not a
 * contract method (the app never needs a full check on unlock), so it calls the store's read-only
 * `verifyWorkspace`, which opens the database without migrating it.
 */
export const verify: Command = async (args, { io }) => {
  const { values, positionals } = parseCommand('verify', args, {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP.verify);
    return EXIT.OK;
  }
  const target = resolveTarget(io, 'verify', workspaceArgument('verify', positionals));
  await assertWorkspaceExists(target);

  const verdict = await judge(target.path, () => askPassphrase(io, target.label));
  if (values.json) {
    const body = verdict.ok
      ? { ok: true, workspace: target.label, ...verdict.report }
      : { ok: false, workspace: target.label, code: verdict.code, message: verdict.summary };
    io.stdout(renderJson(body));
  } else if (verdict.ok) {
    io.stdout(`OK ${target.label}: ${verdict.summary}\n`);
  } else {
    io.stderr(`FAILED ${target.label}: ${verdict.summary}\n`);
  }
  return verdict.ok ? EXIT.OK : EXIT.FAILURE;
};

async function judge(path: string, passphrase: () => Promise<string>): Promise<Verdict> {
  // Checked from outside SQLite first: a plaintext file is refused whatever the library would do.
  if (await hasPlaintextHeader(workspaceFiles(path).database)) {
    return { ok: false, code: 'CIPHER_INACTIVE', summary: 'the database is NOT encrypted (plain SQLite header).' };
  }
  let report: VerifyReport;
  try {
    report = await verifyWorkspace(path, await passphrase());
  } catch (raw) {
    const error = toFault(raw);
    if (!(error instanceof ParleyFault)) throw raw;
    // Wrong or missing passphrase is not a verdict on the workspace: it keeps its own exit code.
    if (exitCodeFor(error.code) !== EXIT.FAILURE) throw new CliError(exitCodeFor(error.code), error.message);
    return { ok: false, code: error.code, summary: error.message };
  }
  if (report.schemaVersion > report.latestSchemaVersion) {
    return {
      ok: false,
      code: 'WORKSPACE_TOO_NEW',
      summary: `schema ${report.schemaVersion} was written by a newer Parley (this one knows ${report.latestSchemaVersion}).`,
    };
  }
  const upgrade =
    report.schemaVersion < report.latestSchemaVersion
      ? ` (upgraded to ${report.latestSchemaVersion} at the next unlock)`
      : ' (latest)';
  return {
    ok: true,
    report,
    summary: `encrypted (cipher ${report.cipher}), full integrity check passed, schema ${report.schemaVersion}${upgrade}.`,
  };
}

async function hasPlaintextHeader(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(PLAINTEXT_HEADER.length);
    const { bytesRead } = await handle.read(header, 0, header.length, 0);
    return bytesRead === header.length && header.equals(PLAINTEXT_HEADER);
  } finally {
    await handle.close();
  }
}
