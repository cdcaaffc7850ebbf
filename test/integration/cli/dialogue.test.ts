import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli';
import { createClient } from '../../../main/cli/client';
import type { DialogueView } from '../../../shared/contract';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';
import { makeWorkspace, parley, snapshot, withPassphrase } from './helpers';

let root: string;
let remove: () => Promise<void>;
let path: string;
beforeEach(async () => {
  ({ path: root, remove } = await tempDir('parley-cli-'));
  path = await makeWorkspace(root);
});
afterEach(() => remove());

const env = withPassphrase();
const ARABIC = 'أرز الجبل';
const HEBREW = 'ארז';

describe('parley dialogue add / list', () => {
  it('adds a dialogue with its parties and lists it as a table and as JSON', async () => {
    const add = await parley(
      [
        'dialogue',
        'add',
        'field-work',
        '--code-name',
        'Cedar',
        '--party',
        'Northern delegation',
        '--party',
        'Southern delegation',
        '--facilitation',
        'Facilitation team',
        '--conflict',
        'Water rights in the (fictional) Varrow basin',
        '--status',
        'active',
        '--track',
        '1.5',
      ],
      { cwd: root, env },
    );
    expect(add.stderr).toBe('');
    expect(add.code).toBe(EXIT.OK);
    expect(add.stdout).toBe('Added dialogue “Cedar” (Active, Track 1.5, 3 parties) to field-work.\n');

    const table = await parley(['dialogue', 'list', 'field-work'], { cwd: root, env });
    expect(table.code).toBe(EXIT.OK);
    const [header, row, ...rest] = table.stdout.split('\n');
    expect(header).toMatch(/^CODE NAME\s+STATUS\s+TRACK\s+UPDATED\s+PARTIES$/);
    expect(row).toMatch(
      /^Cedar\s+Active\s+1\.5\s+\d{4}-\d\d-\d\d\s+Northern delegation, Southern delegation, Facilitation team \(facilitation\)$/,
    );
    expect(rest).toEqual(['']);

    const json = await parley(['dialogue', 'list', 'field-work', '--json'], { cwd: root, env });
    const [cedar] = JSON.parse(json.stdout) as DialogueView[];
    expect(cedar).toMatchObject({
      codeName: 'Cedar',
      status: 'active',
      trackLevel: '1.5',
      conflict: 'Water rights in the (fictional) Varrow basin',
      archived: false,
    });
    expect(cedar!.parties.map((p) => [p.name, p.kind])).toEqual([
      ['Northern delegation', 'side'],
      ['Southern delegation', 'side'],
      ['Facilitation team', 'facilitation'],
    ]);
  });

  it('round-trips Arabic and Hebrew code names exactly, in the table and in JSON', async () => {
    for (const name of [ARABIC, HEBREW]) {
      const add = await parley(['dialogue', 'add', 'field-work', '--code-name', name, '--party', 'الوفد'], {
        cwd: root,
        env,
      });
      expect(add.code).toBe(EXIT.OK);
      expect(add.stdout).toContain(`“${name}”`);
    }
    const json = await parley(['dialogue', 'list', 'field-work', '--json'], { cwd: root, env });
    const names = (JSON.parse(json.stdout) as DialogueView[]).map((d) => d.codeName).sort();
    expect(names).toEqual([ARABIC, HEBREW].sort());
    expect(json.stdout).toContain(ARABIC); // not \u-escaped

    const table = await parley(['dialogue', 'list', 'field-work'], { cwd: root, env });
    expect(table.stdout).toContain(`${ARABIC}  `);
    expect(table.stdout).toContain(HEBREW);
  });

  it('hides archived dialogues unless --archived is given', async () => {
    for (const name of ['Cedar', 'Juniper']) {
      expect((await parley(['dialogue', 'add', 'field-work', '--code-name', name], { cwd: root, env })).code).toBe(0);
    }
    const client = createClient({ root });
    await client.call('workspace.unlock', { name: 'field-work', passphrase: PASSPHRASE });
    const juniper = (await client.call('dialogue.list', {})).find((d) => d.codeName === 'Juniper')!;
    await client.call('dialogue.archive', { id: juniper.id });
    await client.call('workspace.lock', {});

    const visible = await parley(['dialogue', 'list', 'field-work', '--json'], { cwd: root, env });
    expect((JSON.parse(visible.stdout) as DialogueView[]).map((d) => d.codeName)).toEqual(['Cedar']);
    const all = await parley(['dialogue', 'list', 'field-work', '--archived'], { cwd: root, env });
    expect(all.stdout.split('\n')[0]).toMatch(/ARCHIVED/);
    expect(all.stdout).toMatch(/^Juniper\s+Exploring\s+2\s+yes\s/m);
  });

  it('says so when there is nothing to list', async () => {
    const run = await parley(['dialogue', 'list', 'field-work'], { cwd: root, env });
    expect(run).toMatchObject({ code: EXIT.OK, stderr: '' });
    expect(run.stdout).toBe('No dialogues (archived ones are hidden; add --archived) in field-work.\n');
    const json = await parley(['dialogue', 'list', 'field-work', '--json'], { cwd: root, env });
    expect(JSON.parse(json.stdout)).toEqual([]);
  });

  it('refuses a duplicate code name (case and accents ignored) with a clear message', async () => {
    await parley(['dialogue', 'add', 'field-work', '--code-name', 'Cedar'], { cwd: root, env });
    const run = await parley(['dialogue', 'add', 'field-work', '--code-name', 'CÉDAR'], { cwd: root, env });
    expect(run.code).toBe(EXIT.FAILURE);
    expect(run.stderr).toBe('parley: Another dialogue is already called “CÉDAR”. Choose another code name.\n');
  });

  it('treats a missing --code-name or an invalid value as a usage error, before asking for a passphrase', async () => {
    const cases: [string[], RegExp][] = [
      [['--party', 'Side A'], /^parley: --code-name is required\.\n/],
      [['--code-name', 'Cedar', '--status', 'dormant'], /^parley: --status: Invalid option: expected one of/],
      [['--code-name', 'Cedar', '--track', '4'], /^parley: --track: Invalid option/],
      [['--code-name', 'Cedar', '--started-on', '2024-13-40'], /^parley: --started-on: Must be a date \(YYYY-MM-DD\)/],
      [['--code-name', '   '], /^parley: --code-name: Required\./],
      [['--code-name', 'x'.repeat(81)], /^parley: --code-name: Must be at most 80 characters\./],
      [['--code-name', 'Cedar', '--facilitation', 'Team\u0007'], /^parley: --facilitation: Contains control/],
      [['--code-name'], /^parley: Option '--code-name <value>' argument missing\.\n/],
      [['--code-name', 'Cedar', '--colour', 'red'], /^parley: Unknown option '--colour'\.\n/],
    ];
    for (const [extra, message] of cases) {
      const run = await parley(['dialogue', 'add', 'field-work', ...extra], { cwd: root, answers: [PASSPHRASE] });
      expect(run.code, extra.join(' ')).toBe(EXIT.USAGE);
      expect(run.stderr, extra.join(' ')).toMatch(message);
      expect(run.stderr).toContain('Run `parley dialogue add --help` for usage.');
      expect(run.prompts, extra.join(' ')).toEqual([]);
    }
  });

  it('refuses two parties with the same name (a rule of the service, checked after unlocking)', async () => {
    const run = await parley(
      ['dialogue', 'add', 'field-work', '--code-name', 'Cedar', '--party', 'Side A', '--party', 'side a'],
      {
        cwd: root,
        env,
      },
    );
    expect(run.code).toBe(EXIT.FAILURE);
    expect(run.stderr).toBe('parley: Two parties have the same name. Give each side a distinct name.\n');
    const list = await parley(['dialogue', 'list', 'field-work', '--json'], { cwd: root, env });
    expect(JSON.parse(list.stdout)).toEqual([]);
  });

  it('answers a wrong passphrase with exit 3 and leaves every byte of the workspace as it was', async () => {
    await parley(['dialogue', 'add', 'field-work', '--code-name', 'Cedar'], { cwd: root, env });
    const before = await snapshot(path);
    expect(Object.keys(before)).toEqual(['workspace.db', 'workspace.keys']);
    for (const argv of [
      ['dialogue', 'list', 'field-work'],
      ['dialogue', 'add', 'field-work', '--code-name', 'Juniper'],
    ]) {
      const run = await parley(argv, { cwd: root, env: withPassphrase('olive-lantern-harbour-cedar-48') });
      expect(run.code).toBe(EXIT.PASSPHRASE);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('parley: That passphrase does not open this workspace. Nothing was changed.\n');
      expect(await snapshot(path)).toEqual(before);
    }
  });

  it('reports a missing workspace with exit 4', async () => {
    const run = await parley(['dialogue', 'list', 'elsewhere'], { cwd: root, env });
    expect(run.code).toBe(EXIT.NOT_FOUND);
    expect(run.stderr).toMatch(/^parley: No Parley workspace at elsewhere /);
  });
});
