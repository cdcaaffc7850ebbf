import { describe, expect, it } from 'vitest';
import { ParleyFault } from '../../../main/errors';
import {
  assertPrintedPdfClean,
  forgetRedactionEngines,
  openWarnings,
  redactorFor,
  screenExport,
  type ExportScreen,
} from '../../../main/export/leak-guard';
import type { PrintedPdf } from '../../../main/export/pdf/pdfium';

const SCREEN: ExportScreen = {
  terms: [
    { kind: 'name', value: 'Yusuf Haddad', owner: 'y', side: 'Side A' },
    { kind: 'name', value: 'Rose Li', owner: 'r', side: 'Side B' },
    { kind: 'alias', value: 'Abu Karim', owner: 'y' },
    { kind: 'email', value: 'miriam.levi@example.org', owner: 'm' },
    { kind: 'phone', value: '+41 22 555 01 23', owner: 'm' },
  ],
  safePhrases: [],
  people: [
    { side: 'Side A', role: 'Former general', affiliation: '' },
    { side: 'Side A', role: 'Teacher', affiliation: '' },
    { side: 'Side B', role: 'Teacher', affiliation: '' },
  ],
  reidentification: {},
};
const ADVICE = 'Rename the item, then export again.';

async function faultOf(texts: { where: string; text: string }[]): Promise<ParleyFault> {
  const error = await screenExport(texts, SCREEN, ADVICE).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParleyFault);
  return error as ParleyFault;
}

describe('screenExport', () => {
  it('passes text that names nobody, with no warnings', async () => {
    expect(await screenExport([{ where: 'The session title', text: 'Water sharing' }], SCREEN, ADVICE)).toEqual([]);
    expect(await screenExport([], SCREEN, ADVICE)).toEqual([]);
  });

  it('refuses a certain finding with NAME_IN_EXPORT, saying where and why but never what', async () => {
    const fault = await faultOf([
      { where: 'The session title', text: 'Water sharing' },
      { where: 'Item 2 (day 1, 10:00)', text: "Haddad's proposal" },
    ]);
    expect(fault.code).toBe('NAME_IN_EXPORT');
    expect(fault.message).toBe(
      `Item 2 (day 1, 10:00) contains a word of a participant’s name. ${ADVICE} Nothing was written.`,
    );
  });

  it('names the first place that leaks, and contact details by what they are', async () => {
    const first = await faultOf([
      { where: 'The venue', text: 'Villa Moynier' },
      { where: 'A topic of item 1', text: 'Abu Karim and the wells' },
      { where: 'The notes of item 3', text: 'Yusuf Haddad' },
    ]);
    expect(first.message.startsWith('A topic of item 1 contains a word of a participant’s alias.')).toBe(true);
    const email = await faultOf([{ where: 'The notes of item 1', text: 'Write to miriam.levi@example.org' }]);
    expect(email.message).toContain('a participant’s email address');
    expect(email.message).not.toContain('miriam');
    const phone = await faultOf([{ where: 'The venue', text: 'Reception +41 22 555 01 23' }]);
    expect(phone.message).not.toContain('555');
  });

  it('returns likely findings and re-identification risks as warnings with keyed, stable ids', async () => {
    const texts = [
      { where: 'Item 1', text: 'A rose for each guest' },
      { where: 'Item 2', text: 'Lunch with the former general of Side A' },
      { where: 'Item 3', text: 'A rose again, and a rose' },
    ];
    const warnings = await screenExport(texts, SCREEN, ADVICE);
    expect(warnings.map((w) => [w.where, w.kind])).toEqual([
      ['Item 1', 'name'],
      ['Item 2', 'rare-descriptor'],
      ['Item 2', 'small-side'],
      ['Item 3', 'name'],
      ['Item 3', 'name'],
    ]);
    expect(warnings[1]!.reason).toBe('A role or affiliation that fewer than 3 participants of Side A have');
    expect(warnings[2]!.reason).toBe('A side with fewer than 3 participants, so what is said of it points to them');
    expect(new Set(warnings.map((w) => w.id)).size).toBe(5);
    for (const warning of warnings) {
      expect(warning.id).toMatch(/^w-[0-9a-f]{24}$/u);
      expect(JSON.stringify(warning).toLowerCase()).not.toContain('rose');
    }
    expect((await screenExport(texts, SCREEN, ADVICE)).map((w) => w.id)).toEqual(warnings.map((w) => w.id));
  });

  it('leaves re-identification out when the export says so', async () => {
    const texts = [{ where: 'Row 1', text: 'Former general' }];
    expect(await screenExport(texts, { ...SCREEN, reidentification: false }, ADVICE)).toEqual([]);
  });
});

