import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KDF_COST } from '../../../main/store/kdf';
import { ParleyFault, toFault } from '../../../main/errors';
import { checkWorkspace, createWorkspace, unlockWorkspace, workspaceFiles } from '../../../main/store/workspace';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';

const MARKER = 'ZEBRA-MARKER-Ḥaddād-مياه-7731';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function workspaceWithMarker() {
  const dir = await tempDir();
  cleanup = dir.remove;
  const path = join(dir.path, 'cedar');
  const ws = await createWorkspace(path, PASSPHRASE, { kdfCost: TEST_KDF_COST });
  await ws.db
    .insertInto('dialogues')
    .values({
      id: '00000000-0000-4000-8000-000000000001',
      code_name: MARKER,
      code_name_key: MARKER.toLowerCase(),
      conflict: `${MARKER} conflict`,
      objectives: MARKER.repeat(200),
      status: 'active',
      track_level: '2',
      started_on: null,
      archived_at: null,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    })
    .execute();
  return { ws, path };
}

function contains(haystack: Buffer, needle: string): boolean {
  return (
    haystack.includes(Buffer.from(needle, 'utf8')) ||
    haystack.includes(Buffer.from(needle, 'utf16le')) ||
    haystack.includes(Buffer.from('ZEBRA-MARKER', 'latin1'))
  );
}

describe('no plaintext on disk', () => {
  it('leaves no marker in any workspace file while open or after close, and no SQLite header', async () => {
    const { ws, path } = await workspaceWithMarker();
    // While open, the WAL holds the fresh pages: it must be encrypted too.
    for (const name of await readdir(path)) {
      expect(contains(await readFile(join(path, name)), MARKER), `${name} while open`).toBe(false);
    }
    await ws.close();
    const names = await readdir(path);
    expect(names.sort()).toEqual(['workspace.db', 'workspace.keys']);
    for (const name of names) {
      const bytes = await readFile(join(path, name));
      expect(contains(bytes, MARKER), name).toBe(false);
      for (const word of ['dialogues', 'parties', 'CREATE TABLE', 'code_name']) {
        expect(bytes.includes(Buffer.from(word)), `${name} reveals "${word}"`).toBe(false);
      }
    }
    const db = await readFile(workspaceFiles(path).database);
    expect(db.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  });

  it('reads the marker back with the passphrase', async () => {
    const { ws, path } = await workspaceWithMarker();
    await ws.close();
    const again = await unlockWorkspace(path, PASSPHRASE);
    const row = await again.db.selectFrom('dialogues').select('code_name').executeTakeFirstOrThrow();
    expect(row.code_name).toBe(MARKER);
    await again.close();
  });
});

describe('tampering', () => {
  it('reports a flipped byte inside the database as WORKSPACE_CORRUPT, for any page', async () => {
    const { ws, path } = await workspaceWithMarker();
    await ws.close();
    const file = workspaceFiles(path).database;
    const original = await readFile(file);
    const pageSize = 4096;
    const pages = original.length / pageSize;
    expect(pages).toBeGreaterThan(2);
    for (let page = 0; page < pages; page++) {
      const tampered = Buffer.from(original);
      const offset = page * pageSize + 200;
      tampered[offset] = tampered[offset]! ^ 0x01;
      await writeFile(file, tampered);
      // A damaged header fails the unlock; any other page fails the check that follows it in a worker.
      const found = await unlockWorkspace(path, PASSPHRASE).then(
        async (opened) => {
          try {
            return (await checkWorkspace(opened, 'quick')).problems.length > 0 ? 'WORKSPACE_CORRUPT' : 'ok';
          } catch (error) {
            return (toFault(error) as ParleyFault).code;
          } finally {
            await opened.close().catch(() => undefined);
          }
        },
        (error: ParleyFault) => error.code,
      );
      expect(found, `page ${page}`).toBe('WORKSPACE_CORRUPT');
    }
    await writeFile(file, original);
    const restored = await unlockWorkspace(path, PASSPHRASE);
    await restored.close();
  });
});
