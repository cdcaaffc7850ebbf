import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes';
import { findChromium } from '../../../main/export/pdf/chromium';
import type { CompareView, DraftSummary } from '../../../shared/contract';
import { cliFolder, parley, withPassphrase } from './helpers';

/** `parley draft list|export|diff` and `parley commitments list`, in-process through the dispatcher. */
const chromium = findChromium();
if (!chromium) console.warn('parley draft export: printing test skipped (no Chromium; set PARLEY_CHROMIUM)');

const folder = cliFolder();

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

/** Cedar's joint statement: versions 1 and 2, clause 3 moved up and edited in 2; two commitments. */
async function seed(): Promise<{ draftId: string }> {
  const client = await folder.unlocked();
  const cedar = await client.call('dialogue.create', {
    codeName: 'Cedar',
    parties: [{ name: 'Side A' }, { name: 'Side B' }],
  });
  await client.call('participant.create', {
    dialogueId: cedar.id,
    partyId: cedar.parties[1]!.id,
    realName: 'Noa Ben-Ami',
    speakerCode: 'B2',
  });
  const draft = await client.call('draft.create', {
    dialogueId: cedar.id,
    title: 'Joint statement on the water commons',
    stage: 'pre-negotiation',
  });
  const ids = [randomUUID(), randomUUID(), randomUUID()];
  const texts = [
    'The parties recognise the river as a shared resource.',
    'A [joint] commission shall be established.',
    'Data on water levels shall be exchanged every month.',
  ];
  for (const [index, id] of ids.entries()) {
    await client.call('clause.add', {
      draftId: draft.id,
      id,
      afterClauseId: ids[index - 1] ?? null,
      text: texts[index],
    });
  }
  await client.call('version.save', { draftId: draft.id, note: 'First round' });
  await client.call('clause.move', { id: ids[2]!, direction: 'up' });
  await client.call('clause.save', { id: ids[2]!, text: 'Data on river levels shall be exchanged every week.' });
  await client.call('version.save', { draftId: draft.id, note: 'Second round' });
  const owner = { kind: 'party' as const, partyId: cedar.parties[0]!.id };
  await client.call('commitment.create', {
    draftId: draft.id,
    clauseId: ids[1],
    description: 'Technical teams meet',
    owner,
    dueOn: day(-1),
  });
  await client.call('commitment.create', { draftId: draft.id, description: 'Publish data', owner, dueOn: day(60) });
  await client.call('workspace.lock', {});
  return { draftId: draft.id };
}

