import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createIpcRegistry } from '../../main/ipc';
import { CEDAR_IDENTITIES, CEDAR_NOTES, seedCedarReports } from '../fixtures/cedar-reports';
import { expect, test, type ParleyApp } from './harness/app';

const PASSPHRASE = 'cedar-harbour-lantern-quarry-61';

/** The Cedar story of three rounds, through the same registry the page uses. */
async function seed(app: ParleyApp) {
  await app.services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const registry = createIpcRegistry(app.services, { trustedOrigin: 'https://parley.test' });
  const sender = { frameUrl: 'https://parley.test/index.html', isMainFrame: true };
  return seedCedarReports(
    async (channel, payload = {}) => {
      const result = await registry.invoke(channel, payload, sender);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    (itemId, start, end) =>
      app.services.workspace
        .current()
        .sqlite.prepare('UPDATE agenda_items SET actual_start = ?, actual_end = ? WHERE id = ?')
        .run(start, end, itemId),
  );
}

const pdfText = (app: ParleyApp, file: string) =>
  execFileSync('pdftotext', [join(app.exportsFolder, file), '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');

/**
 * The whole page in slices, to look at: the frame scrolls inside the window, so the window grows
 * for it (then shrinks back), and each slice is readable at full size.
 */
async function lookAtWhole(page: Page, name: string, height: number) {
  await page.setViewportSize({ width: 1280, height });
  for (let top = 0, part = 1; top < height; top += 1100, part++) {
    await page.screenshot({
      path: `test-results/screenshots/${name}-${part}.png`,
      clip: { x: 212, y: top, width: 1068, height: Math.min(1100, height - top) },
    });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function audit(page: Page, selector: string) {
  const result = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test('sponsor report: write, preview every change, confirm the warnings, export a PDF that names no one; the log and verify', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const cedar = await seed(app);

  await app.open();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Reports/ })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Sponsor report', selected: true })).toBeVisible();

  // Contents: sessions (session 2 risky), profile, the written sections, statements from notes.
  const sessions = page.getByRole('region', { name: 'Sessions covered' });
  await expect(
    sessions.getByRole('checkbox', { name: 'Session 2 is risky: coarsen its period and venue' }),
  ).toBeChecked();
  await expect(sessions.getByRole('textbox', { name: 'How session 2’s venue is named' })).toHaveAttribute(
    'placeholder',
    'a third country',
  );
  const risks = page.getByRole('textbox', { name: 'Risks and do-no-harm' });
  await expect(risks).toHaveValue(/The only former general/u);
  const statements = page.getByRole('region', { name: 'Statements and points from the notes' });
  await expect(statements.getByText(CEDAR_NOTES.agreed)).toBeVisible();
  await expect(statements.getByText(CEDAR_NOTES.caucus)).toHaveCount(0);
  await app.screenshot('reports-01-sponsor-contents');
  await lookAtWhole(page, 'reports-01b-contents', 3000);
  await audit(page, '.reports-page');

  // Preview: every change highlighted with its reason, the warnings listed to confirm.
  await page.getByRole('button', { name: 'Preview and export' }).click();
  const paper = page.getByRole('document', { name: 'The sponsor report as it will print' });
  await expect(paper.getByRole('heading', { name: 'Meetings 1–3' })).toBeVisible();
  await expect(paper.locator('mark[data-reason="participant-name"]')).toContainText('A participant');
  await expect(paper.locator('mark[data-reason="speaker-code"]')).toContainText('A participantspeaker code');
  await expect(paper.locator('mark[data-reason="coarsened"]', { hasText: 'April 2026' })).toContainText('coarsened');
  await expect(paper.getByText('a third country')).toBeVisible();
  await expect(paper.locator('mark[data-reason="small-count"]').first()).toContainText('fewer than 3');
  await expect(paper.locator('mark[data-reason="reidentification"]', { hasText: 'The only' })).toContainText(
    'check: re-identification',
  );
  for (const identity of [...CEDAR_IDENTITIES.names, ...CEDAR_IDENTITIES.pseudonyms, 'Hotel Saba', 'Amman']) {
    await expect(paper).not.toContainText(identity);
  }
  const warnings = page.getByRole('region', { name: /to check before exporting/ });
  await expect(warnings).toContainText('The section “Risks and do-no-harm”');
  await expect(warnings).toContainText('Words that single out one person');
  await expect(page.getByRole('button', { name: 'Export with these confirmed…' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await app.screenshot('reports-02-preview-warnings');
  await lookAtWhole(page, 'reports-02b-preview', 4400);
  await audit(page, '.sponsor-preview');

  // Reword the sentence that singled someone out; the preview no longer warns about it.
  await page.getByRole('button', { name: 'Contents' }).click();
  await page
    .getByRole('textbox', { name: 'Risks and do-no-harm' })
    .fill('One participant has been criticised at home for taking part; the team keeps in touch.');
  await page.getByRole('button', { name: 'Preview and export' }).click();
  await expect(paper.getByText('One participant has been criticised at home')).toBeVisible();
  await expect(warnings).not.toContainText('Words that single out one person');

  // Confirm each remaining warning (a side of two), then export.
  const confirms = warnings.getByRole('button', { name: /^Confirm that / });
  while ((await confirms.count()) > 0) await confirms.first().click();
  await expect(warnings.getByText('Every warning is confirmed.')).toBeVisible();
  await expect(paper.locator('mark.is-confirmed').first()).toBeVisible();
  await page.getByRole('button', { name: 'Export with these confirmed…' }).click();
  await expect(page.getByText(/^Saved Cedar-sponsor-report-meetings-1-3\.pdf \(\d pages\)\.$/u)).toBeVisible();
  await app.screenshot('reports-03-exported');

  const text = pdfText(app, 'Cedar-sponsor-report-meetings-1-3.pdf');
  expect(text).toContain('A participant suggested a joint technical committee');
  expect(text).toContain('fewer than 3');
  expect(text).toContain('a third country');
  for (const identity of [
    ...CEDAR_IDENTITIES.names,
    ...CEDAR_IDENTITIES.aliases,
    ...CEDAR_IDENTITIES.emails,
    ...CEDAR_IDENTITIES.pseudonyms,
  ]) {
    expect(text, identity).not.toContain(identity);
  }
  for (const code of CEDAR_IDENTITIES.codes) expect(text).not.toMatch(new RegExp(`\\b${code}\\b`, 'u'));
  expect(text.replace(/\D/gu, '')).not.toContain('795550123');

  // The export log shows it with its SHA-256; "Check a file…" recognises it.
  await page.getByRole('tab', { name: 'Export log' }).click();
  const log = page.getByRole('region', { name: 'Export log' }).last();
  await expect(log.getByRole('row', { name: /Sponsor report/ })).toContainText('Standard');
  await expect(log.getByRole('row', { name: /Sponsor report/ })).toContainText('1, 2, 3');
  app.pickFile(join(app.exportsFolder, 'Cedar-sponsor-report-meetings-1-3.pdf'));
  await page.getByRole('button', { name: 'Check a file…' }).click();
  await expect(page.getByText('Cedar-sponsor-report-meetings-1-3.pdf is a file this workspace wrote:')).toBeVisible();
  await app.screenshot('reports-04-export-log-verified');
  await audit(page, '.reports-page');
  void cedar;
});

test('session summary: caucus notes apart, by code; known-safe phrases and the roster CSV from the Reports page', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const cedar = await seed(app);
  await app.open();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Reports' }).click();
  await page.getByRole('tab', { name: 'Session summary' }).click();
  const session = page.getByLabel('Session', { exact: true });
  const choose = async (text: string) =>
    session.selectOption((await session.locator('option', { hasText: text }).getAttribute('value'))!);
  await choose('Session 1 · Opening round');
  await app.screenshot('reports-05-summary');
  await page.getByRole('button', { name: 'Export session summary PDF…' }).click();
  await expect(page.getByText(/^Saved Cedar-session-1-summary\.pdf \(\d pages?\)\.$/u)).toBeVisible();
  const text = pdfText(app, 'Cedar-session-1-summary.pdf');
  expect(text).toContain('Confidential — facilitator’s record');
  const caucus = text.indexOf('Caucus notes');
  expect(caucus).toBeGreaterThan(text.indexOf(CEDAR_NOTES.participantsLevel));
  expect(text.indexOf(CEDAR_NOTES.caucus)).toBeGreaterThan(text.indexOf('Caucus with Side B', caucus));
  for (const name of CEDAR_IDENTITIES.names) expect(text).not.toContain(name);

  // Session 3's notes name a participant: refused, by place.
  await choose('Session 3');
  await page.getByRole('button', { name: 'Export session summary PDF…' }).click();
  await expect(page.getByRole('alert')).toContainText('contains a participant’s name');
  await expect(page.getByRole('alert')).not.toContainText('Rose');

  // Known-safe phrases: added, listed, removed.
  await page.getByRole('tab', { name: 'Known-safe phrases' }).click();
  await page.getByRole('button', { name: 'Add a phrase…' }).click();
  await page.getByRole('textbox', { name: 'Known-safe phrase' }).fill('Rose Garden Accord');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Rose Garden Accord' })).toBeVisible();
  await app.screenshot('reports-06-safe-phrases');
  await page.getByRole('button', { name: 'Remove the known-safe phrase “Rose Garden Accord”' }).click();
  await expect(page.getByText('No known-safe phrases yet.')).toBeVisible();

  // The roster as codes and pseudonyms.
  await page.getByRole('tab', { name: 'Roster CSV' }).click();
  await page.getByRole('button', { name: 'Export roster CSV…' }).click();
  await expect(page.getByText(/^Saved Cedar-roster-codes\.csv \(6 participants\)\.$/u)).toBeVisible();

  await page.setViewportSize({ width: 1024, height: 640 });
  await page.getByRole('tab', { name: 'Sponsor report' }).click();
  await page.getByRole('button', { name: 'Preview and export' }).click();
  await expect(page.getByRole('document', { name: 'The sponsor report as it will print' })).toBeVisible();
  await app.screenshot('reports-07-preview-1024');
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('.frame__main')!;
    return main.scrollWidth - main.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  void cedar;
});
