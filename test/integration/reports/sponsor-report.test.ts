import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../../main/export/pdf/chromium';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import type { PdfEngine, PdfJob } from '../../../main/export/pdf/engine';
import type {
  ExportLogEntry,
  ExportResult,
  ReportProfileView,
  SponsorReportPreview,
  SponsorReportView,
  StatementList,
} from '../../../shared/contract';
import type { Slot, SponsorReportDocument } from '../../../shared/reports/sponsor-document';
import { CEDAR_IDENTITIES, CEDAR_NOTES } from '../../fixtures/cedar-reports';
import { pdfText, reportsFixture, type ReportsFixture } from './fixture';

/**
 * The sanitized sponsor report end to end below the UI: the real registry over an encrypted
 * Cedar workspace, Debian's Chromium printing, poppler reading the PDF back. What DOMAIN.md says a
 * sponsor report contains is there; what it must never contain is not, in the preview (which the
 * renderer receives) nor in the PDF.
 */
const chromium = findChromium();
if (!chromium)
  console.warn('sponsor report tests skipped: no Chromium (install Debian chromium or set PARLEY_CHROMIUM)');

const allSlots = (doc: SponsorReportDocument): Slot[] => {
  const found: Slot[] = [];
  const visit = (value: unknown) => {
    if (value && typeof value === 'object') {
      if ('text' in value && 'marks' in value) found.push(value as Slot);
      else Object.values(value).forEach(visit);
    }
  };
  visit(doc);
  return found;
};

const NEVER = [
  ...CEDAR_IDENTITIES.names,
  ...CEDAR_IDENTITIES.aliases,
  ...CEDAR_IDENTITIES.emails,
  ...CEDAR_IDENTITIES.pseudonyms,
  CEDAR_IDENTITIES.sensitiveAffiliation,
  CEDAR_NOTES.caucus,
  CEDAR_NOTES.facilitatorLevel,
  CEDAR_NOTES.participantsLevel,
  CEDAR_NOTES.quote,
  'B1 left early',
  'Hotel Saba',
  'Amman',
  'Jordan',
  '20–21 April',
];

