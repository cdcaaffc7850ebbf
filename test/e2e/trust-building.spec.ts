import AxeBuilder from '@axe-core/playwright';
import { contract } from '../../shared/contract';
import type { ExerciseRunView } from '../../shared/contract';
import { expect, test } from './harness/app';
import { cedarDialogue, party, sessionToday } from './harness/seed';

const PASSPHRASE = 'cedar-orchard-lantern-river-58';
const ARABIC_OPTION = 'إدارة مشتركة للمياه';
const OBSERVATION = 'Side B wrote more fears than hopes; the room went quiet at the card about children.';

test('trust-building: library to live checklist, trust readings across sessions, options moving in the Overton window', async ({
  app,
}) => {
  const { page, services } = app;
  test.setTimeout(120_000);

  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  const sideA = party(dialogue, 'Side A');
  const sideB = party(dialogue, 'Side B');
  for (const [partyId, realName, speakerCode] of [
    [sideA.id, 'Amal Haddad', 'A1'],
    [sideB.id, 'Noa Levi', 'B1'],
  ] as const) {
    await services.roster.create(
      contract['participant.create'].input.parse({ dialogueId: dialogue.id, partyId, realName, speakerCode }),
    );
  }
  const first = await services.sessions.create(
    contract['session.create'].input.parse({
      dialogueId: dialogue.id,
      number: 1,
      title: 'Listening day',
      startsAt: '2025-03-10T09:00',
      endsAt: '2025-03-10T17:00',
      timeZone: 'UTC',
    }),
  );
  const second = await sessionToday(services, dialogue.id, 'Upper valleys workshop');

  await app.open();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: 'Exercises' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Trust-building/ })).toBeVisible();

  // 1. Find "hopes and fears" by filter: opening stage, then a search typed in capitals.
  const list = page.getByRole('list', { name: 'Exercises' });
  await page.getByLabel('Stage').selectOption({ label: 'Opening' });
  await expect(list.getByRole('button', { name: /Walk-and-talk/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /Personal narratives/ })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search exercises' }).fill('HOPES');
  await expect(list.locator('.library__item')).toHaveCount(1);
  await expect(page.getByText('1 of 21 exercises')).toBeVisible();
  await list.getByRole('button', { name: /Hopes and fears/ }).click();
  const detail = page.getByRole('article', { name: 'Hopes and fears' });
  await expect(detail.getByRole('heading', { name: 'Do no harm' })).toBeVisible();
  await expect(detail.getByText('Asks for personal sharing', { exact: true })).toBeVisible();
  await expect(detail.getByText('Opting out is always fine', { exact: true })).toBeVisible();
  await expect(detail.getByRole('region', { name: 'After-care' })).toBeVisible();
  await app.screenshot('trust-01-library-filtered');

  // 2. Add it to today's session.
  await detail.getByRole('button', { name: 'Add to a session…' }).click();
  const add = page.getByRole('form', { name: 'Add to a session: Hopes and fears' });
  await add.getByLabel('Session').selectOption({ label: '2 · Upper valleys workshop' });
  await add.getByRole('button', { name: 'Add to agenda' }).click();
  await expect(detail.getByText('Added to the agenda of session 2.')).toBeVisible();

  // 3. The builder shows it with its flags and checklist progress.
  await nav.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Upper valleys workshop' }).first().click();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  const row = page.locator('.agenda-row', { hasText: 'Hopes and fears' });
  await expect(row.getByRole('list', { name: 'Do-no-harm flags' })).toContainText('Personal sharing');
  await expect(row.getByText(/^Checklist: 0 of \d+ steps$/)).toBeAttached();
  await app.screenshot('trust-02-agenda-builder');

  // 4. Live mode: tick the checklist, record an observation, opt-outs and how it landed.
  await page.getByRole('button', { name: 'Live mode' }).click();
  const live = page.getByRole('dialog', { name: `Live mode, session ${second.number}` });
  const panel = live.getByRole('complementary', { name: 'Exercise checklist: Hopes and fears' });
  await expect(panel.getByRole('group', { name: /^Prepare/ })).toContainText('Now');
  await panel.getByRole('checkbox', { name: /Prepare cards in two colours/ }).check();
  await live.getByRole('button', { name: /Start “Hopes and fears”/ }).click();
  await expect(live.getByRole('heading', { name: 'Hopes and fears', level: 1 })).toBeVisible();
  await app.screenshot('trust-03a-live-running');
  await expect(panel.getByRole('group', { name: /^In the room/ })).toContainText('Now');
  await panel
    .getByRole('checkbox', { name: 'Explain the exercise and say aloud that anyone may write nothing.' })
    .check();
  await panel.getByRole('checkbox', { name: 'Give ten quiet minutes to write, one hope or fear per card.' }).check();
  await expect(panel.getByRole('group', { name: /^In the room/ })).toContainText('2/6');
  await panel.getByRole('button', { name: 'New observation' }).click();
  await panel.getByRole('textbox', { name: 'Observation' }).fill(OBSERVATION);
  await panel.getByRole('spinbutton', { name: 'Took part, Side A' }).click();
  await expect(panel.getByText('Saved')).toBeVisible();
  await panel.getByRole('spinbutton', { name: 'Took part, Side A' }).fill('5');
  await panel.getByRole('spinbutton', { name: 'Passed, Side A' }).fill('1');
  await panel.getByRole('spinbutton', { name: 'Took part, Side B' }).fill('4');
  await panel.getByRole('spinbutton', { name: 'Passed, Side B' }).fill('2');
  await panel.getByRole('radio', { name: /4\s*Landed well/ }).check();
  await app.screenshot('trust-03-live-checklist');
  const audit = await new AxeBuilder({ page })
    .include('.live-exercise')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(audit.violations.map((v) => v.id)).toEqual([]);

  const [run] = (await services.exerciseRuns.forSession({ sessionId: second.id })) as ExerciseRunView[];
  expect(run!.progress.done).toBe(3);
  expect(run!.observations.map((o) => [o.body, o.level])).toEqual([[OBSERVATION, 'facilitator']]);
  expect(run!.counts.map((c) => [c.partyName, c.tookPart, c.optedOut])).toEqual([
    ['Side A', 5, 1],
    ['Side B', 4, 2],
  ]);
  expect(run!.landed).toBe(4);
  await page.keyboard.press('Escape');
  await expect(live).toHaveCount(0);

  // 5. Trust readings for two sessions, then the chart.
  await nav.getByRole('button', { name: 'Exercises' }).click();
  await page.getByRole('tab', { name: 'Trust readings' }).click();
  const record = page.getByRole('region', { name: 'Record a reading' });
  const pair = record.getByRole('form', { name: 'Side A – Side B' });
  await record.getByLabel('Reading at').selectOption({ label: 'Session 1 · Listening day' });
  await pair.getByRole('radio', { name: '−1 Cold' }).check();
  await pair.getByRole('checkbox', { name: /A walk-out/ }).check();
  await pair.getByLabel('Why').fill('Side B left the morning plenary for an hour.');
  await pair.getByRole('button', { name: 'Save reading' }).click();
  await expect(record.getByText('Reading for Side A – Side B saved.')).toBeVisible();
  await record.getByLabel('Reading at').selectOption({ label: 'Session 2 · Upper valleys workshop' });
  await pair.getByRole('radio', { name: '+1 Cordial' }).check();
  await pair.getByRole('checkbox', { name: /First names used/ }).check();
  await pair.getByRole('checkbox', { name: /Informal contact across sides/ }).check();
  await pair.getByRole('button', { name: 'Save reading' }).click();
  await expect(record.getByText('Reading for Side A – Side B saved.')).toBeVisible();
  const chart = page.getByRole('img', { name: 'Trust between the sides across sessions, Cedar' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toHaveText(
    'Side A – Side B: from −1 Cold at session 1 to +1 Cordial at session 2.',
  );
  await expect(chart.locator('.visx-linepath')).toHaveCount(1);
  await chart.scrollIntoViewIfNeeded();
  await app.screenshot('trust-04-trust-chart');
  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table', { name: 'Trust readings by session and pair of sides' });
  await expect(table.getByRole('row', { name: /Session 1.*−1 Cold.*A walk-out/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Session 2.*\+1 Cordial/ })).toBeVisible();

  // 6. Two options placed over two sessions, one with an Arabic title; the picture shows them move.
  await page.getByRole('tab', { name: 'Overton window' }).click();
  await page.getByLabel('New topic').fill('Water allocation');
  await page.getByRole('button', { name: 'Add topic' }).click();
  const optionField = page.getByRole('textbox', { name: /^Add option/ });
  await optionField.fill('A shared water board');
  await page.getByLabel('Raised at').selectOption({ label: 'Session 1' });
  await page.getByRole('button', { name: 'Add option', exact: true }).click();
  await expect(page.getByRole('rowheader', { name: 'A shared water board' })).toBeVisible();
  await optionField.fill(ARABIC_OPTION);
  await page.getByRole('button', { name: 'Add option', exact: true }).click();
  await expect(page.getByRole('rowheader', { name: ARABIC_OPTION })).toBeVisible();

  const placeAt = page.getByLabel('At session');
  await placeAt.selectOption({ label: 'Session 1 · Listening day' });
  await page.getByLabel('A shared water board, Side B').selectOption({ label: 'Unthinkable' });
  await expect(page.getByText('A shared water board: Side B Unthinkable.')).toBeVisible();
  await page.getByLabel('A shared water board, Side A').selectOption({ label: 'Acceptable' });
  await page.getByLabel(`${ARABIC_OPTION}, Side A`).selectOption({ label: 'Radical' });
  await placeAt.selectOption({ label: 'Session 2 · Upper valleys workshop' });
  await expect(page.getByLabel('A shared water board, Side B')).toHaveValue('');
  await page.getByLabel('A shared water board, Side B').selectOption({ label: 'Sensible' });
  await page.getByLabel('A shared water board, Side A').selectOption({ label: 'Acceptable' });
  await page.getByLabel(`${ARABIC_OPTION}, Side A`).selectOption({ label: 'Acceptable' });
  await expect(page.getByText(`${ARABIC_OPTION}: Side A Acceptable.`)).toBeVisible();

  const picture = page.getByRole('img', { name: 'Overton window: Water allocation' });
  await expect(picture.locator('desc')).toContainText('Side B Unthinkable → Sensible (3 steps toward policy)');
  await expect(picture.locator('desc')).toContainText('Side A Radical → Acceptable (1 step toward policy)');
  // The Arabic title is laid out right to left, in the picture and in the table.
  await expect(picture.locator('text[direction="rtl"] tspan')).toHaveText(ARABIC_OPTION);
  const arabicHeader = page.getByRole('rowheader', { name: ARABIC_OPTION });
  expect(await arabicHeader.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await app.screenshot('trust-05-overton');
  await page.getByRole('button', { name: 'Show as table' }).click();
  const placements = page.getByRole('table', { name: 'Placements by option, side and session' });
  await expect(placements.getByRole('row', { name: /A shared water board Side B Unthinkable Sensible/ })).toBeVisible();

  // Nothing was held in the store against the wrong session, and nothing left the page.
  const board = await services.overton.board({ dialogueId: dialogue.id });
  const water = board.topics.find((topic) => topic.title === 'Water allocation')!;
  expect(water.options.find((o) => o.title === 'A shared water board')!.placements).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ sessionId: first.id, partyId: sideB.id, level: 'unthinkable' }),
      expect.objectContaining({ sessionId: second.id, partyId: sideB.id, level: 'sensible' }),
    ]),
  );
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});

