import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { contract } from '../../shared/contract';
import { expect, test } from './harness/app';
import { cedarDialogue, party, sessionToday } from './harness/seed';

const PASSPHRASE = 'cedar-olive-treaty-lantern-52';
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const ROSTER = [
  { party: 'Side A', realName: 'Amal Haddad', speakerCode: 'A1' },
  { party: 'Side B', realName: 'Noa Levi', speakerCode: 'B1' },
] as const;

const CLAUSES = [
  'The parties recognise the Varrow river as a shared resource of both communities.',
  'Water allocation shall be decided by [Option 1: a joint basin board [with a rotating chair]][Option 2: an international custodian].',
  'تتبادل الأطراف بيانات منسوب المياه كل أسبوع.',
  'Security arrangements at the wells are addressed separately.',
  'Data on water levels shall be exchanged every month.',
  'Nothing in this statement prejudges the final status of the valley.',
];

const clause = (page: Page, number: string) => page.getByRole('textbox', { name: `Clause ${number}`, exact: true });
const toTop = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((node) => node.scrollIntoView({ block: 'start' }));

test('draft a joint statement: brackets and options, stances, three versions with a moved clause, a lapsed commitment, the PDF', async ({
  app,
}) => {
  const { page, services } = app;
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
  const session = await sessionToday(services, dialogue.id, 'Upper valleys workshop');
  await services.agendas.add(
    contract['agenda.add'].input.parse({
      sessionId: session.id,
      kind: 'plenary',
      title: 'Security at the wells',
      plannedMinutes: 60,
      topics: ['Security guarantees'],
    }),
  );

  await app.open();
  await expect(page.getByRole('button', { name: 'Cedar', exact: true })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: 'Agreements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Agreements/ })).toBeVisible();
  await expect(page.getByText('No drafts yet')).toBeVisible();

  // 1. A new draft, with N.
  await page.keyboard.press('n');
  const form = page.getByRole('form', { name: 'New draft' });
  await form.getByRole('textbox', { name: 'Title' }).fill('Joint statement on the water commons');
  await form
    .getByRole('textbox', { name: 'Purpose' })
    .fill('Test whether both delegations would sign a shared principle.');
  await form.getByRole('combobox', { name: 'PA-X stage' }).selectOption({ label: 'Pre-negotiation / process' });
  await app.screenshot('agreements-01-new-draft');
  await form.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Joint statement on the water commons' })).toBeVisible();
  await expect(page.getByText('No version saved yet')).toBeVisible();

  // 2. Six clauses, typed as in a word processor: Enter starts the next clause.
  await page.getByRole('button', { name: 'Write the first clause' }).click();
  for (const [index, text] of CLAUSES.entries()) {
    const box = clause(page, String(index + 1));
    await expect(box).toBeFocused();
    await box.fill(text);
    if (index < CLAUSES.length - 1) await page.keyboard.press('End');
    if (index < CLAUSES.length - 1) await page.keyboard.press('Enter');
  }
  // A sub-clause under clause 4, made with Alt+Shift+→, and a bracket made with Ctrl+B.
  await clause(page, '4').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(clause(page, '5')).toBeFocused();
  await page.keyboard.type('Monitoring stations stay where they are');
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await expect(clause(page, '4.1')).toBeFocused();
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+B');
  await expect(clause(page, '4.1')).toHaveValue('[Monitoring stations stay where they are]');
  await expect(page.getByText('Cursor inside a bracket, depth 1')).toBeVisible();
  // An unclosed bracket is an error with its place; closing it clears it.
  await clause(page, '6').focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' [on ice');
  await expect(page.getByRole('alert').filter({ hasText: 'The bracket opened at character' })).toContainText(
    'is never closed',
  );
  await app.screenshot('agreements-02-unclosed-bracket');
  await page.keyboard.press('Backspace');
  for (let i = 0; i < 7; i++) await page.keyboard.press('Backspace');
  await expect(clause(page, '6')).toHaveValue(CLAUSES[5]!.replace('every month', 'every month'));
  await expect(page.getByRole('alert').filter({ hasText: 'The bracket opened at character' })).toHaveCount(0);
  // Nested brackets and the two options are shaded by depth in the editor.
  await clause(page, '2').click();
  await expect(page.locator('.bt__bracket .bt__bracket')).toHaveCount(1);
  await app.screenshot('agreements-03-six-clauses');

  // 3. Hold the second option pending the security topic.
  await clause(page, '2').evaluate((node: HTMLTextAreaElement) => {
    const at = node.value.indexOf('international');
    node.setSelectionRange(at, at);
    node.dispatchEvent(new Event('select', { bubbles: true }));
  });
  await page.getByRole('toolbar', { name: 'Drafting commands' }).getByRole('button', { name: 'Hold bracket…' }).click();
  const hold = page.getByRole('form', { name: 'Hold a bracket of clause 2' });
  await expect(hold.getByRole('combobox', { name: 'Bracket' }).locator('option:checked')).toHaveText(
    '[Option 2: an international custodian]',
  );
  await hold.getByRole('radio', { name: 'A topic' }).check();
  await hold.getByRole('combobox', { name: 'Topic' }).selectOption({ label: 'Security guarantees' });
  await hold.getByRole('button', { name: 'Hold the bracket' }).click();
  await expect(page.getByText('pending the topic “Security guarantees”')).toBeVisible();

  // 4. Stances: Side A accepts clause 1; Side B accepts it with a reservation, noted privately.
  await page.getByRole('tab', { name: 'Stances' }).click();
  await page.getByRole('combobox', { name: 'Stance of Side A on clause 1' }).selectOption({ label: '✓ Accepts' });
  await page
    .getByRole('combobox', { name: 'Stance of Side B on clause 1' })
    .selectOption({ label: '≈ Accepts with reservation' });
  await page.getByRole('button', { name: 'Write the rationale of Side B on clause 1' }).click();
  await page
    .getByRole('textbox', { name: 'Rationale of Side B on clause 1' })
    .fill('Wants “heritage” rather than “resource”.');
  await page.getByRole('button', { name: 'Save rationale' }).click();
  await page.getByRole('combobox', { name: 'Stance of Side A on clause 6' }).selectOption({ label: '✓ Accepts' });
  await page.getByRole('combobox', { name: 'Stance of Side B on clause 6' }).selectOption({ label: '✓ Accepts' });
  await expect(page.getByText('1 of 7 clauses clean')).toBeVisible();
  await app.screenshot('agreements-04-stance-grid');

  // 5. Versions 1 to 3: Ctrl+S saves everything typed and asks for a note.
  await page.getByRole('tab', { name: 'Text' }).click();
  const saveVersion = async (number: number, note: string) => {
    await page.keyboard.press('Control+S');
    const dialog = page.getByRole('dialog', { name: `Save version ${number}` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Version ${number} saved.`)).toBeVisible();
    await expect(page.getByText(`Version ${number} · no changes since`)).toBeVisible();
  };
  await clause(page, '1').focus();
  await saveVersion(1, 'First reading');
  await clause(page, '1').fill('The parties recognise the Varrow river as a shared heritage of both communities.');
  await saveVersion(2, 'After the walk-and-talk');
  // Clause 5 ("Data on water levels…") moves above clause 4 and two words change in it.
  await clause(page, '5').focus();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(clause(page, '4')).toHaveValue(CLAUSES[4]!);
  await expect(clause(page, '4')).toBeFocused();
  await clause(page, '4').fill('Data on river levels shall be exchanged every week.');
  await app.screenshot('agreements-05-clause-moved');
  await saveVersion(3, 'Data clause moved up');

  // 6. Compare versions 2 and 3: the moved clause shows as moved, with its inner edits.
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Version 2' });
  await page.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Version 3' });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByText(/Version 2 → Version 3: 1 changed · 1 moved · 0 added · 0 removed/)).toBeVisible();
  const moved = page.locator('.compare-entry.is-moved');
  await expect(moved).toHaveCount(1);
  await expect(moved).toContainText('Moved from 5');
  await expect(moved.locator('del')).toHaveText(['[removed: water]', '[removed: month]']);
  await expect(moved.locator('ins')).toHaveText(['[added: river]', '[added: week]']);
  await app.screenshot('agreements-06-compare-side-by-side');
  await page.getByRole('button', { name: 'Inline' }).click();
  await expect(moved).toContainText(
    'Data on [removed: water][added: river] levels shall be exchanged every [removed: month][added: week].',
  );
  await app.screenshot('agreements-07-compare-inline');

  // 7. A commitment due yesterday: allowed, flagged, and the final draft is at orphan risk.
  await page.getByRole('tab', { name: 'Commitments' }).click();
  await page.getByRole('button', { name: 'Add commitment' }).click();
  const commitment = page.getByRole('form', { name: 'Add commitment' });
  await commitment.getByRole('combobox', { name: 'From clause' }).selectOption({ index: 2 });
  await commitment.getByRole('textbox', { name: 'Commitment' }).fill('Technical teams meet at the gauge station');
  await commitment.getByRole('radio', { name: 'A role' }).check();
  await commitment.getByRole('textbox', { name: 'Role' }).fill('Water ministry technical team');
  await commitment.getByRole('combobox', { name: 'Of side (optional)' }).selectOption({ label: 'Side B' });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await commitment.getByLabel('Due').fill(yesterday);
  await expect(commitment.getByText('This due date has passed')).toBeVisible();
  await app.screenshot('agreements-08-commitment-due-yesterday');
  await commitment.getByRole('button', { name: 'Add commitment' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Technical teams meet at the gauge station' });
  await expect(row).toContainText('Overdue');
  await expect(row).toContainText('Water ministry technical team (Side B)');

  await page.getByRole('tab', { name: 'Details' }).click();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Final' });
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText(/^Final since /)).toBeVisible();
  await page.getByRole('button', { name: 'All drafts' }).click();
  const warnings = page.getByRole('region', { name: 'Agreements: follow-through' });
  await expect(warnings).toContainText('Orphan risk: “Joint statement on the water commons”');
  await expect(warnings).toContainText('a commitment has lapsed');
  await expect(warnings).toContainText('A final draft is at risk of becoming an orphaned agreement when');
  await app.screenshot('agreements-09-orphan-risk');
  // The dialogue overview says it too.
  await nav.getByRole('button', { name: 'Dialogues' }).click();
  await expect(page.getByRole('region', { name: 'Agreements: follow-through' })).toContainText(
    'Orphan risk: “Joint statement on the water commons” (Cedar)',
  );
  await app.screenshot('agreements-10-dialogue-overview');

  // 8. The participants' copy of version 3, read back with pdftotext.
  await nav.getByRole('button', { name: 'Agreements' }).click();
  await page.getByRole('button', { name: 'Joint statement on the water commons' }).click();
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await page.getByRole('combobox', { name: 'Text', exact: true }).selectOption({ label: 'Version 3' });
  await expect(page.getByRole('checkbox', { name: /Facilitator’s copy/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(
    page.getByText(/^Saved Cedar-Joint-statement-on-the-water-commons-v3\.pdf \(\d+ pages?\)\.$/),
  ).toBeVisible();
  await app.screenshot('agreements-11-exported');
  const file = join(app.exportsFolder, 'Cedar-Joint-statement-on-the-water-commons-v3.pdf');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
  // Extraction may put a space between two brackets printed side by side.
  expect(text).toMatch(
    /\[Option 1: a joint basin board \[with a rotating chair\]\] ?\[Option 2: an international custodian\]/u,
  );
  expect(text).toContain('[Monitoring stations stay where they are]');
  expect(text).toContain('Version 3 · Draft — nothing is agreed until everything is agreed');
  expect(text).toContain('Data on river levels shall be exchanged every week.');
  for (const secret of ['Accepts', 'reservation', 'heritage” rather', 'pending the topic', 'Test whether']) {
    expect(text).not.toContain(secret);
  }
  for (const person of ROSTER) {
    for (const word of person.realName.split(' ')) expect(text).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
  }

  // The pages as images, to be looked at (the Arabic clause runs right to left).
  await mkdir(SCREENSHOTS, { recursive: true });
  for (const old of await readdir(SCREENSHOTS)) {
    if (old.startsWith('agreements-pdf-page')) await rm(join(SCREENSHOTS, old));
  }
  execFileSync('pdftoppm', ['-r', '80', '-png', file, join(SCREENSHOTS, 'agreements-pdf-page')]);
  expect((await readdir(SCREENSHOTS)).filter((name) => name.startsWith('agreements-pdf-page')).length).toBeGreaterThan(
    0,
  );
  await toTop(page, '.draft-page');

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});

test('the drafting page fits a small laptop and 200 % zoom, with nothing scrolling sideways', async ({ app }) => {
  const { page, services } = app;
  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  const draft = await services.agreements.drafts.create(
    contract['draft.create'].input.parse({
      dialogueId: dialogue.id,
      title: 'Joint statement on the water commons',
      stage: 'pre-negotiation',
    }),
  );
  let after: string | null = null;
  for (const text of CLAUSES) {
    const id: string = crypto.randomUUID();
    await services.agreements.clauses.add(
      contract['clause.add'].input.parse({ draftId: draft.id, id, afterClauseId: after, text }),
    );
    after = id;
  }
  await services.agreements.versions.save(contract['version.save'].input.parse({ draftId: draft.id, note: 'One' }));
  await services.agreements.clauses.move(contract['clause.move'].input.parse({ id: after, direction: 'up' }));
  await services.agreements.versions.save(contract['version.save'].input.parse({ draftId: draft.id, note: 'Two' }));

  const noSidewaysScroll = () =>
    page.evaluate(() => {
      const main = document.getElementById('main')!;
      return document.documentElement.scrollWidth <= window.innerWidth && main.scrollWidth <= main.clientWidth + 1;
    });
  for (const [name, size] of [
    ['1024x640', { width: 1024, height: 640 }],
    ['zoom-200', { width: 640, height: 400 }],
  ] as const) {
    await page.setViewportSize(size);
    await app.open();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Agreements' }).click();
    await page.getByRole('button', { name: 'Joint statement on the water commons' }).click();
    await expect(clause(page, '1')).toBeVisible();
    expect(await noSidewaysScroll()).toBe(true);
    await app.screenshot(`agreements-small-${name}-text`);
    await page.getByRole('tab', { name: 'Stances' }).click();
    await expect(page.getByRole('combobox', { name: 'Stance of Side A on clause 1' })).toBeVisible();
    expect(await noSidewaysScroll()).toBe(true);
    await app.screenshot(`agreements-small-${name}-stances`);
    await page.getByRole('tab', { name: 'Versions' }).click();
    await expect(page.getByText(/Version 1 → Version 2/)).toBeVisible();
    expect(await noSidewaysScroll()).toBe(true);
    await app.screenshot(`agreements-small-${name}-compare`);
  }
  expect(app.pageProblems).toEqual([]);
});

test('log a clause carried to a Track One role and harvest the outcome it led to', async ({ app }) => {
  const { page, services } = app;
  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  await services.roster.create(
    contract['participant.create'].input.parse({
      dialogueId: dialogue.id,
      partyId: party(dialogue, 'Side B').id,
      realName: 'Noa Levi',
      speakerCode: 'B1',
    }),
  );
  const water = await services.overton.addTopic(
    contract['overton.addTopic'].input.parse({ dialogueId: dialogue.id, title: 'Water sharing' }),
  );
  await services.overton.addOption(
    contract['overton.addOption'].input.parse({
      dialogueId: dialogue.id,
      topicId: water.id,
      title: 'مجلس مشترك لحوض النهر',
    }),
  );
  const draft = await services.agreements.drafts.create(
    contract['draft.create'].input.parse({
      dialogueId: dialogue.id,
      title: 'Joint statement',
      stage: 'pre-negotiation',
    }),
  );
  await services.agreements.clauses.add(
    contract['clause.add'].input.parse({
      draftId: draft.id,
      id: crypto.randomUUID(),
      afterClauseId: null,
      text: 'The parties shall exchange data on river levels every week.',
    }),
  );

  await app.open();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Agreements' }).click();
  await page.getByRole('tab', { name: 'Transfer log' }).click();
  await page.getByRole('button', { name: 'Log a transfer' }).click();
  const form = page.getByRole('form', { name: 'Log a transfer' });
  await expect(form.getByRole('combobox', { name: 'Clause' }).locator('option:checked')).toContainText(
    '1 — The parties shall exchange data',
  );
  // A name where a role belongs is refused, without repeating it.
  await form.getByRole('textbox', { name: 'Track One role' }).fill('Noa Levi’s minister');
  await form.getByRole('combobox', { name: 'Carried by' }).selectOption({ label: 'B1' });
  await form.getByRole('button', { name: 'Log it' }).click();
  await expect(form.getByRole('alert')).toContainText('The Track One role contains a name from the roster');
  await expect(form.getByRole('alert')).not.toContainText('Levi');
  await form.getByRole('textbox', { name: 'Track One role' }).fill('Deputy minister of water resources');
  await form.getByRole('combobox', { name: 'Of side' }).selectOption({ label: 'Side B' });
  await form.getByRole('combobox', { name: 'Response' }).selectOption({ label: 'Interested, asked for more' });
  await form.getByRole('textbox', { name: 'What they said' }).fill('Asked for a pilot in two villages.');
  await app.screenshot('agreements-12-transfer-form');
  await form.getByRole('button', { name: 'Log it' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Deputy minister of water resources' });
  await expect(row).toContainText('Clause 1 of “Joint statement”');
  await expect(row).toContainText('B1');
  await expect(row).toContainText('Interested, asked for more');
  await app.screenshot('agreements-13-transfer-log');

  // An option of a topic from the Overton window, picked under its topic.
  await page.getByRole('button', { name: 'Log a transfer' }).click();
  await form.getByRole('radio', { name: 'An option of a topic' }).check();
  const options = form.getByRole('combobox', { name: 'Option' });
  await expect(options.locator('optgroup')).toHaveAttribute('label', 'Water sharing');
  await options.selectOption({ label: 'مجلس مشترك لحوض النهر' });
  await form.getByRole('textbox', { name: 'Track One role' }).fill('Chief negotiator for water');
  await app.screenshot('agreements-13b-transfer-option');
  await form.getByRole('button', { name: 'Log it' }).click();
  const optionRow = page.getByRole('row').filter({ hasText: 'Chief negotiator for water' });
  await expect(optionRow).toContainText('Water sharing: مجلس مشترك لحوض النهر');

  await page.getByRole('tab', { name: 'Outcomes' }).click();
  await page.getByRole('button', { name: 'Harvest an outcome' }).click();
  const outcome = page.getByRole('form', { name: 'Harvest an outcome' });
  await outcome.getByRole('textbox', { name: 'Outcome' }).fill('The directorate began posting weekly well levels.');
  await outcome.getByRole('textbox', { name: 'Who changed' }).fill('Water directorate, Side B');
  await outcome.getByRole('textbox', { name: 'Verifier (role)' }).fill('Hydrologist, regional university');
  await outcome.getByRole('combobox', { name: 'Substantiation' }).selectOption({ label: 'Substantiated' });
  await outcome.getByRole('listbox', { name: 'Clauses' }).selectOption({ index: 0 });
  await outcome.getByRole('checkbox', { name: /Clause 1 of “Joint statement”/ }).check();
  await outcome.getByRole('button', { name: 'Save outcome' }).click();
  const card = page.locator('.outcome-card');
  await expect(card).toContainText('The directorate began posting weekly well levels.');
  await expect(card).toContainText('Substantiated · Hydrologist, regional university');
  await expect(card).toContainText('Clause 1');
  await app.screenshot('agreements-14-outcomes');
  expect(app.pageProblems).toEqual([]);
});
