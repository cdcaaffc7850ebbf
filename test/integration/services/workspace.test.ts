import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../../main/services';
import { TEST_KDF_COST } from '../../../main/store/kdf';
import { createHarness, PASSPHRASE, type Harness } from '../../fixtures/workspace';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.dispose());

async function snapshot(folder: string) {
  const files: Record<string, Buffer> = {};
  for (const name of await readdir(folder)) files[name] = await readFile(join(folder, name));
  return files;
}

describe('workspace lifecycle through IPC', () => {
  it('starts locked with no workspaces, creates one unlocked, lists it', async () => {
    expect(await h.call('workspace.status')).toEqual({
      ok: true,
      value: { state: 'locked', current: null, available: [], autoLockMinutes: 10, damaged: null },
    });
    expect(await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE })).toEqual({
      ok: true,
      value: { name: 'cedar' },
    });
    expect(await h.call('workspace.status')).toMatchObject({
      ok: true,
      value: { state: 'unlocked', current: { name: 'cedar' }, available: [{ name: 'cedar' }] },
    });
  });

  it('refuses a weak passphrase with WEAK_PASSPHRASE and creates nothing', async () => {
    for (const weak of ['short', 'password1234', 'aaaaaaaaaaaaaaaa', 'cedar-cedar-cedar']) {
      const result = await h.call('workspace.create', { name: 'cedar', passphrase: weak });
      expect(result, weak).toMatchObject({ ok: false, error: { code: 'WEAK_PASSPHRASE' } });
    }
    expect(await readdir(h.root)).toEqual([]);
  });

  it('refuses to create over an existing workspace', async () => {
    await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
    await h.call('workspace.lock');
    const again = await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
    expect(again).toMatchObject({ ok: false, error: { code: 'WORKSPACE_EXISTS' } });
  });

  it('locks, refuses a wrong passphrase without touching a byte, then unlocks', async () => {
    await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
    await h.call('dialogue.create', { codeName: 'Cedar' });
    const locked = await h.call('workspace.lock');
    expect(locked).toMatchObject({ ok: true, value: { state: 'locked', current: null } });
    expect(await h.call('dialogue.list', {})).toMatchObject({ ok: false, error: { code: 'WORKSPACE_LOCKED' } });

    const before = await snapshot(join(h.root, 'cedar'));
    const wrong = await h.call('workspace.unlock', { name: 'cedar', passphrase: 'not-the-passphrase-at-all' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await snapshot(join(h.root, 'cedar'))).toEqual(before);

    expect(await h.call('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    const list = await h.call<{ codeName: string }[]>('dialogue.list', {});
    expect(list.ok && list.value.map((d) => d.codeName)).toEqual(['Cedar']);
  });

  it('reports an unknown workspace as WORKSPACE_NOT_FOUND', async () => {
    const result = await h.call('workspace.unlock', { name: 'nowhere', passphrase: PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'WORKSPACE_NOT_FOUND' } });
  });

  it('runs before-lock listeners (pending saves) while the database is still open', async () => {
    await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
    let sawOpen = false;
    h.services.workspace.onBeforeLock(async () => {
      sawOpen = (await h.services.dialogues.list({ includeArchived: true })).length === 0;
    });
    await h.call('workspace.lock');
    expect(sawOpen).toBe(true);
  });

  it('locks even when before-lock work fails, and says what failed', async () => {
    const failures: unknown[] = [];
    const services = createServices({
      root: h.root,
      kdfCost: TEST_KDF_COST,
      onLockListenerError: (e) => failures.push(e),
    });
    await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
    services.workspace.onBeforeLock(() => {
      throw new Error('disk full during the last autosave');
    });
    await expect(services.workspace.lock()).resolves.toMatchObject({ state: 'locked' });
    expect(services.workspace.isUnlocked).toBe(false);
    expect(failures).toEqual([new Error('disk full during the last autosave')]);
  });

  it('tells onLocked listeners once the database has closed, whoever asked, and only when it closed', async () => {
    await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
    await h.call('dialogue.create', { codeName: 'Cedar' });
    const filesAtLock: string[][] = [];
    const stop = h.services.workspace.onLocked(() => filesAtLock.push(readdirSync(join(h.root, 'cedar'))));
    await h.call('workspace.lock'); // the page's lock
    // A closed SQLite database has checkpointed and removed its WAL and shared-memory files.
    expect(filesAtLock).toHaveLength(1);
    expect(filesAtLock[0]!.filter((name) => /-(wal|shm)$/.test(name))).toEqual([]);
    await h.services.workspace.lock(); // nothing open: nothing closed, nothing to tell
    expect(filesAtLock).toHaveLength(1);
    await h.call('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE });
    await h.services.workspace.lock(); // main's lock
    expect(filesAtLock).toHaveLength(2);
    stop();
    await h.call('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE });
    await h.services.workspace.lock();
    expect(filesAtLock).toHaveLength(2);
  });

  it('two overlapping locks close once: the second waits for the same close', async () => {
    await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
    let release!: () => void;
    const saving = new Promise<void>((resolve) => (release = resolve));
    const beforeLock = vi.fn(() => saving);
    const order: string[] = [];
    h.services.workspace.onBeforeLock(beforeLock);
    h.services.workspace.onLocked(() => order.push('closed'));

    const first = h.services.workspace.lock();
    await vi.waitFor(() => expect(beforeLock).toHaveBeenCalled()); // the first is mid-close
    const second = h.services.workspace.lock().then((status) => {
      order.push('second returned');
      return status;
    });
    release();
    const [a, b] = await Promise.all([first, second]);

    expect(beforeLock).toHaveBeenCalledTimes(1);
    expect(order).toEqual(['closed', 'second returned']);
    expect(a).toMatchObject({ state: 'locked', current: null });
    expect(b).toMatchObject({ state: 'locked', current: null });
    expect(h.services.workspace.isUnlocked).toBe(false);
    // Locked cleanly: it opens again.
    expect(await h.call('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  });

  it('drops an unlock that was still opening when a lock arrived (sleep during unlock)', async () => {
    await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
    await h.call('workspace.lock');
    const unlocking = h.call('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE });
    await h.services.workspace.lock();
    expect(await unlocking).toMatchObject({ ok: false, error: { code: 'WORKSPACE_LOCKED' } });
    expect(h.services.workspace.isUnlocked).toBe(false);
    expect(await h.call('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  });
});
