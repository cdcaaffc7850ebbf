import { randomUUID } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AgendaView,
  CheckInView,
  CommitmentView,
  DialogueView,
  DraftSummary,
  DraftView,
  ExerciseRunView,
  ExerciseView,
  OutcomeView,
  OvertonBoardView,
  SafePhraseView,
  TransferView,
} from '../../../shared/contract';
import { aftercareContract } from '../../../shared/contract/aftercare';
import { agreementContract } from '../../../shared/contract/agreement';
import { exerciseContract } from '../../../shared/contract/exercise';
import { exerciseRunContract } from '../../../shared/contract/exercise-run';
import { redactionContract } from '../../../shared/contract/redaction';
import { overtonContract, trustContract } from '../../../shared/contract/trust';
import { FULL_DISK_SKIPPED, mountFullDisk } from '../../fixtures/full-disk';
import { PASSPHRASE } from '../../fixtures/workspace';
import { seedEveryDomain, type SeededDialogue } from './every-domain';
import { lifecycleHarness, type LifecycleHarness } from './lifecycle-fixture';

/**
 * Every write the drafting, trust-building, after-care and redaction features added, on a workspace
 * that holds something in every table: a full disk answers DISK_FULL and changes nothing, a locked
 * workspace answers WORKSPACE_LOCKED — never INTERNAL, never another code. The table of calls is
 * checked against the contract, so a write added later must join it.
 */

