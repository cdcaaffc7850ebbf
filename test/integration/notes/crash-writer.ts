/**
 * The writer of the crash test, run in a child process (tsx): unlocks the workspace and saves
 * notes as fast as it can — each note created, then edited twice, as autosave would — printing
 * `ack <id> <version>` on stdout only after the save has returned. The test kills it with SIGKILL
 * at a random moment and checks that every acknowledged save survived.
 *
 * Usage: crash-writer.ts <root> <workspace name> <session id>; passphrase in PARLEY_PASSPHRASE.
 */
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createIpcRegistry } from '../../../main/ipc';
import { createServices } from '../../../main/services';
import { crashBody } from './crash-body';

const [root, name, sessionId] = process.argv.slice(2) as [string, string, string];
const passphrase = process.env.PARLEY_PASSPHRASE ?? '';
const sender = { frameUrl: 'app://parley/index.html', isMainFrame: true };

const services = createServices({ root });
const registry = createIpcRegistry(services, { trustedOrigin: 'app://parley' });
const call = async (channel: string, payload: unknown) => {
  const result = await registry.invoke(channel, payload, sender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
};

await call('workspace.unlock', { name, passphrase });
// Synchronous writes: an ack line must be out of the process before the next save starts.
writeSync(1, 'ready\n');
for (;;) {
  const id = randomUUID();
  for (let v = 1; v <= 3; v++) {
    await call('note.save', { id, sessionId, body: crashBody(id, v) });
    writeSync(1, `ack ${id} ${v}\n`);
  }
}
