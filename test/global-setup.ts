import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder for the whole test run, removed at its end: helpers that cannot clean up
 * after themselves (the fake Electron's userData, made when `electron` is first imported) put
 * their folders here, so no run leaves workspaces behind in the system's temp folder.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'parley-test-run-'));
  process.env.PARLEY_TEST_TMP = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
