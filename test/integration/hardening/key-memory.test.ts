import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, PASSPHRASE, type Harness } from '../../fixtures/workspace';

/**
 * Review defect 6: after a lock, the database key survived in memory as hex text (the PRAGMA that
 * keyed SQLite). The key is now handed to SQLite from a Buffer that is zeroed at once, and never
 * becomes a JavaScript string. A child process unlocks, locks and scans its own memory.
 */
const PROBE = join(import.meta.dirname, 'memory-probe.ts');
const run = promisify(execFile);
const canScan = existsSync('/proc/self/mem');

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.dispose());

describe('key material after a lock', () => {
  it.skipIf(!canScan)(
    'leaves no copy of the database key as hex text in the process’s memory',
    async () => {
      const created = await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
      expect(created.ok).toBe(true);
      await h.services.workspace.checked;
      await h.services.workspace.lock();
      const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', PROBE, h.root, 'cedar'], {
        env: { ...process.env, PARLEY_PROBE_SECRET: PASSPHRASE },
        maxBuffer: 1024 * 1024,
      });
      expect(stdout.trim()).toBe('copies 0');
    },
    60_000,
  );
});