test('trust-building pages fit a small laptop and 200 % zoom: nothing cut off, no sideways scroll', async ({ app }) => {
  const { page, services } = app;
  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  const [a, b] = [party(dialogue, 'Side A'), party(dialogue, 'Side B')];
  const sessions = [];
  for (const [number, day] of [
    [1, '2025-03-10'],
    [2, '2025-06-12'],
    [3, '2025-10-02'],
  ] as const) {
    sessions.push(
      await services.sessions.create(
        contract['session.create'].input.parse({
          dialogueId: dialogue.id,
          number,
          startsAt: `${day}T09:00`,
          endsAt: `${day}T17:00`,
          timeZone: 'UTC',
        }),
      ),
    );
  }
  for (const [index, rating] of [-1, -2, 1].entries()) {
    await services.trust.record(
      contract['trust.record'].input.parse({
        sessionId: sessions[index]!.id,
        partyAId: a.id,
        partyBId: b.id,
        rating,
        indicators: rating > 0 ? ['first-names', 'humour'] : ['hostile-incident'],
      }),
    );
  }
  const topic = await services.overton.addTopic({ dialogueId: dialogue.id, title: 'Water allocation' });
  for (const title of ['A shared water board with rotating chairs from both valleys', ARABIC_OPTION]) {
    const option = await services.overton.addOption(
      contract['overton.addOption'].input.parse({ dialogueId: dialogue.id, topicId: topic.id, title }),
    );
    for (const [index, level] of (['unthinkable', 'radical', 'sensible'] as const).entries()) {
      await services.overton.place({ optionId: option.id, sessionId: sessions[index]!.id, partyId: b.id, level });
    }
  }

  const sizes = [
    { name: '1024x640', viewport: { width: 1024, height: 640 } },
    // 200 % zoom of a 1280×800 screen: half as many CSS pixels.
    { name: 'zoom-200', viewport: { width: 640, height: 400 } },
  ];
  for (const { name, viewport } of sizes) {
    await page.setViewportSize(viewport);
    await app.open();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Exercises' }).click();
    for (const tab of ['Exercise library', 'Trust readings', 'Overton window', 'After-care']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      if (tab === 'Exercise library') await page.getByRole('button', { name: /Hopes and fears/ }).click();
      if (tab === 'After-care' && name === '1024x640') {
        await page.getByRole('button', { name: 'New check-in' }).click();
        await expect(page.getByRole('form', { name: 'New check-in' })).toBeVisible();
      }
      if (tab === 'Trust readings') await expect(page.getByRole('img', { name: /^Trust between/ })).toBeVisible();
      const overflow = await page.getByRole('tabpanel').evaluate((panel) => panel.scrollWidth - panel.clientWidth);
      expect(overflow, `${tab} at ${name} scrolls sideways`).toBeLessThanOrEqual(0);
      if (name === '1024x640') {
        // WCAG 2.1 A and AA, colour contrast included, on what this feature draws.
        const audit = await new AxeBuilder({ page })
          .include('.exercises-page')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(
          audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${tab}: accessibility`,
        ).toEqual([]);
      }
      await app.screenshot(`trust-layout-${name}-${tab.toLowerCase().replace(/\s+/g, '-')}`);
    }
  }
  // The form for the facilitator's own exercise, at the small laptop size.
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.getByRole('tab', { name: 'Exercise library' }).click();
  await page.getByRole('button', { name: 'New exercise' }).click();
  await expect(page.getByRole('heading', { name: 'New exercise' })).toBeVisible();
  const formOverflow = await page.getByRole('tabpanel').evaluate((panel) => panel.scrollWidth - panel.clientWidth);
  expect(formOverflow).toBeLessThanOrEqual(0);
  await app.screenshot('trust-layout-1024x640-new-exercise');
});
