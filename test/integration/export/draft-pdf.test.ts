import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportDestination } from '../../../main/export/destination';
import { findChromium } from '../../../main/export/pdf/chromium';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import type { PdfEngine } from '../../../main/export/pdf/engine';
import type { DraftView, ExportResult } from '../../../shared/contract';
import { tempDir } from '../../fixtures/workspace';
import { createAgreementWorld, type AgreementWorld } from '../agreements/fixture';

/**
 * The draft PDF below the UI: a real encrypted workspace, the registry, Debian's Chromium, and
 * pdftotext on the file. The participants' copy has the text with its brackets and options and
 * the version and "nothing is agreed" on every page, and no stance; the facilitator's copy adds them.
 */
const chromium = findChromium();
if (!chromium) console.warn('draft PDF tests skipped: no Chromium (install Debian chromium or set PARLEY_CHROMIUM)');

const pdftotext = (file: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], {
    encoding: 'utf8',
  });
/** The text as one line: a long clause wraps wherever the page width puts it. */
const flat = (text: string) => text.replace(/\s+/gu, ' ');
/** Arabic in reading order, without the spaces and direction marks PDF extraction adds between glyph runs. */
const letters = (text: string) => text.replace(/[\s.\u200e\u200f\u202a-\u202e]/gu, '');
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

const ARABIC = 'تتبادل الأطراف بيانات منسوب المياه كل أسبوع.';

describe.skipIf(!chromium)('export.draftPdf', () => {
  let engine: PdfEngine;
  let out: { path: string; remove: () => Promise<void> };
  let w: AgreementWorld;
  let draft: DraftView;
  let next: { path: string; overwrite: boolean } | null;

  beforeAll(() => {
    engine = createChromiumPdfEngine();
  });
  afterAll(() => engine.close());

  beforeEach(async () => {
    out = await tempDir('parley-draft-pdf-');
    next = { path: join(out.path, 'draft.pdf'), overwrite: false };
    const destination: ExportDestination = { choose: async () => next };
    w = await createAgreementWorld({ exports: { pdf: () => engine, destination } });
    draft = await w.draft({ purpose: 'See whether Side B would sign a shared principle.' });
    const [first, second, arabic] = await w.clauses(draft.id, [
      'The parties recognise the Varrow river as a [shared [natural] resource].',
      'Water shall be managed by [Option 1: a joint basin board][Option 2: an international custodian].',
      ARABIC,
      'Security arrangements are addressed separately.',
      '  Monitoring stations stay where they are.',
      'Nothing in this statement prejudges final status.',
    ]);
    await w.ok('stance.set', {
      clauseId: first,
      partyId: w.sideB,
      stance: 'reservation',
      rationale: 'Worried about the word natural.',
    });
    await w.ok('stance.set', { clauseId: first, partyId: w.sideA, stance: 'accepts' });
    await w.ok('hold.add', { clauseId: second, bracket: 1, pending: { kind: 'topic', topicId: w.security.id } });
    await w.ok('stance.set', { clauseId: arabic, partyId: w.sideA, stance: 'accepts' });
    await w.ok('package.set', { draftId: draft.id, partyId: w.sideA, decision: 'yes', decidedOn: '2026-05-01' });
    await w.ok('version.save', { draftId: draft.id, note: 'After the retreat' });
  });
  afterEach(async () => {
    await w.dispose();
    await out.remove();
  });

  it('prints the participants’ copy: brackets and options, the version and the caveat on every page, no stance', async () => {
    // Enough clauses for a second page.
    await w.clauses(
      draft.id,
      Array.from({ length: 40 }, (_, i) => `Further provision ${i + 7} on [shared] monitoring.`),
    );
    await w.ok('version.save', { draftId: draft.id, note: 'Long' });
    const result = await w.ok<ExportResult>('export.draftPdf', { draftId: draft.id, version: 2 });
    expect(result).toMatchObject({ saved: true, fileName: 'draft.pdf' });
    const file = next!.path;
    const text = flat(pdftotext(file));
    expect(text).toContain('Joint statement on the water commons');
    expect(text).toMatch(/\[shared \[natural\] resource\]/u);
    expect(text).toContain('[Option 1: a joint basin board][Option 2: an international custodian]');
    expect(text).toContain('PARTICIPANTS’ COPY');
    expect(text).toContain('Pre-negotiation / process');
    // Arabic, whole and in reading order (extraction splits some words between glyph runs).
    expect(letters(text)).toContain(letters(ARABIC));
    const count = pages(file);
    expect(count).toBeGreaterThan(1);
    for (let page = 1; page <= count; page++) {
      const one = pdftotext(file, page);
      expect(one, `page ${page}`).toContain('Version 2 · Draft — nothing is agreed until everything is agreed');
      expect(one, `page ${page}`).toContain(`Page ${page} of ${count}`);
    }
    for (const secret of [
      'Accepts',
      'reservation',
      'Worried about',
      'pending the topic',
      'Yes to the package',
      'See whether',
    ]) {
      expect(text).not.toContain(secret);
    }
    for (const name of ['Salim', 'Ḥaddād', 'Haddad', 'Abu Karim', 'Noa', 'Ben-Ami']) expect(text).not.toContain(name);
  });

  it('prints the facilitator’s copy with stances, rationales, holds and the package', async () => {
    const result = await w.ok<ExportResult>('export.draftPdf', {
      draftId: draft.id,
      version: 1,
      facilitatorCopy: true,
    });
    expect(result.saved).toBe(true);
    const text = flat(pdftotext(next!.path));
    expect(text).toContain('FACILITATOR’S COPY — CONFIDENTIAL');
    expect(text).toContain('See whether Side B would sign a shared principle.');
    expect(text).toMatch(/Side B Accepts with reservation Worried about the word natural\./u);
    expect(text).toMatch(/Held: \[Option 2: an international custodian\] — pending the topic “Security guarantees”/u);
    expect(text).toMatch(/Side A Yes to the package, 1 May 2026/u);
    expect(text).toContain('Facilitator’s copy · Version 1 · Draft — nothing is agreed until everything is agreed');
  });

  it('prints the working text after the last version, and refuses it while a bracket is open', async () => {
    const [clause] = (await w.get(draft.id)).clauses;
    await w.save(clause!.id, { text: 'The parties recognise [the river.' });
    const refused = await w.fails('export.draftPdf', { draftId: draft.id });
    expect(refused.code).toBe('BRACKETS_UNBALANCED');
    expect(existsSync(next!.path)).toBe(false);
    await w.save(clause!.id, { text: 'The parties recognise the river.' });
    await w.ok('export.draftPdf', { draftId: draft.id });
    expect(flat(pdftotext(next!.path))).toContain('Working text after version 1 · Draft — nothing is agreed');
  });

  it('refuses a draft that names someone from the roster, saying where, never the name', async () => {
    const [clause] = (await w.get(draft.id)).clauses;
    await w.save(clause!.id, { text: 'As Salim Haddad proposed, the river is shared.' });
    const refused = await w.fails('export.draftPdf', { draftId: draft.id });
    expect(refused.code).toBe('NAME_IN_EXPORT');
    expect(refused.message).toBe(
      'Clause 1 contains a participant’s name. A draft refers to people by side or role: edit it, then export again. Nothing was written.',
    );
    expect(existsSync(next!.path)).toBe(false);
    expect((await w.fails('export.draftPdf', { draftId: draft.id, version: 7 })).code).toBe('VERSION_NOT_FOUND');
  });
});
