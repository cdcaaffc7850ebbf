import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfEngine } from '../../../main/export/pdf/engine';
import { recordExport } from '../../../main/services/workspace/export-log';
import type {
  ReportProfileView,
  ReportSessionView,
  SponsorReportView,
  SponsorTextView,
  VerifyExportResult,
} from '../../../shared/contract';
import { CEDAR_NOTES } from '../../fixtures/cedar-reports';
import { tempDir } from '../../fixtures/workspace';
import { createSessionHarness } from '../services/sessions/harness';
import { reportsFixture, type ReportsFixture } from './fixture';

/** The reports' services through the registry, without printing: profiles, texts, marks, summaries, purge, verify. */
const noPdf = (): PdfEngine => {
  throw new Error('not printing here');
};

let f: ReportsFixture;
beforeEach(async () => {
  f = await reportsFixture(noPdf);
});
afterEach(() => f.dispose());

const profileInput = (name: string, extra: object = {}) => ({
  dialogueId: f.cedar.dialogue.id,
  name,
  sections: ['themes', 'outcomes'],
  riskyPeriod: 'quarter',
  venueDetail: 'country',
  minCount: 4,
  replacement: 'remove',
  ...extra,
});

describe('report profiles', () => {
  it('are saved, listed, renamed and removed; names are unique per dialogue whatever the case or accents', async () => {
    const saved = await f.h.ok<ReportProfileView>('reportProfile.save', profileInput('Fondation'));
    expect(saved).toMatchObject({ name: 'Fondation', sections: ['themes', 'outcomes'], minCount: 4 });
    expect(await f.h.call('reportProfile.save', profileInput('FONDATIÓN'))).toMatchObject({
      ok: false,
      error: { code: 'PROFILE_NAME_TAKEN' },
    });
    const renamed = await f.h.ok<ReportProfileView>('reportProfile.save', profileInput('Ministry', { id: saved.id }));
    expect(renamed).toMatchObject({ id: saved.id, name: 'Ministry' });
    expect(
      (await f.h.ok<ReportProfileView[]>('reportProfile.list', { dialogueId: f.cedar.dialogue.id })).map((p) => p.name),
    ).toEqual(['Ministry']);
    // Another dialogue can neither see nor use it.
    const other = await f.h.dialogue('Birch');
    expect(await f.h.call('sponsorReport.useProfile', { dialogueId: other.id, profileId: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'PROFILE_NOT_FOUND' },
    });
    expect(
      await f.h.call('reportProfile.save', { ...profileInput('Taken'), dialogueId: other.id, id: saved.id }),
    ).toMatchObject({ ok: false, error: { code: 'PROFILE_NOT_FOUND' } });
    await f.h.ok('sponsorReport.useProfile', { dialogueId: f.cedar.dialogue.id, profileId: saved.id });
    await f.h.ok('reportProfile.delete', { id: saved.id });
    expect(await f.h.call('reportProfile.delete', { id: saved.id })).toMatchObject({
      ok: false,
      error: { code: 'PROFILE_NOT_FOUND' },
    });
    // The report falls back to the standard settings.
    expect(
      (await f.h.ok<SponsorReportView>('sponsorReport.get', { dialogueId: f.cedar.dialogue.id })).profileId,
    ).toBeNull();
  });

  it('refuses k out of range, an unknown section or a section twice, with the field named', async () => {
    for (const bad of [
      { minCount: 1 },
      { minCount: 21 },
      { sections: ['gossip'] },
      { sections: ['themes', 'themes'] },
    ]) {
      const result = await f.h.call('reportProfile.save', profileInput('Bad', bad));
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});

describe('the working sponsor report', () => {
  it('keeps what is written per section; the same text again changes nothing; right-to-left text is kept exactly', async () => {
    const arabic = 'اتفق الطرفان على تبادل بيانات تدفق النهر شهريًا.\nسطر ثانٍ.';
    const first = await f.h.ok<SponsorTextView>('sponsorReport.saveText', {
      dialogueId: f.cedar.dialogue.id,
      section: 'themes',
      body: arabic,
    });
    f.h.clock.now = new Date(f.h.clock.now.getTime() + 60_000);
    const again = await f.h.ok<SponsorTextView>('sponsorReport.saveText', {
      dialogueId: f.cedar.dialogue.id,
      section: 'themes',
      body: arabic,
    });
    expect(again).toEqual(first);
    const view = await f.h.ok<SponsorReportView>('sponsorReport.get', { dialogueId: f.cedar.dialogue.id });
    expect(view.texts.find((t) => t.section === 'themes')!.body).toBe(arabic);
    expect(view.texts.map((t) => t.section)).toEqual([
      'themes',
      'convergence',
      'divergence',
      'new-options',
      'process',
      'relationships',
      'risks',
      'next-steps',
    ]);
    const tooLong = await f.h.call('sponsorReport.saveText', {
      dialogueId: f.cedar.dialogue.id,
      section: 'themes',
      body: 'x'.repeat(20_001),
    });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('20000') },
    });
  });

  it('marks a session risky with how its venue is named, and clears it', async () => {
    const session = f.cedar.sessions[0]!.id;
    const risky = await f.h.ok<ReportSessionView>('sponsorReport.markSession', {
      sessionId: session,
      risky: true,
      venueLabel: '  the Alpine region ',
    });
    expect(risky).toMatchObject({ risky: true, venueLabel: 'the Alpine region', number: 1, included: true });
    expect(
      await f.h.ok<ReportSessionView>('sponsorReport.markSession', { sessionId: session, risky: false }),
    ).toMatchObject({
      risky: false,
      venueLabel: '',
    });
    expect(
      await f.h.call('sponsorReport.markSession', { sessionId: '00000000-0000-4000-8000-ffffffffffff', risky: true }),
    ).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_FOUND' } });
  });

  it('takes a purged participant’s name out of the written sections and venue descriptions', async () => {
    const dialogueId = f.cedar.dialogue.id;
    await f.h.ok('sponsorReport.saveText', {
      dialogueId,
      section: 'process',
      body: 'Thanks to Rose Li and to A1 for hosting the second day.',
    });
    await f.h.ok('sponsorReport.markSession', {
      sessionId: f.cedar.sessions[1]!.id,
      risky: true,
      venueLabel: 'near the home of Rose Li',
    });
    await f.h.ok('participant.purge', { id: f.cedar.participants.A1, confirmSpeakerCode: 'A1' });
    const view = await f.h.ok<SponsorReportView>('sponsorReport.get', { dialogueId });
    const process = view.texts.find((t) => t.section === 'process')!.body;
    expect(process).not.toMatch(/Rose|\bLi\b|\bA1\b/u);
    expect(process).toContain('[withdrawn participant]');
    expect(view.sessions[1]!.venueLabel).not.toMatch(/Rose|\bLi\b/u);
  });
});

