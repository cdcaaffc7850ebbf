/**
 * The writer of the crash test, run in a child process (tsx) and killed with SIGKILL at a random
 * moment. It unlocks the workspace and repeats one operation as fast as it can, printing
 * `intent <what>` before each call and `ack <what>` only after the call has returned — so the
 * test knows what was acknowledged and what may have been in flight when it died.
 *
 * Usage: crash-worker.ts <root> <workspace> <operation> <dialogue id> <session id> <files folder>
 * Passphrase in PARLEY_CRASH_PASSPHRASE (and PARLEY_CRASH_OTHER for the passphrase change).
 */
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { createIpcRegistry } from '../../main/ipc';
import { createServices } from '../../main/services';
import { TEST_KDF_COST } from '../../main/store/kdf';
import type { CrashOperation } from './crash-rounds';

const [root, name, operation, dialogueId, sessionId, files] = process.argv.slice(2) as [
  string,
  string,
  CrashOperation,
  string,
  string,
  string,
];
const passphrase = process.env.PARLEY_CRASH_PASSPHRASE ?? '';
const other = process.env.PARLEY_CRASH_OTHER ?? '';
let nextBackup = '';
const services = createServices({
  root,
  kdfCost: TEST_KDF_COST,
  exports: {
    pdf: () => {
      throw new Error('no PDF here');
    },
    destination: { choose: async () => ({ path: join(files, nextBackup), overwrite: false }) },
  },
});
const registry = createIpcRegistry(services, { trustedOrigin: 'app://parley' });
const sender = { frameUrl: 'app://parley/index.html', isMainFrame: true };
async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await registry.invoke(channel, payload, sender);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}
// Synchronous writes: a line must be out of the process before the next call starts.
const say = (line: string) => writeSync(1, `${line}\n`);

// The passphrase may have been changed by an earlier round: try both.
const current = await call('workspace.unlock', { name, passphrase })
  .then(() => passphrase)
  .catch(async () => {
    await call('workspace.unlock', { name, passphrase: other });
    return other;
  });
say(`ready ${current === passphrase ? 'first' : 'second'}`);

let n = 0;
for (;;) {
  n += 1;
  switch (operation) {
    case 'note-save': {
      const id = randomUUID();
      for (let v = 1; v <= 3; v++) {
        say(`intent note ${id} ${v}`);
        await call('note.save', { id, sessionId, body: `crash note ${id} version ${v} ${'ليل '.repeat(v * 40)}` });
        say(`ack note ${id} ${v}`);
      }
      break;
    }
    case 'agenda-move': {
      const { items } = await call<{ items: { id: string }[] }>('agenda.get', { sessionId });
      const item = items[n % items.length]!;
      const toIndex = (n * 7) % items.length;
      say(`intent move ${item.id} ${toIndex}`);
      const moved = await call<{ items: { id: string }[] }>('agenda.move', { id: item.id, toIndex });
      say(`ack move ${moved.items.map((i) => i.id).join(',')}`);
      break;
    }
    case 'roster-import': {
      const batch = randomUUID().slice(0, 8);
      const rows = Array.from({ length: 5 }, (_, i) => ({
        line: i + 2,
        realName: `Imported ${batch} ${i}`,
        party: 'Side A',
      }));
      say(`intent import ${batch}`);
      await call('participant.import', { dialogueId, rows });
      say(`ack import ${batch}`);
      break;
    }
    case 'purge': {
      const list = await call<{ id: string; speakerCode: string | null; purged: boolean }[]>('participant.list', {
        dialogueId,
      });
      const next = list.find((p) => !p.purged && p.speakerCode);
      if (!next) {
        say('done');
        await new Promise(() => undefined);
      }
      say(`intent purge ${next!.id}`);
      await call('participant.purge', { id: next!.id, confirmSpeakerCode: next!.speakerCode });
      say(`ack purge ${next!.id}`);
      break;
    }
    case 'passphrase': {
      const [from, to] =
        n % 2 === 1
          ? [current, current === passphrase ? other : passphrase]
          : [current === passphrase ? other : passphrase, current];
      say(`intent passphrase ${to === passphrase ? 'first' : 'second'}`);
      await call('workspace.changePassphrase', { current: from, next: to });
      say(`ack passphrase ${to === passphrase ? 'first' : 'second'}`);
      break;
    }
    case 'backup': {
      nextBackup = `backup-${randomUUID().slice(0, 8)}.parleybackup`;
      say(`intent backup ${nextBackup}`);
      await call('workspace.backup', {});
      say(`ack backup ${nextBackup}`);
      break;
    }
  }
}
