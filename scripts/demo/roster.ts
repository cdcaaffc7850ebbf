import type { Contract, InputOf } from '../../shared/contract';
import type { DemoStep } from './steps';

/**
 * The roster of the fictional “Cedar” process: two delegations from the invented Varrow basin and
 * the facilitation team. Every person, office and organisation here is invented; names were chosen
 * to exercise what the roster must handle (diacritics, an Arabic-script name, transliterated
 * aliases, a sensitive affiliation, consent scopes, a withdrawal and a purge).
 */

type NewParticipant = Omit<InputOf<Contract['participant.create']>, 'dialogueId' | 'partyId'> & {
  readonly party: 0 | 1 | 2;
  readonly consent?: {
    readonly givenOn: string;
    readonly scopes: readonly ('notes' | 'quotes' | 'attribution' | 'photos')[];
  };
  readonly withdrawnOn?: string;
};

const NORTH = 0;
const SOUTH = 1;
const TEAM = 2;

const ROSTER: readonly NewParticipant[] = [
  {
    party: NORTH,
    realName: 'Salim Ḥaddād',
    aliases: [
      { alias: 'Salim Haddad', kind: 'spelling' },
      { alias: 'سليم حداد', kind: 'transliteration' },
      { alias: 'Abu Karim', kind: 'nickname' },
    ],
    pseudonym: 'The engineer',
    affiliation: 'Upper Varrow Water Authority (retired)',
    role: 'Former deputy minister of water',
    trackLevel: '1.5',
    sector: 'government',
    languages: ['Arabic', 'English'],
    contacts: { email: 'salim.h@example.org', phone: '+99 21 555 0101', messaging: 'Signal: +99 21 555 0101' },
    rationale: {
      influence: 'high',
      openMindedness: 'medium',
      access: 'high',
      personalCapacity: 'medium',
      notes: 'Built the upper dams; respected downstream for admitting their cost.',
    },
    links: [
      {
        decisionMaker: 'Minister of Water (Upper Varrow)',
        closeness: 'direct',
        channel: 'informal',
        note: 'Former deputy',
      },
      { decisionMaker: "Prime Minister's Office (Upper Varrow)", closeness: 'one-step', channel: 'formal' },
    ],
    status: 'confirmed',
    consent: { givenOn: '2024-03-11', scopes: ['notes', 'quotes'] },
  },
  {
    party: NORTH,
    realName: 'Marta Ilievska-Brenn',
    aliases: [{ alias: 'Marta Ilievska', kind: 'spelling' }],
    pseudonym: 'The hydrologist',
    affiliation: 'University of Upper Varrow, Faculty of Earth Sciences',
    role: 'Professor of hydrology',
    trackLevel: '2',
    sector: 'research-education',
    languages: ['English', 'German'],
    contacts: { email: 'm.ilievska@example.org' },
    rationale: {
      influence: 'medium',
      openMindedness: 'high',
      access: 'medium',
      personalCapacity: 'high',
      notes: 'Shared river data across the line when no one else would.',
    },
    links: [{ decisionMaker: 'Minister of Water (Upper Varrow)', closeness: 'one-step', channel: 'formal' }],
    status: 'confirmed',
    consent: { givenOn: '2024-03-11', scopes: ['notes', 'quotes', 'attribution'] },
  },
  {
    party: NORTH,
    realName: 'Teodor Vasić',
    aliases: [
      { alias: 'Teodor Vasic', kind: 'spelling' },
      { alias: 'Teo', kind: 'nickname' },
    ],
    pseudonym: 'The analyst',
    affiliation: 'Upper Varrow Internal Security Service (serving analyst)',
    affiliationSensitive: true,
    role: 'Security analyst, attends in a personal capacity',
    trackLevel: '1.5',
    sector: 'government',
    contacts: { phone: '+99 21 555 0144' },
    rationale: {
      influence: 'medium',
      openMindedness: 'medium',
      access: 'high',
      personalCapacity: 'low',
      notes: 'Can tell us what the security services will and will not accept.',
    },
    risks: {
      travel: 'Must not transit through the Lowland capital.',
      safety: 'Never photograph; never name his service in any document.',
    },
    links: [{ decisionMaker: 'National Security Adviser (Upper Varrow)', closeness: 'direct', channel: 'formal' }],
    status: 'confirmed',
    consent: { givenOn: '2024-04-02', scopes: ['notes'] },
  },
  {
    party: NORTH,
    realName: 'Father Ilarion Veshko',
    aliases: [{ alias: 'Otets Ilarion', kind: 'transliteration' }],
    pseudonym: 'The cleric',
    affiliation: 'Monastery of the Upper Springs',
    role: 'Abbot',
    trackLevel: '2',
    sector: 'religion',
    languages: ['Varrowan', 'Russian'],
    links: [{ decisionMaker: 'Patriarch of the Upper Varrow Church', closeness: 'direct', channel: 'informal' }],
    status: 'confirmed',
    consent: { givenOn: '2024-03-11', scopes: ['notes', 'quotes', 'photos'] },
  },
  {
    party: NORTH,
    realName: 'Ana Krstović',
    aliases: [{ alias: 'Ana Krstovic', kind: 'spelling' }],
    pseudonym: 'The trader',
    affiliation: 'Upper Varrow Chamber of Commerce',
    role: 'Vice-president',
    trackLevel: '2',
    sector: 'business',
    status: 'invited',
  },
  {
    party: NORTH,
    realName: 'Gjergj Mali',
    pseudonym: 'The organiser',
    affiliation: 'Rivers for All (civic association)',
    role: 'Founder',
    trackLevel: '3',
    sector: 'activism',
    risks: { travel: 'Passport renewal pending; check before inviting to a third country.', safety: '' },
    status: 'prospect',
  },
  {
    party: SOUTH,
    realName: 'نور الهدى الخطيب',
    aliases: [
      { alias: 'Nour al-Huda al-Khaṭīb', kind: 'transliteration' },
      { alias: 'Noor Khatib', kind: 'spelling' },
      { alias: 'Umm Sami', kind: 'nickname' },
    ],
    pseudonym: 'The advocate',
    affiliation: 'Lowland Commons Bar Association',
    role: 'Human-rights lawyer',
    trackLevel: '2',
    sector: 'professional',
    languages: ['Arabic', 'French', 'English'],
    contacts: { email: 'n.khatib@example.org', messaging: 'Signal: @nour_k' },
    rationale: {
      influence: 'medium',
      openMindedness: 'high',
      access: 'medium',
      personalCapacity: 'high',
      notes: 'Trusted by the grazing families; argues from law, not grievance.',
    },
    links: [{ decisionMaker: 'Chief Justice (Lowland Commons)', closeness: 'one-step', channel: 'formal' }],
    status: 'confirmed',
    consent: { givenOn: '2024-03-11', scopes: ['notes', 'quotes', 'attribution'] },
  },
  {
    party: SOUTH,
    realName: 'Yūsuf ʿAbd al-Raḥmān',
    aliases: [
      { alias: 'Yusuf Abdel Rahman', kind: 'spelling' },
      { alias: 'يوسف عبد الرحمن', kind: 'transliteration' },
      { alias: 'Sheikh Yusuf', kind: 'nickname' },
    ],
    pseudonym: 'The elder',
    affiliation: 'Grazing Council of the Lowland Commons',
    role: 'Elder and council chair',
    trackLevel: '2',
    sector: 'private-citizen',
    languages: ['Arabic'],
    rationale: {
      influence: 'high',
      openMindedness: 'medium',
      access: 'high',
      personalCapacity: 'medium',
      notes: 'No agreement on grazing holds without him.',
    },
    links: [
      {
        decisionMaker: 'Governor of the Lowland Commons',
        closeness: 'direct',
        channel: 'informal',
        note: 'Same village',
      },
      { decisionMaker: 'Lowland Minister of Agriculture', closeness: 'one-step', channel: 'informal' },
    ],
    status: 'confirmed',
    consent: { givenOn: '2024-03-12', scopes: ['notes'] },
  },
  {
    party: SOUTH,
    realName: 'Dalia Mansour',
    pseudonym: 'The negotiator',
    affiliation: 'Lowland Commons negotiation unit (serving adviser)',
    affiliationSensitive: true,
    role: 'Adviser, attends in a personal capacity',
    trackLevel: '1.5',
    sector: 'government',
    contacts: { email: 'dalia.m@example.org' },
    rationale: {
      influence: 'high',
      openMindedness: 'high',
      access: 'high',
      personalCapacity: 'low',
      notes: 'Carries ideas to the official track; our main transfer channel.',
    },
    risks: { travel: '', safety: 'Her ministry must never learn she attends.' },
    links: [
      { decisionMaker: 'Lowland Foreign Minister', closeness: 'direct', channel: 'formal' },
      { decisionMaker: 'Governor of the Lowland Commons', closeness: 'one-step', channel: 'informal' },
    ],
    status: 'confirmed',
    consent: { givenOn: '2024-04-02', scopes: ['notes'] },
  },
  {
    party: SOUTH,
    realName: 'Karim Ṣāliḥ',
    aliases: [{ alias: 'Karim Saleh', kind: 'spelling' }],
    pseudonym: 'The farmer',
    affiliation: 'Lowland Farmers’ Cooperative',
    role: 'Chair',
    trackLevel: '3',
    sector: 'business',
    risks: { travel: '', safety: 'Threatened by hardliners after the first round.' },
    status: 'confirmed',
    consent: { givenOn: '2024-03-11', scopes: ['notes', 'quotes', 'photos'] },
    withdrawnOn: '2024-09-30',
  },
  {
    party: SOUTH,
    realName: 'Rania Odeh',
    pseudonym: 'The reporter',
    affiliation: 'Lowland Evening Star',
    role: 'Columnist',
    trackLevel: '2',
    sector: 'media',
    status: 'prospect',
  },
  {
    party: SOUTH,
    realName: 'Idris Kanaan',
    pseudonym: 'The planner',
    affiliation: 'Lowland Regional Planning Office',
    role: 'Senior planner',
    trackLevel: '2',
    sector: 'government',
    status: 'declined',
  },
  {
    party: TEAM,
    realName: 'Ingrid Solberg',
    pseudonym: 'Lead facilitator',
    role: 'Lead facilitator',
    sector: 'professional',
    status: 'confirmed',
  },
  {
    party: TEAM,
    realName: 'Daniel Okafor',
    pseudonym: 'Rapporteur',
    role: 'Rapporteur',
    sector: 'professional',
    status: 'confirmed',
  },
];