let h: LifecycleHarness;
beforeEach(async () => {
  h = await lifecycleHarness();
  await h.ok('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
});
afterEach(async () => h.dispose());

const NEW_SECTIONS = {
  ...agreementContract,
  ...exerciseContract,
  ...exerciseRunContract,
  ...trustContract,
  ...overtonContract,
  ...aftercareContract,
  ...redactionContract,
};
const READ = /\.(list|get|board|due|forSession|progress|compare|warnings)$/u;
/** Printing needs Chromium, which this harness has not: the PDF tests cover it. */
const NOT_HERE = new Set(['export.draftPdf']);
const NEW_WRITES = Object.keys(NEW_SECTIONS).filter((name) => !READ.test(name) && !NOT_HERE.has(name));

/** Real ids of the seeded dialogue, to give each write something it can act on. */
async function idsOf(seeded: SeededDialogue) {
  const dialogueId = seeded.dialogue.id;
  const [sideA, sideB] = seeded.dialogue.parties.map((party) => party.id) as [string, string];
  const [summary] = await h.ok<DraftSummary[]>('draft.list', { dialogueId });
  const draft = await h.ok<DraftView>('draft.get', { id: summary!.id });
  const runs = await h.ok<ExerciseRunView[]>('exerciseRun.forSession', { sessionId: seeded.session.id });
  const agenda = await h.ok<AgendaView>('agenda.get', { sessionId: seeded.session.id });
  const overton = await h.ok<OvertonBoardView>('overton.board', { dialogueId });
  const custom = (await h.ok<ExerciseView[]>('exercise.list', {})).find((exercise) => !exercise.builtIn)!;
  return {
    dialogueId,
    sessionId: seeded.session.id,
    sideA,
    sideB,
    other: seeded.other.id,
    draftId: draft.id,
    clauses: draft.clauses.map((clause) => clause.id),
    holdId: draft.clauses[0]!.holds[0]!.id,
    commitmentId: (await h.ok<CommitmentView[]>('commitment.list', { dialogueId }))[0]!.id,
    transferId: (await h.ok<TransferView[]>('transfer.list', { dialogueId }))[0]!.id,
    outcomeId: (await h.ok<OutcomeView[]>('outcome.list', { dialogueId }))[0]!.id,
    custom,
    run: runs[0]!,
    observationId: runs[0]!.observations[0]!.id,
    plainItemId: agenda.items.find((item) => item.kind === 'plenary')!.id,
    topicId: overton.topics.find((topic) => topic.options.length > 0)!.id,
    optionId: overton.topics.flatMap((topic) => topic.options)[0]!.id,
    checkInId: (await h.ok<{ checkIns: CheckInView[] }>('aftercare.board', { dialogueId })).checkIns[0]!.id,
    safePhraseId: (await h.ok<SafePhraseView[]>('safePhrase.list', { dialogueId }))[0]!.id,
  };
}

type Ids = Awaited<ReturnType<typeof idsOf>>;

/** A valid call per write, and what must happen first for it to reach the database. */
const WRITES: Record<string, { payload: (ids: Ids) => unknown; before?: (ids: Ids) => Promise<unknown> }> = {
  'draft.create': { payload: (i) => ({ dialogueId: i.dialogueId, title: 'Framework', stage: 'ceasefire' }) },
  'draft.update': { payload: (i) => ({ id: i.draftId, title: 'Renamed draft' }) },
  'draft.delete': { payload: (i) => ({ id: i.draftId }) },
  'clause.add': {
    payload: (i) => ({ draftId: i.draftId, id: randomUUID(), afterClauseId: i.clauses[1], text: 'More.' }),
  },
  'clause.save': { payload: (i) => ({ id: i.clauses[1], text: 'The text, changed.' }) },
  'clause.move': { payload: (i) => ({ id: i.clauses[1], direction: 'up' }) },
  'clause.indent': { payload: (i) => ({ id: i.clauses[1], direction: 'in' }) },
  'clause.delete': { payload: (i) => ({ id: i.clauses[1] }) },
  'stance.set': { payload: (i) => ({ clauseId: i.clauses[0], partyId: i.sideB, stance: 'accepts' }) },
  'hold.add': {
    payload: (i) => ({ clauseId: i.clauses[1], bracket: 0, pending: { kind: 'other' }, reason: 'After lunch' }),
  },
  'hold.remove': { payload: (i) => ({ id: i.holdId }) },
  'package.set': {
    payload: (i) => ({ draftId: i.draftId, partyId: i.sideA, decision: 'yes', decidedOn: '2026-06-01' }),
  },
  'version.save': {
    before: (i) => h.ok('clause.save', { id: i.clauses[1], text: 'A change worth a version.' }),
    payload: (i) => ({ draftId: i.draftId, note: 'Third' }),
  },
  'commitment.create': {
    payload: (i) => ({
      draftId: i.draftId,
      description: 'Exchange gauge data',
      owner: { kind: 'party', partyId: i.sideA },
      dueOn: '2026-08-01',
    }),
  },
  'commitment.update': { payload: (i) => ({ id: i.commitmentId, status: 'done' }) },
  'commitment.delete': { payload: (i) => ({ id: i.commitmentId }) },
  'transfer.create': {
    payload: (i) => ({
      dialogueId: i.dialogueId,
      idea: { kind: 'other' },
      ideaLabel: 'A basin authority',
      trackOneRole: 'Deputy foreign minister',
      carriedOn: '2026-06-02',
      carrier: { kind: 'facilitation' },
      channel: 'call',
    }),
  },
  'transfer.update': { payload: (i) => ({ id: i.transferId, response: 'adopted' }) },
  'transfer.delete': { payload: (i) => ({ id: i.transferId }) },
  'outcome.create': {
    payload: (i) => ({ dialogueId: i.dialogueId, description: 'Data shared', socialActor: 'Basin directorate' }),
  },
  'outcome.update': { payload: (i) => ({ id: i.outcomeId, significance: 'A first.' }) },
  'outcome.delete': { payload: (i) => ({ id: i.outcomeId }) },
  'exercise.create': {
    payload: () => ({
      name: 'Listening walk',
      purpose: 'To listen.',
      stage: 'opening',
      minMinutes: 30,
      maxMinutes: 45,
      steps: { prepare: ['Map the route'], room: [], aftercare: [] },
    }),
  },
  'exercise.update': {
    payload: (i) => ({
      id: i.custom.id,
      name: i.custom.name,
      purpose: 'A new purpose.',
      stage: i.custom.stage,
      minMinutes: i.custom.minMinutes,
      maxMinutes: i.custom.maxMinutes,
      steps: { prepare: ['One step'], room: [], aftercare: [] },
    }),
  },
  'exercise.duplicate': { payload: () => ({ id: 'builtin:hopes-and-fears', name: 'Hopes and fears, adapted' }) },
  'exercise.archive': { payload: (i) => ({ id: i.custom.id, archived: true }) },
  'exercise.addToAgenda': { payload: (i) => ({ exerciseId: 'builtin:shared-meal', sessionId: i.sessionId }) },
  'exerciseRun.link': { payload: (i) => ({ itemId: i.plainItemId, exerciseId: 'builtin:hopes-and-fears' }) },
  'exerciseRun.unlink': { payload: (i) => ({ itemId: i.run.agendaItemId, discardRecords: true }) },
  'exerciseRun.tick': { payload: (i) => ({ runId: i.run.id, phase: 'room', position: 0, done: true }) },
  'exerciseRun.record': { payload: (i) => ({ runId: i.run.id, landed: 2 }) },
  'exerciseRun.saveObservation': { payload: (i) => ({ id: randomUUID(), runId: i.run.id, body: 'Quiet.' }) },
  'exerciseRun.deleteObservation': { payload: (i) => ({ id: i.observationId }) },
  'trust.record': { payload: (i) => ({ sessionId: i.sessionId, partyAId: i.sideA, partyBId: i.sideB, rating: 2 }) },
  'trust.clear': { payload: (i) => ({ sessionId: i.sessionId, partyAId: i.sideA, partyBId: i.sideB }) },
  'overton.addTopic': { payload: (i) => ({ dialogueId: i.dialogueId, title: 'Grazing rights' }) },
  'overton.addOption': { payload: (i) => ({ dialogueId: i.dialogueId, topicId: i.topicId, title: 'Joint board' }) },
  'overton.renameOption': { payload: (i) => ({ id: i.optionId, title: 'A renamed option' }) },
  'overton.place': {
    payload: (i) => ({ optionId: i.optionId, sessionId: i.sessionId, partyId: i.sideB, level: 'radical' }),
  },
  'aftercare.save': {
    payload: (i) => ({ id: randomUUID(), dialogueId: i.dialogueId, participantId: i.other, dueOn: '2026-06-03' }),
  },
  'aftercare.scheduleForSession': {
    before: (i) => h.ok('aftercare.delete', { id: i.checkInId }),
    payload: (i) => ({ sessionId: i.sessionId, dueOn: '2026-06-04' }),
  },
  'aftercare.delete': { payload: (i) => ({ id: i.checkInId }) },
  'safePhrase.add': { payload: (i) => ({ dialogueId: i.dialogueId, phrase: 'Rose Garden Accord' }) },
  'safePhrase.remove': { payload: (i) => ({ id: i.safePhraseId }) },
};

/** Everything the database holds, to prove a refused write changed nothing. */
function contents(): string {
  const sqlite = h.services.workspace.current().sqlite;
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables
      .filter((name) => !name.startsWith('notes_fts'))
      .map((name) => [
        name,
        (sqlite.prepare(`SELECT * FROM "${name}"`).all() as object[]).map((row) => JSON.stringify(row)).sort(),
      ]),
  );
}

