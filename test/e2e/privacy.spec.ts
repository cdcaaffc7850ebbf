import type { Page } from '@playwright/test';
import { expect, test } from './harness/app';
import { DEMO_PASSPHRASE, seedDemo } from './harness/demo';

/** Identities of the demo roster: none may reach the screen while the privacy screen is on. */
const IDENTITIES = [
  'Salim',
  'Ḥaddād',
  'Abu Karim',
  'Marta Ilievska',
  'Teodor Vasić',
  'Internal Security Service',
  'نور الهدى',
  'Dalia Mansour',
  'negotiation unit',
  'salim.h@example.org',
  '555 0101',
  'Ingrid Solberg',
];

async function expectNoIdentity(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  const values = await page
    .locator('input, textarea, select')
    .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
  for (const identity of IDENTITIES) {
    expect(text, `${where} shows ${identity}`).not.toContain(identity);
    expect(values.join('\n'), `${where} holds ${identity} in a field`).not.toContain(identity);
  }
}

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name, exact: true }).click();

test('the privacy screen holds everywhere, is remembered, and reveals one part on a deliberate click', async ({
  app,
}) => {
  const { page } = app;
  await seedDemo(app);
  await app.open();
  const toggle = page.getByRole('banner').getByRole('button', { name: 'Privacy screen' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Shift+H');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const callsFrom = app.pageCalls.length;

  // The roster: codes and pseudonyms; names are not even asked of main.
  await section(page, 'Roster');
  const list = page.getByRole('listbox', { name: 'Participants' });
  await expect(list.getByRole('option').first()).toContainText('The engineer');
  await expectNoIdentity(page, 'the roster');
  await app.checkPage('privacy-01-roster');
  await page.getByRole('searchbox', { name: 'Filter' }).fill('haddad');
  await expect(page.getByText('Nobody matches the filter')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Filter' }).fill('');

  // A participant: the summary, and every identifying section hidden behind a Reveal.
  await list.getByRole('option').filter({ hasText: 'The engineer' }).click();
  const panel = page.getByRole('region', { name: 'A1 The engineer' });
  for (const name of ['Identity', 'Place in the process', 'Contact details', 'Risk notes']) {
    await panel.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  }
  await expectNoIdentity(page, 'the participant panel');
  await app.checkPage('privacy-02-panel-hidden');
  expect(app.pageCalls.slice(callsFrom)).not.toContain('participant.names');
  expect(app.pageCalls.slice(callsFrom)).not.toContain('participant.identity');

  // Reveal the names only: one call, the name on screen, the contacts still hidden.
  await panel.getByRole('button', { name: 'Reveal names' }).click();
  await expect(panel.getByRole('textbox', { name: 'Real name' })).toHaveValue('Salim Ḥaddād');
  expect(app.pageCalls.slice(callsFrom).filter((call) => call === 'participant.identity')).toHaveLength(1);
  await expect(panel.getByRole('button', { name: 'Reveal contact details' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('salim.h@example.org');
  await app.screenshot('privacy-03-names-revealed');
  // Moving on hides it again.
  await page.keyboard.press('Escape');
  await list.getByRole('option').filter({ hasText: 'The engineer' }).click();
  await panel.getByRole('button', { name: /^Identity/ }).click();
  await expect(panel.getByRole('button', { name: 'Reveal names' })).toBeVisible();
  await expectNoIdentity(page, 'the panel opened again');
  await page.keyboard.press('Escape');

  // The influence map and its table.
  await page.getByRole('button', { name: 'Influence map' }).click();
  await expect(page.getByRole('table', { name: 'Who reaches whom' })).toContainText('A1 The engineer');
  await expectNoIdentity(page, 'the influence map');

  // Sessions: the agenda, attendance, notes and their speaker pickers.
  await section(page, 'Sessions');
  await page.getByRole('button', { name: 'Problem-solving workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Attendance' })).toBeVisible();
  await page.getByRole('button', { name: /^New note/ }).click();
  await expect(page.getByRole('combobox', { name: 'Speaker' })).toContainText('B2');
  await expectNoIdentity(page, 'a session');

  // Notes: search results and their filters.
  await section(page, 'Notes');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('water');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
  await expectNoIdentity(page, 'the notes search');
  expect(app.pageCalls.slice(callsFrom)).not.toContain('participant.names');

  // Remembered in the workspace: after a lock and an unlock it is still on.
  await page.keyboard.press('Control+l');
  await page.getByLabel('Passphrase', { exact: true }).fill(DEMO_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Privacy screen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await app.services.settings.get({})).toMatchObject({ privacyScreen: true });

  // Off again: the names come back.
  await page.getByRole('banner').getByRole('button', { name: 'Privacy screen' }).click();
  await section(page, 'Roster');
  await expect(list.getByRole('option').first()).toContainText('Salim Ḥaddād');

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});

test('live mode turns the privacy screen on, and leaving puts back what was', async ({ app }) => {
  const { page } = app;
  await seedDemo(app);
  await app.open();
  await section(page, 'Sessions');
  await page.getByRole('button', { name: 'Problem-solving workshop' }).click();
  await page.getByRole('button', { name: 'Live mode' }).click();
  await page
    .getByRole('dialog', { name: 'This session is not today' })
    .getByRole('button', { name: 'Start a rehearsal' })
    .click();
  const live = page.getByRole('dialog', { name: 'Rehearsal, session 2' });
  await expect(live.getByRole('button', { name: 'Privacy screen' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(live).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Privacy screen' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // Nothing was stored: the workspace's own setting never changed.
  expect(await app.services.settings.get({})).toMatchObject({ privacyScreen: false });
});
