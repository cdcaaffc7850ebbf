import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import { footerTemplate } from '../../../main/export/report/report-document';

/**
 * Review defect 5: PARLEY_PASSPHRASE was inherited by Chromium and every helper process it
 * starts. The engine now launches Chromium with an allow-listed environment; this reads the
 * environment of every process below this one while the browser runs.
 */
const CHROMIUM = '/usr/bin/chromium';
const canRun = existsSync(CHROMIUM) && existsSync('/proc/self/environ');
if (!canRun) console.warn(`child environment test skipped: needs ${CHROMIUM} and /proc`);

function descendants(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent === pid) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(root);
  return found;
}

const saved = process.env.PARLEY_PASSPHRASE;
afterEach(() => {
  if (saved === undefined) delete process.env.PARLEY_PASSPHRASE;
  else process.env.PARLEY_PASSPHRASE = saved;
});

describe('children of the CLI', () => {
  it.skipIf(!canRun)(
    'never see PARLEY_PASSPHRASE',
    async () => {
      process.env.PARLEY_PASSPHRASE = 'marker-passphrase-7731';
      const engine = createChromiumPdfEngine({ executablePath: CHROMIUM });
      try {
        await engine.print({ html: '<!doctype html><p>x</p>', footerTemplate: footerTemplate('x') });
        const children = descendants(process.pid);
        const environments = children
          .map((pid) => {
            try {
              return readFileSync(`/proc/${pid}/environ`, 'utf8');
            } catch {
              return '';
            }
          })
          .filter((text) => text !== '');
        expect(environments.length).toBeGreaterThan(0);
        for (const environment of environments) {
          expect(environment).not.toContain('PARLEY_PASSPHRASE');
          expect(environment).not.toContain('marker-passphrase-7731');
        }
      } finally {
        await engine.close();
      }
    },
    60_000,
  );
});
