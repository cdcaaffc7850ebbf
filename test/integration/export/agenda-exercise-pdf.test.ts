import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportDestination } from '../../../main/export/destination';
import { findChromium } from '../../../main/export/pdf/chromium';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import type { PdfEngine } from '../../../main/export/pdf/engine';
import type { AgendaView, ExerciseRunView, ExerciseView, SessionView } from '../../../shared/contract';
import { tempDir } from '../../fixtures/workspace';
import { createSessionHarness, type SessionHarness } from '../services/sessions/harness';

/**
 * An agenda with exercises, printed by the real Chromium and read back with pdftotext: the
 * voluntary line under an exercise that asks for personal sharing in both copies, its checklist
 * only in the facilitator's, and a custom checklist that names someone refused before anything
 * is written.
 */
const chromium = findChromium();
if (!chromium)
  console.warn('agenda exercise PDF tests skipped: no Chromium (install Debian chromium or set PARLEY_CHROMIUM)');

const pdftotext = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(!chromium)('agenda PDF with exercises', () => {
  let engine: PdfEngine;
  let out: { path: string; remove: () => Promise<void> };
  let h: SessionHarness;
  let session: SessionView;
  let file = '';

  beforeAll(() => {
    engine = createChromiumPdfEngine();
  });
  afterAll(() => engine.close());
  beforeEach(async () => {
    out = await tempDir('parley-export-');
    const destination: ExportDestination = {
      choose: async (name) => ({ path: (file = join(out.path, name)), overwrite: true }),
    };
    h = await createSessionHarness({ exports: { pdf: () => engine, destination } });
    const dialogue = await h.dialogue('Cedar');
    h.participant(dialogue, 0, 'A1', 'Yusuf Haddad');
    session = await h.session(dialogue);
    const { run } = await h.ok<{ run: ExerciseRunView }>('exercise.addToAgenda', {
      exerciseId: 'builtin:hopes-and-fears',
      sessionId: session.id,
    });
    await h.ok('exerciseRun.tick', { runId: run.id, phase: 'prepare', position: 0, done: true });
    await h.ok<AgendaView>('exercise.addToAgenda', { exerciseId: 'builtin:shared-meal', sessionId: session.id });
  });
  afterEach(async () => {
    await h.dispose();
    await out.remove();
  });

  it('prints the voluntary line for the participants and the ticked checklist for the facilitator', async () => {
    await h.ok('export.agendaPdf', { sessionId: session.id, includeItemNotes: false });
    const participants = oneLine(pdftotext(file));
    expect(participants).toContain('Hopes and fears');
    expect(participants.split('Taking part is voluntary; anyone may pass.')).toHaveLength(2);
    expect(participants).not.toContain('Prepare cards in two colours');

    await h.ok('export.agendaPdf', { sessionId: session.id, includeItemNotes: true });
    const facilitator = oneLine(pdftotext(file));
    expect(facilitator).toContain('Taking part is voluntary; anyone may pass.');
    expect(facilitator).toContain('Checklist: Hopes and fears');
    expect(facilitator).toMatch(/PREPARE Prepare cards in two colours .*\(done\)/);
    expect(facilitator).toContain('IN THE ROOM');
    expect(facilitator).toContain('AFTER-CARE');
  });

  it('refuses a facilitator’s copy whose custom checklist names someone on the roster, and writes nothing', async () => {
    const custom = await h.ok<ExerciseView>('exercise.create', {
      name: 'Briefing',
      purpose: 'A short briefing.',
      stage: 'opening',
      minMinutes: 10,
      maxMinutes: 20,
      steps: { prepare: ['Ask Yusuf Haddad to bring the maps'], room: [], aftercare: [] },
    });
    await h.ok('exercise.addToAgenda', { exerciseId: custom.id, sessionId: session.id });
    file = '';
    const refused = await h.call('export.agendaPdf', { sessionId: session.id, includeItemNotes: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NAME_IN_EXPORT' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/^The checklist of item 3 /);
    expect((refused as { error: { message: string } }).error.message).not.toContain('Haddad');
    expect(file).toBe('');
  });
});