/** A participant who withdrew and was purged, so the demo shows the neutral row and the audit entry. */
const WITHDRAWN: NewParticipant = {
  party: SOUTH,
  realName: 'Hadi Rahal',
  pseudonym: 'The teacher',
  affiliation: 'Lowland Teachers’ Union',
  role: 'Union secretary',
  status: 'confirmed',
  consent: { givenOn: '2024-03-11', scopes: ['notes', 'quotes'] },
};

const PROCESS = {
  sponsors: ['Northbridge Peace Foundation (fictional)', 'Ministry of Foreign Affairs of Eastmark (fictional)'],
  rootCauses: [
    {
      title: 'Allocation of the Varrow’s water',
      description: 'The upper dams cut the summer flow downstream by half; no treaty governs releases.',
    },
    {
      title: 'Grazing rights on the lowland commons',
      description: 'Customary routes crossed by the 1998 boundary; herders lose access each dry season.',
    },
    {
      title: 'Missing persons from the 2009 clashes',
      description: 'Families on both sides still wait for answers; any process that ignores this loses them.',
    },
  ],
};

export const rosterStep: DemoStep = {
  name: 'roster',
  async run({ call, dialogues }) {
    const cedar = dialogues.get('Cedar');
    if (!cedar) return [];
    const updated = await call('dialogue.update', { id: cedar.id, ...PROCESS });
    dialogues.set(updated.codeName, updated);

    const add = async ({ party, consent, withdrawnOn, ...fields }: NewParticipant) => {
      const participant = await call('participant.create', {
        dialogueId: cedar.id,
        partyId: cedar.parties[party]!.id,
        ...fields,
      });
      if (consent) {
        await call('participant.recordConsent', {
          participantId: participant.id,
          givenOn: consent.givenOn,
          scopes: {
            notes: consent.scopes.includes('notes'),
            quotes: consent.scopes.includes('quotes'),
            attribution: consent.scopes.includes('attribution'),
            photos: consent.scopes.includes('photos'),
          },
        });
      }
      if (withdrawnOn) await call('participant.withdrawConsent', { participantId: participant.id, withdrawnOn });
      return participant;
    };

    for (const entry of ROSTER) await add(entry);
    const withdrawn = await add(WITHDRAWN);
    await call('participant.withdrawConsent', { participantId: withdrawn.id, withdrawnOn: '2024-10-14' });
    await call('participant.purge', { id: withdrawn.id, confirmSpeakerCode: withdrawn.speakerCode! });

    const count = (party: number) => ROSTER.filter((entry) => entry.party === party).length;
    return [
      `Dialogue “${updated.codeName}” — ${PROCESS.sponsors.length} sponsors, ${PROCESS.rootCauses.length} root causes`,
      `Roster of “${updated.codeName}” — ${ROSTER.length} participants (${count(NORTH)} + ${count(SOUTH)} from the two ` +
        `delegations, ${count(TEAM)} facilitators), decision-maker links, consent register; 1 purged after withdrawing`,
    ];
  },
};
