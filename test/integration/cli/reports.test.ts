import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../main/cli/client';
import { EXIT } from '../../../main/cli/exit-codes';
import { findChromium } from '../../../main/export/pdf/chromium';
import type { ExportLogEntry } from '../../../shared/contract';
import { CEDAR_IDENTITIES, CEDAR_NOTES, seedCedarReports, type CedarReports } from '../../fixtures/cedar-reports';
import { PASSPHRASE, tempDir } from '../../fixtures/workspace';
import { makeWorkspace, parley, withPassphrase } from './helpers';

/**
 * `parley export summary`, `parley export sponsor-report` and `parley exports list|verify`, run
 * in-process through the dispatcher over the Cedar story, printing with Debian's Chromium.
 */
const chromium = findChromium();
if (!chromium) console.warn('parley export summary / sponsor-report: printing tests skipped (no Chromium)');

let root: string;
let remove: () => Promise<void>;
let cedar: CedarReports;

beforeAll(async () => {
  ({ path: root, remove } = await tempDir('parley-cli-reports-'));
  await makeWorkspace(root);
  const client = createClient({ root });
  await client.call('workspace.unlock', { name: 'field-work', passphrase: PASSPHRASE });
  cedar = await seedCedarReports(
    (channel, payload) => client.call(channel as never, payload as never),
    (itemId, start, end) =>
      client.services.workspace
        .current()
        .sqlite.prepare('UPDATE agenda_items SET actual_start = ?, actual_end = ? WHERE id = ?')
        .run(start, end, itemId),
  );
  await client.call('workspace.lock', {});
});
afterAll(() => remove());

const run = (argv: string[]) => parley(argv, { cwd: root, env: withPassphrase() });
const text = (file: string) => execFileSync('pdftotext', [join(root, file), '-'], { encoding: 'utf8' });
const everyIdentity = [
  ...CEDAR_IDENTITIES.names,
  ...CEDAR_IDENTITIES.aliases,
  ...CEDAR_IDENTITIES.emails,
  ...CEDAR_IDENTITIES.pseudonyms,
  CEDAR_IDENTITIES.sensitiveAffiliation,
];

describe.skipIf(!chromium)('parley export sponsor-report', () => {
  it('refuses while warnings are open, printing each place and reason but never the words', async () => {
    const result = await run(['export', 'sponsor-report', 'field-work', '--dialogue', 'cedar', '--out', 'held.pdf']);
    expect(result.code).toBe(EXIT.FAILURE);
    expect(result.stderr).toContain('warnings to confirm before writing');
    expect(result.stderr).toContain('The section “Risks and do-no-harm”: Words that single out one person.');
    expect(result.stderr).toContain('The name of side 2: A side with fewer than 3 participants');
    expect(result.stderr).toContain('run again with --accept-warnings');
    expect(result.stderr).not.toMatch(/general|Rose|Haddad/iu);
    expect(existsSync(join(root, 'held.pdf'))).toBe(false);
  });

  it('writes the report with --accept-warnings: no name, alias, email, pseudonym, code or phone of the roster', async () => {
    const result = await run([
      'export',
      'sponsor-report',
      'field-work',
      '--dialogue',
      'Cedar',
      '--out',
      'sponsor.pdf',
      '--accept-warnings',
    ]);
    expect(result.code).toBe(EXIT.OK);
    expect(result.stdout).toMatch(/^Wrote the sponsor report to sponsor\.pdf \(\d+ pages?\)\.\n$/u);
    expect(result.stderr).toMatch(/Accepted all \d+ warnings\./u);
    const printed = text('sponsor.pdf');
    expect(printed).toContain('Meetings 1–3');
    expect(printed).toContain('A participant suggested a joint technical committee');
    for (const identity of everyIdentity) expect(printed.toLowerCase()).not.toContain(identity.toLowerCase());
    for (const code of CEDAR_IDENTITIES.codes) expect(printed).not.toMatch(new RegExp(`\\b${code}\\b`, 'u'));
    expect(printed.replace(/\D/gu, '')).not.toContain('795550123');
  });

  it('covers the sessions given by number, and says which session does not exist', async () => {
    const result = await run([
      'export',
      'sponsor-report',
      'field-work',
      '--dialogue',
      'cedar',
      '--sessions',
      '1,3',
      '--out',
      'two.pdf',
      '--accept-warnings',
    ]);
    expect(result.code).toBe(EXIT.OK);
    expect(text('two.pdf')).toContain('Meetings 1 and 3');
    const missing = await run([
      'export',
      'sponsor-report',
      'field-work',
      '--dialogue',
      'cedar',
      '--sessions',
      '9',
      '--out',
      'x.pdf',
    ]);
    expect(missing).toMatchObject({ code: EXIT.FAILURE });
    expect(missing.stderr).toContain('No session 9 in this dialogue');
    const bad = await run([
      'export',
      'sponsor-report',
      'field-work',
      '--dialogue',
      'cedar',
      '--sessions',
      'one',
      '--out',
      'x.pdf',
    ]);
    expect(bad.code).toBe(EXIT.USAGE);
    expect(bad.stderr).toContain("--sessions: 'one' is not a session number.");
  });

  it('names a profile that does not exist, with the ones that do', async () => {
    const result = await run([
      'export',
      'sponsor-report',
      'field-work',
      '--dialogue',
      'cedar',
      '--profile',
      'Quarterly',
      '--out',
      'x.pdf',
    ]);
    expect(result.code).toBe(EXIT.FAILURE);
    expect(result.stderr).toContain(
      'No report profile called “Quarterly” in this dialogue. Save one in the app first.',
    );
  });
});

