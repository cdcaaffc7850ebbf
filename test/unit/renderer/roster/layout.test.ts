import { describe, expect, it } from 'vitest';
import type { ParticipantSummary } from '../../../../shared/contract';
import { layoutInfluenceMap } from '../../../../renderer/roster/influence-layout';
import { indexRoster, rosterRows } from '../../../../renderer/roster/model';
import { cedarDialogue, participantView } from './fake-roster';

const dialogue = cedarDialogue();
const [sideA, sideB, team] = dialogue.parties;
const person = (fields: Partial<ParticipantSummary>) => participantView(dialogue, fields);

describe('rosterRows', () => {
  const list = [
    person({ partyId: sideB!.id, speakerCode: 'B1', realName: 'Nour' }),
    person({ partyId: sideA!.id, speakerCode: 'A10', realName: 'Ana' }),
    person({ partyId: sideA!.id, speakerCode: 'A2', realName: 'Zed', status: 'confirmed' }),
    person({ partyId: team!.id, speakerCode: 'F1', realName: 'Ingrid' }),
  ];
  const keys = indexRoster(list);

  it('puts one header per party with members, in party order, codes in natural order', () => {
    const rows = rosterRows(list, keys, dialogue.parties, { filter: '', partyId: null, status: null, sort: 'party' });
    expect(
      rows.map((row) => (row.kind === 'party' ? `[${row.party.name} ${row.count}]` : row.participant.speakerCode)),
    ).toEqual(['[Side A 2]', 'A2', 'A10', '[Side B 1]', 'B1', '[Facilitation team 1]', 'F1']);
  });

  it('drops parties with nobody left after the filter', () => {
    const rows = rosterRows(list, keys, dialogue.parties, {
      filter: 'nour',
      partyId: null,
      status: null,
      sort: 'name',
    });
    expect(rows.map((row) => row.kind)).toEqual(['party', 'participant']);
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
    // The minister is reached twice from Side A, once from B: it sits in A's lane, at the three's mean height.
    expect(node('minister')!.x).toBeGreaterThan(node(a1.id)!.x);
    expect(node('minister')!.x).toBeLessThan(layout.lanes[1]!.x);
    expect(node('minister')!.y).toBe(Math.round((node(a1.id)!.y + node(a2.id)!.y + node(b1.id)!.y) / 3));
    expect(node('governor')!.label.endsWith('…')).toBe(true);
    expect(node('governor')!.title).toBe('Governor with a very long title indeed');
    expect(layout.edges).toHaveLength(4);
    expect(layout.height).toBeGreaterThan(Math.max(...layout.nodes.map((n) => n.y)));
  });
});
