import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';
import { makeWorkspace, parley, withPassphrase } from './helpers';

/** `parley passphrase | recovery-key | recover | backup | restore | travel | travel-return`. */

const NEW = 'granite-meadow-compass-lantern-91';
let root: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ path: root, remove } = await tempDir('parley-cli-lifecycle-'));
  await makeWorkspace(root);
});
afterEach(() => remove());

const run = (argv: string[], env: Record<string, string> = withPassphrase()) => parley(argv, { cwd: root, env });

describe('parley passphrase', () => {
  it('changes the passphrase: the old one stops opening, the new one opens', async () => {
    const changed = await run(['passphrase', 'field-work'], { ...withPassphrase(), PARLEY_NEW_PASSPHRASE: NEW });
    expect(changed).toMatchObject({ code: EXIT.OK, stderr: '' });
    expect((await run(['dialogue', 'list', 'field-work'])).code).toBe(EXIT.PASSPHRASE);
    expect((await run(['dialogue', 'list', 'field-work'], withPassphrase(NEW))).code).toBe(EXIT.OK);
  });

  it('refuses a weak new passphrase and a wrong current one', async () => {
    const weak = await run(['passphrase', 'field-work'], {
      ...withPassphrase(),
      PARLEY_NEW_PASSPHRASE: 'password1234',
    });
    expect(weak.code).toBe(EXIT.FAILURE);
    expect(weak.stderr).toMatch(/too easy to guess/);
    const wrong = await run(['passphrase', 'field-work'], {
      PARLEY_PASSPHRASE: 'not-the-one-at-all',
      PARLEY_NEW_PASSPHRASE: NEW,
    });
    expect(wrong.code).toBe(EXIT.PASSPHRASE);
  });
});

describe('parley recovery-key and recover', () => {
  it('prints 24 words once, and they open the workspace with a new passphrase', async () => {
    const made = await run(['recovery-key', 'field-work']);
    expect(made.code).toBe(EXIT.OK);
    const words = [...made.stdout.matchAll(/\d+\. ([a-z]+)/g)].map((m) => m[1]!);
    expect(words).toHaveLength(24);
    const again = await run(['recovery-key', 'field-work']);
    expect(again.code).toBe(EXIT.FAILURE);
    expect(again.stderr).toMatch(/already has a recovery key/);
    const recovered = await run(['recover', 'field-work'], {
      PARLEY_RECOVERY_KEY: words.join(' '),
      PARLEY_NEW_PASSPHRASE: NEW,
    });
    expect(recovered).toMatchObject({ code: EXIT.OK });
    expect((await run(['dialogue', 'list', 'field-work'], withPassphrase(NEW))).code).toBe(EXIT.OK);
    const typo = await run(['recover', 'field-work'], {
      PARLEY_RECOVERY_KEY: words.slice(1).join(' '),
      PARLEY_NEW_PASSPHRASE: NEW,
    });
    expect(typo.code).toBe(EXIT.FAILURE);
    expect(typo.stderr).toMatch(/has 24 words; this has 23/);
  });
});

describe('parley backup, restore, travel and travel-return', () => {
  it('backs up, restores into a new workspace, travels with one dialogue and comes back', async () => {
    expect((await run(['dialogue', 'add', 'field-work', '--code-name', 'Cedar'])).code).toBe(EXIT.OK);
    expect((await run(['dialogue', 'add', 'field-work', '--code-name', 'Olive'])).code).toBe(EXIT.OK);
    const backup = await run(['backup', 'field-work', '--out', 'field-work.parleybackup']);
    expect(backup).toMatchObject({ code: EXIT.OK, stderr: '' });
    expect(backup.stdout).toMatch(
      /^Wrote and verified the backup field-work.parleybackup \(\d+ bytes, SHA-256 [0-9a-f]{64}\)\.\n$/,
    );
    expect((await stat(join(root, 'field-work.parleybackup'))).mode & 0o777).toBe(0o600);
    const inside = await run(['backup', 'field-work', '--out', 'field-work/copy.parleybackup']);
    expect(inside.code).toBe(EXIT.USAGE);

    const restored = await run(['restore', 'field-work.parleybackup', 'copy']);
    expect(restored).toMatchObject({ code: EXIT.OK, stdout: 'Restored field-work.parleybackup into copy.\n' });
    const listed = await run(['dialogue', 'list', 'copy', '--json']);
    expect(
      JSON.parse(listed.stdout)
        .map((d: { codeName: string }) => d.codeName)
        .sort(),
    ).toEqual(['Cedar', 'Olive']);
    expect((await run(['restore', 'field-work.parleybackup', 'copy'])).code).toBe(EXIT.FAILURE);

    const travel = await run(['travel', 'field-work', '--keep', 'Cedar', '--backup-out', 'trip.parleybackup']);
    expect(travel).toMatchObject({ code: EXIT.OK });
    const during = await run(['dialogue', 'list', 'field-work', '--json']);
    expect(JSON.parse(during.stdout).map((d: { codeName: string }) => d.codeName)).toEqual(['Cedar']);
    const back = await run(['travel-return', 'field-work', 'trip.parleybackup']);
    expect(back).toMatchObject({ code: EXIT.OK, stdout: 'Brought back 1 dialogue(s) into field-work.\n' });
    const after = await run(['dialogue', 'list', 'field-work', '--json']);
    expect(
      JSON.parse(after.stdout)
        .map((d: { codeName: string }) => d.codeName)
        .sort(),
    ).toEqual(['Cedar', 'Olive']);
    expect((await readdir(root)).sort()).toEqual([
      'copy',
      'field-work',
      'field-work.parleybackup',
      'trip.parleybackup',
    ]);
  });

  it('refuses a wrong passphrase for a backup, and a missing file', async () => {
    await run(['backup', 'field-work', '--out', 'b.parleybackup']);
    expect((await run(['restore', 'b.parleybackup', 'copy'], withPassphrase('not-the-one-at-all'))).code).toBe(
      EXIT.PASSPHRASE,
    );
    const missing = await run(['restore', 'nope.parleybackup', 'copy']);
    expect(missing.code).toBe(EXIT.FAILURE);
    expect(missing.stderr).toMatch(/does not exist/);
    expect((await readdir(root)).sort()).toEqual(['b.parleybackup', 'field-work']);
  });
});

describe('help', () => {
  it('lists the new commands', async () => {
    const help = await run(['--help']);
    for (const command of ['passphrase', 'recovery-key', 'recover', 'backup', 'restore', 'travel', 'travel-return']) {
      expect(help.stdout).toContain(`parley ${command} `);
      expect((await run(['help', command])).code).toBe(EXIT.OK);
    }
    void PASSPHRASE;
  });
});
