import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../migrations';
import { migrate } from '../../../main/store/migrate';
import { closeDatabase, openEncryptedDatabase } from '../../../main/store/database';
import { TEST_KDF_COST } from '../../../main/store/kdf';
import { createKeyFile } from '../../../main/store/keyslots';
import { workspaceFiles } from '../../../main/store/workspace';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';
import { makeWorkspace, parley, snapshot, withPassphrase } from './helpers';

let root: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ path: root, remove } = await tempDir('parley-cli-'));
});
afterEach(() => remove());

describe('parley init', () => {
  it('creates a workspace from PARLEY_PASSPHRASE that verify then passes', async () => {
    const init = await parley(['init', 'field-work'], { cwd: root, env: withPassphrase() });
    expect(init).toMatchObject({ code: EXIT.OK, stderr: '', prompts: [] });
    expect(init.stdout).toContain('Created the encrypted workspace field-work.');
    expect((await readdir(join(root, 'field-work'))).sort()).toEqual(['workspace.db', 'workspace.keys']);

    const verify = await parley(['verify', 'field-work'], { cwd: root, env: withPassphrase() });
    expect(verify.code).toBe(EXIT.OK);
    expect(verify.stdout).toBe(
      `OK field-work: encrypted (cipher sqlcipher), full integrity check passed, schema ${LATEST_SCHEMA_VERSION} (latest).\n`,
    );

    const json = await parley(['verify', 'field-work', '--json'], { cwd: root, env: withPassphrase() });
    expect(JSON.parse(json.stdout)).toEqual({
      ok: true,
      workspace: 'field-work',
      cipher: 'sqlcipher',
      integrity: 'ok',
      schemaVersion: LATEST_SCHEMA_VERSION,
      recoveryKey: false,
      latestSchemaVersion: LATEST_SCHEMA_VERSION,
    });
  });

  it('asks for the passphrase twice at the prompt and never prints it', async () => {
    const run = await parley(['init', 'field-work'], { cwd: root, answers: [PASSPHRASE, PASSPHRASE] });
    expect(run.code).toBe(EXIT.OK);
    expect(run.prompts).toEqual(['New passphrase: ', 'Repeat the passphrase: ']);
    expect(run.stdout + run.stderr).not.toContain(PASSPHRASE);
    expect((await parley(['verify', 'field-work'], { cwd: root, answers: [PASSPHRASE] })).code).toBe(EXIT.OK);
  });

  it('creates nothing when the two passphrases differ', async () => {
    const run = await parley(['init', 'field-work'], { cwd: root, answers: [PASSPHRASE, `${PASSPHRASE}x`] });
    expect(run.code).toBe(EXIT.FAILURE);
    expect(run.stderr).toBe('parley: The two passphrases differ. Nothing was created.\n');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a weak passphrase with the strength hint, before asking for it again', async () => {
    for (const weak of ['short', 'password1234']) {
      const run = await parley(['init', 'field-work'], { cwd: root, answers: [weak] });
      expect(run.code).toBe(EXIT.FAILURE);
      expect(run.prompts).toHaveLength(1);
      expect(run.stderr).toMatch(/^parley: That passphrase is too easy to guess\. \S.*\n$/);
      expect(run.stderr).not.toContain(weak);
    }
    const fromEnv = await parley(['init', 'field-work'], { cwd: root, env: withPassphrase('aaaaaaaaaaaaaaaa') });
    expect(fromEnv.code).toBe(EXIT.FAILURE);
    expect(fromEnv.stderr).toContain('too easy to guess');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses an existing non-empty folder and an existing workspace, touching neither', async () => {
    await mkdir(join(root, 'papers'));
    await writeFile(join(root, 'papers', 'minutes.txt'), 'keep me');
    const used = await parley(['init', 'papers'], { cwd: root, env: withPassphrase() });
    expect(used.code).toBe(EXIT.FAILURE);
    expect(used.stderr).toMatch(/^parley: papers already exists and is not empty\./);
    expect(await readdir(join(root, 'papers'))).toEqual(['minutes.txt']);
    expect(await readFile(join(root, 'papers', 'minutes.txt'), 'utf8')).toBe('keep me');

    const path = await makeWorkspace(root);
    const before = await snapshot(path);
    const again = await parley(['init', 'field-work'], { cwd: root, env: withPassphrase() });
    expect(again.code).toBe(EXIT.FAILURE);
    expect(again.stderr).toBe('parley: field-work is already a Parley workspace. Nothing was changed.\n');
    expect(await snapshot(path)).toEqual(before);
  });

  it('accepts an empty existing folder and an absolute path', async () => {
    await mkdir(join(root, 'empty'));
    const run = await parley(['init', join(root, 'empty')], { cwd: '/', env: withPassphrase() });
    expect(run.code).toBe(EXIT.OK);
  });

  it('refuses a folder name that would not be a valid workspace name, as a usage error', async () => {
    const run = await parley(['init', 'café ☕'], { cwd: root, env: withPassphrase() });
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.stderr).toMatch(/^parley: Workspace folder name 'café ☕': Use letters, digits/);
    expect(await readdir(root)).toEqual([]);
  });
});

