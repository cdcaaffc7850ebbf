import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../main/export/pdf/chromium';
import { createChromiumPdfEngine } from '../../../main/export/pdf/chromium-engine';
import type { PdfEngine } from '../../../main/export/pdf/engine';
import type { DialogueView, ExportResult, NoteView, SessionView, SponsorReportPreview } from '../../../shared/contract';
import { foldedWords } from '../../../shared/redaction/tokens';
import { tempDir } from '../../fixtures/workspace';
import { DISGUISES, IDENTITIES, PROSE, seeded, type Identity } from '../../unit/shared/redaction/corpus';
import { createSessionHarness, type SessionHarness } from '../services/sessions/harness';

/**
 * Issue 13, item 9, at the level of the sponsor report: a participant's name, alias, email, phone,
 * speaker code or pseudonym planted anywhere in the report's content — a written section, a
 * sponsor-shareable note, an outcome, an idea carried to Track One, a risky meeting's venue, an
 * option on the Overton chart — in any disguise the engine is sure of, never reaches the printed
 * PDF as poppler reads it. And ordinary words that are also name words are not replaced.
 */
const chromium = findChromium();
if (!chromium) console.warn('planted-name report tests skipped: no Chromium (set PARLEY_CHROMIUM)');

/** The corpus as a roster: each with a code, a pseudonym nobody else uses, and contacts where the corpus has them. */
const PSEUDONYMS = ['Juniper', 'Hawthorn', 'Alder', 'Tamarisk', 'Sycamore', 'Linden', 'Rowan', 'Cypress', 'Willow'];

interface Setup {
  h: SessionHarness;
  dialogue: DialogueView;
  session: SessionView;
  risky: SessionView;
  noteId: string;
  outcomeId: string;
  transferId: string;
  optionId: string;
  codes: Map<string, string>;
  pseudonyms: Map<string, string>;
  out: string;
}

async function setUp(engine: PdfEngine): Promise<Setup & { dispose(): Promise<void> }> {
  const out = await tempDir('parley-planted-');
  let n = 0;
  const h = await createSessionHarness({
    exports: {
      pdf: () => engine,
      destination: { choose: async () => ({ path: join(out.path, `report-${++n}.pdf`), overwrite: true }) },
    },
  });
  const dialogue = await h.ok<DialogueView>('dialogue.create', {
    codeName: 'Cedar',
    parties: [{ name: 'Side A' }, { name: 'Side B' }],
  });
  const codes = new Map<string, string>();
  const pseudonyms = new Map<string, string>();
  for (const [i, person] of IDENTITIES.entries()) {
    const side = person.side === 'Side A' ? 0 : 1;
    const view = await h.ok<{ speakerCode: string }>('participant.create', {
      dialogueId: dialogue.id,
      partyId: dialogue.parties[side]!.id,
      realName: person.name,
      aliases: (person.aliases ?? []).map((alias) => ({ alias })),
      pseudonym: `${PSEUDONYMS[i % PSEUDONYMS.length]} ${Math.floor(i / PSEUDONYMS.length) + 1}`,
      affiliation: person.affiliation ?? '',
      affiliationSensitive: person.affiliation !== undefined,
      contacts: { email: person.email ?? '', phone: person.phone ?? '', messaging: '' },
      status: 'confirmed',
    });
    codes.set(person.id, view.speakerCode);
    pseudonyms.set(person.id, `${PSEUDONYMS[i % PSEUDONYMS.length]} ${Math.floor(i / PSEUDONYMS.length) + 1}`);
  }
  const session = await h.session(dialogue, { startsAt: '2026-03-12T09:00', endsAt: '2026-03-12T17:00' });
  const risky = await h.session(dialogue, { startsAt: '2026-04-20T09:00', endsAt: '2026-04-20T17:00' });
  const note = await h.ok<NoteView>('note.save', {
    id: '20000000-0000-4000-8000-000000000001',
    sessionId: session.id,
    body: PROSE[0],
    level: 'sponsor',
  });
  const outcome = await h.ok<{ id: string }>('outcome.create', {
    dialogueId: dialogue.id,
    description: PROSE[1],
    socialActor: 'A deputy minister',
    sessionIds: [session.id],
  });
  const transfer = await h.ok<{ id: string }>('transfer.create', {
    dialogueId: dialogue.id,
    idea: { kind: 'other' },
    ideaLabel: 'Monthly flow data',
    trackOneRole: 'A deputy minister',
    carriedOn: '2026-03-20',
    carrier: { kind: 'facilitation' },
    channel: 'written',
    responseNotes: PROSE[2],
  });
  const topic = await h.ok<{ id: string }>('overton.addTopic', { dialogueId: dialogue.id, title: 'Water' });
  const option = await h.ok<{ id: string }>('overton.addOption', {
    dialogueId: dialogue.id,
    topicId: topic.id,
    title: 'A shared board',
  });
  await h.ok('overton.place', {
    optionId: option.id,
    sessionId: session.id,
    partyId: dialogue.parties[0]!.id,
    level: 'radical',
  });
  return {
    h,
    dialogue,
    session,
    risky,
    noteId: note.id,
    outcomeId: outcome.id,
    transferId: transfer.id,
    optionId: option.id,
    codes,
    pseudonyms,
    out: out.path,
    async dispose() {
      await h.dispose();
      await out.remove();
    },
  };
}

