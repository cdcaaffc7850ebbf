import { describe, expect, it } from 'vitest';
import { lock } from '../../../main/cli/workspace';
import { EXIT } from '../../../main/cli/exit-codes';
import type { ExerciseView } from '../../../shared/contract';
import { BUILT_IN_EXERCISES } from '../../../shared/exercises/library';
import { cliFolder, parley, withPassphrase } from './helpers';

/** `parley exercises list` and `parley trust show`, through the CLI's dispatcher. */

const folder = cliFolder();

/** Cedar with two sides and a participant named on the roster, two sessions, readings and placements. */
async function seed() {
  const client = await folder.unlocked();
  const cedar = await client.call('dialogue.create', {
    codeName: 'Cédar',
    parties: [{ name: 'Side A' }, { name: 'Side B' }, { name: 'Facilitation team', kind: 'facilitation' }],
  });
  const [a, b] = cedar.parties;
  await client.call('participant.create', {
    dialogueId: cedar.id,
    partyId: a!.id,
    realName: 'Yusuf Haddad',
    speakerCode: 'A1',
  });
  const sessions = [];
  for (const [number, day] of [
    [1, '2026-03-10'],
    [2, '2026-06-10'],
  ] as const) {
    sessions.push(
      await client.call('session.create', {
        dialogueId: cedar.id,
        number,
        startsAt: `${day}T09:00`,
        endsAt: `${day}T17:00`,
        timeZone: 'Europe/Vienna',
      }),
    );
  }
  await client.call('trust.record', {
    sessionId: sessions[0]!.id,
    partyAId: a!.id,
    partyBId: b!.id,
    rating: -1,
    indicators: ['walk-out'],
  });
  await client.call('trust.record', {
    sessionId: sessions[1]!.id,
    partyAId: a!.id,
    partyBId: b!.id,
    rating: 1,
    indicators: ['first-names', 'informal-contact'],
  });
  const water = await client.call('overton.addTopic', { dialogueId: cedar.id, title: 'Water allocation' });
  const board = await client.call('overton.addOption', {
    dialogueId: cedar.id,
    topicId: water.id,
    title: 'مجلس مياه مشترك',
    sessionId: sessions[0]!.id,
  });
  await client.call('overton.place', {
    optionId: board.id,
    sessionId: sessions[0]!.id,
    partyId: b!.id,
    level: 'unthinkable',
  });
  await client.call('overton.place', {
    optionId: board.id,
    sessionId: sessions[1]!.id,
    partyId: b!.id,
    level: 'sensible',
  });
  await client.call('exercise.create', {
    name: 'Letters home',
    purpose: 'Each writes to someone at home.',
    stage: 'closing',
    minMinutes: 20,
    maxMinutes: 30,
    steps: { prepare: [], room: ['Write'], aftercare: [] },
  });
  await lock(client);
}

describe('parley exercises list', () => {
  it('lists the built-in library without a workspace or a passphrase', async () => {
    const run = await parley(['exercises', 'list'], { cwd: folder.root });
    expect(run.code).toBe(EXIT.OK);
    expect(run.prompts).toEqual([]);
    for (const exercise of BUILT_IN_EXERCISES) expect(run.stdout).toContain(exercise.id);
    expect(run.stdout.split('\n')[0]).toMatch(/^ID\s+STAGE\s+LENGTH\s+GROUP\s+FLAGS\s+NAME$/);
    expect(run.stdout).toMatch(
      /builtin:hopes-and-fears\s+Opening\s+60-90 min\s+4-30 people\s+personal sharing\s+Hopes and fears/,
    );
  });

  it('adds the workspace’s own exercises, filters by stage and prints JSON', async () => {
    await seed();
    const run = await parley(['exercises', 'list', 'field-work', '--stage', 'closing', '--json'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(run.code).toBe(EXIT.OK);
    const listed = JSON.parse(run.stdout) as ExerciseView[];
    expect(listed.map((e) => e.name)).toEqual([
      ...BUILT_IN_EXERCISES.filter((e) => e.stage === 'closing').map((e) => e.name),
      'Letters home',
    ]);
    expect(listed.at(-1)).toMatchObject({ builtIn: false, steps: { room: ['Write'] } });
  });

  it('refuses an unknown stage before asking for a passphrase', async () => {
    const run = await parley(['exercises', 'list', 'field-work', '--stage', 'warm-up'], { cwd: folder.root });
    expect(run.code).toBe(EXIT.USAGE);
    expect(run.prompts).toEqual([]);
    expect(run.stderr).toMatch(/--stage: 'warm-up' is not a stage/);
  });
});

describe('parley trust show', () => {
  it('prints readings and placements by session, with movement, and no name from the roster', async () => {
    await seed();
    const run = await parley(['trust', 'show', 'field-work', '--dialogue', 'cedar'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(run.code).toBe(EXIT.OK);
    expect(run.stdout).toContain('Trust readings — Cédar');
    expect(run.stdout).toMatch(/1\s+−1 Cold\s+a walk-out\s+Side A – Side B/);
    expect(run.stdout).toMatch(/2\s+\+1 Cordial\s+informal contact across sides, first names used\s+Side A – Side B/);
    expect(run.stdout).toContain('Water allocation');
    expect(run.stdout).toMatch(
      /Unthinkable\s+Sensible\s+Unthinkable → Sensible \(3 steps toward policy\)\s+Side B\s+مجلس مياه مشترك/,
    );
    expect(run.stdout).not.toMatch(/Haddad|Yusuf/);
  });

  it('gives JSON by session number and side name', async () => {
    await seed();
    const run = await parley(['trust', 'show', 'field-work', '--dialogue', 'Cédar', '--json'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(run.code).toBe(EXIT.OK);
    const json = JSON.parse(run.stdout);
    expect(json.trust).toEqual([
      { session: 1, sides: ['Side A', 'Side B'], rating: -1, indicators: ['walk-out'], rationale: '' },
      {
        session: 2,
        sides: ['Side A', 'Side B'],
        rating: 1,
        indicators: ['informal-contact', 'first-names'],
        rationale: '',
      },
    ]);
    expect(json.overton[0].options[0]).toMatchObject({
      option: 'مجلس مياه مشترك',
      raisedAt: 1,
      placements: [
        { session: 1, side: 'Side B', level: 'unthinkable' },
        { session: 2, side: 'Side B', level: 'sensible' },
      ],
    });
    expect(run.stdout).not.toMatch(/Haddad/);
  });

  it('needs --dialogue, and says when there is no such dialogue', async () => {
    expect((await parley(['trust', 'show', 'field-work'], { cwd: folder.root })).code).toBe(EXIT.USAGE);
    const missing = await parley(['trust', 'show', 'field-work', '--dialogue', 'Juniper'], {
      cwd: folder.root,
      env: withPassphrase(),
    });
    expect(missing.code).toBe(EXIT.FAILURE);
    expect(missing.stderr).toContain('No dialogue called “Juniper” in field-work.');
  });
});
