import { randomUUID } from 'node:crypto';
import { addDays, format } from 'date-fns';
import type { DialogueView } from '../../shared/contract';
import type { DemoContext, DemoStep } from './steps';

/**
 * Cedar's joint statement on the water commons, drafted over seven versions: brackets held pending
 * another clause and the security talks, each side's stances with their private rationales, a
 * clause moved and reworded between versions 5 and 6, two commitments (one lapsed, which puts the
 * final text at orphan risk on the overview), three ideas carried to Track One roles and two
 * harvested outcomes. Then both copies of the PDF. All of it is invented; people appear only by
 * side, role or speaker code. Runs after the roster and sessions steps.
 */

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd');

/** The text as it stands at each version, by clause key; a version changes what it lists. */
const FIRST: Record<string, string> = {
  shared:
    'The parties recognise the Varrow river and its aquifer as a [shared resource][common heritage] of the communities of the basin.',
  board:
    'Water allocation in the dry season shall be decided by [Option 1: a joint basin board [with a rotating chair]][Option 2: an international custodian appointed by agreement].',
  gauges: 'The parties shall exchange data on river levels and wells every month.',
  access: 'Herders of both communities may use the traditional routes to the lowland commons [in the dry season].',
  security: 'Arrangements for the safety of the pumping stations are [to be agreed separately].',
  arabic: 'تلتزم الأطراف بحماية الينابيع المشتركة وعدم تحويل مجاري المياه [دون اتفاق مسبق].',
  status: 'Nothing in this statement prejudges the final status of the basin.',
};

type Edit = { readonly key: string; readonly text: string } | { readonly key: string; readonly move: 'up' | 'down' };

/** What each version after the first changed, with its note. */
const ROUNDS: readonly { readonly note: string; readonly edits: readonly Edit[] }[] = [
  { note: 'First reading, as tabled at the listening day', edits: [] },
  {
    note: 'After the walk-and-talk: “heritage” proposed by the southern delegation',
    edits: [
      {
        key: 'shared',
        text: 'The parties recognise the Varrow river and its aquifer as a [shared resource][common heritage] of all the communities of the basin.',
      },
    ],
  },
  {
    note: 'Access clause narrowed after the herders’ concerns',
    edits: [
      {
        key: 'access',
        text: 'Herders of both communities may use the traditional routes to the lowland commons [in the dry season][all year round], as recorded in the customary register.',
      },
    ],
  },
  {
    note: 'Data clause: wells added by the northern delegation',
    edits: [{ key: 'gauges', text: 'The parties shall exchange data on river levels, springs and wells every month.' }],
  },
  {
    note: 'Working group text on the board',
    edits: [
      {
        key: 'board',
        text: 'Water allocation in the dry season shall be decided by [Option 1: a joint basin board [with a rotating chair] [and an independent hydrologist]][Option 2: an international custodian appointed by agreement].',
      },
    ],
  },
  {
    note: 'Data clause moved up and made weekly (second round)',
    edits: [
      { key: 'gauges', move: 'up' },
      { key: 'gauges', text: 'The parties shall exchange data on river levels, springs and wells every week.' },
    ],
  },
  {
    note: 'Clean text of clause 1 agreed ad referendum; tabled for the principals',
    edits: [
      {
        key: 'shared',
        text: 'The parties recognise the Varrow river and its aquifer as a common heritage of all the communities of the basin.',
      },
    ],
  },
];

