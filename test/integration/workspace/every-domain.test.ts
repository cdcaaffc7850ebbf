import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  BackupResult,
  DialogueView,
  ExerciseRunView,
  WorkspaceDetails,
  DraftSummary,
  DraftView,
  ExerciseView,
  OvertonBoardView,
  ParticipantView,
  PurgeResult,
  RestoreResult,
  TravelResult,
  TravelReturnResult,
} from '../../../shared/contract';
import { pagesContaining, type DecryptedPage } from '../../fixtures/sqlcipher-pages';
import { PASSPHRASE } from '../../fixtures/workspace';
import { ARABIC_MARK, readEveryDomain, seedEveryDomain } from './every-domain';
import { decryptedPages, dialogueWithSession, lifecycleHarness, type LifecycleHarness } from './lifecycle-fixture';

/**
 * Travel mode and purges against every feature's tables (issue 11 × issues 9, 10, 13): what leaves
 * the laptop leaves every page, and what comes back comes back whole.
 */

let h: LifecycleHarness;
beforeEach(async () => {
  h = await lifecycleHarness();
  await h.ok('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
});
afterEach(async () => h.dispose());

/** Tables that hold nothing until a purge or travel happens; every other table must hold a row. */
const EMPTY_UNTIL_LIFECYCLE = new Set(['purge_records', 'travel', 'notes_fts_pending']);

function tablesWithoutRows(): string[] {
  const sqlite = h.services.workspace.current().sqlite;
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)
    .pluck()
    .all() as string[];
  return tables
    .filter((name) => !EMPTY_UNTIL_LIFECYCLE.has(name) && !name.startsWith('notes_fts'))
    .filter((name) => sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() === 0)
    .sort();
}

/** Which `table.column` of the open workspace holds any of `tokens` (case ignored): names a leak. */
function columnsHolding(tokens: readonly string[]): string[] {
  const sqlite = h.services.workspace.current().sqlite;
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)
    .pluck()
    .all() as string[];
  const found: string[] = [];
  for (const table of tables) {
    const columns = (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
    for (const column of columns) {
      for (const token of tokens) {
        const hit = sqlite
          .prepare(`SELECT 1 FROM "${table}" WHERE instr(lower(CAST("${column}" AS TEXT)), lower(?)) > 0 LIMIT 1`)
          .get(token);
        if (hit) found.push(`${table}.${column}: ${token}`);
      }
    }
  }
  return found;
}

/** The pages holding a marker as typed or as folded (keys, search index). */
const traces = (pages: readonly DecryptedPage[], token: string) => [
  ...pagesContaining(pages, token),
  ...pagesContaining(pages, token.toLowerCase()),
];

