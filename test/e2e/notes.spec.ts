import { contract } from '../../shared/contract';
import { expect, test } from './harness/app';
import { cedarDialogue, party, sessionToday } from './harness/seed';

const PASSPHRASE = 'cedar-river-stone-window-73';
const ENGLISH = 'Both sides agreed the aquifer survey should be joint.';
const ARABIC = 'المياه مسألة مشتركة';
const HEBREW = 'המים הם נושא משותף';
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

test('live notes in three scripts, found again by search, inert markup, and kept across a lock', async ({ app }) => {
  const { page, services } = app;

  // Setup through the services: workspace, dialogue, roster, session and agenda.
  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  const sideA = party(dialogue, 'Side A');
  const sideB = party(dialogue, 'Side B');
  await services.roster.create(
    contract['participant.create'].input.parse({
      dialogueId: dialogue.id,
      partyId: sideA.id,
      realName: 'Amal Haddad',
      speakerCode: 'A1',
    }),
  );
  await services.roster.create(
    contract['participant.create'].input.parse({
      dialogueId: dialogue.id,
      partyId: sideB.id,
      realName: 'Noa Levi',
      speakerCode: 'B1',
    }),
  );
  const session = await sessionToday(services, dialogue.id, 'Upper valleys workshop', {
    title: 'Water and wells',
    plannedMinutes: 90,
  });

  await app.open();
  await expect(page.getByRole('button', { name: 'Cedar', exact: true })).toBeVisible();

  // Sessions → the session → live mode.
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Upper valleys workshop' }).first().click();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
  await page.getByRole('button', { name: 'Live mode' }).click();
  const live = page.getByRole('dialog', { name: `Live mode, session ${session.number}` });
  await expect(live).toBeVisible();
  await expect(live.getByRole('heading', { name: 'Next: Water and wells' })).toBeVisible();
  await live.getByRole('button', { name: /Start “Water and wells”/ }).click();
  await expect(live.getByRole('heading', { name: 'Water and wells' })).toBeVisible();
  await app.checkPage('notes-01-live-mode');

  // N opens quick capture; Ctrl+Enter saves and closes it.
  const slot = live.getByRole('complementary', { name: 'Note on the current item' });
  for (const text of [ENGLISH, ARABIC, HEBREW, HOSTILE]) {
    const box = slot.getByRole('textbox', { name: 'Note' });
    // Right after the previous save: live mode's one key handler already sees the note closed.
    await page.keyboard.press('n');
    await expect(box).toBeFocused();
    await box.fill(text);
    if (text === HEBREW) await app.checkPage('notes-02-live-capture-hebrew');
    await page.keyboard.press('Control+Enter');
    await expect(slot).toHaveCount(0);
  }
  const saved = await services.notes.list(contract['note.list'].input.parse({ sessionId: session.id }));
  expect(saved.length).toBeGreaterThanOrEqual(4);

  // Leave live mode and search the notes.
  await page.keyboard.press('Escape');
  await expect(live).toHaveCount(0);
  await nav.getByRole('button', { name: 'Notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search notes' });
  const results = page.getByRole('list', { name: 'Search results' });

  await search.fill('aquifer');
  await expect(page.getByText('1 note matches.')).toBeVisible();
  await expect(results.locator('mark', { hasText: 'aquifer' })).toBeVisible();
  await expect(results).toContainText('Both sides agreed');
  await app.checkPage('notes-03-search-english');

  await search.fill('مياه');
  await expect(page.getByText('1 note matches.')).toBeVisible();
  await expect(results.locator('mark')).not.toHaveCount(0);
  await expect(results).toContainText('مسألة مشتركة');
  await app.checkPage('notes-04-search-arabic');

  await search.fill('משותף');
  await expect(page.getByText('1 note matches.')).toBeVisible();
  await expect(results.locator('mark', { hasText: 'משותף' })).toBeVisible();
  await expect(results.locator('p[dir="auto"]')).toContainText('המים');

  // Markup in a note is shown as text and never runs.
  await search.fill('pwned');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  const hostile = results.getByRole('listitem');
  // The snippet is plain text with the matches marked (Markdown's `__…__` reads as bold, so the
  // underscores of `__pwned` are not part of the shown text).
  await expect(hostile).toContainText('<img src=x onerror="window.');
  await expect(hostile).toContainText('<script>window.');
  await expect(hostile.locator('mark', { hasText: 'pwned' })).not.toHaveCount(0);
  await hostile.getByRole('button').first().click();
  await expect(hostile.getByRole('button', { name: 'Edit' })).toBeVisible();
  await expect(hostile).toContainText('<img src=x onerror="window.');
  await expect(hostile).toContainText('</script>');
  await expect(results.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await app.checkPage('notes-05-hostile-as-text');

  // Lock with a note half typed; after unlock the text is there.
  await nav.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Upper valleys workshop' }).first().click();
  await page.getByRole('button', { name: 'Live mode' }).click();
  await expect(live).toBeVisible();
  await live.focus();
  await page.keyboard.press('n');
  const box = slot.getByRole('textbox', { name: 'Note' });
  await expect(box).toBeFocused();
  await box.pressSequentially('Halfway through the wellhead ');
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock workspace' })).toBeVisible();
  await expect(page.getByText('wellhead')).toHaveCount(0);
  await app.checkPage('notes-06-locked-mid-note');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock workspace' })).toHaveCount(0);

  await nav.getByRole('button', { name: 'Notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await search.fill('wellhead');
  await expect(page.getByText('1 note matches.')).toBeVisible();
  await expect(results.locator('mark', { hasText: 'wellhead' })).toBeVisible();
  await app.checkPage('notes-07-found-after-unlock');

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});

test('a lock main starts on its own (idle) lets the note editor save the half-typed note first', async ({ app }) => {
  const { page, services } = app;
  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  const session = await sessionToday(services, dialogue.id, 'Cistern walk', { title: 'Cisterns', plannedMinutes: 60 });

  await app.open();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Cistern walk' }).first().click();
  await page.getByRole('button', { name: 'Live mode' }).click();
  const live = page.getByRole('dialog', { name: `Live mode, session ${session.number}` });
  await expect(live).toBeVisible();
  await live.focus();
  await page.keyboard.press('n');
  const box = live
    .getByRole('complementary', { name: 'Note on the current item' })
    .getByRole('textbox', { name: 'Note' });
  await expect(box).toBeFocused();

  // Typed, and main locks at once: no pause for the autosave.
  await box.pressSequentially('The eastern cistern leaks ');
  const callsBefore = app.pageCalls.length;
  await app.lockFromMain('idle');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock workspace' })).toBeVisible();
  await expect(page.getByText('cistern leaks')).toHaveCount(0);
  // The page answered main's request by locking itself (after saving), instead of main locking under
  // it when the grace time ran out; only then can the autosave not have been what saved the text.
  expect(app.pageCalls.slice(callsBefore)).toContain('workspace.lock');
  expect(services.workspace.isUnlocked).toBe(false);

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock workspace' })).toHaveCount(0);
  await nav.getByRole('button', { name: 'Notes' }).click();
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('cistern');
  await expect(page.getByText('1 note matches.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Search results' })).toContainText('The eastern cistern leaks');

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});

test('a caucus note taken in the session view shows only in its party’s caucus view', async ({ app }) => {
  const { page, services } = app;
  const CAUCUS = 'Side A would accept a shared reservoir board if wells stay local.';
  const JOINT = 'Plenary: both sides asked for the reservoir data before the next round.';

  // Setup through the services: workspace, dialogue with two sides and a team, one session.
  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  const sideA = party(dialogue, 'Side A');
  const session = await sessionToday(services, dialogue.id, 'Reservoir caucus day');

  await app.open();
  await expect(page.getByRole('button', { name: 'Cedar', exact: true })).toBeVisible();

  // Sessions → the session: its notes are below the agenda.
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Reservoir caucus day' }).first().click();
  const notes = page.getByRole('region', { name: 'Notes of this session' });
  await expect(notes).toBeVisible();
  await expect(notes.getByText('No notes yet in this session.')).toBeVisible();

  // Side A's caucus view, N, type, Ctrl+Enter: a caucus note.
  await notes.getByRole('tab', { name: 'Caucus: Side A' }).click();
  await expect(notes.getByRole('tab', { name: 'Caucus: Side A' })).toHaveAttribute('aria-selected', 'true');
  await expect(notes.getByText('No caucus notes with this party yet.')).toBeVisible();
  await page.keyboard.press('n');
  let box = notes.getByRole('textbox', { name: 'Note' });
  await expect(box).toBeFocused();
  await expect(notes.getByText(/^Caucus note ·/)).toBeVisible();
  await box.fill(CAUCUS);
  await page.keyboard.press('Control+Enter');
  await expect(notes.getByRole('listitem').filter({ hasText: 'shared reservoir board' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(notes.getByRole('textbox', { name: 'Note' })).toHaveCount(0);

  // The joint view does not hold it; a joint note taken there does.
  await notes.getByRole('tab', { name: 'Joint notes' }).click();
  await expect(notes.getByText('No notes yet in this session.')).toBeVisible();
  await expect(notes.getByText('shared reservoir board')).toHaveCount(0);
  await notes.getByRole('button', { name: /New note/ }).click();
  box = notes.getByRole('textbox', { name: 'Note' });
  await expect(box).toBeFocused();
  await box.fill(JOINT);
  await page.keyboard.press('Control+Enter');
  await expect(notes.getByRole('listitem').filter({ hasText: 'asked for the reservoir data' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(notes.getByText('shared reservoir board')).toHaveCount(0);

  // The workspace has them where they were taken.
  const joint = await services.notes.list(contract['note.list'].input.parse({ sessionId: session.id }));
  expect(joint.map((note) => note.body)).toEqual([JOINT]);
  const caucus = await services.notes.list(
    contract['note.list'].input.parse({ sessionId: session.id, caucusPartyId: sideA.id }),
  );
  expect(caucus.map((note) => note.body)).toEqual([CAUCUS]);

  // The Notes page: the joint view finds only the joint note; Side A's caucus view only its note.
  await nav.getByRole('button', { name: 'Notes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  const results = page.getByRole('list', { name: 'Search results' });
  const view = page.getByLabel('View');
  await page.getByRole('searchbox', { name: 'Search notes' }).fill('reservoir');
  await expect(view).toHaveValue('');
  await expect(page.getByText('1 note matches.')).toBeVisible();
  await expect(results).toContainText('asked for the reservoir data');
  await expect(results).not.toContainText('shared reservoir board');

  await view.selectOption({ label: 'Caucus: Side A' });
  await expect(results).toContainText('shared reservoir board');
  await expect(page.getByText('1 note matches.')).toBeVisible();
  await expect(results).not.toContainText('asked for the reservoir data');
  await app.checkPage('notes-08-caucus');

  await view.selectOption({ label: 'Caucus: Side B' });
  await expect(page.getByText('No notes match.')).toBeVisible();

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});