describe('parley verify', () => {
  it('fails with exit 1 and a one-line verdict on a tampered database', async () => {
    const path = await makeWorkspace(root);
    const file = workspaceFiles(path).database;
    const bytes = await readFile(file);
    // A byte inside the last page: the page's HMAC no longer matches.
    const offset = bytes.length - 1000;
    bytes[offset] = bytes[offset]! ^ 0x01;
    await writeFile(file, bytes);

    const run = await parley(['verify', 'field-work'], { cwd: root, env: withPassphrase() });
    expect(run.code).toBe(EXIT.FAILURE);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'FAILED field-work: The workspace file is damaged or has been tampered with. Nothing was changed; restore it from a backup.\n',
    );
    const json = await parley(['verify', 'field-work', '--json'], { cwd: root, env: withPassphrase() });
    expect(json.code).toBe(EXIT.FAILURE);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, code: 'WORKSPACE_CORRUPT' });
  });

  it('fails on a database that is plain SQLite, whatever the key file says', async () => {
    const path = await makeWorkspace(root);
    const file = workspaceFiles(path).database;
    await writeFile(file, '');
    const plain = new Database(file);
    plain.exec('CREATE TABLE dialogues (id TEXT)');
    plain.close();

    const run = await parley(['verify', 'field-work'], { cwd: root, env: withPassphrase() });
    expect(run.code).toBe(EXIT.FAILURE);
    expect(run.stderr).toBe('FAILED field-work: the database is NOT encrypted (plain SQLite header).\n');
  });

  it('judges the schema version: older is fine (upgraded at unlock), newer than this Parley fails', async () => {
    for (const [version, code, verdict] of [
      [3, EXIT.OK, /^OK field-work: .* schema 3 \(upgraded to \d+ at the next unlock\)\.\n$/],
      [LATEST_SCHEMA_VERSION + 1, EXIT.FAILURE, /^FAILED field-work: schema \d+ was written by a newer Parley/],
      // Review defect 2: keys but no schema at all is damage, never "fine, upgraded later".
      [0, EXIT.FAILURE, /^FAILED field-work: The workspace file is damaged/],
    ] as const) {
      const path = join(root, 'field-work');
      await rm(path, { recursive: true, force: true });
      await mkdir(path);
      const { databaseKey } = await createKeyFile(workspaceFiles(path).keys, PASSPHRASE, TEST_KDF_COST);
      const db = openEncryptedDatabase(workspaceFiles(path).database, databaseKey, { create: true });
      if (version > 0) migrate(db, migrations.slice(0, Math.min(version, migrations.length)));
      db.pragma(`user_version = ${version}`);
      closeDatabase(db);

      const run = await parley(['verify', 'field-work'], { cwd: root, env: withPassphrase() });
      expect(run.code).toBe(code);
      expect(run.stdout + run.stderr).toMatch(verdict);
    }
  });

  it('answers a wrong passphrase with exit 3, its message, and not a byte changed', async () => {
    const path = await makeWorkspace(root);
    const before = await snapshot(path);
    const run = await parley(['verify', 'field-work'], { cwd: root, env: withPassphrase('wrong-olive-lantern-99') });
    expect(run.code).toBe(EXIT.PASSPHRASE);
    expect(run.stderr).toBe('parley: That passphrase does not open this workspace. Nothing was changed.\n');
    expect(await snapshot(path)).toEqual(before);
  });

  it('reports a missing workspace with exit 4 without asking for a passphrase', async () => {
    const run = await parley(['verify', 'nowhere'], { cwd: root, answers: [PASSPHRASE] });
    expect(run.code).toBe(EXIT.NOT_FOUND);
    expect(run.prompts).toEqual([]);
    expect(run.stderr).toBe(
      'parley: No Parley workspace at nowhere (expected a folder holding workspace.db and workspace.keys).\n',
    );
  });
});

describe('an empty database file (review defect 2)', () => {
  it('is damage whenever the key slots exist: verify fails and no command makes a fresh schema in it', async () => {
    const path = await makeWorkspace(root);
    await writeFile(workspaceFiles(path).database, '');
    const verified = await parley(['verify', 'field-work'], { cwd: root, env: withPassphrase() });
    expect(verified.code).toBe(EXIT.FAILURE);
    expect(verified.stderr).toMatch(/^FAILED field-work: The workspace file is damaged/);
    const listed = await parley(['dialogue', 'list', 'field-work'], { cwd: root, env: withPassphrase() });
    expect(listed.code).toBe(EXIT.FAILURE);
    expect(listed.stderr).toMatch(/damaged/);
    expect((await readFile(workspaceFiles(path).database)).length).toBe(0);
  });
});
