import { describe, expect, it } from 'vitest';
import { sessionSummaryReport } from '../../../main/export/summary/summary-document';
import { summaryTexts } from '../../../main/export/summary/summary-texts';
import type { SessionSummaryData, SummaryNote } from '../../../main/services/reports/summary-data';

let n = 0;
const unique = () => `typed${++n}x`;

function note(extra: Partial<SummaryNote> = {}): SummaryNote {
  return {
    at: 'Day 1, 10:00',
    speaker: 'B2',
    level: 'participants',
    kind: 'note',
    body: unique(),
    tags: [unique()],
    agreedForSponsors: false,
    ...extra,
  };
}

/** A summary with every field a person types holding a text of its own. */
function summary(overrides: Partial<SessionSummaryData> = {}): SessionSummaryData {
  return {
    codeName: unique(),
    session: {
      number: 3,
      title: unique(),
      when: '12 March 2026, 09:00 – 13 March 2026, 17:00',
      timeZone: 'Europe/Zurich',
      venue: unique(),
      regime: 'chatham-house',
      objectives: unique(),
      outcomeSummary: unique(),
    },
    levels: ['facilitator', 'participants', 'sponsor'],
    includeCaucus: true,
    attendance: [
      {
        party: unique(),
        facilitation: false,
        codes: { attended: ['A1', 'A2'], absent: ['A3'], invited: [] },
        withoutCode: { attended: 1, absent: 0, invited: 0 },
      },
    ],
    agenda: [
      {
        number: 1,
        day: 1,
        kind: 'caucus',
        title: unique(),
        caucusParty: unique(),
        lead: 'Facilitator',
        planned: '09:00–10:00',
        plannedMinutes: 60,
        actual: '09:05–10:20',
        actualMinutes: 75,
        deltaMinutes: 15,
        status: 'done',
      },
    ],
    ran: { plannedMinutes: 60, actualMinutes: 75, skipped: 0 },
    notes: [
      {
        itemLabel: 'Item 1',
        itemTitle: unique(),
        notes: [note(), note({ agreedForSponsors: true, level: 'sponsor' })],
      },
      { itemLabel: null, itemTitle: null, notes: [note({ speaker: null, kind: 'quote' })] },
    ],
    caucus: [
      {
        party: unique(),
        groups: [{ itemLabel: 'Item 1', itemTitle: unique(), notes: [note({ level: 'facilitator' })] }],
      },
    ],
    exercises: [
      {
        itemLabel: 'Item 2',
        name: unique(),
        landed: '4 — Landed well',
        landedWord: unique(),
        checklist: { done: 3, total: 9 },
        counts: [{ party: unique(), tookPart: 4, optedOut: 1 }],
        observations: [{ level: 'facilitator', body: unique() }],
      },
    ],
    trust: [{ pair: unique(), rating: '+1 Cordial', indicators: ['Humour shared'], rationale: unique() }],
    commitments: [
      {
        draft: unique(),
        clause: '2.1',
        description: unique(),
        owner: unique(),
        dueOn: '2026-07-01',
        status: 'Pending',
        overdue: true,
      },
    ],
    ...overrides,
  };
}

describe('the session summary document', () => {
  it('checks every piece of typed text it prints: the redaction check sees all of it', () => {
    const data = summary();
    const html = sessionSummaryReport(data, '').html;
    const printed = new Set([...html.matchAll(/typed\d+x/gu)].map((match) => match[0]));
    const checked = new Set(
      summaryTexts(data).flatMap((entry) => [...entry.text.matchAll(/typed\d+x/gu)].map((m) => m[0])),
    );
    expect(printed.size).toBeGreaterThan(20);
    expect([...printed].filter((marker) => !checked.has(marker))).toEqual([]);
  });

  it('says it is the facilitator’s confidential record at the top and on every page', () => {
    const report = sessionSummaryReport(summary(), '');
    expect(report.html).toContain('Confidential — facilitator’s record');
    expect(report.footerTemplate).toContain('Confidential — facilitator’s record · Session 3');
  });

  it('keeps caucus notes in a section of their own, after the joint notes, or leaves them out', () => {
    const data = summary();
    const html = sessionSummaryReport(data, '').html;
    const caucusNote = data.caucus[0]!.groups[0]!.notes[0]!.body;
    const jointNote = data.notes[0]!.notes[0]!.body;
    expect(html.indexOf('Caucus notes')).toBeGreaterThan(html.indexOf(jointNote));
    expect(html.indexOf(caucusNote)).toBeGreaterThan(html.indexOf('Caucus with'));
    const without = sessionSummaryReport(summary({ includeCaucus: false, caucus: [] }), '').html;
    expect(without).not.toContain('Caucus notes');
    expect(without).toContain('caucus notes left out');
  });

  it('prints speakers by code, each note’s level, quotes and agreed statements marked, and the agenda against the plan', () => {
    const html = sessionSummaryReport(summary(), '').html;
    expect(html).toContain('<span class="speaker">B2</span>');
    expect(html).toContain('<span class="level">Participants may see</span>');
    expect(html).toContain('<span class="level">Quote</span>');
    expect(html).toContain('Agreed for sponsors');
    expect(html).toContain('No speaker');
    expect(html).toContain('A1, A2, 1 without a speaker code');
    expect(html).toContain('09:05–10:20');
    expect(html).toContain('+15');
    expect(html).toContain('1 Jul 2026');
    expect(html).toContain('Overdue');
  });

  it('prints no trust section when facilitator-level content is left out', () => {
    const html = sessionSummaryReport(summary({ trust: null, levels: ['sponsor'] }), '').html;
    expect(html).not.toContain('Trust reading');
    expect(html).toContain('Sponsor shareable; caucus notes in their own section');
  });
});
