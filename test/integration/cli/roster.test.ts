import { createHash } from 'node:crypto';
import { chmod, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallFailed, createClient } from '../../../main/cli/client';
import { roster } from '../../../main/cli/commands/roster';
import { CliError, EXIT, exitCodeFor } from '../../../main/cli/exit-codes';
import type { CliIo } from '../../../main/cli/io';
import { ParleyFault } from '../../../main/errors';
import type { AliasView, Contacts, DialogueView, ParticipantView } from '../../../shared/contract';
import { IDENTITY_PARTS } from '../../../shared/domain/participant';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';
import { makeWorkspace, snapshot, withPassphrase } from './helpers';
import { FULL_DISK_SKIPPED, mountFullDisk } from '../../fixtures/full-disk';

/**
 * `parley roster import|export`, run in-process through the command module with the same error
 * reporting as the CLI's main(): one line per failure on stderr and the documented exit codes.
 */
async function parleyRoster(argv: readonly string[], env: Record<string, string> = withPassphrase()) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    cwd: root,
    prompt: () => Promise.reject(new ParleyFault('PASSPHRASE_REQUIRED', 'No passphrase.')),
  };
  let code: number;
  try {
    code = await roster(argv, { io, report: () => undefined });
  } catch (error) {
    if (error instanceof CliError) code = error.exitCode;
    else if (error instanceof CallFailed) code = exitCodeFor(error.error.code);
    else if (error instanceof ParleyFault) code = exitCodeFor(error.code);
    else throw error;
    stderr += `parley: ${(error as Error).message}\n`;
  }
  return { code, stdout, stderr };
}

let root: string;
let remove: () => Promise<void>;
let workspace: string;
beforeEach(async () => {
  ({ path: root, remove } = await tempDir('parley-cli-roster-'));
  workspace = await makeWorkspace(root);
  await withClient(async (client) => {
    for (const codeName of ['Cedar', 'Olive']) {
      await client.call('dialogue.create', {
        codeName,
        parties: [
          { name: 'Northern delegation' },
          { name: 'Southern delegation' },
          { name: 'Facilitation team', kind: 'facilitation' },
        ],
      });
    }
  });
});
afterEach(() => remove());

async function withClient<T>(work: (client: ReturnType<typeof createClient>) => Promise<T>): Promise<T> {
  const client = createClient({ root });
  await client.call('workspace.unlock', { name: 'field-work', passphrase: PASSPHRASE });
  try {
    return await work(client);
  } finally {
    await client.call('workspace.lock', {});
  }
}

/** A participant as recorded: the view and, revealed, the whole identity. */
type Recorded = Omit<ParticipantView, 'affiliation'> & {
  readonly realName: string;
  readonly aliases: readonly AliasView[];
  readonly affiliation: string;
  readonly contacts: Contacts;
};

async function rosterOf(codeName: string): Promise<Recorded[]> {
  return withClient(async (client) => {
    const dialogue = (await client.call('dialogue.list', {})).find((d: DialogueView) => d.codeName === codeName)!;
    const list = await client.call('participant.list', { dialogueId: dialogue.id });
    return Promise.all(
      list.map(async (p) => {
        const view = await client.call('participant.get', { id: p.id });
        if (view.purged)
          return { ...view, realName: '', aliases: [], contacts: { email: '', phone: '', messaging: '' } };
        const identity = await client.call('participant.identity', { id: p.id, parts: [...IDENTITY_PARTS] });
        return {
          ...view,
          realName: identity.names!.realName,
          aliases: identity.names!.aliases,
          affiliation: identity.affiliation!,
          contacts: identity.contacts!,
        };
      }),
    );
  });
}

async function csv(name: string, content: string | Buffer): Promise<string> {
  await writeFile(join(root, name), content);
  return name;
}

const GOOD = [
  'name,aliases,party,affiliation,sensitive,email,phone,role,track,status',
  'Salim Ḥaddād,Salim Haddad;سليم حداد;Abu Karim,Northern delegation,"Water board, upper basin",yes,salim@example.org,+961 1 234 567,Engineer,2/government,confirmed',
  'نور الهدى,Nour al-Huda,Southern delegation,University of the Plains,no,,,"Professor, history",2,invited',
  'Dov Peretz,,southern DELEGATION,,,dov@example.org,,,religion,',
  '',
  'Maria Lindqvist,,Facilitation team,,no,,,Lead facilitator,,confirmed',
].join('\r\n');

