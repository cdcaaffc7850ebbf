import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { contract } from '../../shared/contract';
import { expect, test } from './harness/app';
import { cedarDialogue, party, sessionToday } from './harness/seed';

const PASSPHRASE = 'cedar-lantern-orchard-basin-58';
const ACCORD = 'Review of the Rose Garden Accord';

test('agenda export: a warning to check, a known-safe phrase added from it, and a PDF without any name', async ({
  app,
}) => {
  const { page, services } = app;
  await services.workspace.create({ name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await cedarDialogue(services);
  for (const [side, realName, speakerCode] of [
    ['Side A', 'Rose Li', 'A1'],
    ['Side B', 'Yusuf Ḥaddād', 'B1'],
  ] as const) {
    await services.roster.create(
      contract['participant.create'].input.parse({
        dialogueId: dialogue.id,
        partyId: party(dialogue, side).id,
        realName,
        speakerCode,
      }),
    );
  }
  const session = await sessionToday(services, dialogue.id, 'Upper valleys workshop', {
    title: ACCORD,
    plannedMinutes: 60,
  });

  await app.open();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Upper valleys workshop' }).first().click();
  await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();

  // The agenda names an accord that shares a word with a participant: a warning, not a refusal.
  await page.getByRole('button', { name: 'Export agenda PDF…' }).click();
  const warnings = page.getByRole('region', { name: 'One thing to check before exporting' });
  await expect(warnings).toBeVisible();
  await expect(warnings).toContainText('Item 1 (day 1, 00:00)');
  await expect(warnings).toContainText('A word of a participant’s name — it is also an ordinary word');
  await expect(warnings).not.toContainText('Rose');
  await expect(page.getByRole('button', { name: 'Export with these confirmed…' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await warnings.scrollIntoViewIfNeeded();
  await app.screenshot('redaction-01-warning-to-check');

  // Marked safe once, for the whole dialogue: the export goes ahead without asking again.
  await warnings.getByRole('button', { name: 'Mark a phrase as safe…' }).click();
  const phrase = page.getByRole('textbox', { name: 'Known-safe phrase · Item 1 (day 1, 00:00)' });
  await expect(phrase).toBeFocused();
  await phrase.fill('Rose Garden Accord');
  await app.screenshot('redaction-02-known-safe-phrase');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Saved Cedar-session-1-agenda\.pdf \(1 page\)\.$/)).toBeVisible();
  await expect(warnings).toHaveCount(0);
  await app.screenshot('redaction-03-exported');

  const text = execFileSync('pdftotext', ['-layout', join(app.exportsFolder, 'Cedar-session-1-agenda.pdf'), '-'], {
    encoding: 'utf8',
  });
  expect(text).toContain(ACCORD);
  expect(text).not.toMatch(/\bLi\b|Yusuf|Ha.?d.?d.?a.?d/iu);
  const phrases = await services.safePhrases.list({ dialogueId: dialogue.id });
  expect(phrases.map((p) => p.phrase)).toEqual(['Rose Garden Accord']);

  // A name in disguise is refused, by place and never by name.
  const agenda = await services.agendas.get({ sessionId: session.id });
  await services.agendas.update(
    contract['agenda.update'].input.parse({ id: agenda.items[0]!.id, title: 'Reply from Наd\u200Bdād' }),
  );
  await app.open();
  await nav.getByRole('button', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Upper valleys workshop' }).first().click();
  await page.getByRole('button', { name: 'Export agenda PDF…' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Item 1 (day 1, 00:00) contains a word of a participant’s name');
  await expect(alert).not.toContainText('dād');
  await expect(page.getByRole('button', { name: 'Mark a phrase as safe…' })).toBeVisible();
  await page.setViewportSize({ width: 1024, height: 640 });
  await app.screenshot('redaction-04-refused-1024');
});