describe.skipIf(!chromium)('the sanitized sponsor report', () => {
  let engine: PdfEngine;
  /** What the next print should slip into the document, past the check before printing. */
  let tamper: ((html: string) => string) | null = null;
  let f: ReportsFixture;
  beforeAll(() => {
    const real = createChromiumPdfEngine();
    engine = {
      print: (job: PdfJob) => real.print(tamper ? { ...job, html: tamper(job.html) } : job),
      close: () => real.close(),
    };
  });
  afterAll(() => engine.close());
  beforeEach(async () => {
    tamper = null;
    f = await reportsFixture(() => engine);
  });
  afterEach(() => f.dispose());

  const dialogueId = () => f.cedar.dialogue.id;
  const preview = (input: object = {}) =>
    f.h.ok<SponsorReportPreview>('sponsorReport.preview', { dialogueId: dialogueId(), ...input });
  const exportReport = (input: object = {}) =>
    f.h.call<ExportResult>('export.sponsorReportPdf', { dialogueId: dialogueId(), ...input });
  const exportAcknowledged = async (input: object = {}) => {
    const first = await exportReport(input);
    if (!first.ok || first.value.saved) return first;
    return exportReport({ ...input, acknowledgedWarnings: (first.value.warnings ?? []).map((w) => w.id) });
  };

  it('previews a report that holds no identity, no caucus or facilitator note, no quote, no exact risky place or date', async () => {
    const shown = await preview();
    const json = JSON.stringify(shown);
    for (const never of NEVER) expect(json, never).not.toContain(never);
    for (const code of CEDAR_IDENTITIES.codes) expect(json).not.toMatch(new RegExp(`\\b${code}\\b`, 'u'));
    expect(shown.quotesLeftOut).toBe(1);
    expect(shown.profileName).toBe('Standard');
  });

  it('marks every change with its reason: names and codes replaced, risky meetings coarsened, small counts suppressed', async () => {
    const { document: doc, changes } = await preview();
    const points = doc.sections.find((s) => s.key === 'session-points');
    if (points?.key !== 'session-points') throw new Error('no points');
    const [coded] = points.meetings.find((m) => m.meeting === 2)!.points;
    const [named] = points.meetings.find((m) => m.meeting === 3)!.points;
    expect(named!.text).toBe('A participant suggested a joint technical committee on the upper valleys.');
    expect(named!.marks).toEqual([{ start: 0, end: 13, reason: 'participant-name' }]);
    expect(coded!.text).toBe('A participant proposed sharing the river flow data every month.');
    expect(coded!.marks).toEqual([{ start: 0, end: 13, reason: 'speaker-code' }]);

    const risky = doc.meetings.find((m) => m.number === 2)!;
    expect(risky.period).toEqual({ text: 'April 2026', marks: [{ start: 0, end: 10, reason: 'coarsened' }] });
    expect(risky.venue).toEqual({ text: 'a third country', marks: [{ start: 0, end: 15, reason: 'coarsened' }] });
    const first = doc.meetings.find((m) => m.number === 1)!;
    expect(first.period.text).toBe('12–13 March 2026');
    expect(first.venue.text).toBe('Montreux, Switzerland');
    const sideB = doc.sides[1]!.id;
    expect(first.participation.counts.find((c) => c.sideId === sideB)).toEqual({
      sideId: sideB,
      shown: 'fewer than 3',
      suppressed: true,
    });
    // Side A 3, Side B 2: the total would give the 2 away.
    expect(first.participation.total).toBeNull();
    expect(doc.period.text).toBe('March–June 2026');

    expect(changes).toEqual(
      expect.arrayContaining([
        { where: 'Meeting 2, the period', reason: 'coarsened' },
        { where: 'Meeting 2, the venue', reason: 'coarsened' },
        { where: 'Meeting 1, participants from Side B', reason: 'small count suppressed' },
        { where: 'Meeting 3, point 1', reason: 'participant name' },
        { where: 'Meeting 2, point 1', reason: 'speaker code' },
      ]),
    );
    for (const change of changes) expect(change.where + change.reason).not.toMatch(/Rose|Li\b|general/u);
  });

  it('lists re-identification risks as warnings, marked where they are', async () => {
    const { warnings, document: doc, changes } = await preview();
    expect(warnings.map((w) => [w.where, w.kind])).toEqual([
      ['The name of side 2', 'small-side'],
      ['The section “Risks and do-no-harm”', 'singling-out'],
      ['The section “Risks and do-no-harm”', 'rare-descriptor'],
    ]);
    const risks = doc.sections.find((s) => s.key === 'risks');
    if (risks?.key !== 'risks') throw new Error('no risks section');
    // Each warning is marked where it is (their stretches as the engine found them).
    const { text, marks } = risks.body;
    expect(marks.map((m) => [m.reason, m.warningId])).toEqual([
      ['reidentification', warnings[1]!.id],
      ['reidentification', warnings[2]!.id],
    ]);
    expect(text.slice(marks[0]!.start, marks[1]!.end)).toMatch(/^The only former/u);
    expect(changes.filter((c) => c.warningId).map((c) => c.warningId)).toEqual(warnings.map((w) => w.id));
  });

  it('takes a statement out of the agreed ones once its note changed, until it is agreed again', async () => {
    await f.h.ok('note.save', {
      id: f.cedar.notes.agreed,
      sessionId: f.cedar.sessions[0]!.id,
      body: `${CEDAR_NOTES.agreed} And on grazing.`,
    });
    const changed = await preview();
    expect(changed.changedStatements).toBe(1);
    expect(changed.document.sections.some((s) => s.key === 'agreed-statements')).toBe(false);
    // Still sponsor-shareable, it is a point of its meeting now, no longer a statement the participants agreed.
    const points = changed.document.sections.find((s) => s.key === 'session-points');
    expect(points?.key === 'session-points' && points.meetings[0]!.points.map((p) => p.text)).toEqual([
      `${CEDAR_NOTES.agreed} And on grazing.`,
    ]);
    const list = await f.h.ok<StatementList>('sponsorReport.statements', { dialogueId: dialogueId() });
    expect(list.statements.find((s) => s.noteId === f.cedar.notes.agreed)?.agreed).toEqual({
      agreedOn: '2026-03-13',
      current: false,
    });

    await f.h.ok('sponsorReport.markAgreed', { noteId: f.cedar.notes.agreed, agreedOn: '2026-03-14' });
    const again = await preview();
    const statements = again.document.sections.find((s) => s.key === 'agreed-statements');
    expect(statements?.key === 'agreed-statements' && statements.statements[0]!.text.text).toBe(
      `${CEDAR_NOTES.agreed} And on grazing.`,
    );
  });

  it('refuses a caucus note or a quote as an agreed statement', async () => {
    expect(
      await f.h.call('sponsorReport.markAgreed', { noteId: f.cedar.notes.caucus, agreedOn: '2026-03-13' }),
    ).toMatchObject({ ok: false, error: { code: 'NOTE_IN_CAUCUS' } });
    expect(
      await f.h.call('sponsorReport.markAgreed', { noteId: f.cedar.notes.quote, agreedOn: '2026-03-13' }),
    ).toMatchObject({ ok: false, error: { code: 'NOTE_IS_QUOTE' } });
    const all = await f.h.ok<StatementList>('sponsorReport.statements', { dialogueId: dialogueId(), all: true });
    expect(all.statements.map((s) => s.body)).not.toContain(CEDAR_NOTES.caucus);
    expect(all.statements.map((s) => s.body)).not.toContain(CEDAR_NOTES.quote);
    expect(all.statements.map((s) => s.body)).toContain(CEDAR_NOTES.facilitatorLevel);
    const shareable = await f.h.ok<StatementList>('sponsorReport.statements', { dialogueId: dialogueId() });
    expect(shareable.statements.map((s) => s.body).sort()).toEqual(
      [CEDAR_NOTES.agreed, CEDAR_NOTES.namedPoint, CEDAR_NOTES.codedPoint].sort(),
    );
  });

  it('writes nothing and asks nothing while a warning is open; writes once each is acknowledged, and logs it with its profile', async () => {
    const first = await exportReport();
    expect(first).toMatchObject({ ok: true, value: { saved: false } });
    expect(f.asked).toEqual([]);
    const result = await exportAcknowledged();
    expect(result).toMatchObject({
      ok: true,
      value: { saved: true, fileName: 'Cedar-sponsor-report-meetings-1-3.pdf' },
    });
    const [entry] = await f.h.ok<ExportLogEntry[]>('workspace.exportLog', { kind: 'sponsor-report' });
    expect(entry).toMatchObject({ profile: 'Standard', sessionNumbers: [1, 2, 3], dialogueCodeName: 'Cedar' });
  });

  it('prints what a sponsor report contains and nothing it must not; charts are vector drawings', async () => {
    expect(await exportAcknowledged()).toMatchObject({ ok: true, value: { saved: true } });
    const file = join(f.out, f.asked[0]!);
    // Words as read, lines joined: table cells wrap.
    const text = pdfText(file).replace(/\s+/gu, ' ');
    for (const expected of [
      'Participants took part by invitation and in a personal capacity.',
      'Chatham House Rule',
      'This report is the rapporteur’s sole responsibility, not a consensus of participants.',
      'fewer than 3',
      'April 2026',
      'a third country',
      'Montreux, Switzerland',
      'Where views converged',
      CEDAR_NOTES.agreed,
      'A participant suggested a joint technical committee',
      'Deputy minister of water',
      'The water ministry of Side B asked for the flow-data proposal in writing.',
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const never of NEVER) expect(text, never).not.toContain(never);
    for (const code of CEDAR_IDENTITIES.codes) expect(text).not.toMatch(new RegExp(`\\b${code}\\b`, 'u'));
    expect(text.replace(/\D/gu, '')).not.toContain('795550123');
    // The charts print their labels as text, drawn as vectors: no raster image anywhere.
    expect(text).toContain('+1 Cordial');
    expect(text).toContain('A shared water board');
    expect(text).toContain('Side A – Side B');
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n');
    expect(images.length).toBe(2); // the header lines only
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Creator:\s+Parley/u);
    expect(info).not.toMatch(/Author:/u);
  });

  it('follows its profile: k, coarsening, venue detail, replacement and sections, and names it in the log', async () => {
    const profile = await f.h.ok<ReportProfileView>('reportProfile.save', {
      dialogueId: dialogueId(),
      name: 'Foundation, quarterly',
      sections: ['themes', 'session-points', 'trust-chart'],
      riskyPeriod: 'quarter',
      venueDetail: 'country',
      minCount: 2,
      replacement: 'participant-with-side',
    });
    await f.h.ok('sponsorReport.useProfile', { dialogueId: dialogueId(), profileId: profile.id });
    const { document: doc } = await preview();
    expect(doc.minCount).toBe(2);
    expect(doc.meetings[0]!.venue.text).toBe('Switzerland');
    expect(doc.meetings[1]!.period.text).toBe('April–June 2026');
    expect(doc.meetings[0]!.participation.counts.map((c) => c.shown)).toEqual(['3', '2']);
    expect(doc.meetings[0]!.participation.total).toBe('5');
    expect(doc.sections.map((s) => s.key)).toEqual(['themes', 'session-points', 'trust-chart']);
    expect(doc.omitted).toContainEqual({ key: 'outcomes', reason: 'left-out-by-profile' });
    const named = allSlots(doc).find((s) => s.text.includes('technical committee'))!;
    expect(named.text).toBe('A participant from Side A suggested a joint technical committee on the upper valleys.');

    expect(await exportAcknowledged()).toMatchObject({ ok: true, value: { saved: true } });
    const [entry] = await f.h.ok<ExportLogEntry[]>('workspace.exportLog', { kind: 'sponsor-report' });
    expect(entry!.profile).toBe('Foundation, quarterly');
    const text = pdfText(join(f.out, f.asked[0]!)).replace(/\s+/gu, ' ');
    expect(text).not.toContain('Outcomes harvested');
    expect(text).toContain('April–June 2026');
  });

  it('covers the sessions chosen, in the app or in the call', async () => {
    const view = await f.h.ok<SponsorReportView>('sponsorReport.setSessions', {
      dialogueId: dialogueId(),
      sessionIds: [f.cedar.sessions[0]!.id],
    });
    expect(view.sessions.map((s) => s.included)).toEqual([true, false, false]);
    expect((await preview()).document.meetingsLabel).toBe('Meeting 1');
    expect(
      (await preview({ sessionIds: [f.cedar.sessions[0]!.id, f.cedar.sessions[2]!.id] })).document.meetingsLabel,
    ).toBe('Meetings 1 and 3');
    await f.h.ok('sponsorReport.setSessions', { dialogueId: dialogueId(), sessionIds: null });
    expect((await preview()).document.meetingsLabel).toBe('Meetings 1–3');
    const other = await f.h.dialogue('Birch');
    const elsewhere = await f.h.session(other);
    expect(
      await f.h.call('sponsorReport.preview', { dialogueId: dialogueId(), sessionIds: [elsewhere.id] }),
    ).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_FOUND' } });
    expect(
      await f.h.call('sponsorReport.setSessions', { dialogueId: dialogueId(), sessionIds: [elsewhere.id] }),
    ).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_FOUND' } });
  });

  it('refuses a PDF whose own text names someone the text checked before printing did not hold', async () => {
    tamper = (html) => html.replace('</body>', '<p>With thanks to Miriam Kahn</p></body>');
    const result = await exportAcknowledged();
    expect(result).toMatchObject({ ok: false, error: { code: 'NAME_IN_EXPORT' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^Page \d of the printed PDF contains a participant’s name/u);
    expect(result.error.message).not.toMatch(/Miriam|Kahn/u);
    expect(await readdir(f.out)).toEqual([]);
  });
});
