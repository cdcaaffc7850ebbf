import { expect, test } from './harness/app';
import { DEMO_PASSPHRASE, seedDemo } from './harness/demo';
import { look, section } from './harness/walk';

/**
 * Every page of the app, with the demo workspace's data, at 1280×800, at 1024×640 and at 200 %
 * zoom of 1280×800, light and dark (harness/walk.ts `look`). Trust-building, Agreements and
 * Reports are walked in room-ready-sections.spec.ts.
 */
test.describe.configure({ timeout: 600_000 });

test('every page holds at 1280×800, 1024×640 and 200 % zoom, light and dark, and passes axe', async ({ app }) => {
  const { page } = app;
  await seedDemo(app);
  await app.open();

  // Dialogues, and a dialogue's form.
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogues' })).toBeFocused();
  await look(app, '01-dialogues');
  await page.getByRole('button', { name: 'Cedar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit dialogue · Cedar' })).toBeVisible();
  await look(app, '02-dialogue-form');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^New dialogue/ }).click();
  await expect(page.getByRole('textbox', { name: /Code name/ })).toBeFocused();
  await look(app, '03-new-dialogue');
  await page.keyboard.press('Escape');

  // The roster: names shown, then under the privacy screen; a participant; the influence map.
  await section(page, 'Roster');
  const list = page.getByRole('listbox', { name: 'Participants' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await look(app, '04-roster');
  await page.keyboard.press('Control+Shift+H');
  await expect(list.getByRole('option').first()).toContainText('The engineer');
  await look(app, '05-roster-private');
  await list.getByRole('option').filter({ hasText: 'The analyst' }).click();
  const panel = page.getByRole('region', { name: /The analyst/ });
  await panel.getByRole('button', { name: /^Identity/ }).click();
  await panel.getByRole('button', { name: /^Place in the process/ }).click();
  await look(app, '06-participant-private');
  await page.keyboard.press('Control+Shift+H');
  await panel.getByRole('button', { name: /^Contact details/ }).click();
  await panel.getByRole('button', { name: /^Links to decision makers/ }).click();
  await expect(panel.getByRole('textbox', { name: 'Real name' })).toHaveValue('Teodor Vasić');
  await look(app, '07-participant');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Influence map' }).click();
  await expect(page.getByRole('table', { name: 'Who reaches whom' })).toBeVisible();
  await look(app, '08-influence-map');

  // Sessions: the list and calendar, a new session, a session with its agenda, notes, attendance.
  await section(page, 'Sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions · Cedar' })).toBeVisible();
  await look(app, '09-sessions');
  await page.getByRole('button', { name: /^New session/ }).click();
  await look(app, '10-new-session');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Problem-solving workshop' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await look(app, '11-session');
  await page.getByRole('button', { name: /^Edit “Caucus with the northern delegation”/ }).click();
  await expect(page.getByRole('form', { name: /Edit “Caucus/ })).toBeVisible();
  await look(app, '12-agenda-item-form');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await look(app, '13-session-form');
  await page.keyboard.press('Escape');

  // Live mode on a past session: asked first, rehearsed, a note written beside the clock.
  await page.getByRole('button', { name: 'Live mode' }).click();
  const ask = page.getByRole('dialog', { name: 'This session is not today' });
  await expect(ask).toContainText(/This session was on 12\s?–\s?13 Sept 2024/);
  await look(app, '14-live-ask');
  await ask.getByRole('button', { name: 'Start a rehearsal' }).click();
  const live = page.getByRole('dialog', { name: 'Rehearsal, session 2' });
  await look(app, '15-rehearsal');
  await page.keyboard.press('s');
  await expect(live.getByTestId('remaining')).toBeVisible();
  await look(app, '16-rehearsal-running');
  await page.keyboard.press('n');
  await expect(live.getByRole('complementary', { name: 'Note on the current item' })).toBeVisible();
  await look(app, '17-rehearsal-note');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(live).toHaveCount(0);

  // Notes: search (words and tags), an opened result, the notes of a session.
  await section(page, 'Notes');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('water');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await results.getByRole('listitem').first().getByRole('button').click();
  await look(app, '18-notes-search');
  await page.getByRole('tab', { name: 'By session' }).click();
  await page.getByRole('combobox', { name: 'Session' }).selectOption({ label: 'Session 2 · Problem-solving workshop' });
  await expect(page.getByRole('region', { name: 'Notes of this session' })).toBeVisible();
  await look(app, '19-notes-by-session');

  // A dialogue with a right-to-left code name and nothing in it yet: empty pages say how to begin,
  // and "Roster · نخيل" keeps its separator where it belongs.
  await page.getByRole('combobox', { name: 'Dialogue' }).selectOption({ label: 'نخيل' });
  await section(page, 'Roster');
  const rtlTitle = page.getByRole('heading', { level: 1, name: 'Roster · نخيل' });
  await expect(rtlTitle).toBeVisible();
  expect(await rtlTitle.locator('bdi').textContent()).toBe('نخيل');
  await expect(page.getByRole('button', { name: 'Import CSV…' })).toBeVisible();
  await look(app, '21-empty-roster-rtl');
  await section(page, 'Sessions');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions · نخيل' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Plan the first session' })).toBeVisible();
  await look(app, '22-empty-sessions-rtl');

  // The lock screen.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock workspace' })).toBeVisible();
  await look(app, '20-lock');
  await page.getByLabel('Passphrase', { exact: true }).fill(DEMO_PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dialogues' })).toBeFocused();

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});
