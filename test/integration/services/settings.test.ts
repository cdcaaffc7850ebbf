import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceSettings } from '../../../shared/contract';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { createHarness, PASSPHRASE, type Harness } from '../../fixtures/workspace';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
});
afterEach(async () => h.dispose());

const settings = async (channel: 'settings.get' | 'settings.update', payload: unknown = {}) => {
  const result = await h.call<WorkspaceSettings>(channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

describe('workspace settings', () => {
  it('starts with the defaults: names shown, the system theme, the full sidebar', async () => {
    expect(await settings('settings.get')).toEqual({ privacyScreen: false, theme: 'system', sidebar: 'expanded' });
    expect(DEFAULT_SETTINGS).toEqual(await settings('settings.get'));
  });

  it('changes only what is given and keeps it across a lock and an unlock (a restart)', async () => {
    expect(await settings('settings.update', { privacyScreen: true })).toEqual({
      ...DEFAULT_SETTINGS,
      privacyScreen: true,
    });
    await settings('settings.update', { theme: 'dark', sidebar: 'collapsed' });
    await h.call('workspace.lock');
    expect(await h.call('settings.get')).toMatchObject({ ok: false, error: { code: 'WORKSPACE_LOCKED' } });
    await h.call('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE });
    expect(await settings('settings.get')).toEqual({ privacyScreen: true, theme: 'dark', sidebar: 'collapsed' });
    await settings('settings.update', { privacyScreen: false });
    expect(await settings('settings.get')).toEqual({ privacyScreen: false, theme: 'dark', sidebar: 'collapsed' });
  });

  it('is per workspace: another workspace has its own', async () => {
    await settings('settings.update', { privacyScreen: true, theme: 'light' });
    await h.call('workspace.lock');
    await h.call('workspace.create', { name: 'birch', passphrase: PASSPHRASE });
    expect(await settings('settings.get')).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses unknown settings, wrong values and an empty change with INVALID_INPUT, changing nothing', async () => {
    await settings('settings.update', { theme: 'dark' });
    for (const payload of [
      {},
      { theme: 'sepia' },
      { privacyScreen: 'yes' },
      { sidebar: 'hidden' },
      { fontSize: 20 },
      { privacyScreen: true, extra: 1 },
      null,
    ]) {
      expect(await h.call('settings.update', payload), JSON.stringify(payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
    expect(await h.call('settings.get', { anything: true })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await settings('settings.get')).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('reads a stored value it does not recognise (a newer version wrote it) as the default', async () => {
    const db = h.services.workspace.current().db;
    await db
      .insertInto('workspace_settings')
      .values([
        { key: 'theme', value: '"high-contrast"', updated_at: '2030-01-01T00:00:00.000Z' },
        { key: 'privacyScreen', value: '{"on":true}', updated_at: '2030-01-01T00:00:00.000Z' },
        { key: 'somethingNew', value: '42', updated_at: '2030-01-01T00:00:00.000Z' },
      ])
      .execute();
    expect(await settings('settings.get')).toEqual(DEFAULT_SETTINGS);
    // …and a change replaces the unrecognised value.
    expect(await settings('settings.update', { theme: 'light' })).toMatchObject({ theme: 'light' });
  });
});