describe('parley roster import', () => {
  it('imports every row (quoted commas, aliases, RTL, CRLF, BOM, blank lines), printing codes only', async () => {
    const file = await csv('roster.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]));
    const run = await parleyRoster(['import', 'field-work', '--dialogue', 'cedar', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toBe(
      [
        'Imported 4 participants into “Cedar” (field-work):',
        '  line 2: A1  Participant A1',
        '  line 3: B1  Participant B1',
        '  line 4: B2  Participant B2',
        '  line 6: F1  Participant F1',
        '',
      ].join('\n'),
    );
    expect(run.stdout).not.toContain('Salim');

    const people = await rosterOf('Cedar');
    const salim = people.find((p) => p.speakerCode === 'A1')!;
    expect(salim).toMatchObject({
      realName: 'Salim Ḥaddād',
      affiliation: 'Water board, upper basin',
      affiliationSensitive: true,
      contacts: { email: 'salim@example.org', phone: '+961 1 234 567' },
      role: 'Engineer',
      trackLevel: '2',
      sector: 'government',
      status: 'confirmed',
    });
    expect(salim.aliases.map((a) => a.alias)).toEqual(['Salim Haddad', 'سليم حداد', 'Abu Karim']);
    expect(people.find((p) => p.speakerCode === 'B1')).toMatchObject({
      realName: 'نور الهدى',
      role: 'Professor, history',
    });
    expect(people.find((p) => p.speakerCode === 'B2')).toMatchObject({
      sector: 'religion',
      trackLevel: null,
      status: 'prospect',
    });
    expect(await rosterOf('Olive')).toEqual([]);
  });

  it('reports every bad row by line before asking for the passphrase, and imports nothing', async () => {
    const file = await csv(
      'bad.csv',
      [
        'name,party,email,sensitive,track,status,phone',
        'Good Person,Northern delegation,,,,,',
        ',Northern delegation,,,,,',
        `${'x'.repeat(10_000)},Northern delegation,,,,,`,
        'Ana,Northern delegation,not-an-email,,,,',
        'Ben,Northern delegation,,perhaps,,,',
        'Cy,Northern delegation,,,4,,',
        'Di,Northern delegation,,,,maybe,',
        'Ed,Northern delegation,,,,,call me',
        'Fay,Northern delegation,,,,,,extra',
      ].join('\n'),
    );
    const before = await snapshot(workspace);
    // No passphrase in the environment: reaching the prompt would fail differently.
    const run = await parleyRoster(['import', 'field-work', '--dialogue', 'Cedar', file], {});
    expect(run.code).toBe(EXIT.FAILURE);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'bad.csv: Line 3: name: Required.',
      'bad.csv: Line 4: name: Must be at most 200 characters.',
      'bad.csv: Line 5: email: Not an email address (name@example.org).',
      'bad.csv: Line 6: sensitive: “perhaps” is not yes or no.',
      expect.stringMatching(/^bad\.csv: Line 7: track “4” is not a level/),
      'bad.csv: Line 8: status: “maybe” is not one of prospect, invited, confirmed, declined, withdrawn.',
      'bad.csv: Line 9: phone: Use digits, spaces, + ( ) - . / only.',
      'bad.csv: Line 10: 8 cells for 7 columns (a comma inside a cell needs quotes).',
      'parley: Nothing was imported: fix the 8 problems above.',
    ]);
    expect(await snapshot(workspace)).toEqual(before);
  });

  it('rejects the whole file when the workspace finds problems (unknown party, duplicate codes)', async () => {
    await withClient(async (client) => {
      const cedar = (await client.call('dialogue.list', {})).find((d) => d.codeName === 'Cedar')!;
      await client.call('participant.create', {
        dialogueId: cedar.id,
        partyId: cedar.parties[0]!.id,
        realName: 'Existing',
        speakerCode: 'A9',
      });
    });
    const file = await csv(
      'server.csv',
      [
        'name,party,code,pseudonym',
        'One,Northern delegation,A1,',
        'Two,Eastern delegation,,',
        'Three,Northern delegation,a1,',
        'Four,Northern delegation,A9,',
        'Salim Haddad,Northern delegation,,Mr Haddad',
        'Six,Southern delegation,,',
      ].join('\n'),
    );
    const run = await parleyRoster(['import', 'field-work', '--dialogue', 'Cedar', file]);
    expect(run.code).toBe(EXIT.FAILURE);
    expect(run.stderr).toBe(
      [
        'parley: Nothing was imported: 4 rows have problems.',
        'Line 3: there is no party “Eastern delegation” in this dialogue.',
        'Line 4: Speaker code A1 is already used in this dialogue. Choose another code.',
        'Line 5: Speaker code A9 is already used in this dialogue. Choose another code.',
        'Line 6: The pseudonym “Mr Haddad” repeats part of the participant’s name or an alias. Choose one that does not.',
        '',
      ].join('\n'),
    );
    expect((await rosterOf('Cedar')).map((p) => p.realName)).toEqual(['Existing']);
  });

  it('refuses unreadable files and bad arguments with clear messages', async () => {
    const cases: [string[], number, RegExp][] = [
      [['import', 'field-work', 'x.csv'], EXIT.USAGE, /--dialogue CODE is required/],
      [['import', 'field-work', '--dialogue', 'Cedar'], EXIT.USAGE, /Missing <file\.csv>/],
      [['import', 'field-work', '--dialogue', 'Cedar', 'missing.csv'], EXIT.USAGE, /No file missing\.csv/],
      [
        [
          'import',
          'field-work',
          '--dialogue',
          'Cedar',
          await csv('latin1.csv', Buffer.from('name,party\nJos\xe9,Northern delegation\n', 'latin1')),
        ],
        EXIT.FAILURE,
        /not UTF-8/,
      ],
      [['import', 'field-work', '--dialogue', 'Cedar', await csv('empty.csv', '')], EXIT.FAILURE, /The file is empty/],
      [
        ['import', 'field-work', '--dialogue', 'Cedar', await csv('header.csv', 'name,party\n')],
        EXIT.FAILURE,
        /header but no participants/,
      ],
      [
        ['import', 'field-work', '--dialogue', 'Cedar', await csv('cols.csv', 'name,emial\nA,b\n')],
        EXIT.FAILURE,
        /unknown column “emial”.*\n.*missing column party/,
      ],
      [
        [
          'import',
          'field-work',
          '--dialogue',
          'Cedar',
          await csv('quote.csv', 'name,party\n"Unclosed,Northern delegation\n'),
        ],
        EXIT.FAILURE,
        /Line \d+: /,
      ],
      [
        ['import', 'field-work', '--dialogue', 'Juniper', await csv('ok.csv', 'name,party\nA,Northern delegation\n')],
        EXIT.FAILURE,
        /No dialogue “Juniper” in field-work/,
      ],
      [['import', 'nowhere', '--dialogue', 'Cedar', 'ok.csv'], EXIT.NOT_FOUND, /No Parley workspace at nowhere/],
      [['frobnicate'], EXIT.USAGE, /Unknown roster command/],
    ];
    for (const [argv, code, message] of cases) {
      const run = await parleyRoster(argv);
      expect(run.code, argv.join(' ')).toBe(code);
      expect(run.stderr, argv.join(' ')).toMatch(message);
    }
    expect(await rosterOf('Cedar')).toEqual([]);
  });
});

describe('parley roster export', () => {
  beforeEach(async () => {
    const file = await csv('roster.csv', GOOD);
    expect((await parleyRoster(['import', 'field-work', '--dialogue', 'Cedar', file])).code).toBe(EXIT.OK);
  });

  it('writes codes and pseudonyms only by default, owner-readable, and audits it', async () => {
    const run = await parleyRoster(['export', 'field-work', '--dialogue', 'Cedar', '--out', 'codes.csv']);
    expect(run).toMatchObject({ code: EXIT.OK, stderr: '' });
    expect(run.stdout).toBe('Wrote 4 participants to codes.csv (speaker codes and pseudonyms only).\n');
    const text = await readFile(join(root, 'codes.csv'), 'utf8');
    expect(text).toBe(
      [
        '\ufeffcode,pseudonym,party,status',
        'A1,Participant A1,Northern delegation,confirmed',
        'B1,Participant B1,Southern delegation,invited',
        'B2,Participant B2,Southern delegation,prospect',
        'F1,Participant F1,Facilitation team,confirmed',
        '',
      ].join('\n'),
    );
    for (const secret of ['Salim', 'Ḥaddād', 'نور', 'example.org', '234 567', 'Water board'])
      expect(text).not.toContain(secret);
    expect((await stat(join(root, 'codes.csv'))).mode & 0o777).toBe(0o600);
    const audit = await withClient((client) => client.call('audit.list', {}));
    expect(audit.map((entry) => [entry.action, entry.detail])).toEqual([
      ['roster.exported', '4 participants, codes and pseudonyms only'],
      ['roster.imported', '4 participants'],
    ]);
  });

  it('with --include-identities writes the import’s columns, guards formulas, and round-trips', async () => {
    await withClient(async (client) => {
      const cedar = (await client.call('dialogue.list', {})).find((d) => d.codeName === 'Cedar')!;
      await client.call('participant.create', {
        dialogueId: cedar.id,
        partyId: cedar.parties[0]!.id,
        realName: '=HYPERLINK("http://x.invalid","click")',
        aliases: [{ alias: '@mention' }],
      });
    });
    const run = await parleyRoster([
      'export',
      'field-work',
      '--dialogue',
      'Cedar',
      '--out',
      'full.csv',
      '--include-identities',
    ]);
    expect(run.code).toBe(EXIT.OK);
    expect(run.stderr).toMatch(/^Warning: full\.csv holds real names and contact details in plain text/);
    const text = await readFile(join(root, 'full.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '\ufeffcode,pseudonym,name,aliases,party,affiliation,sensitive,email,phone,role,track,status',
    );
    expect(text).toContain(
      'A1,Participant A1,Salim Ḥaddād,Salim Haddad; سليم حداد; Abu Karim,Northern delegation,"Water board, upper basin",yes,salim@example.org,\'+961 1 234 567,Engineer,2/government,confirmed',
    );
    expect(text).toContain(`A2,Participant A2,"'=HYPERLINK(""http://x.invalid"",""click"")",'@mention,`);

    const again = await parleyRoster(['import', 'field-work', '--dialogue', 'Olive', 'full.csv']);
    expect(again.code).toBe(EXIT.OK);
    const strip = (people: Recorded[]) =>
      people.map((p) => ({
        code: p.speakerCode,
        name: p.realName,
        aliases: p.aliases.map((a) => a.alias),
        contacts: p.contacts,
        affiliation: [p.affiliation, p.affiliationSensitive],
        track: [p.trackLevel, p.sector],
        role: p.role,
        status: p.status,
      }));
    expect(strip(await rosterOf('Olive'))).toEqual(strip(await rosterOf('Cedar')));
  });

  it('checks pseudonyms like any export: one that names someone refuses, one that may is a warning to accept', async () => {
    const setPseudonym = (code: string, pseudonym: string) =>
      withClient(async (client) => {
        const person = (await rosterOf('Cedar')).find((p) => p.speakerCode === code)!;
        // An update names only what changes (the identity stays where it is).
        await client.call('participant.update', { id: person.id, pseudonym });
      });
    await setPseudonym('F1', 'Friend of Haddad');
    const refused = await parleyRoster(['export', 'field-work', '--dialogue', 'Cedar', '--out', 'codes.csv']);
    expect(refused.code).toBe(EXIT.FAILURE);
    expect(refused.stderr).toMatch(/Row 4 of the roster contains a word of a participant’s name/u);
    expect(refused.stderr).not.toMatch(/haddad/iu);
    await expect(stat(join(root, 'codes.csv'))).rejects.toMatchObject({ code: 'ENOENT' });

    // "نور" (light) is an ordinary word and a word of نور الهدى's name: a warning, not a refusal.
    await setPseudonym('F1', 'ضيف النور');
    const warned = await parleyRoster(['export', 'field-work', '--dialogue', 'Cedar', '--out', 'codes.csv']);
    expect(warned.code).toBe(EXIT.FAILURE);
    expect(warned.stderr).toContain('Row 4 of the roster:');
    const accepted = await parleyRoster([
      'export',
      'field-work',
      '--dialogue',
      'Cedar',
      '--out',
      'codes.csv',
      '--accept-warnings',
    ]);
    expect(accepted.code).toBe(EXIT.OK);
    expect(await readFile(join(root, 'codes.csv'), 'utf8')).toContain('ضيف النور');
  });

  it('refuses to overwrite without --force, to write into the workspace folder, or without --out', async () => {
    await writeFile(join(root, 'taken.csv'), 'keep me');
    const taken = await parleyRoster(['export', 'field-work', '--dialogue', 'Cedar', '--out', 'taken.csv']);
    expect(taken).toMatchObject({
      code: EXIT.FAILURE,
      stderr: 'parley: taken.csv already exists. Add --force to replace it.\n',
    });
    expect(await readFile(join(root, 'taken.csv'), 'utf8')).toBe('keep me');
    const forced = await parleyRoster(['export', 'field-work', '--dialogue', 'Cedar', '--out', 'taken.csv', '--force']);
    expect(forced.code).toBe(EXIT.OK);
    expect(await readFile(join(root, 'taken.csv'), 'utf8')).toContain('A1,Participant A1');

    const inside = await parleyRoster([
      'export',
      'field-work',
      '--dialogue',
      'Cedar',
      '--out',
      'field-work/roster.csv',
    ]);
    expect(inside.code).toBe(EXIT.USAGE);
    expect(inside.stderr).toMatch(/must not be inside the workspace folder/);
    const missing = await parleyRoster(['export', 'field-work', '--dialogue', 'Cedar']);
    expect(missing.code).toBe(EXIT.USAGE);
    // A failed export leaves no empty file behind.
    const unknown = await parleyRoster(['export', 'field-work', '--dialogue', 'Nope', '--out', 'nope.csv']);
    expect(unknown.code).toBe(EXIT.FAILURE);
    await expect(stat(join(root, 'nope.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses --out through a symbolic link into the workspace folder (review defect 5)', async () => {
    await symlink(join(root, 'field-work'), join(root, 'innocent-folder'));
    const run = await parleyRoster([
      'export',
      'field-work',
      '--dialogue',
      'Cedar',
      '--out',
      'innocent-folder/roster.csv',
    ]);
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.stderr).toMatch(/must not be inside the workspace folder/);
    expect((await readdir(join(root, 'field-work'))).sort()).toEqual(['workspace.db', 'workspace.keys']);
  });

  it('ends 0600 when --force replaces a file that was 0644 (review defect 5)', async () => {
    await writeFile(join(root, 'open.csv'), 'readable by all', { mode: 0o644 });
    await chmod(join(root, 'open.csv'), 0o644);
    const run = await parleyRoster(['export', 'field-work', '--dialogue', 'Cedar', '--out', 'open.csv', '--force']);
    expect(run.code).toBe(EXIT.OK);
    expect((await stat(join(root, 'open.csv'))).mode & 0o777).toBe(0o600);
  });

  it('says the disk is full when it is, and logs the export only when written (review defect 3)', async (test) => {
    const disk = mountFullDisk();
    if (!disk) {
      console.warn(FULL_DISK_SKIPPED);
      test.skip();
      return;
    }
    try {
      const out = join(disk.path, 'roster.csv');
      const full = await parleyRoster(['export', 'field-work', '--dialogue', 'Cedar', '--out', out]);
      expect(full.code).toBe(EXIT.FAILURE);
      expect(full.stderr).toBe('parley: The disk is full. Nothing was saved; free some space and try again.\n');
      expect(await readdir(disk.path)).toEqual(['.filler']);
    } finally {
      disk.release();
    }
    const written = await parleyRoster(['export', 'field-work', '--dialogue', 'Cedar', '--out', 'ok.csv']);
    expect(written.code).toBe(EXIT.OK);
    const log = await withClient((client) => client.call('workspace.exportLog', {}));
    expect(log).toMatchObject([{ kind: 'roster-csv', fileName: 'ok.csv' }]);
    expect(log[0]!.sha256).toBe(
      createHash('sha256')
        .update(await readFile(join(root, 'ok.csv')))
        .digest('hex'),
    );
  });
});
