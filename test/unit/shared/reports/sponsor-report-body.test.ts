import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { OvertonBoardView, TrustBoardView } from '../../../../shared/contract';
import { SPONSOR_SECTIONS, SPONSOR_TEXT_SECTIONS } from '../../../../shared/domain/report';
import { SponsorReportBody } from '../../../../shared/reports/SponsorReportBody';
import {
  mapSlots,
  slot,
  slotTexts,
  withSlotTexts,
  type SponsorReportDocument,
} from '../../../../shared/reports/sponsor-document';
import { withChartsFrom } from '../../../../main/services/reports/sponsor-data';

const sides = [
  { id: 'sa', name: 'Side A', position: 0 },
  { id: 'sb', name: 'Side B', position: 1 },
];
const sessions = [{ id: 's1', number: 1, title: '', startsAt: '2026-03-12T08:00:00.000Z' }];
const trust: TrustBoardView = {
  dialogueId: 'd',
  sides,
  pairs: [{ key: 'sa:sb', partyAId: 'sa', partyBId: 'sb' }],
  sessions,
  readings: [
    {
      sessionId: 's1',
      partyAId: 'sa',
      partyBId: 'sb',
      rating: 1,
      indicators: ['humour'],
      rationale: '',
      updatedAt: '',
    },
  ],
};
const overton: OvertonBoardView = {
  dialogueId: 'd',
  sides,
  sessions,
  topics: [
    {
      id: 't1',
      title: 'Water (as typed)',
      options: [
        {
          id: 'o1',
          topicId: 't1',
          title: 'A board (as typed)',
          addedInSessionId: null,
          createdAt: '',
          placements: [{ sessionId: 's1', partyId: 'sa', level: 'radical', updatedAt: '' }],
        },
      ],
    },
  ],
};

/** A document with every kind of section, every slot holding a text of its own. */
function fullDocument(): SponsorReportDocument {
  let n = 0;
  const unique = () => slot(`slot${++n}x`);
  const doc: SponsorReportDocument = {
    codeName: unique(),
    meetingsLabel: 'Meetings 1–2',
    period: slot('March 2026'),
    regimes: ['chatham-house'],
    minCount: 3,
    preparedIn: 'May 2026',
    sides: [
      { id: 'sa', name: unique() },
      { id: 'sb', name: unique() },
    ],
    meetings: [1, 2].map((number) => ({
      number,
      period: slot('March 2026'),
      venue: unique(),
      risky: number === 2,
      regime: 'chatham-house' as const,
      participation: {
        recorded: true,
        counts: [
          { sideId: 'sa', shown: '4', suppressed: false },
          { sideId: 'sb', shown: 'fewer than 3', suppressed: true },
        ],
        total: null,
      },
    })),
    participants: { recorded: true, counts: [], total: '9' },
    sections: [
      ...SPONSOR_TEXT_SECTIONS.map((key) => ({ key, body: unique() })),
      { key: 'agreed-statements', statements: [{ meeting: 1, text: unique() }] },
      { key: 'session-points', meetings: [{ meeting: 2, points: [unique(), unique()] }] },
      { key: 'trust-chart', chart: { sessions: [], series: [], indicatorsUsed: [], readingCount: 0 } },
      {
        key: 'overton-chart',
        options: [{ optionId: 'o1', title: unique(), topic: unique() }],
        chart: { sessions: [], sides: [], rows: [] },
      },
      {
        key: 'outcomes',
        outcomes: [
          {
            description: unique(),
            socialActor: unique(),
            observed: 'June 2026',
            contribution: unique(),
            significance: unique(),
            verifierRole: unique(),
            substantiation: 'Substantiated',
          },
        ],
      },
      {
        key: 'transfers',
        transfers: [
          {
            idea: unique(),
            role: unique(),
            sideId: 'sb',
            carried: 'June 2026',
            channel: 'In person',
            response: 'Noted',
            responseNotes: unique(),
          },
        ],
      },
    ],
    omitted: [],
  };
  return withChartsFrom(doc, { trust, overton });
}

describe('the sponsor report document', () => {
  it('prints every slot, and mapSlots reaches every slot it prints, once, in reading order', () => {
    const doc = fullDocument();
    const texts = slotTexts(doc).map((entry) => entry.text);
    const html = renderToStaticMarkup(createElement(SponsorReportBody, { document: doc }));
    const printed = [...html.matchAll(/slot\d+x/gu)].map((match) => match[0]);
    // Side names print in the table head and again in the transfers: each slot at least once, none unknown.
    expect(new Set(printed)).toEqual(new Set(texts));
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.slice(0, 3)).toEqual(['slot1x', 'slot2x', 'slot3x']);
    expect(doc.sections.map((section) => section.key).sort()).toEqual([...SPONSOR_SECTIONS].sort());
  });

  it('draws the charts from the document’s own side names and option titles, never the boards’', () => {
    const doc = fullDocument();
    const html = renderToStaticMarkup(createElement(SponsorReportBody, { document: doc }));
    expect(html).not.toContain('as typed');
    expect(html).not.toMatch(/>Side A</u);
    const overtonChart = doc.sections.find((section) => section.key === 'overton-chart');
    expect(overtonChart?.key === 'overton-chart' && overtonChart.chart.rows[0]).toMatchObject({
      optionTitle: 'slot17x',
      topicTitle: 'slot18x',
    });
    const trustChart = doc.sections.find((section) => section.key === 'trust-chart');
    expect(trustChart?.key === 'trust-chart' && trustChart.chart.series[0]!.label).toBe('slot2x – slot3x');
  });

  it('replaces slot texts in order with withSlotTexts', () => {
    const doc = fullDocument();
    const texts = slotTexts(doc).map((entry) => entry.text.toUpperCase());
    expect(slotTexts(withSlotTexts(doc, texts)).map((entry) => entry.text)).toEqual(texts);
  });

  it('shows each change with its reason in words in the preview, and nothing of it in print', () => {
    const doc = mapSlots(fullDocument(), (value, where) =>
      where === 'The section “Themes”'
        ? slot('A participant said so. Thanks to  too.', [
            { start: 0, end: 13, reason: 'participant-name' },
            { start: 33, end: 33, reason: 'participant-name' },
          ])
        : value,
    );
    const preview = renderToStaticMarkup(createElement(SponsorReportBody, { document: doc, showMarks: true }));
    expect(preview).toContain(
      '<mark class="report-change report-change--participant-name" data-reason="participant-name">A participant<span class="report-change__reason">participant name</span></mark>',
    );
    expect(preview).toContain('removed: participant name');
    expect(preview).toContain('>suppressed<');
    const print = renderToStaticMarkup(createElement(SponsorReportBody, { document: doc }));
    expect(print).not.toContain('<mark');
    expect(print).not.toContain('participant name');
    expect(print).toContain('A participant said so.');
  });

  it('says which rule applied, the fixed statements, and the threshold', () => {
    const html = renderToStaticMarkup(createElement(SponsorReportBody, { document: fullDocument() }));
    expect(html).toContain('Participants took part by invitation and in a personal capacity.');
    expect(html).toContain('under the Chatham House Rule: what was said may be used, but never attributed.');
    expect(html).toContain('the rapporteur’s sole responsibility, not a consensus of participants');
    expect(html).toContain('Here that number is 3 (“fewer than 3”).');
    expect(html).toContain('A total is withheld where it would let a small count be worked out.');
    expect(html).toContain('the dates and place of some meetings are given only approximately');
  });
});