export const agreementsStep: DemoStep = {
  name: 'agreements',
  async run({ call, dialogues }: DemoContext) {
    const cedar: DialogueView | undefined = dialogues.get('Cedar');
    if (!cedar) return [];
    const [north, south] = cedar.parties;
    if (!north || !south) return [];
    const people = await call('participant.list', { dialogueId: cedar.id });
    const byCode = (code: string) => people.find((p) => p.speakerCode === code);
    const sessions = await call('session.list', { dialogueId: cedar.id });

    const draft = await call('draft.create', {
      dialogueId: cedar.id,
      title: 'Joint statement on the water commons',
      purpose:
        'A short shared text both delegations could carry home: does each side accept the river as common before any talk of quotas?',
      stage: 'pre-negotiation',
      status: 'working',
    });
    const ids: Record<string, string> = {};
    let after: string | null = null;
    for (const [key, text] of Object.entries(FIRST)) {
      const id = randomUUID();
      await call('clause.add', { draftId: draft.id, id, afterClauseId: after, text });
      ids[key] = id;
      after = id;
    }
    // The security clause waits for the security talks; the board's custodian option waits for the
    // gauges clause (data first, then who decides).
    await call('hold.add', {
      clauseId: ids.security!,
      bracket: 0,
      pending: { kind: 'other' },
      reason: 'pending the separate security talks',
    });
    await call('hold.add', { clauseId: ids.board!, bracket: 2, pending: { kind: 'clause', clauseId: ids.gauges! } });

    const stance = (key: string, party: string, value: 'accepts' | 'reservation' | 'cannot-accept', rationale = '') =>
      call('stance.set', { clauseId: ids[key]!, partyId: party, stance: value, rationale });
    await stance('shared', north.id, 'accepts');
    await stance('shared', south.id, 'reservation', 'Prefers “heritage”: “resource” sounds like something to divide.');
    await stance('gauges', north.id, 'accepts');
    await stance('gauges', south.id, 'accepts');
    await stance('access', north.id, 'cannot-accept', 'Fears permanent routes become a boundary claim.');
    await stance('access', south.id, 'accepts');
    await stance('status', north.id, 'accepts');
    await stance('status', south.id, 'accepts');
    await stance('arabic', north.id, 'accepts');
    await stance('arabic', south.id, 'reservation', 'Wants “prior agreement” defined: by whom, in what form?');

    for (const [index, round] of ROUNDS.entries()) {
      for (const edit of round.edits) {
        if ('move' in edit) await call('clause.move', { id: ids[edit.key]!, direction: edit.move });
        else await call('clause.save', { id: ids[edit.key]!, text: edit.text });
      }
      if (index === ROUNDS.length - 1) {
        await stance('shared', south.id, 'accepts');
        await call('clause.save', { id: ids.shared!, status: 'agreed-ad-referendum' });
      }
      await call('version.save', { draftId: draft.id, note: round.note });
    }
    await call('package.set', { draftId: draft.id, partyId: north.id, decision: 'yes', note: 'Subject to cabinet.' });
    await call('draft.update', { id: draft.id, status: 'final' });

    // Follow-through: one commitment lapsed, one due in a month.
    await call('commitment.create', {
      draftId: draft.id,
      clauseId: ids.gauges!,
      description: 'Technical teams meet at the gauge station to agree the data format',
      owner: { kind: 'role', role: 'Water ministry technical teams', partyId: null },
      dueOn: day(-40),
      status: 'lapsed',
      evidence: 'The meeting was postponed twice; no new date.',
    });
    await call('commitment.create', {
      draftId: draft.id,
      clauseId: ids.access!,
      description: 'Publish the customary register of herding routes',
      owner: { kind: 'party', partyId: south.id },
      dueOn: day(30),
      status: 'in-progress',
    });

    // Transfer log: roles, never names; carried by the team or by a participant's code.
    const carriers = [byCode('A1'), byCode('B1')];
    const first = await call('transfer.create', {
      dialogueId: cedar.id,
      idea: { kind: 'clause', clauseId: ids.gauges! },
      trackOneRole: 'Deputy minister of water resources',
      rolePartyId: south.id,
      carriedOn: day(-60),
      carrier: carriers[1] ? { kind: 'participant', participantId: carriers[1].id } : { kind: 'facilitation' },
      channel: 'in-person',
      response: 'interested',
      responseNotes: 'Asked whether the wells data could start with a pilot in two villages.',
      followUp: 'Send the pilot proposal',
      followUpOn: day(-30),
    });
    // An option from the Overton window (trust-building's step placed it), carried as such.
    const commission = (await call('overton.board', { dialogueId: cedar.id })).topics
      .flatMap((topic) => topic.options)
      .find((option) => option.title.startsWith('A joint basin commission'));
    await call('transfer.create', {
      dialogueId: cedar.id,
      ...(commission
        ? { idea: { kind: 'topic-option', optionId: commission.id } }
        : { idea: { kind: 'other' }, ideaLabel: 'A joint basin board with a rotating chair (Option 1 of clause 2)' }),
      trackOneRole: 'Chief negotiator for water, prime minister’s office',
      rolePartyId: north.id,
      carriedOn: day(-45),
      carrier: { kind: 'facilitation' },
      channel: 'written',
      response: 'noted',
      responseNotes: 'Acknowledged; no position yet.',
    });
    await call('transfer.create', {
      dialogueId: cedar.id,
      idea: { kind: 'clause', clauseId: ids.shared! },
      trackOneRole: 'Special envoy for the basin',
      carriedOn: day(-20),
      carrier: carriers[0] ? { kind: 'participant', participantId: carriers[0].id } : { kind: 'facilitation' },
      channel: 'call',
      response: 'adopted',
      responseNotes: 'The envoy used “common heritage” in a public statement the following week.',
    });

    // Harvested outcomes, by role, with a verifier and links to what they came from.
    await call('outcome.create', {
      dialogueId: cedar.id,
      description: 'The envoy for the basin spoke of the river as “common heritage” in a public statement.',
      socialActor: 'Special envoy for the basin',
      observedOn: day(-13),
      place: 'Press conference in the capital (fictional)',
      contribution: 'The phrase came from clause 1 of the joint statement, carried by a participant.',
      significance: 'The first time an official on either side used shared language about the river.',
      verifierRole: 'Journalist covering water policy',
      substantiation: 'substantiated',
      evidence: 'Published transcript',
      sessionIds: sessions.slice(0, 2).map((s) => s.id),
      clauseIds: [ids.shared!],
      transferIds: [],
    });
    await call('outcome.create', {
      dialogueId: cedar.id,
      description: 'The lowland water directorate began posting weekly well levels in both languages.',
      socialActor: 'Water directorate of the Lowland Commons',
      observedOn: day(-5),
      place: 'Lowland Commons (fictional)',
      contribution: 'The data clause and the deputy minister’s request for a pilot.',
      significance: 'Data shared across the divide for the first time since 2009.',
      verifierRole: 'Hydrologist, regional university',
      substantiation: 'partly',
      clauseIds: [ids.gauges!],
      transferIds: [first.id],
    });

    const made: string[] = [
      `Draft “${draft.title}” of “${cedar.codeName}” — ${Object.keys(FIRST).length} clauses, ${ROUNDS.length} versions, ` +
        '2 holds, stances, final (at orphan risk: a commitment lapsed); 3 transfers, 2 outcomes',
    ];
    for (const facilitatorCopy of [false, true]) {
      const result = await call('export.draftPdf', { draftId: draft.id, version: ROUNDS.length, facilitatorCopy });
      if (result.saved) {
        made.push(`draft PDF: ${result.fileName} (${result.pages} ${result.pages === 1 ? 'page' : 'pages'})`);
      }
    }
    return made;
  },
};
