import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { contract } from '../../shared/contract';
import { expect, test, type ParleyApp } from './harness/app';
import { cedarDialogue } from './harness/seed';

/**
 * The workspace's life (issue 11), as a facilitator goes through it: a recovery key offered at
 * creation and its printed sheet, a passphrase change, a forgotten passphrase, a backup restored
 * from the lock screen, and travel mode there and back.
 */

const PASSPHRASE = 'quiet-orchard-lantern-tide-58';
const NEW_PASSPHRASE = 'granite-meadow-compass-lantern-91';
const LATEST = 'silver-harbour-juniper-kettle-27';

async function createThroughTheLockScreen(app: ParleyApp): Promise<string[]> {
  const { page } = app;
  await app.open();
  await page.getByLabel('Workspace name').fill('field-work');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a recovery key?' })).toBeVisible();
  await app.screenshot('workspace-01-recovery-offer');
  await page.getByRole('button', { name: 'Make a recovery key' }).click();
  const list = page.getByRole('list', { name: 'Recovery key words' });
  await expect(list).toBeVisible();
  const words = (await list.locator('[translate="no"]').allTextContents()).map((w) => w.trim());
  expect(words).toHaveLength(24);
  await page.getByRole('button', { name: 'Print recovery sheet…' }).click();
  await expect(page.getByText(/Recovery sheet saved as/)).toBeVisible();
  await app.screenshot('workspace-02-recovery-words');
  await page.getByRole('checkbox', { name: /written the words down/ }).check();
  await page.getByRole('button', { name: 'Done — hide the words' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogues' })).toBeVisible();
  return words;
}

async function lock(app: ParleyApp) {
  await app.page.keyboard.press('Control+l');
  await expect(app.page.getByRole('heading', { level: 1, name: 'Unlock workspace' })).toBeVisible();
}

test('recovery key at creation with its sheet, passphrase change, and the recovery key opening a forgotten passphrase', async ({
  app,
}) => {
  const { page } = app;
  const words = await createThroughTheLockScreen(app);

  // The printed sheet holds the 24 words and nothing of the workspace.
  const sheet = (await readdir(app.exportsFolder)).find((file) => file.endsWith('.pdf'))!;
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(app.exportsFolder, sheet), '-'], { encoding: 'utf8' });
  for (const word of words) expect(text).toContain(word);
  expect(text).toContain('field-work');

  // Change the passphrase from the Workspace panel.
  await page.getByRole('button', { name: 'Workspace', exact: true }).click();
  const panel = page.getByRole('dialog', { name: /Workspace/ });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Current passphrase').fill(PASSPHRASE);
  await panel.getByLabel('New passphrase', { exact: true }).fill('short');
  await expect(panel.getByText(/Strength: Too short/)).toBeVisible();
  await panel.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await panel.getByLabel('New passphrase again').fill(NEW_PASSPHRASE);
  await expect(panel.getByText(/Strength: (Strong|Very strong)/)).toBeVisible();
  await app.screenshot('workspace-03-change-passphrase');
  await panel.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(panel.getByText('Passphrase changed. The old one no longer opens this workspace.')).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();

  await lock(app);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText(/does not open this workspace/)).toBeVisible();

  // Forgotten: the recovery key opens it and sets a new passphrase.
  await page.getByRole('button', { name: 'Forgot the passphrase?' }).click();
  const key = page.getByLabel('Recovery key');
  const typo = [...words];
  typo[2] = 'zzzz';
  await key.fill(typo.join(' '));
  await expect(page.getByText('Word 3 is not a recovery-key word. Check it against the sheet.')).toBeVisible();
  await key.fill(words.map((word) => word.slice(0, 4)).join(' '));
  await page.getByLabel('New passphrase', { exact: true }).fill(LATEST);
  await page.getByLabel('New passphrase again').fill(LATEST);
  await app.screenshot('workspace-04-recover');
  await page.getByRole('button', { name: 'Open and set the new passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogues' })).toBeVisible();
  await lock(app);
  await page.getByLabel('Passphrase', { exact: true }).fill(LATEST);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogues' })).toBeVisible();
  expect(app.pageProblems).toEqual([]);
  expect(app.blockedRequests).toEqual([]);
});

