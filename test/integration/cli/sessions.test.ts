import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sessions, SESSIONS_HELP } from '../../../main/cli/commands/sessions';
import type { CommandContext } from '../../../main/cli/context';
import { CliError, EXIT } from '../../../main/cli/exit-codes';
import { createPassphrasePrompt } from '../../../main/cli/prompt';
import { CallFailed } from '../../../main/cli/client';
import type { SessionView } from '../../../shared/contract';
import { cliFolder, withPassphrase } from './helpers';

/**
 * `parley sessions list`. The command module is called directly with the CLI's own context (the
 * dispatcher in main/cli/index.ts registers it as `sessions`); failures surface as the CliError or
 * CallFailed that the dispatcher prints as one line.
 */

const folder = cliFolder();

async function run(argv: readonly string[], env: Record<string, string> = withPassphrase()) {
  let stdout = '';
  const prompts: string[] = [];
  const noTerminal = createPassphrasePrompt({ input: new PassThrough(), output: new PassThrough() });
  const ctx: CommandContext = {
    io: {
      stdout: (text) => void (stdout += text),
      stderr: () => undefined,
      env,
      cwd: folder.root,
      prompt: (question) => {
        prompts.push(question);
        return noTerminal(question);
      },
    },
    report: () => undefined,
  };
  const code = await sessions(argv, ctx);
  return { code, stdout, prompts };
}

async function seed() {
  const client = await folder.unlocked();
  const cedar = await client.call('dialogue.create', {
    codeName: 'Cédar',
    parties: [{ name: 'Side A' }, { name: 'Side B' }],
  });
  await client.call('dialogue.create', { codeName: 'Olive' });
  const venue = await client.call('venue.create', {
    dialogueId: cedar.id,
    name: 'دار الضيافة',
    timeZone: 'Asia/Amman',
  });
  const second = await client.call('session.create', {
    dialogueId: cedar.id,
    number: 2,
    title: 'Second round',
    startsAt: '2026-11-02T10:00',
    endsAt: '2026-11-03T15:00',
    venueId: venue.id,
  });
  const first = await client.call('session.create', {
    dialogueId: cedar.id,
    number: 1,
    title: 'الجولة الأولى',
    startsAt: '2026-05-14T09:00',
    endsAt: '2026-05-14T17:00',
    timeZone: 'Europe/Zurich',
  });
  await client.call('agenda.applyTemplate', { sessionId: second.id, templateId: 'builtin:kelman' });
  await client.call('workspace.lock', {});
  return { first, second };
}

describe('parley sessions list', () => {
  it('lists a dialogue’s sessions in time order with ids and venue-local times', async () => {
    const { first, second } = await seed();
    const out = await run(['list', 'field-work', '--dialogue', 'CEDAR']);
    expect(out.code).toBe(EXIT.OK);
    const [header, row1, row2, ...rest] = out.stdout.split('\n');
    expect(header).toMatch(/^NO\s+ID\s+STARTS\s+ENDS\s+TIME ZONE\s+ITEMS\s+VENUE\s+TITLE$/);
    expect(row1).toMatch(
      new RegExp(`^1\\s+${first.id}\\s+2026-05-14 09:00\\s+2026-05-14 17:00\\s+Europe/Zurich\\s+0\\s+الجولة الأولى$`),
    );
    expect(row2).toMatch(
      new RegExp(
        `^2\\s+${second.id}\\s+2026-11-02 10:00\\s+2026-11-03 15:00\\s+Asia/Amman\\s+18\\s+دار الضيافة\\s+Second round$`,
      ),
    );
    expect(rest).toEqual(['']);
  });

  it('prints JSON with instants and local times, text exactly as stored', async () => {
    const { first } = await seed();
    const out = await run(['list', 'field-work', '--dialogue', 'cédar', '--json']);
    const list = JSON.parse(out.stdout) as SessionView[];
    expect(list.map((s) => s.number)).toEqual([1, 2]);
    expect(list[0]).toMatchObject({
      id: first.id,
      startsAt: '2026-05-14T07:00:00.000Z',
      startsLocal: '2026-05-14T09:00',
    });
    expect(list[1]!.venue).toMatchObject({ name: 'دار الضيافة', timeZone: 'Asia/Amman' });
    expect(out.stdout).toContain('الجولة الأولى');
  });

  it('says so when a dialogue has no sessions', async () => {
    await seed();
    const out = await run(['list', 'field-work', '--dialogue', 'Olive']);
    expect(out).toMatchObject({ code: EXIT.OK, stdout: 'No sessions yet in dialogue “Olive”.\n' });
    expect(JSON.parse((await run(['list', 'field-work', '--dialogue', 'Olive', '--json'])).stdout)).toEqual([]);
  });

  it('fails clearly for an unknown dialogue, a wrong passphrase and a missing workspace', async () => {
    await seed();
    await expect(run(['list', 'field-work', '--dialogue', 'Juniper'])).rejects.toMatchObject({
      exitCode: EXIT.FAILURE,
      message: 'No dialogue called “Juniper” in field-work.',
    });
    const wrong = run(['list', 'field-work', '--dialogue', 'Cedar'], withPassphrase('olive-lantern-harbour-cedar-48'));
    await expect(wrong).rejects.toBeInstanceOf(CallFailed);
    await expect(wrong).rejects.toMatchObject({ error: { code: 'WRONG_PASSPHRASE' } });
    await expect(run(['list', 'elsewhere', '--dialogue', 'Cedar'])).rejects.toMatchObject({ exitCode: EXIT.NOT_FOUND });
  });

  it('treats missing or unknown arguments as usage errors, before asking for a passphrase', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Missing sessions command/],
      [['remove'], /Unknown sessions command 'remove'/],
      [['list', 'field-work'], /--dialogue is required/],
      [['list', 'field-work', '--dialogue', '   '], /--dialogue is required/],
      [['list', '--dialogue', 'Cedar'], /Missing <workspace>/],
      [['list', 'field-work', 'extra', '--dialogue', 'Cedar'], /Unexpected argument 'extra'/],
      [['list', 'field-work', '--dialogue', 'Cedar', '--colour'], /Unknown option '--colour'/],
    ];
    for (const [argv, message] of cases) {
      const attempt = run(argv, {});
      await expect(attempt, argv.join(' ')).rejects.toBeInstanceOf(CliError);
      await expect(attempt, argv.join(' ')).rejects.toMatchObject({
        exitCode: EXIT.USAGE,
        message: expect.stringMatching(message),
      });
    }
  });

  it('prints its help', async () => {
    expect((await run(['--help'])).stdout).toBe(SESSIONS_HELP.sessions);
    expect((await run(['list', '--help'])).stdout).toContain('--dialogue CODE');
  });
});