/** Every place report content can be typed, each a way to put `text` there. */
/** A one-line field takes the planted text with its line breaks as spaces (a name split by one stays split). */
const oneLine = (text: string, max: number) => text.replace(/\s*\n\s*/gu, ' ').slice(0, max);

const PLACES: readonly { label: string; put: (s: Setup, text: string) => Promise<unknown> }[] = [
  {
    label: 'a written section',
    put: (s, text) =>
      s.h.ok('sponsorReport.saveText', { dialogueId: s.dialogue.id, section: 'convergence', body: text }),
  },
  {
    label: 'a sponsor-shareable note',
    put: (s, text) => s.h.ok('note.save', { id: s.noteId, sessionId: s.session.id, body: text, level: 'sponsor' }),
  },
  {
    label: 'an outcome',
    put: (s, text) => s.h.ok('outcome.update', { id: s.outcomeId, significance: text }),
  },
  {
    label: 'the response to an idea carried',
    put: (s, text) => s.h.ok('transfer.update', { id: s.transferId, responseNotes: text }),
  },
  {
    label: 'a risky meeting’s venue',
    put: (s, text) =>
      s.h.ok('sponsorReport.markSession', { sessionId: s.risky.id, risky: true, venueLabel: oneLine(text, 120) }),
  },
  {
    label: 'an option on the Overton chart',
    put: (s, text) => s.h.ok('overton.renameOption', { id: s.optionId, title: oneLine(text, 200) }),
  },
];

type Kind = 'name' | 'alias' | 'email' | 'phone' | 'code' | 'pseudonym';

function planted(person: Identity, kind: Kind, s: Setup, seed: number, disguise: number): string | null {
  const pick = seeded(seed);
  const certain = DISGUISES.filter((d) => d.certain);
  switch (kind) {
    case 'name':
      return certain[disguise % certain.length]!.apply(person.name, pick);
    case 'alias':
      return person.aliases?.[0] ? certain[disguise % certain.length]!.apply(person.aliases[0], pick) : null;
    case 'email':
      return person.email ?? null;
    case 'phone':
      return person.phone ?? null;
    case 'code':
      return s.codes.get(person.id)!;
    case 'pseudonym':
      return s.pseudonyms.get(person.id)!;
  }
}

