import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIpcRegistry } from '../../main/ipc';
import { createServices, type Services } from '../../main/services';
import { readBackupHeader, unpackBackup } from '../../main/store/backup';
import { TEST_KDF_COST } from '../../main/store/kdf';
import { readKeyFile, unlockWithPassphrase } from '../../main/store/keyslots';
import { verifyWorkspace, workspaceFiles } from '../../main/store/workspace';

/**
 * SIGKILL rounds (issue 11, part C): a writer in another process repeats one operation — note save,
 * agenda move, roster import, participant purge, passphrase change, backup — and is killed with
 * SIGKILL at a random moment: no handler, no flush, no close. Then the workspace is opened again
 * and must hold every acknowledged write, pass SQLite's full integrity check, and, for each
 * operation, be in a state the operation allows (a passphrase that opens it; a purge whole or not
 * at all; a backup under its final name only when it is complete and verified).
 *
 * `npm run crash` runs 100 rounds; `npm test` runs a handful (test/integration/crash).
 */

export const CRASH_OPERATIONS = ['note-save', 'agenda-move', 'roster-import', 'purge', 'passphrase', 'backup'] as const;
export type CrashOperation = (typeof CRASH_OPERATIONS)[number];

const WORKER = join(import.meta.dirname, 'crash-worker.ts');
const FIRST = 'olive-lantern-harbour-cedar-47';
const SECOND = 'granite-meadow-compass-lantern-91';
const SENDER = { frameUrl: 'app://parley/index.html', isMainFrame: true };

export interface RoundResult {
  readonly operation: CrashOperation;
  readonly acknowledged: number;
  readonly killedAfterMs: number;
}

interface Fixture {
  readonly root: string;
  readonly files: string;
  readonly name: string;
  readonly dialogueId: string;
  readonly sessionId: string;
}

function servicesFor(root: string): { services: Services; call: <T>(c: string, p: unknown) => Promise<T> } {
  const services = createServices({ root, kdfCost: TEST_KDF_COST, checkAfterUnlock: false });
  const registry = createIpcRegistry(services, { trustedOrigin: 'app://parley' });
  return {
    services,
    async call<T>(channel: string, payload: unknown) {
      const result = await registry.invoke(channel, payload, SENDER);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
      return result.value as T;
    },
  };
}

async function prepare(base: string, operation: CrashOperation): Promise<Fixture> {
  const root = join(base, operation);
  const files = join(base, `${operation}-files`);
  await mkdir(root, { recursive: true });
  await mkdir(files, { recursive: true });
  const { services, call } = servicesFor(root);
  await call('workspace.create', { name: 'crash', passphrase: FIRST });
  const dialogue = await call<{ id: string }>('dialogue.create', {
    codeName: 'Cedar',
    parties: [{ name: 'Side A' }, { name: 'Side B' }],
  });
  const session = await call<{ id: string }>('session.create', {
    dialogueId: dialogue.id,
    startsAt: '2026-05-14T09:00',
    endsAt: '2026-05-15T17:00',
    timeZone: 'Europe/Zurich',
  });
  for (let i = 0; i < 8; i++) {
    await call('agenda.add', { sessionId: session.id, kind: 'plenary', title: `Item ${i}`, plannedMinutes: 20 });
  }
  if (operation === 'purge') {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      line: i + 2,
      realName: `Purgeable Person ${i}`,
      party: 'Side A',
    }));
    await call('participant.import', { dialogueId: dialogue.id, rows });
  }
  await services.workspace.lock();
  return { root, files, name: 'crash', dialogueId: dialogue.id, sessionId: session.id };
}

interface Lines {
  ready: string;
  readonly intents: string[];
  readonly acks: string[];
}

