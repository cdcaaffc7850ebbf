import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contract } from '../../shared/contract';
import { expect, test } from './harness/app';
import { cedarDialogue, party, sessionToday } from './harness/seed';
import { useLayout } from './harness/layout';
import { seedDemo } from './harness/demo';

const PASSPHRASE = 'quiet-orchard-lantern-tide-58';

test('live mode guards itself: a rehearsal records nothing; times are corrected and reset; the timer stays beside the note', async ({
  app,
}) => {
  const { page, services } = app;
  await seedDemo(app);
  const cedar = (await services.dialogues.list({ includeArchived: false })).find((d) => d.codeName === 'Cedar')!;
  const past = (await services.sessions.list({ dialogueId: cedar.id })).find((s) => s.number === 2)!;
  await app.open();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Problem-solving workshop' }).click();

  // A session from 2024: asked first; the rehearsal is the default.
  await page.getByRole('button', { name: 'Live mode' }).click();
  const ask = page.getByRole('dialog', { name: 'This session is not today' });
  await expect(ask).toContainText(/This session was on 12\s?–\s?13 Sept 2024/);
  await expect(ask.getByRole('button', { name: 'Start a rehearsal' })).toBeFocused();
  await page.keyboard.press('Enter');
  const live = page.getByRole('dialog', { name: 'Rehearsal, session 2' });
  await expect(live).toContainText('Rehearsal: the clock runs, nothing is recorded.');
  await page.keyboard.press('s');
  await expect(live.getByRole('heading', { level: 1 })).toContainText('Welcome, ground rules');
  await page.keyboard.press('+');
  await expect(live).toContainText('+ 5 min added');
  await page.keyboard.press('ArrowRight');
  await expect(live.getByRole('heading', { level: 1 })).toContainText('Introductions');
  // One finish action, named for what it does.
  await expect(live.getByRole('button', { name: /finish/i })).toHaveCount(1);

  // Writing a note at 1024×640: the clock stays in view beside the note.
  await useLayout(page, 'small');
  await page.keyboard.press('n');
  const note = live.getByRole('complementary', { name: 'Note on the current item' });
  await expect(note.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await note.getByRole('textbox', { name: 'Note' }).fill('A2 asked for the maps first.');
  const remaining = live.getByTestId('remaining');
  await expect(remaining).toBeInViewport();
  await expect(note.getByRole('textbox', { name: 'Note' })).toBeInViewport();
  const clock = await remaining.boundingBox();
  const box = await note.boundingBox();
  expect(clock!.x + clock!.width).toBeLessThanOrEqual(box!.x);
  await app.checkPage('live-01-note-beside-timer');
  // At 200 % zoom the timer sits above the note, still in view.
  await useLayout(page, 'zoom200');
  await expect(remaining).toBeInViewport();
  await expect(note.getByRole('textbox', { name: 'Note' })).toBeInViewport();
  await app.screenshot('live-02-note-under-timer-zoom200');
  await useLayout(page, 'desktop');
  await page.keyboard.press('Escape');
  await page.keyboard.press('f');
  await page.keyboard.press('Escape');
  await expect(live).toHaveCount(0);

  // Nothing was recorded: not a time, not an extension (the note itself is kept, as notes are).
  const agenda = await services.agendas.get({ sessionId: past.id });
  expect(agenda.items.every((item) => item.actualStart === null && item.extraMinutes === 0)).toBe(true);
  await expect(page.getByRole('region', { name: 'Plan and what happened' })).toHaveCount(0);

  // A session today records; its times can be corrected and reset from the session view.
  const today = await sessionToday(services, cedar.id, 'Morning round', { title: 'Opening', plannedMinutes: 30 });
  await services.agendas.add(
    contract['agenda.add'].input.parse({ sessionId: today.id, kind: 'plenary', title: 'Mapping', plannedMinutes: 60 }),
  );
  await page.getByRole('button', { name: 'All sessions' }).click();
  await page.getByRole('button', { name: 'Morning round', exact: true }).click();
  await page.getByRole('button', { name: 'Live mode' }).click();
  const running = page.getByRole('dialog', { name: 'Live mode, session 4' });
  await page.keyboard.press('s');
  await expect(running.getByRole('heading', { level: 1 })).toHaveText('Opening');
  await page.keyboard.press('ArrowRight');
  await expect(running.getByRole('heading', { level: 1 })).toHaveText('Mapping');
  const pva = running.getByRole('region', { name: 'Plan and what happened' });
  await pva.getByRole('button', { name: 'Correct the times of “Opening”' }).click();
  const form = pva.getByRole('form', { name: 'Times of “Opening”' });
  await form.getByLabel('Started at (venue time)').fill('00:05');
  await form.getByLabel('Ended at (venue time)').fill('00:35');
  await form.getByRole('button', { name: 'Save times' }).click();
  await expect(form).toHaveCount(0);
  const opening = (await services.agendas.get({ sessionId: today.id })).items[0]!;
  expect(opening.actualStart!.slice(11, 16)).toBe('00:05');
  expect(opening.actualEnd!.slice(11, 16)).toBe('00:35');
  await app.checkPage('live-03-corrected');
  await pva.getByRole('button', { name: 'Reset all recorded times…' }).click();
  await pva.getByRole('button', { name: 'Reset all' }).click();
  await expect(pva).toHaveCount(0);
  expect((await services.agendas.get({ sessionId: today.id })).items.every((i) => i.actualStart === null)).toBe(true);

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});

test('Import CSV… in the roster: the CLI’s import, its report line by line, then the fixed file', async ({ app }) => {
  const { page, services } = app;
  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  expect(party(dialogue, 'Side A')).toBeDefined();
  await app.open();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Roster' }).click();
  await expect(page.getByText('No participants yet')).toBeVisible();

  const bad = join(app.exportsFolder, 'roster.csv');
  await writeFile(bad, 'name,party,status\nSalim Ḥaddād,Side A,confirmed\nDov,Eastern side,\nنور الهدى,Side B,maybe\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await chooser).setFiles(bad);
  const report = page.getByRole('dialog', { name: 'The roster was not imported' });
  await expect(report).toContainText('Nothing was imported: 2 rows have problems.');
  const lines = report.getByRole('list', { name: 'Problems by line' }).getByRole('listitem');
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText('Line 3');
  await expect(lines.nth(1)).toContainText('Line 4');
  await app.checkPage('import-01-report', { within: 'dialog' });
  await page.keyboard.press('Escape');
  await expect(report).toHaveCount(0);

  await writeFile(bad, 'name,party,status\nSalim Ḥaddād,Side A,confirmed\nDov,Side B,\nنور الهدى,Side B,invited\n');
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await again).setFiles(bad);
  await expect(page.getByText('Imported 3 participants.')).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Participants' }).getByRole('option')).toHaveCount(3);
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});
