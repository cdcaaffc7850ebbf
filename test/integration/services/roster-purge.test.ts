import { randomUUID } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRosterService } from '../../../main/services/roster/roster-service';
import type { PurgeStep } from '../../../main/services/purge';
import { readKeyFile, unlockWithPassphrase } from '../../../main/store/keyslots';
import { workspaceFiles } from '../../../main/store/workspace';
import type { AuditEntryView, DialogueView, ParticipantView, PurgeResult } from '../../../shared/contract';
import { foldName } from '../../../shared/domain/participant';
import { addParticipant, cedar, identityOf, ok } from '../../fixtures/roster';
import {
  decryptDatabase,
  decryptWal,
  encodings,
  pagesContaining,
  type DecryptedPage,
} from '../../fixtures/sqlcipher-pages';
import { createHarness, PASSPHRASE, type Harness } from '../../fixtures/workspace';

/**
 * Journey 5: B4 withdraws consent and is purged. Everything that identified them — under every
 * spelling, folded or not — must be gone from every row, every page (including free space, free
 * pages, index pages and old page images in the WAL) and every file of the workspace.
 */

// Distinctive, fictional strings, so that finding one can only mean a leftover copy.
const IDENTITY = {
  name: 'Yūsuf Qaraḍāghī',
  typo: 'Yusef Qaradagi-Typo',
  alias: 'Abu Tamarindo',
  arabic: 'يوسف قرداغي',
  email: 'y.qaradaghi@example.org',
  phone: '+961 70 918 273',
  messaging: 'Signal: @tamarindo_77',
  affiliation: 'Zephyrine Brotherhood',
  risk: 'Followed after the Montreux round',
  rationale: 'Cousin of the Brigadier',
  decisionMaker: 'General Vantorrek',
  consentNote: 'Signed the Quillon form',
  withdrawalNote: 'Withdrew after the Varnholm election',
} as const;

/** Every string to look for: as typed, folded (search keys), and the words a partial copy would keep. */
const NEEDLES = [
  ...Object.values(IDENTITY),
  ...Object.values(IDENTITY).map(foldName),
  'Qaraḍāghī',
  'qaradaghi',
  'Tamarindo',
  'tamarindo',
  'قرداغي',
  'Vantorrek',
  'vantorrek',
  'Zephyrine',
  '918 273',
  'Quillon',
  'Varnholm',
  'Montreux',
];

/** A participant who stays: their data must still be found, which proves the search can see. */
const CONTROL = { name: 'Ilse Brandvoldt', email: 'ilse.brandvoldt@example.org' };

let h: Harness;
let dialogue: DialogueView;
let target: ParticipantView;
let control: ParticipantView;
let key: Buffer;

beforeEach(async () => {
  h = await createHarness();
  await h.call('workspace.create', { name: 'cedar', passphrase: PASSPHRASE });
  key = await unlockWithPassphrase(await readKeyFile(workspaceFiles(folder()).keys), PASSPHRASE);
  dialogue = await cedar(h);
  control = await addParticipant(h, dialogue, 'Side A', {
    realName: CONTROL.name,
    contacts: { email: CONTROL.email },
    links: [{ decisionMaker: 'Minister of Water', closeness: 'direct', channel: 'formal' }],
  });
  for (let i = 1; i <= 3; i++) await addParticipant(h, dialogue, 'Side B', { realName: `Side B member ${i}` });
  // Typed wrong first and corrected: the old spelling is a historical copy the purge must reach too.
  target = await addParticipant(h, dialogue, 'Side B', { realName: IDENTITY.typo, speakerCode: 'B4' });
  target = await ok(
    h.call<ParticipantView>('participant.update', {
      id: target.id,
      realName: IDENTITY.name,
      pseudonym: 'The agronomist',
      aliases: [
        { alias: IDENTITY.alias, kind: 'nickname' },
        { alias: IDENTITY.arabic, kind: 'transliteration' },
      ],
      affiliation: IDENTITY.affiliation,
      affiliationSensitive: true,
      role: 'Retired colonel',
      trackLevel: '2',
      sector: 'religion',
      languages: ['Arabic', 'French'],
      contacts: { email: IDENTITY.email, phone: IDENTITY.phone, messaging: IDENTITY.messaging },
      rationale: {
        influence: 'high',
        openMindedness: 'high',
        access: 'medium',
        personalCapacity: 'high',
        notes: IDENTITY.rationale,
      },
      risks: { travel: 'Avoid transit via the capital.', safety: IDENTITY.risk },
      links: [
        { decisionMaker: IDENTITY.decisionMaker, closeness: 'direct', channel: 'informal' },
        { decisionMaker: 'Minister of Water', closeness: 'one-step', channel: 'formal' },
      ],
      status: 'confirmed',
    }),
  );
  await ok(
    h.call('participant.recordConsent', {
      participantId: target.id,
      givenOn: '2026-01-15',
      scopes: { notes: true, quotes: true, attribution: false, photos: false },
      note: IDENTITY.consentNote,
    }),
  );
  await ok(
    h.call('participant.withdrawConsent', {
      participantId: target.id,
      withdrawnOn: '2026-03-01',
      note: IDENTITY.withdrawalNote,
    }),
  );
});