describe.skipIf(!chromium)('parley export summary', () => {
  it('prints caucus notes apart, or leaves them out with --no-caucus', async () => {
    const session = cedar.sessions[0]!.id;
    const full = await run(['export', 'summary', 'field-work', '--session', session, '--out', 'summary.pdf']);
    expect(full.code).toBe(EXIT.OK);
    expect(full.stdout).toMatch(/^Wrote the session summary to summary\.pdf/u);
    const printed = text('summary.pdf');
    expect(printed).toContain('Confidential — facilitator’s record');
    const caucus = printed.indexOf('Caucus notes');
    expect(caucus).toBeGreaterThan(printed.indexOf(CEDAR_NOTES.participantsLevel));
    expect(printed.indexOf(CEDAR_NOTES.caucus)).toBeGreaterThan(printed.indexOf('Caucus with Side B', caucus));

    const without = await run([
      'export',
      'summary',
      'field-work',
      '--session',
      session,
      '--out',
      'nc.pdf',
      '--no-caucus',
    ]);
    expect(without.code).toBe(EXIT.OK);
    expect(text('nc.pdf')).not.toContain(CEDAR_NOTES.caucus);
  });

  it('prints only the levels asked for', async () => {
    const session = cedar.sessions[0]!.id;
    const result = await run([
      'export',
      'summary',
      'field-work',
      '--session',
      session,
      '--levels',
      'sponsor',
      '--out',
      'sp.pdf',
    ]);
    expect(result.code).toBe(EXIT.OK);
    const printed = text('sp.pdf');
    expect(printed).toContain(CEDAR_NOTES.agreed);
    expect(printed).not.toContain(CEDAR_NOTES.facilitatorLevel);
    expect(printed).not.toContain(CEDAR_NOTES.participantsLevel);
    const bad = await run([
      'export',
      'summary',
      'field-work',
      '--session',
      session,
      '--levels',
      'secret',
      '--out',
      'x.pdf',
    ]);
    expect(bad.code).toBe(EXIT.USAGE);
    expect(bad.stderr).toContain("--levels: 'secret' is not a level.");
  });

  it('refuses a summary whose notes name a participant, by place and never by name', async () => {
    const result = await run([
      'export',
      'summary',
      'field-work',
      '--session',
      cedar.sessions[2]!.id,
      '--out',
      'named.pdf',
    ]);
    expect(result.code).toBe(EXIT.FAILURE);
    expect(result.stderr).toMatch(/Notes, outside the agenda, note 1 \([^)]*\) contains a participant’s name/u);
    expect(result.stderr).not.toMatch(/Rose|Li\b/u);
    expect(existsSync(join(root, 'named.pdf'))).toBe(false);
  });
});

describe.skipIf(!chromium)('parley exports list and verify', () => {
  it('lists what was written and recognises a file by its SHA-256', async () => {
    // Written by the tests above, in this workspace.
    const listed = await run(['exports', 'list', 'field-work', '--json']);
    expect(listed.code).toBe(EXIT.OK);
    const entries = JSON.parse(listed.stdout) as ExportLogEntry[];
    const sponsor = entries.find((entry) => entry.fileName === 'sponsor.pdf')!;
    expect(sponsor).toMatchObject({
      kind: 'sponsor-report',
      dialogueCodeName: 'Cedar',
      sessionNumbers: [1, 2, 3],
      profile: 'Standard',
    });
    expect(sponsor.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(entries.find((entry) => entry.fileName === 'summary.pdf')).toMatchObject({
      kind: 'summary',
      sessionNumbers: [1],
      profile: null,
    });
    const table = await run(['exports', 'list', 'field-work', '--kind', 'summary']);
    expect(table.stdout).toMatch(/^WHEN\s+KIND\s+DIALOGUE\s+SESSIONS\s+PROFILE\s+BYTES\s+SHA-256\s+FILE/u);
    expect(table.stdout).not.toContain('sponsor-report');

    const same = await run(['exports', 'verify', 'field-work', 'sponsor.pdf']);
    expect(same.code).toBe(EXIT.OK);
    expect(same.stdout).toContain(`sponsor.pdf: written by this workspace (SHA-256 ${sponsor.sha256}).`);
    expect(same.stdout).toContain('sponsor-report  Cedar  sessions 1,2,3  profile “Standard”  written as sponsor.pdf');

    const bytes = await readFile(join(root, 'sponsor.pdf'));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 10) ^ 1, bytes.length - 10);
    await writeFile(join(root, 'forwarded.pdf'), bytes);
    const changed = await run(['exports', 'verify', 'field-work', 'forwarded.pdf']);
    expect(changed.code).toBe(EXIT.FAILURE);
    expect(changed.stdout).toContain('forwarded.pdf: NOT a file this workspace wrote.');

    const missing = await run(['exports', 'verify', 'field-work', 'nowhere.pdf']);
    expect(missing.code).toBe(EXIT.FAILURE);
    expect(missing.stderr).toContain('That file does not exist (any more).');
  });
});