/** Runs the worker until `acks` acknowledgements, waits `extraMs`, and kills it. */
function runAndKill(fixture: Fixture, operation: CrashOperation, acks: number, extraMs: number): Promise<Lines> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        WORKER,
        fixture.root,
        fixture.name,
        operation,
        fixture.dialogueId,
        fixture.sessionId,
        fixture.files,
      ],
      {
        env: { ...process.env, PARLEY_CRASH_PASSPHRASE: FIRST, PARLEY_CRASH_OTHER: SECOND },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines: Lines = { ready: '', intents: [], acks: [] };
    let buffer = '';
    let errors = '';
    let killing = false;
    const kill = () => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), extraMs);
    };
    const timer = setTimeout(kill, 60_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const complete = buffer.split('\n');
      buffer = complete.pop()!;
      for (const line of complete) {
        const [word, ...rest] = line.split(' ');
        if (word === 'ready') lines.ready ||= rest.join(' ');
        if (word === 'intent') lines.intents.push(rest.join(' '));
        if (word === 'ack') lines.acks.push(rest.join(' '));
        if (word === 'done') kill();
      }
      if (lines.acks.length >= acks) kill();
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`crash worker exited by itself (${code}): ${errors.slice(0, 2000)}`));
    });
  });
}

/** Which passphrase opens the workspace now (the store alone, no migration, no write). */
async function openingPassphrase(fixture: Fixture): Promise<'first' | 'second' | 'none'> {
  const keyFile = await readKeyFile(workspaceFiles(join(fixture.root, fixture.name)).keys);
  for (const [label, secret] of [
    ['first', FIRST],
    ['second', SECOND],
  ] as const) {
    const key = await unlockWithPassphrase(keyFile, secret).catch(() => undefined);
    if (key) {
      key.fill(0);
      return label;
    }
  }
  return 'none';
}

function fail(operation: string, message: string): never {
  throw new Error(`${operation}: ${message}`);
}