describe('parley draft', () => {
  it('lists a dialogue’s drafts as a table and as JSON', async () => {
    const { draftId } = await seed();
    const run = await parley(['draft', 'list', 'field-work', '--dialogue', 'cedar'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toMatch(/^ID\s+STAGE\s+STATUS\s+CLAUSES\s+BRACKETS\s+VERSION\s+TITLE\n/u);
    expect(run.stdout).toContain(draftId);
    expect(run.stdout).toMatch(/Pre-negotiation \/ process\s+Working\s+3 \(0 clean\)\s+1\s+2\s+Joint statement/u);
    const json = await parley(['draft', 'list', 'field-work', '--dialogue', 'Cedar', '--json'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect((JSON.parse(json.stdout) as DraftSummary[])[0]).toMatchObject({ id: draftId, latestVersion: 2 });
  });

  it('compares two versions: the moved clause once, with its word edits, and as JSON', async () => {
    const { draftId } = await seed();
    const run = await parley(['draft', 'diff', 'field-work', '--draft', draftId, '--from', '1', '--to', '2'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      'Comparing version 1 with version 2 of “Joint statement on the water commons”: 1 changed, 1 moved, 0 added, 0 removed, 2 unchanged.',
    );
    expect(run.stdout).toContain(
      '> 2  (moved from 3) Data on [-water-]{+river+} levels shall be exchanged every [-month-]{+week+}.',
    );
    expect(run.stdout).not.toMatch(/^[+-] /mu);
    const json = await parley(
      ['draft', 'diff', 'field-work', '--draft', draftId, '--from', '1', '--to', 'working', '--json'],
      { cwd: folder.root, env: withPassphrase() },
    );
    const view = JSON.parse(json.stdout) as CompareView;
    expect(view.to).toEqual({ version: 'working', label: 'Working text' });
    expect(view.summary.moved).toBe(1);
  });

  it.skipIf(!chromium)('exports a version to PDF, the participants’ copy by default', async () => {
    const { draftId } = await seed();
    const run = await parley(
      ['draft', 'export', 'field-work', '--draft', draftId, '--version', '2', '--out', 'statement.pdf'],
      { cwd: folder.root, env: withPassphrase() },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Wrote the participants’ copy of the draft to statement\.pdf \(1 page\)\.\n$/u);
    const text = execFileSync('pdftotext', [join(folder.root, 'statement.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('A [joint] commission shall be established.');
    expect(text).toContain('Version 2 · Draft — nothing is agreed until everything is agreed');
  });

  it.skipIf(!chromium)(
    'prints each warning’s place and reason, never the word, and writes only with --accept-warnings',
    async () => {
      const { draftId } = await seed();
      const client = await folder.unlocked();
      const [cedar] = await client.call('dialogue.list', {});
      await client.call('participant.create', {
        dialogueId: cedar!.id,
        partyId: cedar!.parties[0]!.id,
        realName: 'Grace Okafor',
      });
      const [first] = (await client.call('draft.get', { id: draftId })).clauses;
      await client.call('clause.save', { id: first!.id, text: 'A grace period of one season applies.' });
      await client.call('workspace.lock', {});

      const argv = ['draft', 'export', 'field-work', '--draft', draftId, '--out', 'statement.pdf'];
      const refused = await parley(argv, { cwd: folder.root, env: withPassphrase() });
      expect(refused.code).toBe(EXIT.FAILURE);
      expect(refused.stderr).toMatch(
        /^One warning to confirm before writing:\n {2}Clause 1: A word of a participant’s name/u,
      );
      expect(refused.stderr).toContain('run again with --accept-warnings');
      expect(refused.stderr.toLowerCase()).not.toContain('grace');
      expect(existsSync(join(folder.root, 'statement.pdf'))).toBe(false);

      const accepted = await parley([...argv, '--accept-warnings'], { cwd: folder.root, env: withPassphrase() });
      expect(accepted.code).toBe(EXIT.OK);
      expect(accepted.stderr).toContain('Accepted the warning.');
      expect(accepted.stdout).toMatch(/^Wrote the participants’ copy of the draft to statement\.pdf/u);
    },
  );

  it('refuses bad arguments as usage errors before asking for the passphrase', async () => {
    const cases: [string[], RegExp][] = [
      [['draft'], /Missing draft command/],
      [['draft', 'sign'], /Unknown draft command 'sign'/],
      [['draft', 'list', 'field-work'], /--dialogue is required/],
      [['draft', 'diff', 'field-work', '--from', '1', '--to', '2'], /--draft ID is required/],
      [
        ['draft', 'diff', 'field-work', '--draft', 'x', '--from', 'one', '--to', '2'],
        /--from: must be a version number or "working"/,
      ],
      [['draft', 'diff', 'field-work', '--draft', 'x', '--from', '1'], /--from and --to are required/],
      [['draft', 'export', 'field-work', '--draft', 'x'], /--out FILE\.pdf is required/],
      [
        ['draft', 'export', 'field-work', '--draft', 'x', '--version', '0', '--out', 'a.pdf'],
        /--version: must be a version number/,
      ],
      [['draft', 'export', 'field-work', '--draft', 'x', '--out', 'field-work/a.pdf'], /not be inside the workspace/],
      [
        ['commitments', 'list', 'field-work', '--dialogue', 'Cedar', '--due-within', 'soon'],
        /--due-within: must be a whole number/,
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await parley(argv, { cwd: folder.root });
      expect(run.code, argv.join(' ')).toBe(EXIT.USAGE);
      expect(run.stderr, argv.join(' ')).toMatch(message);
      expect(run.prompts, argv.join(' ')).toEqual([]);
    }
  });

  it('answers an unknown draft or version with the app’s sentence, writing nothing', async () => {
    const { draftId } = await seed();
    const missing = await parley(['draft', 'diff', 'field-work', '--draft', draftId, '--from', '1', '--to', '9'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(missing.code).toBe(EXIT.FAILURE);
    expect(missing.stderr).toContain('This draft has no version 9.');
    const unknown = await parley(['draft', 'export', 'field-work', '--draft', randomUUID(), '--out', 'x.pdf'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(unknown.code).toBe(EXIT.FAILURE);
    expect(unknown.stderr).toContain('That draft no longer exists.');
    expect(existsSync(join(folder.root, 'x.pdf'))).toBe(false);
  });
});

describe('parley commitments list', () => {
  it('lists commitments by side with their state, and only those due within N days when asked', async () => {
    await seed();
    const all = await parley(['commitments', 'list', 'field-work', '--dialogue', 'Cedar'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(all.code).toBe(EXIT.OK);
    expect(all.stdout).toMatch(
      new RegExp(`${day(-1)}\\s+overdue\\s+Pending\\s+3\\s+Side A\\s+Joint statement.*Technical teams meet`, 'u'),
    );
    expect(all.stdout).toMatch(new RegExp(`${day(60)}\\s+upcoming\\s+Pending\\s+—\\s+Side A`, 'u'));
    const soon = await parley(
      ['commitments', 'list', 'field-work', '--dialogue', 'Cedar', '--due-within', '14', '--json'],
      {
        cwd: folder.root,
        env: withPassphrase(),
      },
    );
    const list = JSON.parse(soon.stdout) as { description: string; dueState: string }[];
    expect(list.map((c) => [c.description, c.dueState])).toEqual([['Technical teams meet', 'overdue']]);
    const none = await parley(['commitments', 'list', 'field-work', '--dialogue', 'Nowhere'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(none.code).toBe(EXIT.FAILURE);
    expect(none.stderr).toContain('No dialogue called “Nowhere” in field-work.');
  });

  it('is in the overview and has its own help', async () => {
    const overview = (await parley(['--help'], { cwd: folder.root })).stdout;
    expect(overview).toContain('parley draft diff <workspace> --draft ID --from N --to M [--json]');
    expect(overview).toContain('parley commitments list <workspace> --dialogue CODE [--due-within DAYS] [--json]');
    expect((await parley(['help', 'draft', 'export'], { cwd: folder.root })).stdout).toContain('--facilitator-copy');
    expect((await parley(['commitments', 'list', '--help'], { cwd: folder.root })).stdout).toContain(
      'due within 14 days',
    );
  });
});