describe.skipIf(!chromium)('a participant planted in sponsor report content never reaches the PDF', () => {
  let engine: PdfEngine;
  let s: Awaited<ReturnType<typeof setUp>>;
  beforeAll(async () => {
    engine = createChromiumPdfEngine();
    s = await setUp(engine);
  }, 60_000);
  afterAll(async () => {
    await s.dispose();
    await engine.close();
  });

  const nameWords = new Set(
    IDENTITIES.flatMap((person) => [person.name, ...(person.aliases ?? [])]).flatMap((value) =>
      foldedWords(value).filter((word) => word.length >= 4),
    ),
  );

  async function exportAcknowledged(): Promise<string> {
    const input = { dialogueId: s.dialogue.id };
    const first = await s.h.call<ExportResult>('export.sponsorReportPdf', input);
    let result = first;
    if (first.ok && !first.value.saved) {
      result = await s.h.call<ExportResult>('export.sponsorReportPdf', {
        ...input,
        acknowledgedWarnings: (first.value.warnings ?? []).map((w) => w.id),
      });
    }
    if (!result.ok || !result.value.saved) throw new Error(`not written: ${JSON.stringify(result)}`);
    return execFileSync('pdftotext', [join(s.out, result.value.fileName), '-'], { encoding: 'utf8' });
  }

  it('holds for random identities, kinds, disguises and places, through Chromium and poppler', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...IDENTITIES),
        fc.constantFrom<Kind>('name', 'name', 'alias', 'email', 'phone', 'code', 'pseudonym'),
        fc.constantFrom(...PLACES),
        fc.array(fc.constantFrom(...PROSE.slice(0, 6)), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat(),
        async (person, kind, place, sentences, seed, disguise) => {
          const sample = planted(person, kind, s, seed, disguise);
          fc.pre(sample !== null);
          const at = seed % (sentences.length + 1);
          const text = [...sentences.slice(0, at), `As ${sample} said.`, ...sentences.slice(at)].join(' ');
          // Reset every place to plain prose, then plant in one.
          for (const other of PLACES) await other.put(s, PROSE[3]!);
          try {
            await place.put(s, text);
          } catch (error) {
            // Some fields refuse a roster name when it is typed (the transfer log's): it never
            // gets in, so it cannot get out. Any other failure is the test's to report.
            if (/: NAME_IN_TEXT: /u.test(String(error))) return;
            throw error;
          }

          const preview = await s.h.ok<SponsorReportPreview>('sponsorReport.preview', { dialogueId: s.dialogue.id });
          const printed = await exportAcknowledged();
          for (const shown of [JSON.stringify(preview.document), printed]) {
            for (const word of foldedWords(shown)) expect(nameWords.has(word), `${place.label}: ${word}`).toBe(false);
            if (person.email) expect(shown.toLowerCase()).not.toContain(person.email.split('@')[0]!.toLowerCase());
            if (person.phone)
              expect(shown.replace(/\D/gu, '')).not.toContain(person.phone.replace(/\D/gu, '').slice(-7));
            expect(shown).not.toMatch(new RegExp(`\\b${s.codes.get(person.id)}\\b`, 'u'));
            expect(shown).not.toContain(s.pseudonyms.get(person.id)!);
          }
        },
      ),
      { numRuns: 14 },
    );
  }, 300_000);

  it('keeps ordinary words that share letters with names, and only warns about them', async () => {
    const ordinary =
      'Hope rose as the river rose; the said proposal was shared. Water allocation, security guarantees and the costs of the conflict were discussed.';
    for (const place of PLACES) await place.put(s, PROSE[3]!);
    await PLACES[0]!.put(s, ordinary);
    const preview = await s.h.ok<SponsorReportPreview>('sponsorReport.preview', { dialogueId: s.dialogue.id });
    expect(
      preview.changes.filter((c) => !c.warningId && c.reason !== 'coarsened' && !c.reason.startsWith('small count')),
    ).toEqual([]);
    const printed = (await exportAcknowledged()).replace(/\s+/gu, ' ');
    expect(printed).toContain(ordinary);
  }, 60_000);
});
