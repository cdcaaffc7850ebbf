import { describe, expect, it } from 'vitest';
import type { ExportScreen } from '../../../main/export/leak-guard';
import { redactSponsorReport } from '../../../main/services/reports/sponsor-redaction';
import { slot, type SponsorReportDocument } from '../../../shared/reports/sponsor-document';

const screen: ExportScreen = {
  terms: [
    { kind: 'name', value: 'Rose Li', owner: 'a1', side: 'Side A' },
    { kind: 'email', value: 'rose.li@example.org', owner: 'a1', side: 'Side A' },
    { kind: 'speaker-code', value: 'B1', owner: 'b1', side: 'Side B' },
    { kind: 'name', value: 'Yusuf Ḥaddād', owner: 'b1', side: 'Side B' },
  ],
  safePhrases: [],
  people: [],
  reidentification: false,
};

function docWith(texts: Record<string, string>): SponsorReportDocument {
  return {
    codeName: slot('Cedar'),
    meetingsLabel: 'Meeting 1',
    period: slot('March 2026'),
    regimes: ['chatham-house'],
    minCount: 3,
    preparedIn: 'May 2026',
    sides: [],
    meetings: [
      {
        number: 1,
        period: slot('March 2026', [{ start: 0, end: 10, reason: 'coarsened' }]),
        venue: slot(texts.venue ?? 'a third country', [
          { start: 0, end: (texts.venue ?? 'a third country').length, reason: 'coarsened' },
        ]),
        risky: true,
        regime: 'chatham-house',
        participation: { recorded: false, counts: [], total: null },
      },
    ],
    participants: { recorded: false, counts: [], total: null },
    sections: [{ key: 'themes', body: slot(texts.themes ?? '') }],
    omitted: [],
  };
}

const body = (doc: SponsorReportDocument) => {
  const section = doc.sections[0]!;
  if (section.key !== 'themes') throw new Error('themes expected');
  return section.body;
};

describe('redactSponsorReport', () => {
  it('replaces a name and marks exactly the replacement, with its reason', async () => {
    const { document, replaced } = await redactSponsorReport(
      docWith({ themes: 'Rose Li suggested a joint technical committee.' }),
      screen,
      'participant',
    );
    expect(body(document)).toEqual({
      text: 'A participant suggested a joint technical committee.',
      marks: [{ start: 0, end: 13, reason: 'participant-name' }],
    });
    expect(replaced).toEqual([{ where: 'The section “Themes”', reason: 'participant-name' }]);
  });

  it('marks several replacements of different kinds in one text, in order', async () => {
    const { document } = await redactSponsorReport(
      docWith({ themes: 'B1 agreed; write to rose.li@example.org, said Dr Yusuf Haddad.' }),
      screen,
      'participant-with-side',
    );
    const { text, marks } = body(document);
    expect(marks.map((m) => [text.slice(m.start, m.end), m.reason])).toEqual([
      ['A participant from Side B', 'speaker-code'],
      ['(contact details removed)', 'contact'],
      ['a participant from Side B', 'participant-name'],
    ]);
    expect(text).not.toMatch(/B1|rose|Haddad/iu);
  });

  it('marks a removal where the words were, and keeps a coarsened mark around a name inside it', async () => {
    const removed = await redactSponsorReport(docWith({ themes: 'Thanks to Rose Li for hosting.' }), screen, 'remove');
    expect(body(removed.document).text).toBe('Thanks to for hosting.');
    expect(body(removed.document).marks).toEqual([{ start: 9, end: 9, reason: 'participant-name' }]);

    const venue = await redactSponsorReport(docWith({ venue: 'near the home of Rose Li' }), screen, 'participant');
    const { text, marks } = venue.document.meetings[0]!.venue;
    expect(text).toBe('near the home of a participant');
    expect(marks.map((m) => [text.slice(m.start, m.end), m.reason])).toEqual([
      ['near the home of ', 'coarsened'],
      ['a participant', 'participant-name'],
    ]);
  });

  it('leaves text without a certain finding as it was, marks and all', async () => {
    const doc = docWith({ themes: 'The river rose after the rains.' });
    const { document, replaced } = await redactSponsorReport(doc, screen, 'participant');
    expect(body(document)).toEqual(body(doc));
    expect(document.meetings[0]!.venue).toEqual(doc.meetings[0]!.venue);
    expect(replaced).toEqual([]);
  });
});
