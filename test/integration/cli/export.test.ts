import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes';
import { findChromium } from '../../../main/export/pdf/chromium';
import { cliFolder, parley, withPassphrase } from './helpers';

/** `parley export agenda`, run in-process through the dispatcher, printing with Debian's Chromium. */
const chromium = findChromium();
if (!chromium) console.warn('parley export agenda: printing tests skipped (no Chromium; set PARLEY_CHROMIUM)');

const folder = cliFolder();

async function seedSession(): Promise<string> {
  const client = await folder.unlocked();
  const cedar = await client.call('dialogue.create', {
    codeName: 'Cedar',
    parties: [{ name: 'Side A' }, { name: 'Side B' }],
  });
  const session = await client.call('session.create', {
    dialogueId: cedar.id,
    number: 3,
    title: 'Problem-solving workshop',
    startsAt: '2026-11-02T09:00',
    endsAt: '2026-11-03T17:00',
    timeZone: 'Asia/Tbilisi',
  });
  await client.call('agenda.applyTemplate', { sessionId: session.id, templateId: 'builtin:kelman' });
  await client.call('workspace.lock', {});
  return session.id;
}

describe('parley export agenda', () => {
  it.skipIf(!chromium)('writes the agenda PDF and says how many pages', async () => {
    const sessionId = await seedSession();
    const run = await parley(['export', 'agenda', 'field-work', '--session', sessionId, '--out', 'agenda.pdf'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toMatch(/^Wrote the agenda to agenda\.pdf \(\d+ pages?\)\.\n$/);
    const text = execFileSync('pdftotext', ['-layout', join(folder.root, 'agenda.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Session 3 — Problem-solving workshop');
    expect(text).toContain('Asia/Tbilisi');
    expect(text).toMatch(/09:00–\d\d:\d\d/);
  });

  it('refuses to replace a file without --force, before asking for the passphrase', async () => {
    await writeFile(join(folder.root, 'agenda.pdf'), 'keep me');
    const run = await parley(
      ['export', 'agenda', 'field-work', '--session', '00000000-0000-4000-8000-000000000001', '--out', 'agenda.pdf'],
      { cwd: folder.root },
    );
    expect(run).toMatchObject({ code: EXIT.FAILURE, prompts: [] });
    expect(run.stderr).toContain('agenda.pdf already exists. Add --force to replace it.');
    expect(await readFile(join(folder.root, 'agenda.pdf'), 'utf8')).toBe('keep me');
  });

  it('answers an unknown session with the app’s sentence and writes nothing', async () => {
    await seedSession();
    const run = await parley(
      ['export', 'agenda', 'field-work', '--session', '00000000-0000-4000-8000-000000000001', '--out', 'x.pdf'],
      { cwd: folder.root, env: withPassphrase() },
    );
    expect(run.code).toBe(EXIT.FAILURE);
    expect(run.stderr).toContain('That session no longer exists.');
    expect(existsSync(join(folder.root, 'x.pdf'))).toBe(false);
  });

  it('treats missing or wrong arguments as usage errors', async () => {
    await mkdir(join(folder.root, 'folder'));
    const cases: [string[], RegExp][] = [
      [['export'], /Missing export command/],
      [['export', 'minutes'], /Unknown export command 'minutes'/],
      [['export', 'agenda', 'field-work', '--out', 'a.pdf'], /--session ID is required/],
      [['export', 'agenda', 'field-work', '--session', 'x'], /--out FILE\.pdf is required/],
      [['export', 'agenda', '--session', 'x', '--out', 'a.pdf'], /Missing <workspace>/],
      [
        ['export', 'agenda', 'field-work', '--session', 'x', '--out', 'field-work/a.pdf'],
        /not be inside the workspace/,
      ],
      [['export', 'agenda', 'field-work', '--session', 'x', '--out', 'nowhere/a.pdf'], /folder does not exist/],
    ];
    for (const [argv, message] of cases) {
      const run = await parley(argv, { cwd: folder.root });
      expect(run.code, argv.join(' ')).toBe(EXIT.USAGE);
      expect(run.stderr, argv.join(' ')).toMatch(message);
      expect(run.prompts, argv.join(' ')).toEqual([]);
    }
  });

  it.skipIf(!chromium)(
    'prints each warning’s place and reason, never the name, and writes only with --accept-warnings',
    async () => {
      const sessionId = await seedSession();
      const client = await folder.unlocked();
      const [cedar] = await client.call('dialogue.list', {});
      await client.call('participant.create', {
        dialogueId: cedar!.id,
        partyId: cedar!.parties[0]!.id,
        realName: 'Grace Okafor',
      });
      const agenda = await client.call('agenda.get', { sessionId });
      await client.call('agenda.update', { id: agenda.items[0]!.id, title: 'Grace period for the quotas' });
      await client.call('workspace.lock', {});

      const argv = ['export', 'agenda', 'field-work', '--session', sessionId, '--out', 'agenda.pdf'];
      const refused = await parley(argv, { cwd: folder.root, env: withPassphrase() });
      expect(refused.code).toBe(EXIT.FAILURE);
      expect(refused.stderr).toMatch(
        /^One warning to confirm before writing:\n {2}Item 1 \(day 1, 09:00\): A word of a participant’s name — it is also an ordinary word; confirm it does not point to them\.\n/u,
      );
      expect(refused.stderr).toContain('run again with --accept-warnings');
      expect(refused.stderr.toLowerCase()).not.toContain('grace');
      expect(existsSync(join(folder.root, 'agenda.pdf'))).toBe(false);

      const accepted = await parley([...argv, '--accept-warnings'], { cwd: folder.root, env: withPassphrase() });
      expect(accepted.code).toBe(EXIT.OK);
      expect(accepted.stderr).toContain('Accepted the warning.');
      expect(accepted.stdout).toMatch(/^Wrote the agenda to agenda\.pdf/u);
    },
  );

  it('prints its help, listed in the overview', async () => {
    expect((await parley(['export', 'agenda', '--help'], { cwd: folder.root })).stdout).toContain('--with-notes');
    expect((await parley(['export', 'agenda', '--help'], { cwd: folder.root })).stdout).toContain('--accept-warnings');
    expect((await parley(['--help'], { cwd: folder.root })).stdout).toContain(
      'parley export agenda <workspace> --session ID',
    );
  });
});
