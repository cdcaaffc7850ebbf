import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, type CliIo } from '../../../main/cli';
import { CallFailed, createClient } from '../../../main/cli/client';
import { notes } from '../../../main/cli/commands/notes';
import { CliError, exitCodeFor } from '../../../main/cli/exit-codes';
import { createPassphrasePrompt } from '../../../main/cli/prompt';
import { lock } from '../../../main/cli/workspace';
import type { DialogueView, ParticipantView, SessionView } from '../../../shared/contract';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';
import { makeWorkspace, snapshot, withPassphrase } from './helpers';

/**
 * `parley notes search`. Runs the command module in-process, mapping failures to exit codes as
 * the CLI's entry does (until `notes` is registered there, main() does not know the command).
 */
async function run(args: readonly string[], env: Record<string, string | undefined> = withPassphrase()) {
  let stdout = '';
  let stderr = '';
  const noTerminal = createPassphrasePrompt({ input: new PassThrough(), output: new PassThrough() });
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env,
    cwd: root,
    prompt: noTerminal,
  };
  let code: number;
  try {
    code = await notes(args, { io, report: () => undefined });
  } catch (error) {
    if (error instanceof CliError) code = error.exitCode;
    else if (error instanceof CallFailed) code = exitCodeFor(error.error.code);
    else if ((error as { code?: string }).code) code = exitCodeFor((error as { code: string }).code);
    else throw error;
    stderr += `parley: ${(error as Error).message}\n`;
  }
  return { code, stdout, stderr };
}

let root: string;
let remove: () => Promise<void>;
let ids: { caucus: string; joint: string; arabic: string };
beforeEach(async () => {
  ({ path: root, remove } = await tempDir('parley-cli-notes-'));
  await makeWorkspace(root);
  // Fill it through the registry, as the app would, then close it again.
  const client = createClient({ root });
  await client.call('workspace.unlock', { name: 'field-work', passphrase: PASSPHRASE });
  const dialogue: DialogueView = await client.call('dialogue.create', {
    codeName: 'Cedar',
    parties: [{ name: 'Side A' }, { name: 'Side B' }],
  });
  const [sideA, sideB] = dialogue.parties.map((p) => p.id) as [string, string];
  const b2: ParticipantView = await client.call('participant.create', {
    dialogueId: dialogue.id,
    partyId: sideB,
    realName: 'Noa Ben-Ami',
    speakerCode: 'B2',
    status: 'confirmed',
  });
  const session = (number: number): Promise<SessionView> =>
    client.call('session.create', {
      dialogueId: dialogue.id,
      number,
      startsAt: `2026-0${number + 4}-14T09:00`,
      endsAt: `2026-0${number + 4}-14T17:00`,
      timeZone: 'Europe/Zurich',
    });
  const s1 = await session(1);
  const s2 = await session(2);
  const save = async (input: Record<string, unknown>) =>
    (await client.call('note.save', { id: randomUUID(), sessionId: s1.id, body: '', ...input } as never)).id;
  ids = {
    joint: await save({ body: 'Noa said the water guarantees must come first.', speakerId: b2.id }),
    arabic: await save({ body: 'قال إنّ المِيَاهُ مشكلة كبيرة', sessionId: s2.id }),
    caucus: await save({ body: 'In caucus: water is a red line.', caucusPartyId: sideA }),
  };
  await save({ body: 'A caucus with Side B about borders.', caucusPartyId: sideB });
  await lock(client);
});
afterEach(() => remove());

