import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DialogueView, SessionView } from '../../../shared/contract';
import { createServices } from '../../../main/services';
import { unlockWorkspace } from '../../../main/store/workspace';
import { createHarness, PASSPHRASE, type Harness } from '../../fixtures/workspace';
import { crashBody } from './crash-body';

/**
 * Nothing typed is lost (DOMAIN.md, rule 4): a writer in another process saves notes and says
 * which saves returned; it is killed with SIGKILL mid-stream — no handler, no flush, no close —
 * and the workspace, reopened, must hold every acknowledged save, pass SQLite's full integrity
 * check (which verifies the search index too) and still find the notes by search.
 */

const WRITER = join(import.meta.dirname, 'crash-writer.ts');

let h: Harness;
let sessionId: string;
beforeEach(async () => {
  h = await createHarness();
  const ok = async <T>(channel: string, payload: unknown) => {
    const result = await h.call<T>(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value;
  };
  await ok('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
  const dialogue = await ok<DialogueView>('dialogue.create', { codeName: 'Cedar' });
  const session = await ok<SessionView>('session.create', {
    dialogueId: dialogue.id,
    startsAt: '2026-05-14T09:00',
    endsAt: '2026-05-14T17:00',
    timeZone: 'Europe/Zurich',
  });
  sessionId = session.id;
  await h.services.workspace.lock();
});
afterEach(async () => h.dispose());

/** Runs the writer until it has acknowledged `acks` saves, waits `extraMs` more, and kills it. */
function runAndKill(acks: number, extraMs: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, h.root, 'cedar', sessionId], {
      env: { ...process.env, PARLEY_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged = new Map<string, number>();
    let buffer = '';
    let errors = '';
    let killing = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop()!; // a partial line is not an acknowledgement
      for (const line of lines) {
        const [word, id, version] = line.split(' ');
        if (word === 'ack') acknowledged.set(id!, Number(version));
      }
      if (!killing && acknowledged.size * 3 >= acks) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer stopped by itself (${code}): ${errors.slice(0, 500)}`));
      else resolve(acknowledged);
    });
  });
}

describe('nothing typed is lost', () => {
  it('keeps every acknowledged save through repeated SIGKILLs mid-stream, with integrity intact', async () => {
    const everAcknowledged = new Map<string, number>();
    const rounds = [
      { acks: 30, extraMs: 0 },
      { acks: 90, extraMs: 3 },
      { acks: 150, extraMs: 11 },
    ];
    for (const { acks, extraMs } of rounds) {
      const acknowledged = await runAndKill(acks, extraMs);
      expect(acknowledged.size).toBeGreaterThan(0);
      for (const [id, version] of acknowledged) everAcknowledged.set(id, version);

      const ws = await unlockWorkspace(join(h.root, 'cedar'), PASSPHRASE);
      try {
        expect(ws.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        await sql`INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')`.execute(ws.db);
        const rows = await ws.db.selectFrom('notes').select(['id', 'body']).execute();
        const stored = new Map(rows.map((row) => [row.id, row.body]));
        for (const [id, version] of everAcknowledged) {
          const body = stored.get(id);
          expect(body, `acknowledged note ${id} is missing`).toBeDefined();
          // The stored state is the acknowledged one, or a later save that committed before the kill.
          const storedVersion = Number(/ v(\d+):/u.exec(body!)![1]);
          expect(storedVersion, id).toBeGreaterThanOrEqual(version);
          expect(body).toBe(crashBody(id, storedVersion));
        }
        // Every note is in the search index, or marked for it (a save's index work comes after it).
        const { rows: unindexed } = await sql<{ n: number }>`
          SELECT count(*) AS n FROM notes
          WHERE seq NOT IN (SELECT rowid FROM notes_fts) AND seq NOT IN (SELECT seq FROM notes_fts_pending)`.execute(
          ws.db,
        );
        expect(unindexed[0]!.n).toBe(0);
      } finally {
        await ws.close();
      }
      // Reopened as the app does, the first search finishes what the crash left in the queue.
      const services = createServices({ root: h.root });
      await services.workspace.unlock({ name: 'cedar', passphrase: PASSPHRASE });
      const found = await services.notes.search({ query: 'مياه', limit: 1, offset: 0 });
      const ws2 = services.workspace.current();
      const { rows: counts } = await sql<{ notes: number; indexed: number; pending: number }>`
        SELECT (SELECT count(*) FROM notes) AS notes,
               (SELECT count(*) FROM notes_fts WHERE notes_fts MATCH '{text extra} : "مياه"') AS indexed,
               (SELECT count(*) FROM notes_fts_pending) AS pending`.execute(ws2.db);
      expect(counts[0]).toEqual({ notes: counts[0]!.notes, indexed: counts[0]!.notes, pending: 0 });
      expect(found.total).toBe(counts[0]!.notes);
      await services.workspace.lock();
    }
  }, 120_000);
});
