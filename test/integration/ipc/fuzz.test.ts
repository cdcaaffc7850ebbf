import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMON_ERRORS, contract, METHOD_NAMES, type MethodSpec } from '../../../shared/contract';
import { MAX_PAYLOAD_BYTES } from '../../../shared/contract/fields';
import { isWorkspace, verifyWorkspace } from '../../../main/store/workspace';
import { createHarness, PASSPHRASE, type Harness } from '../../fixtures/workspace';
import { seedEveryDomain } from '../workspace/every-domain';

/**
 * The registry under attack: generated malformed payloads for EVERY contract method — taken from
 * the contract itself, so a method added later is fuzzed without touching this file — sent as
 * Electron sends them (structured-cloned), one by one and in concurrent batches with locks and
 * unlocks in between. Every answer must be a Result with a declared, typed error: no throw, no
 * INTERNAL. The workspaces' integrity is checked at the end. The seed is printed; set
 * PARLEY_FUZZ_SEED to replay a run.
 */

const SEED = Number(process.env.PARLEY_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SEQUENTIAL_RUNS = Number(process.env.PARLEY_FUZZ_RUNS ?? 7_000);
const CONCURRENT_BATCHES = 160;
const BATCH_SIZE = 24;

let h: Harness;
/** Real ids from the seeded workspace: a payload that names an existing row gets further inside. */
const ids: string[] = [];

/** The top-level field names a method's input schema declares (none for non-object inputs). */
function fieldsOf(schema: z.ZodType): string[] {
  const candidates: unknown[] = [schema];
  for (let i = 0; i < candidates.length && i < 10; i++) {
    const current = candidates[i] as { shape?: Record<string, unknown>; _zod?: { def?: Record<string, unknown> } };
    if (current?.shape && typeof current.shape === 'object') return Object.keys(current.shape);
    const def = current?._zod?.def;
    if (def) candidates.push(def.in, def.innerType, def.schema, def.out);
  }
  return [];
}

const FIELDS = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, fieldsOf((contract[name] as MethodSpec).input as z.ZodType)]),
);

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    'a\u202eb',
    'مياه',
    'שלום',
    '../../etc/passwd',
    'x'.repeat(5_000),
    "'; DROP TABLE notes; --",
    '"unterminated',
    'NEAR(a b)',
    '*',
    '__proto__',
    'constructor',
    'cedar',
    PASSPHRASE,
    '2026-05-14T09:00',
    'Europe/Zurich',
    'A1',
  ),
);

const anyValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: nasty },
    { weight: 4, arbitrary: fc.constantFrom(...(ids.length > 0 ? ids : ['00000000-0000-4000-8000-000000000000'])) },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 2,
      arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
    },
    { weight: 1, arbitrary: fc.constantFrom(-1, 0, 1, 2 ** 53, Number.NaN, Infinity, -0) },
    { weight: 1, arbitrary: fc.array(nasty, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), nasty, { maxKeys: 4 }) },
    { weight: 2, arbitrary: fc.constantFrom(new Uint8Array(8), new Date(0), new Map([[1, 2]]), new Set(['a'])) },
    // Over the size limit: rare, since cloning megabytes is what costs time here.
    {
      weight: 1,
      arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => (n === 0 ? new Uint8Array(MAX_PAYLOAD_BYTES + 1) : 'y')),
    },
  );

/** A payload for `method`: its own field names with hostile values, a few dropped or extra. */
const payloadFor = (method: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record(Object.fromEntries(FIELDS[method]!.map((f) => [f, anyValue()])), { requiredKeys: [] }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.record(Object.fromEntries(FIELDS[method]!.map((f) => [f, anyValue()]))),
          fc.string({ maxLength: 10 }),
          anyValue(),
        )
        .map(([base, key, value]) => ({ ...base, [key]: value })),
    },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, [], '', 0, 'workspace.status') },
  );

const call = fc.constantFrom(...METHOD_NAMES).chain((method) => fc.tuple(fc.constant(method), payloadFor(method)));

/** Electron structured-clones every argument; what cannot be cloned never reaches main. */
function asSent(payload: unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: structuredClone(payload) };
  } catch {
    return { ok: false };
  }
}

/** Calls in flight, named, so a hang says which call hung. */
const inFlight = new Map<number, string>();
let callNumber = 0;

const tally = {
  calls: 0,
  byMethod: new Map<string, number>(),
  codes: new Map<string, number>(),
  time: new Map<string, number>(),
};

