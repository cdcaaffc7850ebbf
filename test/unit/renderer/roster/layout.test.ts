import { describe, expect, it } from 'vitest';
import { layoutInfluenceMap } from '../../../../renderer/roster/influence-layout';
import { rosterCounts, rosterRows } from '../../../../renderer/roster/model';
import { cedarDialogue, participantView, type RecordedFields } from './fake-roster';

const dialogue = cedarDialogue();
const [sideA, sideB, team] = dialogue.parties;
const person = (fields: RecordedFields) => participantView(dialogue, fields);

describe('rosterRows', () => {
  const list = [
    person({ partyId: sideB!.id, speakerCode: 'B1', realName: 'Nour' }),
    person({ partyId: sideA!.id, speakerCode: 'A10', realName: 'Ana' }),
    person({ partyId: sideA!.id, speakerCode: 'A2', realName: 'Zed', status: 'confirmed' }),
    person({ partyId: team!.id, speakerCode: 'F1', realName: 'Ingrid' }),
  ];
  it('puts one header per party with members, in party order, members in main’s order', () => {
    const rows = rosterRows(list, dialogue.parties, { partyId: null, status: null }, null);
    expect(
      rows.map((row) =>
        row.kind === 'party' ? `[${row.party.name} ${row.count.total}]` : row.participant.speakerCode,
      ),
    ).toEqual(['[Side A 2]', 'A10', 'A2', '[Side B 1]', 'B1', '[Facilitation team 1]', 'F1']);
  });

  it('keeps only what main matched, and drops parties with nobody left', () => {
    const rows = rosterRows(list, dialogue.parties, { partyId: null, status: null }, new Set([list[0]!.id]));
    expect(rows.map((row) => row.kind)).toEqual(['party', 'participant']);
  });

  it('counts purged and withdrawn people so the groups add up to the header', () => {
    const withGone = [
      ...list,
      person({ partyId: sideA!.id, speakerCode: null, purged: true, status: 'withdrawn' }),
      person({ partyId: sideB!.id, speakerCode: 'B2', status: 'withdrawn' }),
    ];
    expect(rosterCounts(withGone)).toEqual({ entries: 6, withdrawn: 1, purged: 1 });
    const rows = rosterRows(withGone, dialogue.parties, { partyId: null, status: null }, null);
    const groups = rows.flatMap((row) => (row.kind === 'party' ? [row.count] : []));
    expect(groups).toEqual([
      { total: 3, purged: 1 },
      { total: 2, purged: 0 },
      { total: 1, purged: 0 },
    ]);
    expect(groups.reduce((sum, group) => sum + group.total, 0)).toBe(rosterCounts(withGone).entries);
  });
});

describe('layoutInfluenceMap', () => {
  it('puts a decision maker in the lane that reaches it most, at its reachers’ height, without overlaps', () => {
    const a1 = person({ partyId: sideA!.id, speakerCode: 'A1' });
    const a2 = person({ partyId: sideA!.id, speakerCode: 'A2' });
    const b1 = person({ partyId: sideB!.id, speakerCode: 'B1' });
    const lonely = person({ partyId: sideB!.id, speakerCode: 'B2' });
    const layout = layoutInfluenceMap(
      dialogue.parties,
      [a1, a2, b1, lonely],
      {
        decisionMakers: [
          { id: 'minister', name: 'Minister' },
          { id: 'governor', name: 'Governor with a very long title indeed' },
          { id: 'orphan', name: 'Nobody reaches me' },
        ],
        links: [
          { participantId: a1.id, decisionMakerId: 'minister', closeness: 'direct', channel: 'formal' },
          { participantId: a2.id, decisionMakerId: 'minister', closeness: 'one-step', channel: 'informal' },
          { participantId: b1.id, decisionMakerId: 'minister', closeness: 'direct', channel: 'formal' },
          { participantId: b1.id, decisionMakerId: 'governor', closeness: 'direct', channel: 'formal' },
        ],
      },
      (p) => p.speakerCode ?? '',
    );
    expect(layout.lanes.map((lane) => lane.party.name)).toEqual(['Side A', 'Side B']);
    const node = (id: string) => layout.nodes.find((n) => n.id === id);
    expect(node(lonely.id)).toBeUndefined();
    expect(node('orphan')).toBeUndefined();
    // The minister is reached twice from Side A, once from B: it sits in A's lane, level with A's two.
    expect(node('minister')!.x).toBeGreaterThan(node(a1.id)!.x);
    expect(node('minister')!.x).toBeLessThan(layout.lanes[1]!.x);
    expect(node('minister')!.y).toBe(Math.round((node(a1.id)!.y + node(a2.id)!.y) / 2));
    expect(node('governor')!.label.endsWith('…')).toBe(true);
    expect(node('governor')!.title).toBe('Governor with a very long title indeed');
    expect(layout.edges).toHaveLength(4);
    expect(layout.height).toBeGreaterThan(Math.max(...layout.nodes.map((n) => n.y)));
  });

  it('stacks the sides when its box has room for one lane only, so the map never scrolls sideways', () => {
    const a1 = person({ partyId: sideA!.id, speakerCode: 'A1' });
    const b1 = person({ partyId: sideB!.id, speakerCode: 'B1' });
    const map = {
      decisionMakers: [
        { id: 'minister', name: 'Minister' },
        { id: 'governor', name: 'Governor' },
      ],
      links: [
        { participantId: a1.id, decisionMakerId: 'minister', closeness: 'direct' as const, channel: 'formal' as const },
        { participantId: b1.id, decisionMakerId: 'governor', closeness: 'direct' as const, channel: 'formal' as const },
      ],
    };
    const wide = layoutInfluenceMap(dialogue.parties, [a1, b1], map, (p) => p.speakerCode ?? '');
    expect(wide.lanes.map((lane) => [lane.x > 0, lane.y])).toEqual([
      [false, 0],
      [true, 0],
    ]);
    const narrow = layoutInfluenceMap(dialogue.parties, [a1, b1], map, (p) => p.speakerCode ?? '', 1);
    const [first, second] = narrow.lanes;
    expect(second!.x).toBe(0);
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
    expect(narrow.width).toBe(first!.width);
    expect(narrow.width).toBeLessThan(wide.width);
    // Every node and edge stays inside the drawing.
    for (const node of narrow.nodes) expect(node.y).toBeLessThan(narrow.height);
    const b1Node = narrow.nodes.find((n) => n.id === b1.id)!;
    expect(b1Node.y).toBeGreaterThan(second!.y);
  });
});