describe('travel mode across every feature', () => {
  it('erases every row of the dialogue that leaves from every page, and brings each back through the services', async () => {
    const cedar = await seedEveryDomain(h, { codeName: 'Cedar', prefix: 'CDRK', arabic: false });
    const olive = await seedEveryDomain(h, { codeName: 'Olive', prefix: 'OLVQ' });
    // The facilitator's own library: a template saved from the dialogue that stays.
    await h.ok('agenda.saveTemplate', { sessionId: cedar.session.id, name: 'CDRKTemplate' });
    // …and the workspace's own settings, which belong to no dialogue and stay through travel.
    await h.ok('settings.update', { theme: 'dark', privacyScreen: false });
    expect(tablesWithoutRows()).toEqual([]);
    const oliveBefore = await readEveryDomain(h, olive);
    const cedarBefore = await readEveryDomain(h, cedar);

    const travel = await h.ok<TravelResult & { saved: true }>('workspace.travel', {
      keepDialogueId: cedar.dialogue.id,
    });
    expect(travel.removedDialogues).toBe(1);
    await h.ok('workspace.lock');
    const pages = await decryptedPages(join(h.root, 'cedar'));
    const left = [...olive.tokens, 'Olive', 'olive', ARABIC_MARK, 'يتفق الطرفان'].filter(
      (token) => traces(pages, token).length > 0,
    );
    expect(left).toEqual([]);
    // The dialogue that stayed is all there (so the search above did look at the real pages).
    expect(cedar.tokens.filter((token) => traces(pages, token).length === 0)).toEqual([]);

    await h.ok('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE });
    h.pick = join(h.filesDir, travel.fileName);
    expect(await h.ok<TravelReturnResult>('workspace.travelReturn')).toEqual({
      restored: true,
      dialoguesReturned: 1,
      purgesReapplied: 0,
    });
    expect(await readEveryDomain(h, olive)).toEqual(oliveBefore);
    expect(await readEveryDomain(h, cedar)).toEqual(cedarBefore);
    expect(await h.ok('settings.get', {})).toMatchObject({ theme: 'dark', privacyScreen: false });
    expect(tablesWithoutRows()).toEqual([]);
  });
  it('keeps a custom exercise the kept dialogue ran too, and refuses a return that clashes with one made on the road', async () => {
    const cedar = await dialogueWithSession(h, 'Cedar');
    const olive = await dialogueWithSession(h, 'Olive');
    const exercise = (name: string) =>
      h.ok<ExerciseView>('exercise.create', {
        name,
        purpose: 'Walk in mixed pairs.',
        stage: 'deepening',
        minMinutes: 30,
        maxMinutes: 60,
        steps: { prepare: ['Map the route'], room: [], aftercare: [] },
      });
    const shared = await exercise('Shared walk');
    const oliveOnly = await exercise('Olive walk');
    for (const [exerciseId, sessionId] of [
      [shared.id, cedar.session.id],
      [shared.id, olive.session.id],
      [oliveOnly.id, olive.session.id],
    ] as const) {
      await h.ok('exercise.addToAgenda', { exerciseId, sessionId });
    }
    const travel = await h.ok<TravelResult & { saved: true }>('workspace.travel', {
      keepDialogueId: cedar.dialogue.id,
    });
    const custom = async () =>
      (await h.ok<ExerciseView[]>('exercise.list', {})).filter((e) => !e.builtIn).map((e) => e.name);
    expect(await custom()).toEqual(['Shared walk']);

    const onTheRoad = await exercise('Olive walk');
    h.pick = join(h.filesDir, travel.fileName);
    expect(await h.call('workspace.travelReturn')).toMatchObject({
      ok: false,
      error: { code: 'DIALOGUE_CONFLICT', message: expect.stringContaining('exercise name') },
    });
    expect((await h.ok<DialogueView[]>('dialogue.list', {})).map((d) => d.codeName)).toEqual(['Cedar']);
    expect((await h.ok<WorkspaceDetails>('workspace.details')).travel).not.toBeNull();

    await h.ok('exercise.update', {
      id: onTheRoad.id,
      name: 'Olive walk on the road',
      purpose: onTheRoad.purpose,
      stage: onTheRoad.stage,
      minMinutes: onTheRoad.minMinutes,
      maxMinutes: onTheRoad.maxMinutes,
      steps: onTheRoad.steps,
    });
    expect(await h.ok<TravelReturnResult>('workspace.travelReturn')).toMatchObject({ dialoguesReturned: 1 });
    expect((await custom()).sort()).toEqual(['Olive walk', 'Olive walk on the road', 'Shared walk']);
    const runs = await h.ok<ExerciseRunView[]>('exerciseRun.forSession', { sessionId: olive.session.id });
    expect(runs.map((run) => run.exercise.name).sort()).toEqual(['Olive walk', 'Shared walk']);
    expect(runs.find((run) => run.exercise.name === 'Olive walk')!.steps.map((step) => step.text)).toEqual([
      'Map the route',
    ]);
  });
});

describe('a purge re-applied by a restore, across every feature', () => {
  const NAME = 'Ysolde Quennevaux';
  const ALIAS = 'Izolda Kenevo';
  const ARABIC_ALIAS = 'إيزولدا كينيفو';
  const CODE = 'ZQX7K';
  const identity = [NAME, 'Quennevaux', ALIAS, 'Kenevo', ARABIC_ALIAS, 'كينيفو', CODE];

  it('leaves no trace of the purged person in any table or page, and the record still reads', async () => {
    // The texts were written before the person's name was on the roster (no role check could refuse them).
    const olive = await seedEveryDomain(h, {
      codeName: 'Olive',
      prefix: 'OLVQ',
      // Short enough that every redacted title keeps the usual mark within its limit.
      mention: `${NAME}, ${ARABIC_ALIAS}, ${CODE}`,
    });
    // Titles kept unique by the services: once redacted, two would read alike.
    const topic = (await h.ok<OvertonBoardView>('overton.board', { dialogueId: olive.dialogue.id })).topics[0]!;
    for (const title of [`The ${NAME} plan`, `The ${ARABIC_ALIAS} plan`]) {
      await h.ok('overton.addOption', { dialogueId: olive.dialogue.id, topicId: topic.id, title });
    }
    for (const name of [`Walk with ${NAME}`, `Walk with ${ALIAS}`]) {
      await h.ok('exercise.create', {
        name,
        purpose: `As ${CODE} proposed`,
        stage: 'opening',
        minMinutes: 30,
        maxMinutes: 60,
        steps: { prepare: [], room: [`Pair ${NAME} with a colleague`], aftercare: [] },
      });
    }
    const person = await h.ok<ParticipantView>('participant.update', {
      id: olive.person.id,
      realName: NAME,
      aliases: [
        { alias: ALIAS, kind: 'transliteration' },
        { alias: ARABIC_ALIAS, kind: 'spelling' },
      ],
      speakerCode: CODE,
    });
    const [draft] = await h.ok<DraftSummary[]>('draft.list', { dialogueId: olive.dialogue.id });
    expect((await h.ok<DraftView>('draft.get', { id: draft!.id })).changedSinceVersion).toBe(false);
    const backup = await h.ok<BackupResult & { saved: true }>('workspace.backup');
    const purge = await h.ok<PurgeResult>('participant.purge', { id: person.id, confirmSpeakerCode: CODE });
    expect(purge.backupsBeforePurge.map((entry) => entry.fileName)).toEqual([backup.fileName]);

    h.pick = join(h.filesDir, backup.fileName);
    const restored = await h.ok<RestoreResult>('workspace.restore', { name: 'restored', passphrase: PASSPHRASE });
    expect(restored).toMatchObject({ restored: true, purgesReapplied: 1 });
    // Only the library's own words keep a code (see below).
    expect(columnsHolding(identity)).toEqual([`exercises.purpose: ${CODE}`]);

    // What they said and did still reads, with the person gone from it.
    const after = await h.ok<DraftView>('draft.get', { id: draft!.id });
    expect(after.changedSinceVersion).toBe(false);
    expect(after.clauses[0]!.text).toBe(
      'The parties [OLVQBracket] agree on OLVQClauseText حقل زيتوني (withdrawn participant), (withdrawn participant), (withdrawn participant).',
    );
    const board = await h.ok<OvertonBoardView>('overton.board', { dialogueId: olive.dialogue.id });
    expect(board.topics[0]!.options.map((option) => option.title)).toEqual(
      expect.arrayContaining(['The [withdrawn participant] plan', 'The [withdrawn participant] plan (2)']),
    );
    const exercises = await h.ok<ExerciseView[]>('exercise.list', {});
    const walks = exercises.filter((exercise) => exercise.name.startsWith('Walk with'));
    expect(walks.map((exercise) => exercise.name).sort()).toEqual([
      'Walk with [withdrawn participant]',
      'Walk with [withdrawn participant] (2)',
    ]);
    // The library knows no dialogue's speaker codes: a code there stays.
    expect(walks.map((exercise) => exercise.purpose)).toEqual([`As ${CODE} proposed`, `As ${CODE} proposed`]);
    expect(walks[0]!.steps.room).toEqual(['Pair [withdrawn participant] with a colleague']);

    await h.ok('workspace.lock');
    for (const workspace of ['cedar', 'restored']) {
      const pages = await decryptedPages(join(h.root, workspace));
      const left = identity.filter((token) => traces(pages, token).length > 0);
      expect(left, workspace).toEqual([CODE]);
    }
  });
});