test('a verified backup, restored from the lock screen into a new workspace', async ({ app }) => {
  const { page, services } = app;
  await services.workspace.create({ name: 'field-work', passphrase: PASSPHRASE });
  await cedarDialogue(services);
  await app.open();
  await page.getByRole('button', { name: 'Workspace', exact: true }).click();
  const panel = page.getByRole('dialog', { name: /Workspace/ });
  await panel.getByRole('tab', { name: 'Backups' }).click();
  await expect(panel.getByText('No backup recorded yet.')).toBeVisible();
  await panel.getByRole('button', { name: 'Back up now…' }).click();
  await expect(panel.getByText(/written and verified/)).toBeVisible();
  await expect(panel.getByText(/Last backup:/)).toBeVisible();
  await app.screenshot('workspace-05-backup');
  await panel.getByRole('button', { name: 'Close' }).click();

  const [backup] = await readdir(app.exportsFolder);
  expect(backup).toMatch(/^field-work-\d{4}-\d{2}-\d{2}\.parleybackup$/);
  await lock(app);
  await page.getByRole('button', { name: 'Restore a backup…' }).click();
  await page.getByLabel('Name of the new workspace').fill('field-work-copy');
  await page.getByLabel('The backup’s passphrase').fill(PASSPHRASE);
  app.pickFile(join(app.exportsFolder, backup!));
  await app.screenshot('workspace-06-restore');
  await page.getByRole('button', { name: 'Choose backup and restore…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogues' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cedar', exact: true })).toBeVisible();
  await expect(page.locator('.topbar__name')).toHaveText('field-work-copy');
  expect(app.pageProblems).toEqual([]);
});

test('travel mode carries one dialogue and brings the others back', async ({ app }) => {
  const { page, services } = app;
  await services.workspace.create({ name: 'field-work', passphrase: PASSPHRASE });
  await cedarDialogue(services);
  await services.dialogues.create(contract['dialogue.create'].input.parse({ codeName: 'Olive' }));
  await app.open();
  await expect(page.getByRole('button', { name: 'Olive', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Workspace', exact: true }).click();
  const panel = page.getByRole('dialog', { name: /Workspace/ });
  await panel.getByRole('tab', { name: 'Travel mode' }).click();
  await panel.getByLabel('Dialogue to carry').selectOption({ label: 'Cedar' });
  await panel.getByRole('checkbox', { name: /erased from this laptop/ }).check();
  await app.screenshot('workspace-07-travel');
  await panel.getByRole('button', { name: 'Write travel backup and start…' }).click();
  await expect(panel.getByText(/1 other dialogue erased from this laptop/)).toBeVisible();
  await expect(panel.getByText(/Travel mode since/)).toBeVisible();
  await app.screenshot('workspace-08-travelling');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'Cedar', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Olive', exact: true })).toHaveCount(0);

  const [travelBackup] = await readdir(app.exportsFolder);
  app.pickFile(join(app.exportsFolder, travelBackup!));
  await page.getByRole('button', { name: 'Workspace', exact: true }).click();
  await page
    .getByRole('dialog', { name: /Workspace/ })
    .getByRole('tab', { name: 'Travel mode' })
    .click();
  await page.getByRole('button', { name: 'Back from travel…' }).click();
  await expect(page.getByText(/Welcome back: 1 dialogue restored/)).toBeVisible();
  await page
    .getByRole('dialog', { name: /Workspace/ })
    .getByRole('button', { name: 'Close' })
    .click();
  await expect(page.getByRole('button', { name: 'Olive', exact: true })).toBeVisible();
  expect(app.pageProblems).toEqual([]);
});
