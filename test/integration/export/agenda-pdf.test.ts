import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportDestination } from '../../../main/export/destination';
import { findChromium } from '../../../main/export/pdf/chromium';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import type { PdfEngine } from '../../../main/export/pdf/engine';
import type { AgendaView, DialogueView, ExportLogEntry, ExportResult, SessionView } from '../../../shared/contract';
import { tempDir } from '../../fixtures/workspace';
import { createSessionHarness, type SessionHarness } from '../services/sessions/harness';

/**
 * The agenda PDF end to end below the UI: a real encrypted workspace, the real registry, the real
 * Chromium (Debian's) and pdftotext/pdfinfo on the file written. What a participant must read is
 * there; what would identify anyone on the roster is not.
 */
const chromium = findChromium();
if (!chromium) console.warn('agenda PDF tests skipped: no Chromium (install Debian chromium or set PARLEY_CHROMIUM)');

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

const ROSTER = {
  a1: { code: 'A1', name: 'Yusuf Ḥaddād', alias: 'Abu Karim' },
  b2: { code: 'B2', name: 'Miriam Löwenthal', alias: 'Miri' },
  a3: { code: 'A3', name: 'Layla Nassar', alias: 'ليلى نصار' },
};

describe.skipIf(!chromium)('export.agendaPdf', () => {
  let engine: PdfEngine;
  let out: { path: string; remove: () => Promise<void> };
  let h: SessionHarness;
  let next: { path: string; overwrite: boolean } | null;
  let dialogue: DialogueView;
  let session: SessionView;

  beforeAll(() => {
    engine = createChromiumPdfEngine();
  });
  afterAll(() => engine.close());

  beforeEach(async () => {
    out = await tempDir('parley-export-');
    next = { path: join(out.path, 'agenda.pdf'), overwrite: false };
    const destination: ExportDestination = { choose: async () => next };
    h = await createSessionHarness({ exports: { pdf: () => engine, destination } });
    dialogue = await h.dialogue('Cedar');
    const ids = Object.fromEntries(
      Object.entries(ROSTER).map(([key, person], index) => [
        key,
        h.participant(dialogue, index % 2, person.code, person.name),
      ]),
    );
    for (const [key, person] of Object.entries(ROSTER)) {
      h.sqlite()
        .prepare(
          `INSERT INTO participant_aliases (participant_id, position, alias, alias_key, kind) VALUES (?, 0, ?, ?, 'spelling')`,
        )
        .run(ids[key], person.alias, person.alias.toLowerCase());
    }
    // Two days at a venue in another zone than this process.
    const venue = await h.venue(dialogue, {
      name: 'دار الضيافة',
      city: 'Amman',
      country: 'Jordan',
      timeZone: 'Asia/Amman',
    });
    session = await h.session(dialogue, {
      title: 'Workshop — ورشة عمل',
      venueId: venue.id,
      timeZone: 'Asia/Amman',
      startsAt: '2026-05-14T09:00',
      endsAt: '2026-05-15T17:00',
      regime: 'chatham-house',
    });
    await h.ok<AgendaView>('agenda.applyTemplate', { sessionId: session.id, templateId: 'builtin:kelman' });
    await h.ok('agenda.add', {
      sessionId: session.id,
      kind: 'exercise',
      title: 'Hopes and fears — תקוות ופחדים',
      plannedMinutes: 45,
      day: 1,
      lead: { kind: 'participant', participantId: ids.b2 },
      regime: 'off-the-record',
      notes: 'Facilitator only: keep the pairs mixed.',
    });
  });
  afterEach(async () => {
    await h.dispose();
    await out.remove();
  });

  const exportAgenda = (input: object = {}) =>
    h.call<ExportResult>('export.agendaPdf', { sessionId: session.id, ...input });

  it('writes a PDF with venue-local times, leads by role or code, page numbers — and no roster name', async () => {
    const result = await exportAgenda();
    expect(result).toMatchObject({ ok: true, value: { saved: true, fileName: 'agenda.pdf' } });
    const text = pdftotext(next!.path);
    const agenda = await h.agenda(session.id);

    expect(text).toContain('Session 1 — Workshop');
    expect(text).toContain('Asia/Amman');
    for (const item of agenda.items) expect(text).toContain(`${item.localStart}–${item.localEnd}`);
    expect(agenda.items[0]!.localStart).toBe('09:00');
    expect(text).toContain('Facilitator');
    expect(text).toMatch(/Hopes and fears[\s\S]*B2/);
    expect(text).toContain('Off the record');
    expect(text).toMatch(/Page 1 of \d/);
    expect(text).not.toContain('keep the pairs mixed');
    for (const person of Object.values(ROSTER)) {
      for (const word of [...person.name.split(' '), person.alias]) expect(text).not.toContain(word);
    }
    expect(text).not.toMatch(/Ha[dḍ]{1,2}[aā]d/i);

    // Logged once, by base name, with the SHA-256 of the bytes written.
    const log = await h.ok<ExportLogEntry[]>('workspace.exportLog', {});
    expect(log).toMatchObject([
      { kind: 'agenda', fileName: 'agenda.pdf', dialogueId: session.dialogueId, sessionIds: [session.id] },
    ]);
    const written = await readFile(next!.path);
    expect(log[0]!.sha256).toBe(createHash('sha256').update(written).digest('hex'));
    expect(log[0]!.bytes).toBe(written.length);
  });

  it('prints the item notes only for the facilitator’s copy', async () => {
    await exportAgenda({ includeItemNotes: true });
    expect(pdftotext(next!.path)).toContain('keep the pairs mixed');
  });

  it('sets its own metadata: title, Parley as creator and producer, no author, no path', async () => {
    await exportAgenda();
    const info = pdfinfo(next!.path);
    expect(info).toMatch(/^Title:\s+Cedar — Session 1 agenda$/m);
    expect(info).toMatch(/^Creator:\s+Parley$/m);
    expect(info).toMatch(/^Producer:\s+Parley$/m);
    expect(info).not.toMatch(/^Author:/m);
    const bytes = (await readFile(next!.path)).toString('latin1');
    expect(bytes).not.toContain(out.path);
    expect(bytes).not.toContain('HeadlessChrome');
  });

  it('refuses an agenda that names a participant, says where, and writes nothing', async () => {
    const agenda = await h.agenda(session.id);
    const third = agenda.items[2]!;
    await h.ok('agenda.update', { id: third.id, title: 'Response from HADDAD' });
    const result = await exportAgenda();
    expect(result).toMatchObject({ ok: false, error: { code: 'NAME_IN_EXPORT' } });
    if (result.ok) return;
    expect(result.error.message).toContain(`Item 3 (day 1, ${third.localStart})`);
    expect(result.error.message).not.toMatch(/haddad/i);
    expect(await readdir(out.path)).toEqual([]);
    expect(await h.ok<ExportLogEntry[]>('workspace.exportLog', {})).toEqual([]);
  });

  it('checks the notes too when they are printed, by alias and in Arabic script', async () => {
    const agenda = await h.agenda(session.id);
    await h.ok('agenda.update', { id: agenda.items[0]!.id, notes: 'Seat ليلى نصار near the door.' });
    expect(await exportAgenda()).toMatchObject({ ok: true });
    next = { path: join(out.path, 'with-notes.pdf'), overwrite: false };
    expect(await exportAgenda({ includeItemNotes: true })).toMatchObject({
      ok: false,
      error: { code: 'NAME_IN_EXPORT' },
    });
    expect(existsSync(next.path)).toBe(false);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    next = null;
    expect(await exportAgenda()).toEqual({ ok: true, value: { saved: false } });
    expect(await readdir(out.path)).toEqual([]);
  });

  it('does not replace an existing file unless the destination allows it', async () => {
    await writeFile(next!.path, 'keep me');
    expect(await exportAgenda()).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
    expect(await readFile(next!.path, 'utf8')).toBe('keep me');
    next = { ...next!, overwrite: true };
    expect(await exportAgenda()).toMatchObject({ ok: true, value: { saved: true } });
    expect((await readFile(next.path)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers SESSION_NOT_FOUND for an unknown session', async () => {
    const result = await h.call('export.agendaPdf', { sessionId: '00000000-0000-4000-8000-ffffffffffff' });
    expect(result).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_FOUND' } });
  });
});
