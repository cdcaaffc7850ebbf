/**
 * Run in a child process (tsx, --expose-gc) by key-memory.test.ts: unlocks a workspace through the
 * registry, makes a few calls, locks, collects garbage, then reads its own memory
 * (/proc/self/maps + /proc/self/mem) for the database key written as hex text — the form a
 * SQLCipher raw key takes in a PRAGMA. Prints the number of copies found.
 *
 * The probe must know the key to look for it without making the hex text itself: it compares
 * memory against hex digits computed from the key's bytes one by one.
 *
 * Usage: memory-probe.ts <root> <workspace name>; passphrase in PARLEY_PROBE_SECRET.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { createIpcRegistry } from '../../../main/ipc';
import { createServices } from '../../../main/services';
import { readKeyFile, unlockWithPassphrase } from '../../../main/store/keyslots';
import { workspaceFiles } from '../../../main/store/workspace';

const [root, name] = process.argv.slice(2) as [string, string];
const services = createServices({ root });
const registry = createIpcRegistry(services, { trustedOrigin: 'app://parley' });
const sender = { frameUrl: 'app://parley/index.html', isMainFrame: true };
const call = (channel: string, payload: unknown) => registry.invoke(channel, payload, sender);

const passphrase = process.env.PARLEY_PROBE_SECRET ?? '';
delete process.env.PARLEY_PROBE_SECRET;
const unlocked = await call('workspace.unlock', { name, passphrase });
if (!unlocked.ok) throw new Error(unlocked.error.code);
await services.workspace.checked;
await call('dialogue.list', {});
await call('workspace.lock', {});

const key = await unlockWithPassphrase(await readKeyFile(workspaceFiles(join(root, name)).keys), passphrase);
(globalThis as { gc?: () => void }).gc?.();
await new Promise((resolve) => setTimeout(resolve, 50));
(globalThis as { gc?: () => void }).gc?.();

const HEX = '0123456789abcdef';
const digit = (i: number) => HEX.charCodeAt(i % 2 === 0 ? key[i >> 1]! >> 4 : key[i >> 1]! & 15);
// The first eight digits find candidates; the other 56 are compared one by one.
const lead = Buffer.from(Array.from({ length: 8 }, (_, i) => digit(i)));

let copies = 0;
const mem = openSync('/proc/self/mem', 'r');
const chunk = Buffer.alloc(8 * 1024 * 1024);
for (const line of readFileSync('/proc/self/maps', 'utf8').split('\n')) {
  const match = /^([0-9a-f]+)-([0-9a-f]+) (r)/.exec(line);
  if (!match) continue;
  const start = Number.parseInt(match[1]!, 16);
  const end = Number.parseInt(match[2]!, 16);
  if (line.includes('[vvar]') || line.includes('[vsyscall]')) continue;
  for (let at = start; at < end; at += chunk.length - 64) {
    const length = Math.min(chunk.length, end - at);
    let read: number;
    try {
      read = readSync(mem, chunk, 0, length, at);
    } catch {
      break;
    }
    let found = chunk.indexOf(lead, 0);
    while (found >= 0 && found + 64 <= read) {
      let whole = true;
      for (let i = 8; i < 64 && whole; i++) whole = chunk[found + i] === digit(i);
      if (whole && found + 64 <= read) copies += 1;
      found = chunk.indexOf(lead, found + 1);
    }
    if (read < length) break;
  }
}
closeSync(mem);
// Chunks overlap by 64 bytes, so a copy across a boundary may count twice; zero is what matters.
process.stdout.write(`copies ${copies}\n`);