describe('parley notes search', () => {
  it('prints ranked results with codes, never names, and highlighted snippets', async () => {
    const result = await run(['search', 'field-work', 'water']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT.OK);
    expect(result.stdout).toMatch(/^S1 · B2 · Participants may see · \d{4}-\d\d-\d\d \d\d:\d\d\n/u);
    expect(result.stdout).toContain('  Noa said the [water] guarantees must come first.\n');
    expect(result.stdout).toContain('Showing 1 of 1 match.');
    // "Noa" is in the note's own text, which a search shows; the roster name never comes from elsewhere.
    expect(result.stdout).not.toContain('Ben-Ami');
    expect(result.stdout).not.toContain('red line');
  });

  it('finds Arabic, and prints JSON with segments and speaker codes', async () => {
    const result = await run(['search', 'field-work', 'مياه', '--json']);
    expect(result.code).toBe(EXIT.OK);
    const json = JSON.parse(result.stdout) as { total: number; hits: Record<string, unknown>[] };
    expect(json.total).toBe(1);
    expect(json.hits[0]).toMatchObject({
      id: ids.arabic,
      dialogue: 'Cedar',
      session: 2,
      speakerCode: null,
      caucus: false,
      snippet: 'قال إنّ [المِيَاهُ] مشكلة كبيرة',
    });
    expect(json.hits[0]!.segments).toContainEqual({ text: 'المِيَاهُ', match: true });
  });

  it('searches caucus notes only with --caucus, and filters by session, speaker and level', async () => {
    const caucus = await run(['search', 'field-work', 'water', '--caucus', 'side a', '--json']);
    expect((JSON.parse(caucus.stdout) as { hits: { id: string }[] }).hits.map((h) => h.id)).toEqual([ids.caucus]);
    const text = await run(['search', 'field-work', 'water', '--caucus', 'Side A']);
    expect(text.stdout).toContain('· caucus ·');
    const bySpeaker = await run(['search', 'field-work', 'water', '--speaker', 'b2', '--json']);
    expect((JSON.parse(bySpeaker.stdout) as { hits: { id: string }[] }).hits.map((h) => h.id)).toEqual([ids.joint]);
    const bySession = await run(['search', 'field-work', '', '--session', '2', '--json']);
    expect((JSON.parse(bySession.stdout) as { hits: { id: string }[] }).hits.map((h) => h.id)).toEqual([ids.arabic]);
    const byLevel = await run(['search', 'field-work', 'water', '--level', 'sponsor']);
    expect(byLevel.stdout).toBe('No notes match water.\n');
  });

  it('takes several words and FTS syntax as plain words', async () => {
    const words = await run(['search', 'field-work', 'water', 'guarantees']);
    expect(words.stdout).toContain('Showing 1 of 1 match.');
    for (const query of ['water OR borders', 'NEAR(water', '"water', 'meta:joint', '*']) {
      const result = await run(['search', 'field-work', query]);
      expect(result.code, query).toBe(EXIT.OK);
      expect(result.stdout, query).not.toContain('red line');
      expect(result.stdout, query).not.toContain('A caucus with Side B');
    }
  });

  it('refuses bad arguments before asking for the passphrase, and changes nothing', async () => {
    const before = await snapshot(`${root}/field-work`);
    const cases: [string[], number, RegExp][] = [
      [['search'], EXIT.USAGE, /Missing <workspace>/u],
      [['search', 'field-work'], EXIT.USAGE, /Missing QUERY/u],
      [['search', 'field-work', 'x', '--level', 'public'], EXIT.USAGE, /--level/u],
      [['search', 'field-work', 'x', '--limit', 'lots'], EXIT.USAGE, /--limit/u],
      [['search', 'field-work', 'x', '--limit', '500'], EXIT.USAGE, /--limit/u],
      [['search', 'field-work', 'w'.repeat(301)], EXIT.USAGE, /QUERY/u],
      [['search', 'field-work', 'x', '--bogus'], EXIT.USAGE, /bogus/u],
      [['frobnicate'], EXIT.USAGE, /Unknown notes command/u],
      [['search', 'nowhere', 'x'], EXIT.NOT_FOUND, /No Parley workspace/u],
    ];
    for (const [args, code, message] of cases) {
      const result = await run(args, {});
      expect(result.code, args.join(' ')).toBe(code);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
    expect(await snapshot(`${root}/field-work`)).toEqual(before);
  });

  it('answers a wrong passphrase, an unknown dialogue or session with a clear failure', async () => {
    expect((await run(['search', 'field-work', 'x'], withPassphrase('not-the-passphrase-at-all'))).code).toBe(
      EXIT.PASSPHRASE,
    );
    const dialogue = await run(['search', 'field-work', 'x', '--dialogue', 'Olive']);
    expect(dialogue).toMatchObject({ code: EXIT.FAILURE });
    expect(dialogue.stderr).toContain('No dialogue called “Olive”');
    const session = await run(['search', 'field-work', 'x', '--session', '9']);
    expect(session.stderr).toContain('has no session 9');
  });

  it('prints help', async () => {
    const help = await run(['search', '--help']);
    expect(help.code).toBe(EXIT.OK);
    expect(help.stdout).toContain('Usage: parley notes search <workspace> QUERY');
  });
});
