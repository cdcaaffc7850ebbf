import { contract } from '../../shared/contract';
import { expect, test } from './harness/app';

const PASSPHRASE = 'quiet-orchard-lantern-tide-58';

test('roster: add across parties, filter ignoring accents, edit, consent given then withdrawn, purge', async ({
  app,
}) => {
  const { page } = app;
  await app.services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  await app.services.dialogues.create(
    contract['dialogue.create'].input.parse({
      codeName: 'Cedar',
      parties: [
        { name: 'Side A', kind: 'side' },
        { name: 'Side B', kind: 'side' },
        { name: 'Facilitation team', kind: 'facilitation' },
      ],
    }),
  );
  await app.open();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogues' })).toBeVisible();

  // The Roster section, on the only dialogue, chosen in the top bar.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Roster' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roster · Cedar' })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Dialogue' });
  await expect(picker.locator('option:checked')).toHaveText('Cedar');
  await expect(page.getByText('No participants yet')).toBeVisible();
  // The empty roster says how to begin: one by one, or a spreadsheet.
  await expect(page.getByRole('button', { name: 'Import CSV…' })).toBeVisible();
  await app.checkPage('roster-01-empty');

  const list = page.getByRole('listbox', { name: 'Participants' });
  const options = list.getByRole('option');
  const notice = page.locator('.notice[role="status"]');

  // Add Ḥaddād Salim on Side A (the first side is preselected, with its suggested code).
  await page.getByRole('button', { name: 'Add participant' }).first().click();
  let panel = page.getByRole('region', { name: 'New participant' });
  await expect(panel.getByRole('textbox', { name: 'Speaker code' })).toHaveValue('A1');
  await expect(panel.getByRole('combobox', { name: 'Party' }).locator('option:checked')).toHaveText('Side A');
  await panel.getByRole('textbox', { name: 'Real name' }).fill('Ḥaddād Salim');
  await panel.getByRole('textbox', { name: 'Pseudonym' }).fill('The engineer');
  await app.checkPage('roster-02-new-participant');
  await panel.getByRole('button', { name: 'Add participant' }).click();
  await expect(notice).toHaveText('Saved A1 The engineer.');
  await expect(page.getByRole('heading', { level: 2, name: 'A1 The engineer' })).toBeVisible();
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Ḥaddād Salim');
  await page.getByRole('button', { name: 'Close details (Escape)' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);

  // Add a second participant on Side B: choosing the party suggests that party's code.
  await page.getByRole('button', { name: 'Add participant' }).first().click();
  panel = page.getByRole('region', { name: 'New participant' });
  const code = panel.getByRole('textbox', { name: 'Speaker code' });
  await expect(code).toHaveValue('A2');
  await panel.getByRole('combobox', { name: 'Party' }).selectOption({ label: 'Side B' });
  await expect(code).toHaveValue('B1');
  await panel.getByRole('textbox', { name: 'Real name' }).fill('Dov Peretz');
  await panel.getByRole('textbox', { name: 'Pseudonym' }).fill('The farmer');
  await panel.getByRole('button', { name: 'Add participant' }).click();
  await expect(notice).toHaveText('Saved B1 The farmer.');
  await page.getByRole('button', { name: 'Close details (Escape)' }).click();

  // Grouped by party, with codes; the facilitation team has nobody, so no header.
  await expect(page.getByText('2 people', { exact: true })).toBeVisible();
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('A1');
  await expect(options.nth(0)).toContainText('Ḥaddād Salim');
  await expect(options.nth(1)).toContainText('B1');
  await expect(options.nth(1)).toContainText('Dov Peretz');
  await expect(list.getByText('Side A', { exact: true })).toBeVisible();
  await expect(list.getByText('Side B', { exact: true })).toBeVisible();
  await expect(list.getByText('Facilitation team', { exact: true })).toHaveCount(0);
  await app.checkPage('roster-03-two-parties');

  // The filter ignores case and accents: "haddad" finds "Ḥaddād", and so does the accented spelling.
  const filter = page.getByRole('searchbox', { name: 'Filter' });
  await filter.fill('haddad');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Ḥaddād Salim');
  await expect(page.getByText('2 people · 1 shown')).toBeVisible();
  await app.checkPage('roster-04-filter-without-accents');
  await filter.fill('Ḥaddād');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Ḥaddād Salim');
  await filter.fill('PERETZ');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText('Dov Peretz');
  await filter.fill('nobody');
  await expect(page.getByText('Nobody matches the filter')).toBeVisible();
  await filter.fill('');
  await expect(options).toHaveCount(2);

  // Edit: open Ḥaddād Salim (a summary first, sections that open), give a role, save.
  await options.filter({ hasText: 'Ḥaddād Salim' }).click();
  panel = page.getByRole('region', { name: 'A1 The engineer' });
  await expect(panel.getByLabel('Summary')).toContainText('The engineer');
  await panel.getByRole('button', { name: /^Identity/ }).click();
  await expect(panel.getByRole('textbox', { name: 'Real name' })).toHaveValue('Ḥaddād Salim');
  await panel.getByRole('button', { name: /^Place in the process/ }).click();
  await panel.getByRole('textbox', { name: 'Role or position' }).fill('Water engineer');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await expect(options.filter({ hasText: 'Ḥaddād Salim' })).toContainText('The engineer · Water engineer');
  await expect(options.filter({ hasText: 'Ḥaddād Salim' })).toHaveAttribute('aria-selected', 'true');

  // Consent: record it (notes and quotes), then withdraw it after a confirmation.
  await panel.getByRole('button', { name: /^Consent/ }).click();
  const consentStatus = panel.locator('.consent[role="status"]');
  await expect(consentStatus).toHaveText('No consent recorded yet.');
  await panel.getByRole('checkbox', { name: 'Notes may be taken' }).check();
  await panel.getByRole('checkbox', { name: 'May be quoted' }).check();
  await panel.getByRole('button', { name: 'Record consent' }).click();
  // Dates in the app's one format, never ISO.
  await expect(consentStatus).toHaveText(/^Given on \d{1,2} \w{3,4} \d{4} for notes may be taken, may be quoted\.$/);
  await expect(panel.getByRole('list', { name: 'Consent register' }).getByRole('listitem')).toHaveCount(1);
  await app.checkPage('roster-05-consent-given');
  await panel.getByRole('button', { name: 'Withdraw consent…' }).click();
  const withdrawal = panel.getByRole('group', { name: 'Withdraw consent' });
  await expect(withdrawal).toContainText('Record that A1 withdrew consent.');
  await withdrawal.getByRole('button', { name: 'Withdraw consent' }).click();
  await expect(consentStatus).toHaveText(/^Withdrawn on \d{1,2} \w{3,4} \d{4} \(given on \d{1,2} \w{3,4} \d{4}\)\.$/);
  // The list marks it in words, not only with an icon.
  await expect(options.filter({ hasText: 'Ḥaddād Salim' })).toContainText('Consent withdrawn');
  await expect(panel.getByRole('list', { name: 'Consent register' })).toContainText('withdrawn');
  await expect(panel.getByRole('button', { name: 'Withdraw consent…' })).toHaveCount(0);
  // Withdrawing consent does not purge: the name is still there.
  await expect(panel.getByRole('textbox', { name: 'Real name' })).toHaveValue('Ḥaddād Salim');
  await app.checkPage('roster-06-consent-withdrawn');

  // Purge: only once the speaker code is typed.
  await panel.getByRole('button', { name: /^Purge identity/ }).click();
  await panel.getByRole('button', { name: 'Purge A1…' }).click();
  const dialog = panel.getByRole('alertdialog', { name: 'Purge A1' });
  await expect(dialog).toContainText('This cannot be undone.');
  const confirm = dialog.getByRole('textbox', { name: 'Type A1 to confirm' });
  await expect(confirm).toBeFocused();
  const purge = dialog.getByRole('button', { name: 'Purge A1 for good' });
  await expect(purge).toHaveAttribute('aria-disabled', 'true');
  // A wrong code: Enter submits the form, and nothing happens.
  await confirm.fill('B1');
  await confirm.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(options.filter({ hasText: 'Ḥaddād Salim' })).toHaveCount(1);
  await confirm.fill('a1');
  await expect(purge).not.toHaveAttribute('aria-disabled');
  await app.checkPage('roster-07-purge-confirm');
  await purge.click();

  await expect(notice).toContainText('The participant’s identity was purged.');
  await expect(page.getByRole('region', { name: 'A1 The engineer' })).toHaveCount(0);
  await expect(options).toHaveCount(2);
  await expect(options.filter({ hasText: 'Withdrawn participant' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'Dov Peretz' })).toHaveCount(1);
  await expect(page.getByText('2 people · 1 purged (identity removed)', { exact: true })).toBeVisible();
  // The real name, the pseudonym and the role are gone from the page.
  await expect(page.locator('body')).not.toContainText('Ḥaddād');
  await expect(page.locator('body')).not.toContainText('The engineer');
  await expect(page.locator('body')).not.toContainText('Water engineer');
  await filter.fill('haddad');
  await expect(page.getByText('Nobody matches the filter')).toBeVisible();
  await filter.fill('');
  await app.checkPage('roster-08-purged');

  // The purged entry opens read-only.
  await options.filter({ hasText: 'Withdrawn participant' }).click();
  await expect(page.getByText(/the identity is gone/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Real name' })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Ḥaddād');

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});
