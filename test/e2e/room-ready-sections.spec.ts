import { accepting } from '../../scripts/demo/reports';
import { expect, test } from './harness/app';
import { seedDemo } from './harness/demo';
import { look, section } from './harness/walk';

/**
 * The walk of room-ready.spec.ts, continued through the sections merged after it: Trust-building,
 * Agreements and Reports, each tab with the demo workspace's data, at 1280×800, 1024×640 and
 * 200 % zoom, light and dark, with axe (harness/walk.ts `look`). One test per section, so each
 * stays well inside its time.
 */
test.describe.configure({ timeout: 600_000 });

test('Trust-building: the library, trust readings with their chart, the Overton window, after-care', async ({
  app,
}) => {
  const { page } = app;
  await seedDemo(app);
  await app.open();
  await section(page, 'Exercises');
  const tabs = page.getByRole('tablist', { name: 'Trust-building' });
  await expect(tabs.getByRole('tab', { name: 'Exercise library', selected: true })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Exercise library' })).toBeVisible();
  await look(app, '23-exercise-library');

  await tabs.getByRole('tab', { name: 'Trust readings' }).click();
  await expect(page.getByRole('img', { name: 'Trust between the sides across sessions, Cedar' })).toBeVisible();
  await look(app, '24-trust-readings');

  await tabs.getByRole('tab', { name: 'Overton window' }).click();
  await expect(page.getByRole('img', { name: /^Overton window: / }).first()).toBeVisible();
  await look(app, '25-overton-window');

  await tabs.getByRole('tab', { name: 'After-care' }).click();
  await expect(page.getByRole('tabpanel', { name: 'After-care' })).toBeVisible();
  await look(app, '26-aftercare');

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});

test('Agreements: the drafts, a draft’s text, stances, versions compared, commitments; transfers and outcomes', async ({
  app,
}) => {
  const { page } = app;
  await seedDemo(app);
  await app.open();
  await section(page, 'Agreements');
  const sections = page.getByRole('tablist', { name: 'Agreements' });
  await expect(page.getByRole('table', { name: 'Drafts' })).toBeVisible();
  await look(app, '27-drafts');

  await page.getByRole('button', { name: 'Joint statement on the water commons' }).click();
  const draftTabs = page.getByRole('tablist', { name: 'Joint statement on the water commons' });
  await expect(draftTabs.getByRole('tab', { name: 'Text', selected: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Clause 1', exact: true })).toBeVisible();
  await look(app, '28-draft-text');

  await draftTabs.getByRole('tab', { name: 'Stances' }).click();
  await expect(page.getByRole('combobox', { name: /^Stance of .* on clause 1$/ }).first()).toBeVisible();
  await look(app, '29-draft-stances');

  await draftTabs.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Version 1' });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('region', { name: /^Version 1 → Version \d+$/ })).toBeVisible();
  await look(app, '30-draft-versions-compare');

  await draftTabs.getByRole('tab', { name: 'Commitments' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Commitments' }).getByRole('table')).toBeVisible();
  await look(app, '31-draft-commitments');

  await page.getByRole('button', { name: 'All drafts' }).click();
  await sections.getByRole('tab', { name: 'Transfer log' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Transfer log' }).getByRole('table')).toBeVisible();
  await look(app, '32-transfer-log');

  await sections.getByRole('tab', { name: 'Outcomes' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Outcomes' }).getByRole('listitem').first()).toBeVisible();
  await look(app, '33-outcomes');

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});

test('Reports: the sponsor report’s contents and preview, the summary, phrases, roster CSV and the export log', async ({
  app,
}) => {
  const { page } = app;
  await seedDemo(app);
  // One sponsor report written, so the export log shows a report with its profile beside the
  // demo's draft PDF and backup.
  const cedar = (await app.call('dialogue.list', {})).find((dialogue) => dialogue.codeName === 'Cedar')!;
  const { result } = await accepting((acknowledgedWarnings) =>
    app.call('export.sponsorReportPdf', { dialogueId: cedar.id, acknowledgedWarnings }),
  );
  expect(result.saved).toBe(true);
  await app.open();
  await section(page, 'Reports');
  const tabs = page.getByRole('tablist', { name: 'Reports' });
  await expect(tabs.getByRole('tab', { name: 'Sponsor report', selected: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sessions covered' })).toBeVisible();
  await look(app, '34-sponsor-contents');

  await page.getByRole('button', { name: 'Preview and export' }).click();
  const paper = page.getByRole('document', { name: 'The sponsor report as it will print' });
  await expect(paper.locator('mark').first()).toBeVisible();
  await look(app, '35-sponsor-preview');
  await paper.locator('mark').first().scrollIntoViewIfNeeded();
  await look(app, '35b-sponsor-preview-marks');

  await tabs.getByRole('tab', { name: 'Session summary' }).click();
  await expect(page.getByRole('button', { name: 'Export session summary PDF…' })).toBeVisible();
  await look(app, '36-session-summary');

  await tabs.getByRole('tab', { name: 'Known-safe phrases' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Known-safe phrases' })).toBeVisible();
  await look(app, '37-known-safe-phrases');

  await tabs.getByRole('tab', { name: 'Roster CSV' }).click();
  await expect(page.getByRole('button', { name: 'Export roster CSV…' })).toBeVisible();
  await look(app, '38-roster-csv');

  await tabs.getByRole('tab', { name: 'Export log' }).click();
  const log = page.getByRole('region', { name: 'Export log' });
  await expect(log.getByRole('row').filter({ hasText: 'Sponsor report' })).toBeVisible();
  await look(app, '39-export-log');

  expect(app.blockedRequests).toEqual([]);
  expect(app.pageProblems).toEqual([]);
});
