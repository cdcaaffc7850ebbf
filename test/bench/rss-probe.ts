/**
 * Run by the bench in a fresh process (tsx): unlocks the big workspace the bench seeded, makes the
 * calls a facilitator's evening makes (lists, an agenda, notes, searches, a save), lets the page
 * check that follows an unlock finish, and prints its own RSS as JSON. This is the main process as
 * it lives, not the one that seeded 100,000 notes.
 *
 * Usage: node rss-probe.cjs <root> <workspace> (bundled by the bench); passphrase in PARLEY_BENCH_SECRET.
 */
import { createClient } from '../../main/cli/client';

const [root, name] = process.argv.slice(2) as [string, string];
const passphrase = process.env.PARLEY_BENCH_SECRET ?? '';
const mb = () => process.memoryUsage().rss / 2 ** 20;

// Bundled as CommonJS (as main is), which has no top-level await.
async function probe(): Promise<void> {
  const client = createClient({ root });
  const baseline = mb();
  await client.call('workspace.unlock', { name, passphrase });
  const afterUnlock = process.resourceUsage().maxRSS / 1024;
  const dialogues = await client.call('dialogue.list', { includeArchived: true });
  for (const dialogue of dialogues.slice(0, 3)) {
    await client.call('participant.list', { dialogueId: dialogue.id });
    const sessions = await client.call('session.list', { dialogueId: dialogue.id });
    for (const session of sessions.slice(0, 5)) {
      await client.call('agenda.get', { sessionId: session.id });
      await client.call('note.list', { sessionId: session.id });
    }
    if (sessions[0]) {
      await client.call('note.save', { id: crypto.randomUUID(), sessionId: sessions[0].id, body: 'Probe note.' });
    }
  }
  for (const query of ['water', 'security guarantees', 'مياه', 'return']) await client.call('note.search', { query });
  await client.services.workspace.checked;
  (globalThis as { gc?: () => void }).gc?.();
  const peak = process.resourceUsage().maxRSS / 1024;
  const rss = mb();
  await client.call('workspace.lock', {});
  process.stdout.write(
    `${JSON.stringify({ rss_mb: rss, baseline_mb: baseline, peak_mb: peak, peak_after_unlock_mb: afterUnlock })}\n`,
  );
}

void probe();