describe('the session summary’s data', () => {
  const summary = (levels: ('facilitator' | 'participants' | 'sponsor')[], includeCaucus = true) =>
    f.h.services.reports.summaries({
      sessionId: f.cedar.sessions[0]!.id,
      levels,
      includeCaucus,
      acknowledgedWarnings: [],
    });
  const bodies = (groups: readonly { notes: readonly { body: string }[] }[]) =>
    groups.flatMap((group) => group.notes.map((note) => note.body));

  it('holds caucus notes per party apart from the joint notes, or not at all', async () => {
    const data = await summary(['facilitator', 'participants', 'sponsor']);
    expect(bodies(data.notes)).not.toContain(CEDAR_NOTES.caucus);
    expect(data.caucus.map((entry) => [entry.party, bodies(entry.groups)])).toEqual([['Side B', [CEDAR_NOTES.caucus]]]);
    expect(data.notes[0]).toMatchObject({ itemLabel: 'Item 1', itemTitle: 'Opening and ground rules' });
    expect(data.notes[0]!.notes.map((note) => [note.speaker, note.level, note.agreedForSponsors])).toEqual([
      [null, 'sponsor', true],
      [null, 'participants', false],
    ]);
    expect((await summary(['facilitator'], false)).caucus).toEqual([]);
  });

  it('holds only the levels asked for, and the trust reading only with facilitator-level content', async () => {
    const sponsorOnly = await summary(['sponsor']);
    expect(bodies(sponsorOnly.notes).sort()).toEqual([CEDAR_NOTES.agreed, CEDAR_NOTES.quote].sort());
    expect(sponsorOnly.trust).toBeNull();
    expect(sponsorOnly.exercises[0]!.observations).toEqual([]);
    const full = await summary(['facilitator', 'participants', 'sponsor']);
    expect(full.trust).toEqual([
      { pair: 'Side A – Side B', rating: '\u22121 Cold', indicators: [], rationale: 'B1 left early.' },
    ]);
    expect(full.attendance.map((entry) => [entry.party, entry.codes.attended])).toEqual([
      ['Side A', ['A1', 'A2', 'A3']],
      ['Side B', ['B1', 'B2']],
      ['Facilitation team', ['F1']],
    ]);
    expect(full.agenda.map((row) => [row.title, row.status, row.deltaMinutes])).toEqual([
      ['Opening and ground rules', 'done', 15],
      ['Hopes and fears', 'done', 0],
      ['Caucus with Side B', 'not-run', null],
    ]);
    expect(full.commitments).toMatchObject([
      { description: 'Technical teams meet on the flow data', owner: 'Technical teams (Side A)' },
    ]);
    expect(JSON.stringify(full)).not.toMatch(/Rose|Ortega|Kahn|Ḥaddād|Nasser|Berg/u);
  });
});

describe('workspace.verifyExport', () => {
  it('answers EXPORT_UNAVAILABLE without a way to open files, and recognises a logged file by its SHA-256', async () => {
    expect(await f.h.call('workspace.verifyExport', {})).toMatchObject({
      ok: false,
      error: { code: 'EXPORT_UNAVAILABLE' },
    });
    const folder = await tempDir('parley-verify-');
    let picked: string | null = null;
    const h = await createSessionHarness({
      exports: { pdf: noPdf, destination: { choose: async () => null }, source: { pick: async () => picked } },
    });
    try {
      expect(await h.ok<VerifyExportResult>('workspace.verifyExport', {})).toEqual({ picked: false });
      const bytes = new TextEncoder().encode('%PDF-1.7 a report');
      const file = join(folder.path, 'report.pdf');
      await writeFile(file, bytes);
      picked = file;
      expect(await h.ok<VerifyExportResult>('workspace.verifyExport', {})).toMatchObject({ picked: true, matches: [] });
      await recordExport(h.services.workspace.current().db, { kind: 'agenda', path: file, content: bytes }, new Date());
      const found = await h.ok<VerifyExportResult>('workspace.verifyExport', {});
      expect(found).toMatchObject({
        picked: true,
        fileName: 'report.pdf',
        bytes: bytes.byteLength,
        matches: [{ kind: 'agenda', fileName: 'report.pdf' }],
      });
      picked = join(folder.path, 'missing.pdf');
      expect(await h.call('workspace.verifyExport', {})).toMatchObject({
        ok: false,
        error: { code: 'FILE_NOT_FOUND' },
      });
      picked = folder.path;
      expect(await h.call('workspace.verifyExport', {})).toMatchObject({
        ok: false,
        error: { code: 'FILE_NOT_FOUND' },
      });
    } finally {
      await h.dispose();
      await folder.remove();
    }
  });
});