/**
 * What a full disk does to SQLite, for every statement that writes: the statement fails with
 * SQLITE_FULL and SQLite rolls the transaction back itself (the dialect must keep that error).
 */
function diskFills(): () => void {
  const sqlite = h.services.workspace.current().sqlite;
  const prepare = sqlite.prepare.bind(sqlite);
  const full = () => {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    return Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  };
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    if (!/^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/iu.test(source)) return statement;
    return new Proxy(statement, {
      get(target, property, receiver) {
        if (property === 'run' || property === 'all' || property === 'get' || property === 'iterate') {
          return () => {
            throw full();
          };
        }
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }) as typeof sqlite.prepare;
  return () => {
    sqlite.prepare = prepare as typeof sqlite.prepare;
  };
}

describe('the new features’ writes under faults', () => {
  it('lists every write the contract declares', () => {
    expect(Object.keys(WRITES).sort()).toEqual([...NEW_WRITES].sort());
  });

  it.each(NEW_WRITES)(
    '%s: a full disk answers DISK_FULL and changes nothing; a lock answers WORKSPACE_LOCKED',
    async (method) => {
      const olive = await seedEveryDomain(h, { codeName: 'Olive', prefix: 'OLVQ' });
      const ids = await idsOf(olive);
      const write = WRITES[method]!;
      await write.before?.(ids);
      const before = contents();
      const restore = diskFills();
      let answer: Awaited<ReturnType<LifecycleHarness['call']>>;
      try {
        answer = await h.call(method, write.payload(ids));
      } finally {
        restore();
      }
      expect(answer).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(contents()).toEqual(before);
      // The same call goes through once there is room again: the payload was a real write.
      expect(await h.call(method, write.payload(ids))).toMatchObject({ ok: true });

      await h.ok('workspace.lock');
      expect(await h.call(method, write.payload(ids))).toMatchObject({
        ok: false,
        error: { code: 'WORKSPACE_LOCKED' },
      });
    },
  );
});

describe('a really full disk', () => {
  it('refuses a backup and travel mode with DISK_FULL, leaving every dialogue on the laptop', async (test) => {
    const disk = mountFullDisk(256, 0);
    if (!disk) {
      console.warn(FULL_DISK_SKIPPED);
      test.skip();
      return;
    }
    try {
      const cedar = await seedEveryDomain(h, { codeName: 'Cedar', prefix: 'CDRK' });
      await seedEveryDomain(h, { codeName: 'Olive', prefix: 'OLVQ' });
      h.saveTo = disk.path;
      expect(await h.call('workspace.backup')).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(await h.call('workspace.travel', { keepDialogueId: cedar.dialogue.id })).toMatchObject({
        ok: false,
        error: { code: 'DISK_FULL' },
      });
      expect((await h.ok<DialogueView[]>('dialogue.list', {})).map((d) => d.codeName).sort()).toEqual([
        'Cedar',
        'Olive',
      ]);
      // Nothing half-written is left on the stick.
      await rm(join(disk.path, '.filler'));
      expect(await readdir(disk.path)).toEqual([]);
    } finally {
      disk.release();
    }
  });
});
