import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contract } from '../../shared/contract';
import { expect, test } from './harness/app';

const PASSPHRASE = 'quiet-orchard-lantern-tide-58';

test('create a workspace, lock, refuse a wrong passphrase, unlock, create a dialogue and see it', async ({ app }) => {
  const { page } = app;
  await app.open();

  // First evening: no workspace yet.
  await expect(page.getByRole('heading', { level: 1, name: 'Create a workspace' })).toBeVisible();
  await app.checkPage('01-create-workspace');
  await page.getByLabel('Workspace name').fill('cedar');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await app.checkPage('02-create-workspace-filled');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  // The recovery key is offered; it has its own journey (workspace.spec.ts).
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogues' })).toBeVisible();
  await app.checkPage('03-empty-dialogues');

  // Quick lock from the keyboard.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock workspace' })).toBeVisible();

  // A wrong passphrase: a calm message, nothing else changes.
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('not-the-right-passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText(/does not open this workspace/)).toBeVisible();
  await expect(passphrase).toBeFocused();
  await app.checkPage('04-wrong-passphrase');

  await passphrase.fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogues' })).toBeVisible();

  // Create dialogue "Cedar" with the prefilled parties.
  await page.getByRole('button', { name: 'New dialogue' }).click();
  await page.getByLabel('Code name').fill('Cedar');
  await page.getByLabel('Conflict').fill('Water rights in the upper valleys');
  await page.getByLabel('Objectives').fill('Widen the range of options on shared water management.');
  await app.checkPage('05-new-dialogue-form');
  await page.getByRole('button', { name: 'Save dialogue' }).click();

  const row = page.getByRole('button', { name: 'Cedar', exact: true });
  await expect(row).toBeVisible();
  await expect(page.getByText('Water rights in the upper valleys')).toBeVisible();
  await app.checkPage('06-dialogue-listed');

  // A right-to-left code name shows as typed.
  await page.getByRole('button', { name: 'New dialogue' }).click();
  await page.getByLabel('Code name').fill('نخيل');
  await page.getByRole('button', { name: 'Save dialogue' }).click();
  await expect(page.getByRole('button', { name: 'نخيل', exact: true })).toBeVisible();
  await app.checkPage('07-two-dialogues-rtl');

  // The lock button drops everything back to the lock screen.
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock workspace' })).toBeVisible();
  await expect(page.getByText('Cedar', { exact: true })).toHaveCount(0);

  // Nothing went to the network, the CSP held, and nothing readable reached the disk.
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
  const folder = join(app.root, 'cedar');
  for (const name of await readdir(folder)) {
    const bytes = await readFile(join(folder, name));
    expect(bytes.includes(Buffer.from('Water rights')), name).toBe(false);
    expect(bytes.includes(Buffer.from('نخيل')), name).toBe(false);
  }
});

test('main locking on its own (idle, sleep) returns the window to the lock screen', async ({ app }) => {
  const { page } = app;
  await app.services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  await app.services.dialogues.create(contract['dialogue.create'].input.parse({ codeName: 'Cedar' }));
  await app.open();
  await expect(page.getByRole('button', { name: 'Cedar', exact: true })).toBeVisible();
  const status = await app.services.workspace.lock();
  await app.emit('workspace.locked', { reason: 'idle', status });
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock workspace' })).toBeVisible();
  await expect(page.getByText('Cedar', { exact: true })).toHaveCount(0);
  await app.checkPage('08-locked-by-idle');
});
