import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KDF_COST, TEST_KDF_COST } from '../../../main/store/kdf';
import { createKeyFile, readKeyFile, unlockWithPassphrase } from '../../../main/store/keyslots';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

async function keyFilePath() {
  const dir = await tempDir();
  cleanup = dir.remove;
  return join(dir.path, 'workspace.keys');
}

describe('key slots', () => {
  it('production parameters are memory-hard Argon2id', () => {
    expect(DEFAULT_KDF_COST.memoryCost).toBeGreaterThanOrEqual(64 * 1024);
    expect(DEFAULT_KDF_COST.timeCost).toBeGreaterThanOrEqual(2);
  });

  it('stores the database key only wrapped, and unwraps it with the passphrase', async () => {
    const path = await keyFilePath();
    const { databaseKey } = await createKeyFile(path, PASSPHRASE, TEST_KDF_COST);
    const raw = await readFile(path);
    expect(raw.includes(databaseKey)).toBe(false);
    expect(raw.includes(Buffer.from(databaseKey.toString('hex')))).toBe(false);
    expect(raw.includes(Buffer.from(databaseKey.toString('base64')))).toBe(false);
    expect(raw.includes(Buffer.from(PASSPHRASE))).toBe(false);
    const key = await unlockWithPassphrase(await readKeyFile(path), PASSPHRASE);
    expect(key.equals(databaseKey)).toBe(true);
  });

  it('rejects a wrong passphrase with WRONG_PASSPHRASE and leaves the file as it was', async () => {
    const path = await keyFilePath();
    await createKeyFile(path, PASSPHRASE, TEST_KDF_COST);
    const before = await readFile(path);
    await expect(unlockWithPassphrase(await readKeyFile(path), `${PASSPHRASE}x`)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('treats NFC and NFD spellings of the same passphrase as equal', async () => {
    const path = await keyFilePath();
    const composed = 'café-olive-lantern-harbour'.normalize('NFC');
    const { databaseKey } = await createKeyFile(path, composed, TEST_KDF_COST);
    const key = await unlockWithPassphrase(await readKeyFile(path), composed.normalize('NFD'));
    expect(key.equals(databaseKey)).toBe(true);
  });

  it('binds each slot to its workspace: a slot moved into another key file does not open', async () => {
    const pathA = await keyFilePath();
    const cleanA = cleanup;
    const pathB = await keyFilePath();
    await createKeyFile(pathA, PASSPHRASE, TEST_KDF_COST);
    await createKeyFile(pathB, PASSPHRASE, TEST_KDF_COST);
    const a = await readKeyFile(pathA);
    const b = await readKeyFile(pathB);
    await expect(unlockWithPassphrase({ ...b, slots: a.slots }, PASSPHRASE)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await cleanA?.();
  });

  it('reports a damaged or missing key file as WORKSPACE_CORRUPT', async () => {
    const path = await keyFilePath();
    await expect(readKeyFile(path)).rejects.toMatchObject({ code: 'WORKSPACE_CORRUPT' });
    await writeFile(path, '{"format":"parley-keyslots","version":1');
    await expect(readKeyFile(path)).rejects.toMatchObject({ code: 'WORKSPACE_CORRUPT' });
    await writeFile(path, JSON.stringify({ format: 'parley-keyslots', version: 1, workspaceId: 'x', slots: [] }));
    await expect(readKeyFile(path)).rejects.toMatchObject({ code: 'WORKSPACE_CORRUPT' });
  });

  it('detects a tampered wrapped key as a wrong passphrase rather than returning garbage', async () => {
    const path = await keyFilePath();
    await createKeyFile(path, PASSPHRASE, TEST_KDF_COST);
    const file = await readKeyFile(path);
    const slot = file.slots[0]!;
    const ciphertext = Buffer.from(slot.wrap.ciphertext, 'base64');
    ciphertext[0] = ciphertext[0]! ^ 1;
    const tampered = {
      ...file,
      slots: [{ ...slot, wrap: { ...slot.wrap, ciphertext: ciphertext.toString('base64') } }],
    };
    await expect(unlockWithPassphrase(tampered, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });
});
