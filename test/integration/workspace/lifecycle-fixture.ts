import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialogueView, SessionView } from '../../../shared/contract';
import { createServices } from '../../../main/services';
import { createIpcRegistry } from '../../../main/ipc';
import { readKeyFile, unlockWithPassphrase } from '../../../main/store/keyslots';
import { workspaceFiles } from '../../../main/store/workspace';
import { TEST_KDF_COST } from '../../../main/store/kdf';
import { decryptDatabase, decryptWal, type DecryptedPage } from '../../fixtures/sqlcipher-pages';
import { PASSPHRASE, TRUSTED_ORIGIN, TRUSTED_SENDER, type Harness } from '../../fixtures/workspace';

/**
 * A harness whose save and open dialogs are stand-ins: backups land in a folder of their own
 * (outside the workspaces folder, as on a USB stick), and the open dialog answers `pick`.
 */
export interface LifecycleHarness extends Harness {
  readonly filesDir: string;
  /** Where the save dialog puts files (`filesDir` unless a test points it elsewhere, e.g. a full disk). */
  saveTo: string;
  /** What the open dialog answers next (null: cancelled). */
  pick: string | null;
  ok<T>(channel: string, payload?: unknown): Promise<T>;
}

export async function lifecycleHarness(): Promise<LifecycleHarness> {
  const root = await mkdtemp(join(tmpdir(), 'parley-test-'));
  const filesDir = await mkdtemp(join(tmpdir(), 'parley-test-files-'));
  const harness: { pick: string | null; saveTo: string } = { pick: null, saveTo: filesDir };
  const services = createServices({
    root,
    kdfCost: TEST_KDF_COST,
    exports: {
      pdf: () => {
        throw new Error('no PDF engine in this harness');
      },
      destination: { choose: async (name) => ({ path: join(harness.saveTo, name), overwrite: false }) },
      source: { pick: async () => harness.pick },
    },
  });
  const registry = createIpcRegistry(services, { trustedOrigin: TRUSTED_ORIGIN });
  const call = (channel: string, payload: unknown = {}) => registry.invoke(channel, payload, TRUSTED_SENDER) as never;
  return Object.assign(harness, {
    root,
    filesDir,
    services,
    registry,
    call,
    async ok<T>(channel: string, payload: unknown = {}): Promise<T> {
      const result = (await registry.invoke(channel, payload, TRUSTED_SENDER)) as
        { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async dispose() {
      await services.workspace.checked;
      await services.workspace.lock();
      await rm(root, { recursive: true, force: true });
      await rm(filesDir, { recursive: true, force: true });
    },
  });
}

export async function dialogueWithSession(h: LifecycleHarness, codeName: string) {
  const dialogue = await h.ok<DialogueView>('dialogue.create', {
    codeName,
    parties: [{ name: 'Side A' }, { name: 'Side B' }],
  });
  const session = await h.ok<SessionView>('session.create', {
    dialogueId: dialogue.id,
    startsAt: '2026-05-14T09:00',
    endsAt: '2026-05-14T17:00',
    timeZone: 'Europe/Zurich',
  });
  return { dialogue, session };
}

/** Every page SQLite has on disk for a workspace, decrypted in memory. */
export async function decryptedPages(path: string, passphrase = PASSPHRASE): Promise<DecryptedPage[]> {
  const files = workspaceFiles(path);
  const key = await unlockWithPassphrase(await readKeyFile(files.keys), passphrase);
  const db = await readFile(files.database);
  const wal = await readFile(`${files.database}-wal`).catch(() => Buffer.alloc(0));
  return [...decryptDatabase(db, key), ...decryptWal(wal, db.subarray(0, 16), key)];
}