async function send(method: string, payload: unknown): Promise<void> {
  const sent = asSent(payload);
  if (!sent.ok) return;
  let result: Awaited<ReturnType<Harness['registry']['invoke']>>;
  const started = performance.now();
  const number = (callNumber += 1);
  inFlight.set(number, `${method} ${JSON.stringify(sent.value)?.slice(0, 200)}`);
  try {
    result = await h.registry.invoke(method, sent.value, { frameUrl: 'app://parley/index.html', isMainFrame: true });
    tally.time.set(method, (tally.time.get(method) ?? 0) + performance.now() - started);
  } catch (error) {
    throw new Error(`${method} threw instead of answering a Result`, { cause: error });
  } finally {
    inFlight.delete(number);
  }
  tally.calls += 1;
  tally.byMethod.set(method, (tally.byMethod.get(method) ?? 0) + 1);
  const code = result.ok ? 'ok' : result.error.code;
  tally.codes.set(code, (tally.codes.get(code) ?? 0) + 1);
  if (result.ok) return;
  const declared = new Set<string>([
    ...COMMON_ERRORS,
    ...(contract[method as keyof typeof contract] as MethodSpec).errors,
  ]);
  if (result.error.code === 'INTERNAL' || !declared.has(result.error.code)) {
    throw new Error(`${method} answered ${result.error.code} to ${JSON.stringify(sent.value)?.slice(0, 300)}`);
  }
  expect(typeof result.error.message).toBe('string');
}

async function seedWorkspace(): Promise<void> {
  const ok = async <T>(channel: string, payload: unknown) => {
    const result = await h.call<T>(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value;
  };
  await ok('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await ok<{ id: string; parties: { id: string }[] }>('dialogue.create', {
    codeName: 'Cedar',
    parties: [{ name: 'Side A' }, { name: 'Side B' }],
  });
  const session = await ok<{ id: string }>('session.create', {
    dialogueId: dialogue.id,
    startsAt: '2026-05-14T09:00',
    endsAt: '2026-05-14T17:00',
    timeZone: 'Europe/Zurich',
  });
  const participant = await ok<{ id: string }>('participant.create', {
    dialogueId: dialogue.id,
    partyId: dialogue.parties[0]!.id,
    realName: 'Fuzz Person',
  });
  const note = crypto.randomUUID();
  await ok('note.save', { id: note, sessionId: session.id, body: 'A note to fuzz around.' });
  ids.push(dialogue.id, session.id, participant.id, note, ...dialogue.parties.map((p) => p.id));
  // A dialogue with a row in every feature's tables, so payloads that name one get deep inside.
  await seedEveryDomain({ ok }, { codeName: 'Olive', prefix: 'FUZZ', exports: false });
  const sqlite = h.services.workspace.current().sqlite;
  const withIds = sqlite
    .prepare(
      `SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'id' AND c.type = 'TEXT'`,
    )
    .pluck()
    .all() as string[];
  for (const table of withIds) {
    const rows = sqlite.prepare(`SELECT id FROM "${table}" LIMIT 5`).pluck().all() as string[];
    ids.push(...rows.filter((id) => !ids.includes(id)));
  }
}

beforeAll(async () => {
  h = await createHarness();
  await seedWorkspace();
  console.log(`IPC fuzz seed: ${SEED} (replay with PARLEY_FUZZ_SEED=${SEED})`);
}, 60_000);

afterAll(async () => {
  await h.dispose();
});

describe('IPC fuzz through the real registry', () => {
  it('answers malformed payloads on every method one by one with typed errors only', async () => {
    await fc.assert(
      fc.asyncProperty(call, async ([method, payload]) => send(method, payload)),
      { seed: SEED, numRuns: SEQUENTIAL_RUNS, endOnFailure: true },
    );
  }, 300_000);

  it('holds under concurrent batches with locks and unlocks interleaved', async () => {
    const batches = fc.sample(fc.array(call, { minLength: BATCH_SIZE, maxLength: BATCH_SIZE }), {
      seed: SEED + 1,
      numRuns: CONCURRENT_BATCHES,
    });
    for (const [index, batch] of batches.entries()) {
      const at = index % BATCH_SIZE;
      const work = batch.map(([method, payload]) => send(method, payload));
      work.splice(at, 0, send('workspace.lock', {}));
      work.push(send('workspace.unlock', { name: 'cedar', passphrase: PASSPHRASE }));
      let timer: NodeJS.Timeout | undefined;
      const hung = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`batch ${index} hung; in flight: ${[...inFlight.values()].join(' | ')}`)),
          60_000,
        );
      });
      await Promise.race([Promise.all(work), hung]).finally(() => clearTimeout(timer));
    }
  }, 300_000);

  it('covered every method, ten thousand payloads in all, and left every workspace intact', async () => {
    expect(tally.calls).toBeGreaterThanOrEqual(10_000);
    expect(METHOD_NAMES.filter((method) => !tally.byMethod.has(method))).toEqual([]);
    const slowest = [...tally.time].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`IPC fuzz, slowest methods: ${slowest.map(([m, t]) => `${m} ${Math.round(t)} ms`).join(', ')}`);
    console.log(`IPC fuzz: ${tally.calls} calls; answers ${JSON.stringify(Object.fromEntries(tally.codes))}`);
    await h.services.workspace.lock();
    for (const name of await readdir(h.root)) {
      const path = join(h.root, name);
      if (!(await isWorkspace(path))) continue;
      const report = await verifyWorkspace(path, PASSPHRASE).catch((error: { code?: string }) => error);
      // A workspace the fuzz created has a passphrase the fuzz chose: it must still be intact or
      // simply not open with ours.
      if ('code' in report && report.code === 'WRONG_PASSPHRASE') continue;
      expect(report, name).toMatchObject({ integrity: 'ok' });
    }
  }, 120_000);
});
