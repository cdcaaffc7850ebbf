import type { OvertonBoardView, TrustBoardView } from '../../../../shared/contract';

export const A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const B = 'bbbbbbbb-0000-4000-8000-000000000002';
export const C = 'cccccccc-0000-4000-8000-000000000003';
export const S = [
  '10000000-0000-4000-8000-000000000001',
  '10000000-0000-4000-8000-000000000002',
  '10000000-0000-4000-8000-000000000003',
];

const sessions = S.map((id, index) => ({
  id,
  number: index + 1,
  title: '',
  startsAt: `2026-0${index + 3}-01T08:00:00.000Z`,
}));
const sides = [
  { id: A, name: 'Side A', position: 0 },
  { id: B, name: 'Side B', position: 1 },
];

/** Trust rising with one dip: −1, then −2 (a walk-out), then +1 with first names and informal contact. */
export const trustBoard: TrustBoardView = {
  dialogueId: 'd',
  sides,
  pairs: [{ key: `${A}:${B}`, partyAId: A, partyBId: B }],
  sessions,
  readings: [
    { sessionId: S[0]!, partyAId: A, partyBId: B, rating: -1, indicators: [], rationale: 'Guarded.', updatedAt: '' },
    {
      sessionId: S[1]!,
      partyAId: A,
      partyBId: B,
      rating: -2,
      indicators: ['walk-out'],
      rationale: 'Side B left.',
      updatedAt: '',
    },
    {
      sessionId: S[2]!,
      partyAId: A,
      partyBId: B,
      rating: 1,
      indicators: ['informal-contact', 'first-names'],
      rationale: 'Dinner together.',
      updatedAt: '',
    },
  ],
};

/** Two options on "Water": one moves for Side B from unthinkable to sensible; one has an Arabic title. */
export const overtonBoard: OvertonBoardView = {
  dialogueId: 'd',
  sides,
  sessions,
  topics: [
    {
      id: 't1',
      title: 'Water allocation',
      options: [
        {
          id: 'o1',
          topicId: 't1',
          title: 'A shared water board',
          addedInSessionId: S[0]!,
          createdAt: '',
          placements: [
            { sessionId: S[0]!, partyId: B, level: 'unthinkable', updatedAt: '' },
            { sessionId: S[1]!, partyId: B, level: 'radical', updatedAt: '' },
            { sessionId: S[2]!, partyId: B, level: 'sensible', updatedAt: '' },
            { sessionId: S[0]!, partyId: A, level: 'acceptable', updatedAt: '' },
            { sessionId: S[2]!, partyId: A, level: 'acceptable', updatedAt: '' },
          ],
        },
        {
          id: 'o2',
          topicId: 't1',
          title: 'إدارة مشتركة للمياه',
          addedInSessionId: null,
          createdAt: '',
          placements: [{ sessionId: S[1]!, partyId: A, level: 'radical', updatedAt: '' }],
        },
        { id: 'o3', topicId: 't1', title: 'Never placed', addedInSessionId: null, createdAt: '', placements: [] },
      ],
    },
  ],
};