afterEach(async () => {
  key.fill(0);
  await h.dispose();
});

function folder() {
  return join(h.root, 'cedar');
}

/** Every page SQLite has on disk for this workspace: the main file and every WAL frame. */
async function decryptedPages(): Promise<DecryptedPage[]> {
  const files = workspaceFiles(folder());
  const db = await readFile(files.database);
  const wal = await readFile(`${files.database}-wal`).catch(() => Buffer.alloc(0));
  return [...decryptDatabase(db, key), ...decryptWal(wal, db.subarray(0, 16), key)];
}

/** Every value of every column of every table, through SQL, as text. */
function everyStoredValue(): string[] {
  const sqlite = h.services.workspace.current().sqlite;
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string }[];
  expect(tables.length).toBeGreaterThan(5);
  const values: string[] = [];
  for (const { name } of tables) {
    for (const row of sqlite.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`).all() as Record<
      string,
      unknown
    >[]) {
      for (const value of Object.values(row)) {
        if (value !== null) values.push(Buffer.isBuffer(value) ? value.toString('utf8') : String(value));
      }
    }
  }
  return values;
}

function leaks(values: readonly string[]): string[] {
  return NEEDLES.filter((needle) =>
    values.some((value) => value.includes(needle) || foldName(value).includes(foldName(needle))),
  );
}

async function rawFiles(): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const name of await readdir(folder())) files[name] = await readFile(join(folder(), name));
  return files;
}

describe('participant.purge', () => {
  it('is found everywhere before the purge (the checks below can see)', async () => {
    const current = NEEDLES.filter((needle) => !foldName(needle).includes('typo'));
    expect(leaks(everyStoredValue())).toEqual(current);
    const pages = await decryptedPages();
    for (const needle of [
      IDENTITY.name,
      IDENTITY.alias,
      IDENTITY.arabic,
      IDENTITY.email,
      IDENTITY.phone,
      'qaradaghi',
      CONTROL.name,
    ]) {
      expect(pagesContaining(pages, needle).length, needle).toBeGreaterThan(0);
    }
    // The misspelling survives only as a historical copy: an old page image in the WAL.
    expect(pagesContaining(pages, IDENTITY.typo).map((page) => page.source)).toContain('wal');
  });

  it('refuses without the right speaker code, changing nothing', async () => {
    for (const confirmSpeakerCode of ['', 'B3', 'A4', 'Yūsuf']) {
      const result = await h.call('participant.purge', { id: target.id, confirmSpeakerCode });
      expect(result, confirmSpeakerCode).toMatchObject({ ok: false, error: { code: 'PURGE_NOT_CONFIRMED' } });
    }
    expect((await identityOf(h, target.id)).names?.realName).toBe(IDENTITY.name);
    expect(await ok(h.call<AuditEntryView[]>('audit.list', {}))).toEqual([]);
  });

  it('removes the identity from every table, page and file, keeps a neutral row, and audits without saying who', async () => {
    const before = format(new Date(), 'yyyy-MM-dd');
    const purged = await ok(h.call<PurgeResult>('participant.purge', { id: target.id, confirmSpeakerCode: 'b4' }));
    expect(purged.compacted).toBe(true);
    expect(purged.participant).toMatchObject({
      id: target.id,
      partyId: target.partyId,
      speakerCode: null,
      pseudonym: 'Withdrawn participant',
      affiliation: '',
      affiliationSensitive: false,
      role: '',
      trackLevel: null,
      sector: null,
      languages: [],
      rationale: { influence: null, openMindedness: null, access: null, personalCapacity: null, notes: '' },
      identityOnRecord: { aliases: 0, contacts: false, riskNotes: false },
      links: [],
      consents: [],
      consent: { state: 'none' },
      status: 'withdrawn',
      purged: true,
    });
    expect(purged.participant.purgedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    // Nothing is left to reveal.
    expect(await h.call('participant.identity', { id: target.id, parts: ['names'] })).toMatchObject({
      ok: false,
      error: { code: 'PARTICIPANT_PURGED' },
    });
    expect([before, format(new Date(), 'yyyy-MM-dd')]).toContain(purged.participant.purgedOn);

    // 1. Through SQL: no column of any table holds any form of the identity.
    const values = everyStoredValue();
    expect(leaks(values)).toEqual([]);
    expect(values).toContain(CONTROL.name);

    // 2. Every decrypted page — rows, free space, free pages, indexes — and the WAL, emptied.
    expect((await stat(`${workspaceFiles(folder()).database}-wal`)).size).toBe(0);
    const pages = await decryptedPages();
    for (const needle of NEEDLES)
      expect(
        pagesContaining(pages, needle).map((p) => p.pageNumber),
        needle,
      ).toEqual([]);
    expect(pagesContaining(pages, CONTROL.name).length).toBeGreaterThan(0);
    expect(pagesContaining(pages, CONTROL.email).length).toBeGreaterThan(0);

    // 3. The audit log: a purge happened, on a date, in this dialogue; nothing points at whom.
    const audit = await ok(h.call<AuditEntryView[]>('audit.list', { dialogueId: dialogue.id }));
    expect(audit).toEqual([
      { occurredOn: purged.participant.purgedOn, action: 'participant.purged', dialogueId: dialogue.id, detail: '' },
    ]);
    const auditRow = JSON.stringify(h.services.workspace.current().sqlite.prepare('SELECT * FROM audit_log').all());
    for (const hint of [target.id, 'B4', 'agronomist', IDENTITY.name]) expect(auditRow).not.toContain(hint);

    // 4. The other participant and the decision maker they share are untouched; his alone is gone.
    expect(await ok(h.call<ParticipantView>('participant.get', { id: control.id }))).toEqual(control);
    const map = await ok(
      h.call<{ decisionMakers: { name: string }[] }>('participant.influenceMap', { dialogueId: dialogue.id }),
    );
    expect(map.decisionMakers.map((m) => m.name)).toEqual(['Minister of Water']);

    // 5. The raw files, open and after locking: db, -wal, -shm and the key file.
    const check = (files: Record<string, Buffer>) => {
      for (const [name, bytes] of Object.entries(files)) {
        for (const needle of [...NEEDLES, CONTROL.name]) {
          for (const form of encodings(needle)) expect(bytes.includes(form), `${name}: ${needle}`).toBe(false);
        }
      }
    };
    check(await rawFiles());
    await h.call('workspace.lock');
    const closed = await rawFiles();
    expect(Object.keys(closed).sort()).toEqual(['workspace.db', 'workspace.keys']);
    check(closed);
    const afterClose = decryptDatabase(closed['workspace.db']!, key);
    for (const needle of NEEDLES) expect(pagesContaining(afterClose, needle), needle).toEqual([]);
    expect(pagesContaining(afterClose, CONTROL.name).length).toBeGreaterThan(0);
  });

  it('refuses to change or purge a purged participant again', async () => {
    await ok(h.call('participant.purge', { id: target.id, confirmSpeakerCode: 'B4' }));
    for (const [channel, payload] of [
      ['participant.update', { id: target.id, realName: 'Back again' }],
      ['participant.purge', { id: target.id, confirmSpeakerCode: '' }],
      [
        'participant.recordConsent',
        {
          participantId: target.id,
          givenOn: '2026-04-01',
          scopes: { notes: true, quotes: true, attribution: true, photos: true },
        },
      ],
      ['participant.withdrawConsent', { participantId: target.id, withdrawnOn: '2026-04-01' }],
    ] as const) {
      expect(await h.call(channel, payload), channel).toMatchObject({
        ok: false,
        error: { code: 'PARTICIPANT_PURGED' },
      });
    }
    // The neutral row keeps attribution working: it is listed, and its old code is free again.
    const list = await ok(
      h.call<{ speakerCode: string | null; purged: boolean }[]>('participant.list', { dialogueId: dialogue.id }),
    );
    expect(list.filter((p) => p.purged)).toHaveLength(1);
    const reused = await addParticipant(h, dialogue, 'Side B', { realName: 'Newcomer', speakerCode: 'B4' });
    expect(reused.speakerCode).toBe('B4');
    const hidden = await ok(h.call<unknown[]>('participant.list', { dialogueId: dialogue.id, includePurged: false }));
    expect(hidden).toHaveLength(5);
  });

  it('runs every registered PurgeStep in the same transaction: one failing step undoes the whole purge', async () => {
    const seen: { id: string; name: string }[] = [];
    const observing: PurgeStep = async (trx, participantId) => {
      const row = await trx
        .selectFrom('participants')
        .select('real_name')
        .where('id', '=', participantId)
        .executeTakeFirstOrThrow();
      seen.push({ id: participantId, name: row.real_name });
    };
    const failing: PurgeStep = async () => {
      throw new Error('notes step failed');
    };
    const ctx = { workspace: h.services.workspace.current, now: () => new Date(), newId: randomUUID };

    await expect(
      createRosterService(ctx, { purgeSteps: [observing, failing] }).purge({ id: target.id, confirmSpeakerCode: 'B4' }),
    ).rejects.toThrow();
    // Rolled back: the identity, the consent register and the audit log are as before.
    expect(await ok(h.call<ParticipantView>('participant.get', { id: target.id }))).toMatchObject({
      speakerCode: 'B4',
      consent: { state: 'withdrawn' },
    });
    expect((await identityOf(h, target.id)).names?.realName).toBe(IDENTITY.name);
    expect(await ok(h.call<AuditEntryView[]>('audit.list', {}))).toEqual([]);

    seen.length = 0;
    await createRosterService(ctx, { purgeSteps: [observing] }).purge({ id: target.id, confirmSpeakerCode: 'B4' });
    // Steps run before the identity is cleared, so they can redact it from their own data.
    expect(seen).toEqual([{ id: target.id, name: IDENTITY.name }]);
    expect(await ok(h.call<ParticipantView>('participant.get', { id: target.id }))).toMatchObject({ purged: true });
    expect(await h.call('participant.identity', { id: target.id, parts: ['names'] })).toMatchObject({
      ok: false,
      error: { code: 'PARTICIPANT_PURGED' },
    });
  });
});
