import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { contract } from '../../shared/contract';
import { expect, test } from './harness/app';
import { cedarDialogue, party } from './harness/seed';

const PASSPHRASE = 'cedar-retreat-walnut-lantern-41';
const VENUE_ZONE = 'Asia/Tbilisi'; // UTC+4 all year; the test's laptop is in Europe/Zurich
const LAPTOP_ZONE = 'Europe/Zurich';
const ROSTER = [
  { party: 'Side A', realName: 'Amal Haddad', speakerCode: 'A1' },
  { party: 'Side A', realName: 'Karim Nassar', speakerCode: 'A2' },
  { party: 'Side B', realName: 'Noa Levi', speakerCode: 'B1' },
  { party: 'Side B', realName: 'Miriam Löwenthal', speakerCode: 'B2' },
] as const;
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

const WELCOME = 'Welcome, ground rules and the third party’s role';
const INTRODUCTIONS = 'Introductions: who we are, why we came';
const JOINT = 'Joint thinking: ideas that meet both sides’ needs';
const CONSTRAINTS = 'Constraints: what makes these ideas hard at home';
const HOPES = 'Hopes and fears';
const CAUCUS = 'Caucus with Side A: what could you carry home?';

/** The venue's calendar date `offset` days from now (the venue keeps UTC+4 all year). */
function venueDate(offset: number): string {
  const instant = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: VENUE_ZONE, dateStyle: 'short' }).format(instant);
}

/** `HH:mm` on this laptop at the moment the venue's clocks show `time` on `date`. */
function laptopTime(date: string, time: string): string {
  const instant = new Date(`${date}T${time}:00+04:00`);
  return new Intl.DateTimeFormat('en-GB', { timeZone: LAPTOP_ZONE, hour: '2-digit', minute: '2-digit' }).format(
    instant,
  );
}

/** One day's list of items in the agenda builder. */
function dayList(page: Page, day: number): Locator {
  return page.getByRole('list', { name: new RegExp(`^Day ${day} ·`) });
}
const titles = (list: Locator) => list.locator('.agenda-row__title');
const times = (list: Locator) => list.locator('.agenda-row__time');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const handle = (page: Page, title: string) =>
  page.getByRole('button', { name: new RegExp(`^Move “${escape(title)}”`) });

/**
 * A real pointer drag, held over the target: press, pass dnd-kit's activation distance, glide in
 * steps. The caller looks at the page while it is held, then calls the returned `drop`.
 */
async function dragOver(page: Page, from: Locator, to: Locator): Promise<{ drop: () => Promise<void> }> {
  const start = (await from.boundingBox())!;
  const target = (await to.boundingBox())!;
  const x = start.x + start.width / 2;
  const y = start.y + start.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - 8, { steps: 4 });
  await page.mouse.move(x, target.y + target.height / 2, { steps: 12 });
  await page.mouse.move(x, target.y + target.height / 2 - 2, { steps: 2 });
  return { drop: () => page.mouse.up() };
}

/**
 * Scrolls the content pane so `element` starts at its top: the frame scrolls inside, so a full-page
 * screenshot shows only what the pane shows.
 */
const toTop = (element: Locator) => element.evaluate((node) => node.scrollIntoView({ block: 'start' }));

/** The distinct accessible names (aria-label) an element shows over the next `frames` animation frames. */
function namesOverFrames(element: Locator, frames: number): Promise<string[]> {
  return element.evaluate(
    (node, count) =>
      new Promise<string[]>((resolve) => {
        const seen = new Set<string>();
        let left = count;
        const look = () => {
          seen.add(node.isConnected ? (node.getAttribute('aria-label') ?? '') : '(replaced)');
          if (--left > 0) requestAnimationFrame(look);
          else resolve([...seen]);
        };
        look();
      }),
    frames,
  );
}

