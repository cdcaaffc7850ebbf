import { beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../../main/cli/exit-codes';
import { cliFolder, parley, withPassphrase } from './helpers';

/** `parley safe-phrases`, run in-process through the dispatcher. */
const folder = cliFolder();
beforeEach(async () => {
  const client = await folder.unlocked();
  const cedar = await client.call('dialogue.create', { codeName: 'Cedar', parties: [{ name: 'Side A' }] });
  await client.call('participant.create', { dialogueId: cedar.id, partyId: cedar.parties[0]!.id, realName: 'Rose Li' });
  await client.call('workspace.lock', {});
});

const run = (argv: readonly string[]) => parley(['safe-phrases', ...argv], { cwd: folder.root, env: withPassphrase() });

describe('parley safe-phrases', () => {
  it('adds, lists and removes a dialogue’s known-safe phrases', async () => {
    expect(await run(['list', 'field-work', '--dialogue', 'Cedar'])).toMatchObject({
      code: EXIT.OK,
      stdout: 'No known-safe phrases in “Cedar”.\n',
    });
    expect(await run(['add', 'field-work', '--dialogue', 'cedar', 'Rose Garden Accord'])).toMatchObject({
      code: EXIT.OK,
      stdout: 'Added a known-safe phrase to “Cedar”.\n',
    });
    const listed = await run(['list', 'field-work', '--dialogue', 'Cedar']);
    expect(listed.stdout).toMatch(/PHRASE[\s\S]*Rose Garden Accord/u);
    const json = JSON.parse((await run(['list', 'field-work', '--dialogue', 'Cedar', '--json'])).stdout) as unknown[];
    expect(json).toEqual([expect.objectContaining({ phrase: 'Rose Garden Accord' })]);
    expect(await run(['remove', 'field-work', '--dialogue', 'Cedar', 'rose garden ACCORD'])).toMatchObject({
      code: EXIT.OK,
    });
    expect((await run(['list', 'field-work', '--dialogue', 'Cedar'])).stdout).toBe(
      'No known-safe phrases in “Cedar”.\n',
    );
  });

  it('refuses a phrase that is only a name, a duplicate, or a phrase that is not there', async () => {
    const name = await run(['add', 'field-work', '--dialogue', 'Cedar', 'Rose']);
    expect(name.code).toBe(EXIT.FAILURE);
    expect(name.stderr).toContain('must hold a word that is no participant’s name');
    const whole = await run(['add', 'field-work', '--dialogue', 'Cedar', 'Rose Li Street']);
    expect(whole.stderr).toContain('cannot hold a participant’s whole name');
    await run(['add', 'field-work', '--dialogue', 'Cedar', 'Rose Garden Accord']);
    expect((await run(['add', 'field-work', '--dialogue', 'Cedar', 'rose garden accord'])).stderr).toContain(
      'already known to be safe',
    );
    expect((await run(['remove', 'field-work', '--dialogue', 'Cedar', 'Other phrase'])).stderr).toContain(
      'no such known-safe phrase',
    );
  });

  it('treats missing or wrong arguments as usage errors', async () => {
    for (const argv of [
      [],
      ['frobnicate'],
      ['add', 'field-work', 'Rose Garden'],
      ['add', 'field-work', '--dialogue', 'Cedar'],
      ['list', 'field-work', '--dialogue', 'Cedar', 'extra'],
      ['add', 'field-work', '--dialogue', 'Cedar', 'Rose', 'Garden'],
    ]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(EXIT.USAGE);
    }
    expect((await parley(['--help'], { cwd: folder.root })).stdout).toContain('parley safe-phrases');
  });
});
