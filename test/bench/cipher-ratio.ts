import { randomBytes, randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect } from 'kysely';
import type { ServiceContext } from '../../main/services/context';
import { createDialogueService } from '../../main/services/dialogues/dialogue-service';
import { createPartyService } from '../../main/services/parties/party-service';
import { contract } from '../../shared/contract';
import { closeDatabase, openEncryptedDatabase, type SqliteDatabase } from '../../main/store/database';
import type { OpenWorkspace } from '../../main/store/workspace';
import { migrate } from '../../main/store/migrate';
import type { WorkspaceSchema } from '../../main/store/schema';
import { CIPHER_RATIO_BUDGET } from './budgets';
import { percentile, round } from './harness';
import { syntheticDialogue, WORKLOAD } from './workload';

/**
 * Encrypted vs plain SQLite on the same workload: the same migrations, and the very same service
 * code (dialogue and party services over Kysely), once over an encrypted database opened exactly as
 * a workspace is, once over a plain unkeyed one with the same pragmas. The plain file holds only
 * generated data and lives in the bench's temp folder.
 */

type Variant = 'encrypted' | 'plain';
type Phase = 'insert' | 'list' | 'get' | 'parties' | 'update';
const PHASES: readonly Phase[] = ['insert', 'list', 'get', 'parties', 'update'];
const ROUNDS = 5;

function openPlain(path: string): SqliteDatabase {
  const db = new Database(path);
  // The pragmas of openEncryptedDatabase, minus the cipher.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  return db;
}

async function runWorkload(sqlite: SqliteDatabase): Promise<Record<Phase, number>> {
  migrate(sqlite);
  const db = new Kysely<WorkspaceSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  const workspace: OpenWorkspace = {
    path: '',
    name: 'ratio',
    workspaceId: 'ratio',
    db,
    sqlite,
    isOpen: true,
    withKey: () => Promise.reject(new Error('no key in the ratio workload')),
    close: async () => undefined,
  };
  const ctx: ServiceContext = { workspace: () => workspace, now: () => new Date(), newId: randomUUID };
  const dialogues = createDialogueService(ctx);
  const parties = createPartyService(ctx);
  const time: Partial<Record<Phase, number>> = {};
  const phase = async (name: Phase, work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    time[name] = performance.now() - started;
  };
  // Inputs are parsed by the contract (defaults filled, as the registry hands them to the
  // services) before each phase, so the timings hold only service and database work.
  const { input: createInput } = contract['dialogue.create'];
  const creates = Array.from({ length: WORKLOAD.dialogues }, (_, i) => createInput.parse(syntheticDialogue(i)));
  const ids: string[] = [];
  await phase('insert', async () => {
    for (const input of creates) ids.push((await dialogues.create(input)).id);
  });

  const listInput = contract['dialogue.list'].input.parse({ includeArchived: true });
  await phase('list', async () => {
    for (let i = 0; i < 20; i++) await dialogues.list(listInput);
  });
  const gets = ids.map((id) => contract['dialogue.get'].input.parse({ id }));
  await phase('get', async () => {
    for (const input of gets) await dialogues.get(input);
  });
  const partyLists = ids.map((dialogueId) => contract['party.list'].input.parse({ dialogueId }));
  await phase('parties', async () => {
    for (const input of partyLists) await parties.list(input);
  });
  const updates = ids
    .slice(0, 200)
    .map((id, i) => contract['dialogue.update'].input.parse({ id, objectives: `Revised objective ${i}` }));
  await phase('update', async () => {
    for (const input of updates) await dialogues.update(input);
  });
  await db.destroy();
  if (sqlite.open) closeDatabase(sqlite);
  return time as Record<Phase, number>;
}

export async function measureCipherRatio(folder: string) {
  const samples: Record<Variant, Record<Phase, number[]>> = {
    encrypted: Object.fromEntries(PHASES.map((p) => [p, []])) as unknown as Record<Phase, number[]>,
    plain: Object.fromEntries(PHASES.map((p) => [p, []])) as unknown as Record<Phase, number[]>,
  };
  // Fresh files every round, and the order flips each round, so neither variant gains from going
  // second (warmer JIT, disk cache) or loses to a collection left over from the other.
  for (let round = 0; round < ROUNDS; round++) {
    const order: readonly Variant[] = round % 2 === 0 ? ['encrypted', 'plain'] : ['plain', 'encrypted'];
    for (const variant of order) {
      const file = join(folder, `ratio-${variant}-${round}.db`);
      const sqlite =
        variant === 'encrypted' ? openEncryptedDatabase(file, randomBytes(32), { create: true }) : openPlain(file);
      const time = await runWorkload(sqlite);
      for (const p of PHASES) samples[variant][p].push(time[p]);
      for (const suffix of ['', '-wal', '-shm']) await rm(file + suffix, { force: true });
    }
  }
  const median = (variant: Variant, p: Phase) => percentile(samples[variant][p], 50);
  const total = (variant: Variant) => PHASES.reduce((sum, p) => sum + median(variant, p), 0);
  const ratio = total('encrypted') / total('plain');
  return {
    encrypted_ms: round(total('encrypted')),
    plain_ms: round(total('plain')),
    ratio: round(ratio),
    rounds: ROUNDS,
    budget: CIPHER_RATIO_BUDGET,
    within_budget: ratio <= CIPHER_RATIO_BUDGET.max_ratio,
    phases: Object.fromEntries(
      PHASES.map((p) => [
        p,
        {
          encrypted_ms: round(median('encrypted', p)),
          plain_ms: round(median('plain', p)),
          ratio: round(median('encrypted', p) / median('plain', p)),
        },
      ]),
    ),
  };
}