test('plan a two-day session from the Kelman template, reorder, run two items live, export the agenda', async ({
  app,
}) => {
  const { page, services } = app;
  const day1 = venueDate(0);
  const day2 = venueDate(1);

  // Setup through the services: workspace, dialogue with two sides and a team, the roster, and the
  // two sessions held before this one.
  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  for (const person of ROSTER) {
    await services.roster.create(
      contract['participant.create'].input.parse({
        dialogueId: dialogue.id,
        partyId: party(dialogue, person.party).id,
        realName: person.realName,
        speakerCode: person.speakerCode,
      }),
    );
  }
  for (const [title, month] of [
    ['First exploratory round', '03'],
    ['Second round', '06'],
  ] as const) {
    await services.sessions.create(
      contract['session.create'].input.parse({
        dialogueId: dialogue.id,
        title,
        startsAt: `2026-${month}-10T09:00`,
        endsAt: `2026-${month}-11T17:00`,
        timeZone: 'Europe/Vienna',
      }),
    );
  }

  await app.open();
  await expect(page.getByRole('button', { name: 'Cedar', exact: true })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: 'Sessions' }).click();
  await expect(page.getByRole('button', { name: 'Second round', exact: true })).toBeVisible();

  // 1. Session 3 through the form: a retreat house in Tbilisi's time zone, Side B with its own
  // briefing room; two days, the first ending after dinner.
  await page.getByRole('button', { name: /^New session/ }).click();
  const form = page.getByRole('form', { name: 'New session' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Retreat on the upper valleys');
  await form.getByRole('button', { name: 'New venue…' }).click();
  const venueForm = page.getByRole('form', { name: 'New venue' });
  await venueForm.getByRole('textbox', { name: 'Name' }).fill('Alaverdi retreat house');
  await venueForm.getByRole('textbox', { name: 'City' }).fill('Telavi');
  await venueForm.getByRole('textbox', { name: 'Country' }).fill('Georgia');
  await venueForm.getByRole('combobox', { name: 'Time zone' }).fill(VENUE_ZONE);
  await venueForm.getByRole('button', { name: 'Add arrangement' }).click();
  await venueForm.getByRole('combobox', { name: 'Arrangement 1', exact: true }).selectOption({
    label: 'Separate briefing room',
  });
  await venueForm.getByRole('combobox', { name: 'Arrangement 1 for' }).selectOption({ label: 'Side B' });
  await venueForm.getByRole('textbox', { name: 'Arrangement 1 note' }).fill('The library on the ground floor');
  await toTop(venueForm);
  await app.checkPage('agenda-01-new-venue');
  await venueForm.getByRole('button', { name: 'Add venue' }).click();
  await expect(venueForm).toHaveCount(0);
  await expect(form.getByRole('combobox', { name: 'Venue' }).locator('option:checked')).toHaveText(
    'Alaverdi retreat house, Telavi',
  );
  await expect(form.getByRole('combobox', { name: 'Time zone' })).toHaveValue(VENUE_ZONE);
  await form.getByLabel('Starts (venue time)').fill(`${day1}T09:00`);
  await form.getByLabel('Ends (venue time)').fill(`${day2}T18:30`);
  await form.getByLabel('Each day ends at (except the last)').fill('21:00');
  // Both clocks under the start: the venue's, and this laptop's in Zurich.
  await expect(form).toContainText(`At the venue:`);
  await expect(form).toContainText(`09:00 (GMT+4)`);
  await expect(form).toContainText(`On this laptop (${LAPTOP_ZONE}):`);
  await expect(form).toContainText(`${laptopTime(day1, '09:00')} (GMT+`);
  await app.checkPage('agenda-02-new-session');
  await form.getByRole('button', { name: 'Create session' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Session 3: Retreat on the upper valleys' })).toBeVisible();
  await expect(page.getByText('Alaverdi retreat house, Telavi, Georgia')).toBeVisible();
  await expect(page.getByText('Separate briefing room (Side B): The library on the ground floor')).toBeVisible();
  await expect(page.getByText(`times at the venue (${VENUE_ZONE})`)).toBeVisible();
  await expect(page.getByText('No agenda yet')).toBeVisible();

  // Start from the Kelman template: eighteen items over two days, back to back from 09:00.
  await expect(page.getByRole('combobox', { name: 'Template' }).locator('option:checked')).toHaveText(
    'Kelman problem-solving workshop',
  );
  await page.getByRole('button', { name: 'Start from template' }).click();
  await expect(page.getByText('“Kelman problem-solving workshop” added: 18 items now.')).toBeVisible();
  await expect(titles(dayList(page, 1))).toHaveCount(10);
  await expect(titles(dayList(page, 1)).first()).toHaveText(WELCOME);
  await expect(times(dayList(page, 1))).toHaveText([
    '09:00–09:45',
    '09:45–10:30',
    '10:30–10:50',
    '10:50–12:05',
    '12:05–13:20',
    '13:20–14:35',
    '14:35–14:55',
    '14:55–15:55',
    '15:55–17:25',
    '17:25–18:55',
  ]);
  await expect(titles(dayList(page, 2))).toHaveText([
    'Recap of day one',
    JOINT,
    'Coffee break',
    CONSTRAINTS,
    'Lunch',
    'Overcoming constraints: what each side could do',
    'Break',
    'Closing: what we take home and how we speak about it',
  ]);
  await expect(times(dayList(page, 2))).toHaveText([
    '09:00–09:30',
    '09:30–11:00',
    '11:00–11:20',
    '11:20–12:35',
    '12:35–13:50',
    '13:50–15:20',
    '15:20–15:40',
    '15:40–16:25',
  ]);
  await expect(page.getByRole('list', { name: 'Timing warnings' })).toHaveCount(0);
  await app.checkPage('agenda-03-kelman-template');
  await toTop(page.getByRole('region', { name: /^Day 2 ·/ }));
  await app.checkPage('agenda-04-kelman-day-two');

  // 2. Drag "Constraints" with the mouse onto the coffee break: it now follows joint thinking
  // directly, and the times below it move.
  // Mid-pane: near the pane's edge dnd-kit would scroll it while the pointer is held.
  await handle(page, CONSTRAINTS).evaluate((node) => node.scrollIntoView({ block: 'center' }));
  const held = await dragOver(
    page,
    handle(page, CONSTRAINTS),
    dayList(page, 2).getByRole('listitem').filter({ hasText: 'Coffee break' }),
  );
  // While it is held over the coffee break, the times already show where it will land, and they
  // stay put (the pointer stands still).
  await expect(handle(page, CONSTRAINTS)).toHaveAccessibleName(`Move “${CONSTRAINTS}”, 11:00`);
  await expect(handle(page, 'Coffee break').nth(1)).toHaveAccessibleName('Move “Coffee break”, 12:15');
  expect(await namesOverFrames(handle(page, CONSTRAINTS), 12)).toEqual([`Move “${CONSTRAINTS}”, 11:00`]);
  // Not app.screenshot: a full-page capture can resize the page, and dnd-kit cancels a drag on resize.
  await page.screenshot({ path: join(SCREENSHOTS, 'agenda-05-dragging-constraints.png') });
  await held.drop();
  await expect(titles(dayList(page, 2)).nth(2)).toHaveText(CONSTRAINTS);
  await expect(titles(dayList(page, 2)).nth(3)).toHaveText('Coffee break');
  await expect(times(dayList(page, 2))).toHaveText([
    '09:00–09:30',
    '09:30–11:00',
    '11:00–12:15',
    '12:15–12:35',
    '12:35–13:50',
    '13:50–15:20',
    '15:20–15:40',
    '15:40–16:25',
  ]);
  await expect(handle(page, CONSTRAINTS)).toHaveAccessibleName(`Move “${CONSTRAINTS}”, 11:00`);
  await app.checkPage('agenda-06-dropped-constraints');

  // The keyboard does the same: Alt+↓ on the handle puts it back after the coffee, Alt+↑ brings it
  // up again; focus stays on the moved item's handle.
  await handle(page, CONSTRAINTS).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(handle(page, CONSTRAINTS)).toHaveAccessibleName(`Move “${CONSTRAINTS}”, 11:20`);
  await expect(titles(dayList(page, 2)).nth(3)).toHaveText(CONSTRAINTS);
  await expect(times(dayList(page, 2)).nth(2)).toHaveText('11:00–11:20');
  await expect(handle(page, CONSTRAINTS)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `${CONSTRAINTS} moved to day 2, 11:20` })).toHaveCount(1);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(handle(page, CONSTRAINTS)).toHaveAccessibleName(`Move “${CONSTRAINTS}”, 11:00`);
  await expect(titles(dayList(page, 2)).nth(2)).toHaveText(CONSTRAINTS);
  await expect(times(dayList(page, 2)).nth(3)).toHaveText('12:15–12:35');
  await expect(handle(page, CONSTRAINTS)).toBeFocused();

  // 3. A "hopes and fears" exercise led by participant A1 on day two, through the item editor.
  await page.getByRole('button', { name: 'Add item', exact: true }).click();
  let editor = page.getByRole('form', { name: 'New agenda item' });
  await expect(editor.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await editor.getByRole('textbox', { name: 'Title' }).fill(HOPES);
  await editor.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Exercise' });
  await editor.getByRole('spinbutton', { name: 'Minutes' }).fill('45');
  await expect(editor.getByRole('combobox', { name: 'Day' }).locator('option:checked')).toHaveText('Day 2');
  const leads = editor.getByRole('combobox', { name: 'Lead' });
  await expect(leads.locator('option')).toHaveText([
    'No lead',
    'Facilitator',
    'Participant A1',
    'Participant A2',
    'Participant B1',
    'Participant B2',
  ]);
  await leads.selectOption({ label: 'Participant A1' });
  await editor.getByRole('textbox', { name: 'Topics' }).fill('what we hope for, what we fear');
  await app.checkPage('agenda-07-item-editor-hopes');
  await editor.getByRole('button', { name: 'Add item' }).click();
  await expect(editor).toHaveCount(0);
  const hopesRow = dayList(page, 2)
    .getByRole('listitem')
    .filter({ has: handle(page, HOPES) });
  await expect(hopesRow).toContainText('16:25–17:10');
  await expect(hopesRow).toContainText('Exercise');
  await expect(hopesRow).toContainText('A1');
  await expect(hopesRow).not.toContainText('Haddad');

  // And a caucus with Side A after it.
  await page.getByRole('button', { name: 'Add item', exact: true }).click();
  editor = page.getByRole('form', { name: 'New agenda item' });
  await editor.getByRole('textbox', { name: 'Title' }).fill(CAUCUS);
  await editor.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Caucus' });
  await editor.getByRole('combobox', { name: 'Caucus with' }).selectOption({ label: 'Side A' });
  await editor.getByRole('combobox', { name: 'Lead' }).selectOption({ label: 'Facilitator' });
  await editor.getByRole('combobox', { name: 'Day' }).selectOption({ label: 'Day 2' });
  await editor.getByRole('button', { name: 'Add item' }).click();
  await expect(editor).toHaveCount(0);
  const caucusRow = dayList(page, 2)
    .getByRole('listitem')
    .filter({ has: handle(page, CAUCUS) });
  await expect(caucusRow).toContainText('17:10–17:40');
  await expect(caucusRow).toContainText('Caucus · Side A');
  await expect(titles(dayList(page, 2))).toHaveCount(10);
  await expect(page.getByText('20 items · 18 h 35 planned')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timing warnings' })).toHaveCount(0);
  await toTop(page.getByRole('region', { name: /^Day 2 ·/ }));
  await app.checkPage('agenda-08-day-two-planned');

  // 4. Live mode: start the first item, go on to the second, finish it, leave.
  await page.getByRole('button', { name: 'Live mode' }).click();
  // The session meets today at the venue: live mode records at once, no question asked.
  const live = page.getByRole('dialog', { name: 'Live mode, session 3' });
  await expect(live).toBeVisible();
  await expect(live.getByRole('heading', { name: `Next: ${WELCOME}` })).toBeVisible();
  await expect(live).toContainText('Planned 09:00 · 45 min');
  await live.getByRole('button', { name: /^Start “Welcome/ }).click();
  await expect(live.getByRole('heading', { level: 1, name: WELCOME })).toBeVisible();
  await expect(live).toContainText('Plenary · led by Facilitator · Chatham House Rule');
  await expect(live.getByTestId('remaining')).toBeVisible();
  await app.checkPage('agenda-09-live-first-item');
  await live.getByRole('button', { name: /^Next: “Introductions/ }).click();
  await expect(live.getByRole('heading', { level: 1, name: INTRODUCTIONS })).toBeVisible();
  await app.checkPage('agenda-10-live-second-item');
  await live.getByRole('button', { name: /^Finish this item/ }).click();
  await expect(live.getByText('Between items')).toBeVisible();
  await expect(live.getByRole('heading', { name: 'Next: Coffee break' })).toBeVisible();
  await live.getByRole('button', { name: /^Leave live mode/ }).click();
  await expect(live).toHaveCount(0);

  // Afterwards: the plan beside what happened, in venue time.
  const pva = page.getByRole('region', { name: 'Plan and what happened' });
  await expect(pva).toBeVisible();
  await expect(pva).toContainText('2 of 20 items run');
  const ran = pva.getByRole('row').filter({ has: page.getByRole('rowheader', { name: WELCOME }) });
  await expect(ran).toContainText('09:00 · 45 min');
  await expect(ran).toContainText('Done');
  await expect(
    pva.getByRole('row').filter({ has: page.getByRole('rowheader', { name: INTRODUCTIONS }) }),
  ).toContainText('Done');
  await expect(pva.getByRole('row').filter({ has: page.getByRole('rowheader', { name: JOINT }) })).toContainText(
    'Not run',
  );
  // The planned times did not move.
  await expect(times(dayList(page, 1)).first()).toHaveText('09:00–09:45');
  await toTop(pva);
  await app.checkPage('agenda-11-plan-and-actual');

  // 5. Export the participants' copy of the agenda.
  await expect(
    page.getByRole('checkbox', { name: 'Facilitator’s copy (item notes, times actually run)' }),
  ).not.toBeChecked();
  await page.getByRole('button', { name: 'Export agenda PDF…' }).click();
  await expect(page.getByText(/^Saved Cedar-session-3-agenda\.pdf \(\d+ pages?\)\.$/)).toBeVisible();
  await app.checkPage('agenda-12-exported');
  const file = join(app.exportsFolder, 'Cedar-session-3-agenda.pdf');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

  expect(text).toContain('Session 3 — Retreat on the upper valleys');
  expect(text).toContain('Alaverdi retreat house, Telavi, Georgia');
  expect(text).toContain(`On the venue's clocks: ${VENUE_ZONE} (GMT+4)`);
  // Venue time, not the laptop's (pdftotext gives the kinds in capitals, as printed).
  expect(text).toMatch(/09:00–09:45\s+Plenary\s+Welcome, ground rules/i);
  expect(text).not.toContain(`${laptopTime(day1, '09:00')}–${laptopTime(day1, '09:45')}`);
  expect(text).toMatch(/11:00–12:15\s+Plenary\s+Constraints/i);
  expect(text).toMatch(/09:30–11:00[\s\S]*Joint thinking[\s\S]*11:00–12:15[\s\S]*Constraints[\s\S]*12:15–12:35/);
  expect(text).toMatch(/16:25–17:10\s+Exercise\s+Hopes and fears\s+A1\s+45 min/i);
  expect(text).toMatch(/17:10–17:40\s+Caucus\s+Caucus with Side A/i);
  expect(text).toContain('With Side A only');
  expect(text).toContain('Facilitator');
  // What actually ran is for the facilitator's copy, not the handout.
  expect(text).not.toContain('Ran ');
  expect(text).toMatch(/Page 1 of \d/);
  // The participants' copy: no planning notes, and nobody by name.
  expect(text).not.toContain('no commitments on behalf of governments');
  for (const person of ROSTER) {
    for (const word of person.realName.split(' ')) expect(text).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
  }

  // The pages as images, to be looked at.
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const old of await readdir(SCREENSHOTS)) {
    if (old.startsWith('agenda-pdf-page')) await rm(join(SCREENSHOTS, old));
  }
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(SCREENSHOTS, 'agenda-pdf-page')]);
  expect((await readdir(SCREENSHOTS)).filter((name) => name.startsWith('agenda-pdf-page')).length).toBeGreaterThan(0);

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});
