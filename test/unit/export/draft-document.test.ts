import { describe, expect, it } from 'vitest';
import { draftReport, NOTHING_AGREED, versionLabel } from '../../../main/export/draft/draft-document';
import { draftTexts } from '../../../main/export/draft/draft-texts';
import type { DraftReportData } from '../../../main/services/agreements/report';

const SCRIPT = '<script>alert(1)</script>';

const textOf = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

function data(overrides: Partial<DraftReportData> = {}): DraftReportData {
  return {
    dialogueId: 'd',
    dialogueCodeName: 'Cedar',
    title: 'Joint statement',
    purpose: 'Test the waters.',
    stage: 'pre-negotiation',
    status: 'tabled',
    version: { number: 3, note: 'After round three', savedAt: '2026-05-14T09:00:00.000Z' },
    latestVersion: 3,
    sides: [
      { id: 'a', name: 'Side A', position: 0 },
      { id: 'b', name: 'Side B', position: 1 },
    ],
    clauses: [
      {
        id: 'c1',
        number: '1',
        depth: 0,
        text: 'The river is [a shared [natural] resource] managed by [Option 1: a board][Option 2: a custodian].',
        status: 'bracketed',
        stances: [{ partyId: 'b', stance: 'reservation', rationale: 'Dislikes “natural”.' }],
        holds: [{ anchorText: 'Option 2: a custodian', label: 'pending clause 2' }],
      },
      {
        id: 'c2',
        number: '1.1',
        depth: 1,
        text: 'تتبادل الأطراف البيانات.',
        status: 'proposed',
        stances: [],
        holds: [],
      },
    ],
    packages: [{ partyId: 'a', decision: 'yes', decidedOn: '2026-05-01', note: 'Subject to cabinet.' }],
    facilitatorCopy: false,
    printedOn: '2026-05-14',
    ...overrides,
  };
}

describe('draftReport', () => {
  it('prints every user string escaped, so none can become markup', () => {
    const { html } = draftReport(
      data({
        title: SCRIPT,
        dialogueCodeName: SCRIPT,
        purpose: SCRIPT,
        facilitatorCopy: true,
        sides: [{ id: 'a', name: SCRIPT, position: 0 }],
        clauses: [
          {
            id: 'c',
            number: '1',
            depth: 0,
            text: `[${SCRIPT}]`,
            status: 'proposed',
            stances: [{ partyId: 'a', stance: 'accepts', rationale: SCRIPT }],
            holds: [{ anchorText: SCRIPT, label: SCRIPT }],
          },
        ],
      }),
      '',
    );
    expect(html).not.toContain('<script>');
    expect(textOf(html)).toContain(SCRIPT);
  });

  it('prints brackets as brackets, nested ones deeper, and option labels in bold', () => {
    const { html } = draftReport(data(), '');
    expect(textOf(html)).toContain(
      'The river is [a shared [natural] resource] managed by [Option 1: a board][Option 2: a custodian].',
    );
    expect(html).toContain('class="bracket depth-2"');
    expect(html).toMatch(/<b class="option">Option 1(<!-- -->)?: <\/b>/u);
    expect(html).toMatch(/class="clause-text user-text" dir="auto">تتبادل/u);
  });

  it('keeps stances, rationales, holds, the purpose and the package out of the participants’ copy', () => {
    const participants = textOf(draftReport(data(), '').html);
    for (const secret of [
      'Accepts with reservation',
      'Dislikes',
      'pending clause 2',
      'Test the waters',
      'Yes to the package',
    ]) {
      expect(participants).not.toContain(secret);
    }
    const facilitator = textOf(draftReport(data({ facilitatorCopy: true }), '').html);
    for (const shown of ['Accepts with reservation', 'Dislikes “natural”.', 'pending clause 2', 'Test the waters.']) {
      expect(facilitator).toContain(shown);
    }
    expect(facilitator).toContain('Yes to the package, 1 May 2026');
    expect(facilitator).toContain('Subject to cabinet.');
  });

  it('says the version and that nothing is agreed on every page (the footer)', () => {
    expect(draftReport(data(), '').footerTemplate).toContain(`Version 3 · ${NOTHING_AGREED}`);
    expect(draftReport(data({ facilitatorCopy: true }), '').footerTemplate).toContain(
      `Facilitator’s copy · Version 3 · ${NOTHING_AGREED}`,
    );
    expect(versionLabel({ version: null, latestVersion: 3 })).toBe('Working text after version 3');
    expect(versionLabel({ version: null, latestVersion: null })).toBe('Working text (no version saved yet)');
  });
});

describe('draftTexts: what the roster check reads', () => {
  it('names every clause by its number, and adds the private texts only in the facilitator’s copy', () => {
    const participants = draftTexts(data());
    expect(participants.map((t) => t.where)).toEqual([
      'The dialogue’s code name',
      'The draft’s title',
      'The name of a side',
      'The name of a side',
      'Clause 1',
      'Clause 1.1',
    ]);
    const facilitator = draftTexts(data({ facilitatorCopy: true })).map((t) => t.where);
    expect(facilitator).toContain('Clause 1, the rationale of Side B');
    expect(facilitator).toContain('Clause 1, a hold');
    expect(facilitator).toContain('The package decision of Side A');
    expect(facilitator).toContain('The draft’s purpose');
    expect(facilitator).toContain('The note of version 3');
  });
});