describe('the engines kept between exports', () => {
  const refusedBy = (screen: ExportScreen, text: string) =>
    screenExport([{ where: 'Item 1', text }], screen, ADVICE).then(
      () => null,
      (error: unknown) => (error as ParleyFault).code,
    );

  it('serve another export of exactly the same roster and phrases, read afresh', async () => {
    const again: ExportScreen = {
      ...SCREEN,
      terms: SCREEN.terms.map((term) => ({ ...term })),
      safePhrases: [...SCREEN.safePhrases],
    };
    expect(redactorFor(again)).toBe(redactorFor(SCREEN));
  });

  it('never check against a roster that changed: a name added, renamed, removed, moved or re-sided', async () => {
    const base: ExportScreen = { ...SCREEN, reidentification: false };
    expect(await refusedBy(base, 'Lunch with Miriam Levi')).toBeNull();
    const added = { ...base, terms: [...base.terms, { kind: 'name' as const, value: 'Miriam Levi', owner: 'm' }] };
    expect(await refusedBy(added, 'Lunch with Miriam Levi')).toBe('NAME_IN_EXPORT');
    const renamed = {
      ...base,
      terms: base.terms.map((term) => (term.owner === 'r' ? { ...term, value: 'Miriam Levi' } : term)),
    };
    expect(await refusedBy(renamed, 'Lunch with Miriam Levi')).toBe('NAME_IN_EXPORT');
    expect(await refusedBy(renamed, 'Lunch with Rose Li')).toBeNull();
    expect(await refusedBy(base, 'Lunch with Rose Li')).toBe('NAME_IN_EXPORT');
    const removed = { ...base, terms: base.terms.filter((term) => term.owner !== 'r') };
    expect(await refusedBy(removed, 'Lunch with Rose Li')).toBeNull();
    // Findings point into the term list and replacements name the side: order and side count too.
    const reordered = { ...base, terms: [...base.terms].reverse() };
    const resided = { ...base, terms: base.terms.map((term) => (term.side ? { ...term, side: 'Side C' } : term)) };
    for (const changed of [reordered, resided]) {
      const [engine, original] = await Promise.all([redactorFor(changed), redactorFor(base)]);
      expect(engine).not.toBe(original);
      const blocks = [{ where: 'Item 1', text: 'Yusuf Haddad spoke' }];
      const replaced = engine.replace(blocks, engine.scan(blocks), 'participant-with-side');
      expect(replaced[0]!.text).toBe(
        changed === resided ? 'A participant from Side C spoke' : 'A participant from Side A spoke',
      );
    }
  });

  it('follow the known-safe phrases: added, they silence a warning; removed, it is back', async () => {
    const texts = [{ where: 'Item 1', text: 'A walk in the Rose Garden Accord grounds' }];
    const without = { ...SCREEN, reidentification: false as const };
    const withPhrase = { ...without, safePhrases: ['Rose Garden Accord'] };
    expect(await screenExport(texts, without, ADVICE)).toHaveLength(1);
    expect(await screenExport(texts, withPhrase, ADVICE)).toEqual([]);
    expect(await screenExport(texts, without, ADVICE)).toHaveLength(1);
  });

  it('do not follow a caller that changes its own arrays after an export', async () => {
    forgetRedactionEngines(); // so the engine is made from this very array
    const terms = [...SCREEN.terms];
    const screen: ExportScreen = { ...SCREEN, terms, reidentification: false };
    expect(await refusedBy(screen, 'Lunch with Miriam Levi')).toBeNull();
    terms.push({ kind: 'name', value: 'Miriam Levi', owner: 'm' });
    expect(await refusedBy(screen, 'Lunch with Miriam Levi')).toBe('NAME_IN_EXPORT');
  });

  it('are all dropped when told (lock, purge)', async () => {
    const engine = redactorFor(SCREEN);
    expect(redactorFor(SCREEN)).toBe(engine);
    forgetRedactionEngines();
    expect(redactorFor(SCREEN)).not.toBe(engine);
  });
});

describe('openWarnings', () => {
  it('keeps the warnings not acknowledged yet', () => {
    const warnings = [
      { id: 'w-1', where: 'a', kind: 'name' as const, reason: 'r' },
      { id: 'w-2', where: 'b', kind: 'age' as const, reason: 'r' },
    ];
    expect(openWarnings(warnings, undefined)).toEqual(warnings);
    expect(openWarnings(warnings, ['w-2', 'w-9'])).toEqual([warnings[0]]);
  });
});

describe('assertPrintedPdfClean', () => {
  const clean: PrintedPdf = {
    pages: ['Cedar · Agenda\nSession 1 — Water', 'Page 2 of 2'],
    annotations: 0,
    hiddenTextObjects: 0,
    info: { Title: 'Cedar', Author: '', Subject: 'Agenda', Keywords: '', Creator: 'Parley', Producer: 'Parley' },
  };
  const check = (printed: Partial<PrintedPdf>) => assertPrintedPdfClean({ ...clean, ...printed }, SCREEN, ADVICE);

  it('passes a clean PDF', async () => {
    await expect(check({})).resolves.toBeUndefined();
  });

  it('refuses a name in the printed text, word by word, in visual order', async () => {
    await expect(check({ pages: ['ok', 'Haddad Yusuf spoke'] })).rejects.toMatchObject({
      code: 'NAME_IN_EXPORT',
      message: `Page 2 of the printed PDF contains a participant’s name. ${ADVICE} Nothing was written.`,
    });
  });

  it('does not refuse what is only likely on a printed page (acknowledged before printing)', async () => {
    await expect(check({ pages: ['10:30 Plenary Rose Garden'] })).resolves.toBeUndefined();
  });

  it('refuses annotations, hidden text and metadata that is not ours', async () => {
    await expect(check({ annotations: 1 })).rejects.toMatchObject({ code: 'PDF_FAILED' });
    await expect(check({ hiddenTextObjects: 2 })).rejects.toMatchObject({ code: 'PDF_FAILED' });
    await expect(check({ info: { ...clean.info, Author: 'someone' } })).rejects.toMatchObject({ code: 'PDF_FAILED' });
    await expect(check({ info: { ...clean.info, Creator: 'HeadlessChrome' } })).rejects.toMatchObject({
      code: 'PDF_FAILED',
    });
  });
});