async function check(fixture: Fixture, operation: CrashOperation, lines: Lines): Promise<void> {
  const opens = await openingPassphrase(fixture);
  if (opens === 'none') fail(operation, 'neither passphrase opens the workspace');
  const secret = opens === 'first' ? FIRST : SECOND;
  const report = await verifyWorkspace(join(fixture.root, fixture.name), secret).catch((error: Error) =>
    fail(operation, `integrity check failed: ${error.message}`),
  );
  if (report.integrity !== 'ok') fail(operation, 'integrity check failed');

  if (operation === 'passphrase') {
    const lastAck = lines.acks.at(-1) ?? `passphrase ${lines.ready}`;
    const lastIntent = lines.intents.at(-1);
    const allowed = new Set([lastAck.split(' ')[1], lastIntent?.split(' ')[1]]);
    if (!allowed.has(opens)) fail(operation, `the ${opens} passphrase opens, expected ${[...allowed].join(' or ')}`);
    return;
  }

  const { services, call } = servicesFor(fixture.root);
  await call('workspace.unlock', { name: fixture.name, passphrase: secret });
  try {
    if (operation === 'note-save') {
      const saved = new Map<string, number>();
      for (const ack of lines.acks) {
        const [, id, version] = ack.split(' ');
        saved.set(id!, Number(version));
      }
      for (const [id, version] of saved) {
        const note = await call<{ body: string }>('note.get', { id }).catch(() =>
          fail(operation, `acknowledged note ${id} lost`),
        );
        const found = Number(/version (\d+)/.exec(note.body)?.[1]);
        if (found < version) fail(operation, `note ${id} went back from version ${version} to ${found}`);
      }
    }
    if (operation === 'agenda-move') {
      const { items } = await call<{ items: { id: string }[] }>('agenda.get', { sessionId: fixture.sessionId });
      if (items.length !== 8) fail(operation, `${items.length} items after the crash, not 8`);
      const order = items.map((item) => item.id).join(',');
      const lastAck = lines.acks.at(-1)?.slice('move '.length);
      // The move in flight may have committed: then the order is one move further than the last ack.
      if (lastAck && order !== lastAck && lines.intents.length === lines.acks.length) {
        fail(operation, 'the agenda lost an acknowledged move');
      }
    }
    if (operation === 'roster-import') {
      // Real names come apart from the list (the privacy screen's contract): the names call.
      const list = await call<{ realName: string }[]>('participant.names', { dialogueId: fixture.dialogueId });
      const batches = new Map<string, number>();
      for (const p of list) {
        const batch = /^Imported (\w+) \d$/.exec(p.realName)?.[1];
        if (batch) batches.set(batch, (batches.get(batch) ?? 0) + 1);
      }
      for (const [batch, count] of batches)
        if (count !== 5) fail(operation, `batch ${batch} half imported (${count} of 5)`);
      for (const ack of lines.acks)
        if (!batches.has(ack.split(' ')[1]!)) fail(operation, `acknowledged import ${ack} lost`);
    }
    if (operation === 'purge') {
      const list = await call<{ id: string; purged: boolean; speakerCode: string | null }[]>('participant.list', {
        dialogueId: fixture.dialogueId,
      });
      const names = new Map(
        (await call<{ id: string; realName: string }[]>('participant.names', { dialogueId: fixture.dialogueId })).map(
          (p) => [p.id, p.realName],
        ),
      );
      for (const p of list) {
        const realName = names.get(p.id) ?? '';
        if (p.purged !== (realName === '') || p.purged !== (p.speakerCode === null)) {
          fail(operation, `participant ${p.id} half purged`);
        }
      }
      for (const ack of lines.acks) {
        const id = ack.split(' ')[1];
        if (!list.find((p) => p.id === id)?.purged) fail(operation, `acknowledged purge of ${id} lost`);
      }
    }
    if (operation === 'backup') {
      const names = (await readdir(fixture.files)).filter((file) => file.endsWith('.parleybackup'));
      for (const ack of lines.acks) {
        if (!names.includes(ack.split(' ')[1]!)) fail(operation, `acknowledged backup ${ack} missing`);
      }
      // Whatever carries a backup's final name is whole and verifies, acknowledged or not.
      const key = await unlockWithPassphrase(
        await readKeyFile(workspaceFiles(join(fixture.root, fixture.name)).keys),
        secret,
      );
      try {
        for (const name of names) {
          const scratch = await mkdtemp(join(fixture.files, '.check-'));
          try {
            await unpackBackup(await readBackupHeader(join(fixture.files, name)), key, scratch);
          } catch (error) {
            fail(operation, `${name} is under its final name but does not verify: ${(error as Error).message}`);
          } finally {
            await rm(scratch, { recursive: true, force: true });
          }
        }
      } finally {
        key.fill(0);
      }
    }
  } finally {
    await services.workspace.lock();
  }
}

/**
 * Runs `rounds` SIGKILL rounds, cycling through `operations`. Each kill lands after a random number
 * of acknowledgements plus a random delay, so it falls anywhere in a call (deterministic from `seed`).
 */
export async function crashRounds(
  rounds: number,
  options: { seed?: number; operations?: readonly CrashOperation[]; log?: (line: string) => void } = {},
): Promise<RoundResult[]> {
  const operations = options.operations ?? CRASH_OPERATIONS;
  let state = options.seed ?? Date.now() % 2 ** 31;
  const random = () => {
    // mulberry32: small, seedable, enough to place kills.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const base = await mkdtemp(join(tmpdir(), 'parley-crash-'));
  const fixtures = new Map<CrashOperation, Fixture>();
  const results: RoundResult[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const operation = operations[round % operations.length]!;
      if (!fixtures.has(operation)) fixtures.set(operation, await prepare(base, operation));
      const fixture = fixtures.get(operation)!;
      const acks = 1 + Math.floor(random() * 4);
      const extraMs = Math.floor(random() * 60);
      const lines = await runAndKill(fixture, operation, acks, extraMs);
      await check(fixture, operation, lines);
      results.push({ operation, acknowledged: lines.acks.length, killedAfterMs: extraMs });
      options.log?.(
        `round ${round + 1}/${rounds}: ${operation}, killed ${extraMs} ms after ack ${lines.acks.length} — intact`,
      );
    }
  } finally {
    await rm(base, { recursive: true, force: true });
  }
  return results;
}
