import { randomUUID } from 'node:crypto';
import type {
  AgendaView,
  CheckInView,
  DialogueView,
  DraftView,
  ExerciseRunView,
  ExerciseView,
  NoteView,
  OvertonOptionView,
  OvertonTopicView,
  ParticipantSummary,
  ParticipantView,
  SessionView,
  TopicView,
  TransferView,
  VenueView,
} from '../../../shared/contract';
import type { LifecycleHarness } from './lifecycle-fixture';

/** An Arabic phrase ("an olive field") carried by every marker, so right-to-left text is looked for too. */
export const ARABIC_MARK = 'حقل زيتوني';

/**
 * A dialogue with something in every table a dialogue reaches, written through the registry as the
 * app would: roster (aliases, contacts, consent, decision makers), venue, session, agenda with
 * topics and a lead, attendance, notes with tags and history, known-safe phrases, a roster export,
 * a draft with clauses (one in Arabic), a hold, stances, a package decision and two versions,
 * commitments, transfers, outcomes, a custom exercise and runs with ticks, counts and observations,
 * trust readings, Overton topics, options and placements, after-care check-ins.
 *
 * Every free-text field gets its own marker, `<prefix><Field> حقل زيتوني <mention>`, so a test that
 * finds one in a page knows which field leaked. `mention` lets a purge test name someone in every
 * field; the marker tokens it returns are what to look for (their ASCII part, as typed and folded).
 */
export interface SeededDialogue {
  readonly dialogue: DialogueView;
  readonly session: SessionView;
  readonly person: ParticipantView;
  readonly other: ParticipantView;
  /** The ASCII part of every marker written, one per field. */
  readonly tokens: readonly string[];
}

export interface SeedOptions {
  readonly codeName: string;
  /** What every marker starts with: letters only, unique to the dialogue. */
  readonly prefix: string;
  /** Appended to every free text (e.g. someone's name and speaker code). */
  readonly mention?: string;
  /** Arabic text is written in this dialogue (every marker, and one clause in Arabic). */
  readonly arabic?: boolean;
  /** The harness can save files (a roster export is then logged too). */
  readonly exports?: boolean;
}

/** What seeding needs of a harness: calls that must succeed. */
type Caller = Pick<LifecycleHarness, 'ok'>;

export async function seedEveryDomain(h: Caller, options: SeedOptions): Promise<SeededDialogue> {
  const { codeName, prefix } = options;
  const tokens: string[] = [];
  const tail = [options.arabic === false ? '' : ARABIC_MARK, options.mention ?? ''].filter(Boolean).join(' ');
  /** A field's marker; `short` ones leave out the tail (fields of a few dozen characters). */
  const mark = (field: string, short = false) => {
    tokens.push(`${prefix}${field}`);
    return short || tail === '' ? `${prefix}${field}` : `${prefix}${field} ${tail}`;
  };

  const dialogue = await h.ok<DialogueView>('dialogue.create', {
    codeName,
    conflict: mark('Conflict'),
    objectives: mark('Objectives'),
    parties: [
      { name: mark('SideA', true) },
      { name: mark('SideB', true) },
      { name: mark('Team', true), kind: 'facilitation' },
    ],
    sponsors: [mark('Sponsor')],
    rootCauses: [{ title: mark('RootCause'), description: mark('RootCauseText') }],
  });
  const [sideA, sideB] = dialogue.parties.map((party) => party.id) as [string, string, string];
  const rootCause = dialogue.rootCauses[0]!;

  const participant = (party: string, field: string, speakerCode: string) =>
    h.ok<ParticipantView>('participant.create', {
      dialogueId: dialogue.id,
      partyId: party,
      realName: `${prefix}${field}Name Quorvath`,
      aliases: [{ alias: mark(`${field}Alias`, true), kind: 'nickname' }],
      pseudonym: mark(`${field}Pseudonym`, true),
      speakerCode,
      affiliation: mark(`${field}Affiliation`),
      role: mark(`${field}Role`),
      languages: [mark(`${field}Language`, true)],
      contacts: {
        email: `${prefix.toLowerCase()}${field.toLowerCase()}@example.org`,
        phone: '+41 22 555 01 23',
        messaging: mark(`${field}Messaging`),
      },
      rationale: { influence: 'high', notes: mark(`${field}Rationale`) },
      risks: { travel: mark(`${field}RiskTravel`), safety: mark(`${field}RiskSafety`) },
      links: [
        {
          decisionMaker: mark(`${field}DecisionMaker`),
          closeness: 'direct',
          channel: 'informal',
          note: mark(`${field}LinkNote`),
        },
      ],
      status: 'confirmed',
    });
  tokens.push(`${prefix}PersonName`, `${prefix}OtherName`);
  const person = await participant(sideA, 'Person', `${prefix.slice(0, 3)}1`);
  const other = await participant(sideB, 'Other', `${prefix.slice(0, 3)}2`);
  await h.ok('participant.recordConsent', {
    participantId: person.id,
    givenOn: '2026-04-01',
    scopes: { notes: true, quotes: true, attribution: false, photos: false },
    note: mark('ConsentNote'),
  });

  const venue = await h.ok<VenueView>('venue.create', {
    dialogueId: dialogue.id,
    name: mark('Venue'),
    city: mark('City', true),
    country: mark('Country', true),
    timeZone: 'Europe/Zurich',
    suitability: mark('Suitability'),
    comfortNotes: mark('Comfort'),
    discretionNotes: mark('Discretion'),
    separations: [{ kind: 'dining', partyId: sideA, note: mark('Separation') }],
  });
  const session = await h.ok<SessionView>('session.create', {
    dialogueId: dialogue.id,
    title: mark('SessionTitle'),
    startsAt: '2026-05-14T09:00',
    endsAt: '2026-05-15T17:00',
    timeZone: 'Europe/Zurich',
    venueId: venue.id,
    objectives: mark('SessionObjectives'),
    outcomeSummary: mark('SessionOutcome'),
    aftercareOn: '2026-05-20',
  });
  const second = await h.ok<SessionView>('session.create', {
    dialogueId: dialogue.id,
    title: mark('SecondSession'),
    startsAt: '2026-06-10T09:00',
    endsAt: '2026-06-10T17:00',
    timeZone: 'Europe/Zurich',
  });
  const plenary = await h.ok<{ itemId: string; agenda: AgendaView }>('agenda.add', {
    sessionId: session.id,
    kind: 'plenary',
    title: mark('ItemTitle'),
    plannedMinutes: 60,
    lead: { kind: 'participant', participantId: person.id },
    notes: mark('ItemNotes'),
    topics: [mark('AgendaTopic')],
  });
  await h.ok('agenda.add', {
    sessionId: session.id,
    kind: 'caucus',
    caucusPartyId: sideB,
    title: mark('CaucusTitle'),
    plannedMinutes: 30,
  });
  await h.ok('session.setAttendance', {
    sessionId: session.id,
    entries: [
      { participantId: person.id, status: 'attended' },
      { participantId: other.id, status: 'attended' },
    ],
  });
  const [agendaTopic] = await h.ok<TopicView[]>('agenda.topics', { dialogueId: dialogue.id });

  const note = (fields: Record<string, unknown>) => h.ok<NoteView>('note.save', { sessionId: session.id, ...fields });
  const noteId = randomUUID();
  await note({ id: noteId, agendaItemId: plenary.itemId, speakerId: person.id, body: mark('NoteFirst') });
  await note({
    id: noteId,
    agendaItemId: plenary.itemId,
    speakerId: person.id,
    body: mark('NoteBody'),
    tags: [
      { kind: 'topic', id: agendaTopic!.id },
      { kind: 'root-cause', id: rootCause.id },
      { kind: 'free', label: mark('FreeTag', true) },
    ],
  });
  await note({ id: randomUUID(), speakerId: other.id, kind: 'quote', body: mark('Quote') });
  await note({ id: randomUUID(), caucusPartyId: sideB, body: mark('CaucusNote') });

  await h.ok('safePhrase.add', { dialogueId: dialogue.id, phrase: mark('SafePhrase') });
  if (options.exports !== false) {
    await h.ok('export.rosterCsv', { dialogueId: dialogue.id, acknowledgedWarnings: [] });
  }

  // Agreements.
  const draft = await h.ok<DraftView>('draft.create', {
    dialogueId: dialogue.id,
    title: mark('DraftTitle'),
    purpose: mark('DraftPurpose'),
    stage: 'framework-partial',
  });
  const clause = randomUUID();
  const arabicClause = randomUUID();
  const agreeOn =
    options.arabic === false ? 'The parties agree to [share the water]' : 'يتفق الطرفان على [تقاسم المياه]';
  await h.ok('clause.add', {
    draftId: draft.id,
    id: clause,
    afterClauseId: null,
    text: `The parties [${mark('Bracket', true)}] agree on ${mark('ClauseText')}.`,
  });
  await h.ok('clause.add', {
    draftId: draft.id,
    id: arabicClause,
    afterClauseId: clause,
    text: `${agreeOn} ${mark('ArabicClause')}`,
  });
  await h.ok('hold.add', {
    clauseId: clause,
    bracket: 0,
    pending: { kind: 'topic', topicId: agendaTopic!.id },
    reason: mark('HoldReason'),
  });
  await h.ok('stance.set', { clauseId: clause, partyId: sideA, stance: 'reservation', rationale: mark('Stance') });
  await h.ok('stance.set', { clauseId: arabicClause, partyId: sideB, stance: 'accepts', rationale: mark('StanceB') });
  await h.ok('package.set', {
    draftId: draft.id,
    partyId: sideB,
    decision: 'no',
    decidedOn: '2026-05-15',
    note: mark('PackageNote'),
  });
  await h.ok('version.save', { draftId: draft.id, note: mark('VersionOne') });
  await h.ok('clause.save', { id: arabicClause, text: `${agreeOn} ${mark('ArabicClauseLater')}` });
  await h.ok('version.save', { draftId: draft.id, note: mark('VersionTwo') });
  await h.ok('commitment.create', {
    draftId: draft.id,
    clauseId: clause,
    description: mark('Commitment'),
    owner: { kind: 'role', role: mark('OwnerRole'), partyId: sideA },
    dueOn: '2026-07-01',
    evidence: mark('CommitmentEvidence'),
  });
  await h.ok('commitment.create', {
    draftId: draft.id,
    description: mark('PersonCommitment'),
    owner: { kind: 'participant', participantId: person.id },
    dueOn: '2026-07-02',
  });
  const transfer = await h.ok<TransferView>('transfer.create', {
    dialogueId: dialogue.id,
    idea: { kind: 'clause', clauseId: clause },
    ideaLabel: mark('IdeaLabel'),
    trackOneRole: mark('TrackOneRole'),
    rolePartyId: sideB,
    carriedOn: '2026-05-20',
    carrier: { kind: 'participant', participantId: person.id },
    channel: 'in-person',
    response: 'interested',
    responseNotes: mark('ResponseNotes'),
    followUp: mark('FollowUp'),
    followUpOn: '2026-06-01',
  });
  await h.ok('transfer.create', {
    dialogueId: dialogue.id,
    idea: { kind: 'topic', topicId: agendaTopic!.id },
    trackOneRole: mark('TopicRole'),
    carriedOn: '2026-05-21',
    carrier: { kind: 'facilitation' },
    channel: 'written',
  });
  await h.ok('outcome.create', {
    dialogueId: dialogue.id,
    description: mark('Outcome'),
    socialActor: mark('SocialActor'),
    observedOn: '2026-06-02',
    place: mark('Place'),
    contribution: mark('Contribution'),
    significance: mark('Significance'),
    verifierRole: mark('Verifier'),
    substantiation: 'partly',
    evidence: mark('OutcomeEvidence'),
    sessionIds: [session.id],
    clauseIds: [clause],
    transferIds: [transfer.id],
  });

  // Trust-building.
  const exercise = await h.ok<ExerciseView>('exercise.create', {
    name: mark('Exercise', true),
    purpose: mark('ExercisePurpose'),
    stage: 'deepening',
    minMinutes: 30,
    maxMinutes: 60,
    materials: mark('Materials'),
    interpretation: mark('Interpretation'),
    flags: [{ flag: 'personal-sharing', caution: mark('Caution') }],
    steps: { prepare: [mark('StepPrepare')], room: [mark('StepRoom')], aftercare: [mark('StepAftercare')] },
  });
  const runs: ExerciseRunView[] = [];
  for (const exerciseId of [exercise.id, 'builtin:hopes-and-fears']) {
    const added = await h.ok<{ run: ExerciseRunView }>('exercise.addToAgenda', { exerciseId, sessionId: session.id });
    runs.push(added.run);
  }
  for (const run of runs) {
    await h.ok('exerciseRun.tick', { runId: run.id, phase: 'prepare', position: 0, done: true });
    await h.ok('exerciseRun.record', {
      runId: run.id,
      landed: 4,
      landedWord: mark(`Landed${runs.indexOf(run)}`, true),
      counts: [{ partyId: sideA, tookPart: 3, optedOut: 1 }],
    });
    await h.ok('exerciseRun.saveObservation', {
      id: randomUUID(),
      runId: run.id,
      body: mark(`Observation${runs.indexOf(run)}`),
    });
  }
  for (const [at, rating] of [
    [session, 1],
    [second, -1],
  ] as const) {
    await h.ok('trust.record', {
      sessionId: at.id,
      partyAId: sideA,
      partyBId: sideB,
      rating,
      indicators: ['humour'],
      rationale: mark(`Trust${rating}`),
    });
  }
  const topic = await h.ok<OvertonTopicView>('overton.addTopic', {
    dialogueId: dialogue.id,
    title: mark('OvertonTopic'),
  });
  const option = await h.ok<OvertonOptionView>('overton.addOption', {
    dialogueId: dialogue.id,
    topicId: topic.id,
    title: mark('Option'),
    sessionId: session.id,
  });
  // An option carried to Track One: the transfer log links it (migration 009).
  await h.ok('transfer.create', {
    dialogueId: dialogue.id,
    idea: { kind: 'topic-option', optionId: option.id },
    trackOneRole: mark('OptionRole'),
    carriedOn: '2026-06-11',
    carrier: { kind: 'facilitation' },
    channel: 'intermediary',
  });
  for (const [at, level] of [
    [session, 'unthinkable'],
    [second, 'acceptable'],
  ] as const) {
    await h.ok('overton.place', { optionId: option.id, sessionId: at.id, partyId: sideA, level });
  }
  for (const [who, field] of [
    [person, 'CheckIn'],
    [other, 'OtherCheckIn'],
  ] as const) {
    await h.ok<CheckInView>('aftercare.save', {
      id: randomUUID(),
      dialogueId: dialogue.id,
      participantId: who.id,
      sessionId: session.id,
      dueOn: '2026-05-20',
      channel: 'phone',
      concern: mark(`${field}Concern`),
      followUp: mark(`${field}FollowUp`),
    });
  }

  // Reports: a sponsor-shareable note marked agreed, a risky session with its venue as described,
  // a written section, a profile the report uses, and the sessions it covers.
  const shareable = await note({ id: randomUUID(), level: 'sponsor', body: mark('AgreedStatement') });
  await h.ok('sponsorReport.markAgreed', { noteId: shareable.id, agreedOn: '2026-05-13' });
  await h.ok('sponsorReport.markSession', { sessionId: session.id, risky: true, venueLabel: mark('VenueLabel') });
  await h.ok('sponsorReport.saveText', { dialogueId: dialogue.id, section: 'themes', body: mark('Themes') });
  const profile = await h.ok<{ id: string }>('reportProfile.save', {
    dialogueId: dialogue.id,
    name: mark('Profile', true),
    sections: ['themes', 'agreed-statements', 'outcomes'],
    riskyPeriod: 'quarter',
    venueDetail: 'country',
    minCount: 4,
    replacement: 'participant-with-side',
  });
  await h.ok('sponsorReport.useProfile', { dialogueId: dialogue.id, profileId: profile.id });
  await h.ok('sponsorReport.setSessions', { dialogueId: dialogue.id, sessionIds: [session.id] });

  return { dialogue, session, person, other, tokens };
}

/**
 * Everything the services tell about a dialogue, read as the app reads it. Two snapshots of the same
 * dialogue are equal when nothing was lost or changed (export log entries without their row number,
 * which a copy into another database renumbers).
 */
export async function readEveryDomain(h: LifecycleHarness, seeded: SeededDialogue) {
  const dialogueId = seeded.dialogue.id;
  const prefix = seeded.tokens[0]!.replace(/Conflict$/u, '');
  const read = <T>(channel: string, payload: unknown) => h.ok<T>(channel, payload);
  const people = await read<ParticipantSummary[]>('participant.list', { dialogueId });
  const sessions = await read<SessionView[]>('session.list', { dialogueId });
  const perSession = [];
  for (const session of sessions) {
    const notes = [
      ...(await read<NoteView[]>('note.list', { sessionId: session.id })),
      ...(await read<NoteView[]>('note.list', {
        sessionId: session.id,
        caucusPartyId: (await read<DialogueView>('dialogue.get', { id: dialogueId })).parties[1]!.id,
      })),
    ];
    perSession.push({
      session: await read('session.get', { id: session.id }),
      attendance: await read('session.attendance', { sessionId: session.id }),
      agenda: await read('agenda.get', { sessionId: session.id }),
      notes,
      history: await Promise.all(notes.map((note) => read('note.history', { id: note.id }))),
      runs: await read('exerciseRun.forSession', { sessionId: session.id }),
    });
  }
  const drafts = await read<DraftView[]>('draft.list', { dialogueId });
  const perDraft = [];
  for (const summary of drafts) {
    const draft = await read<DraftView>('draft.get', { id: summary.id });
    perDraft.push({
      draft,
      versions: await Promise.all(
        draft.versions.map((version) => read('version.get', { draftId: draft.id, number: version.number })),
      ),
      compare: await read('draft.compare', {
        from: { draftId: draft.id, version: 1 },
        to: { draftId: draft.id, version: 'working' },
      }),
    });
  }
  const exportLog = (await read<{ id: number; dialogueId: string | null }[]>('workspace.exportLog', {}))
    .filter((entry) => entry.dialogueId === dialogueId)
    .map(({ id: _renumbered, ...entry }) => entry);
  return {
    dialogue: await read('dialogue.get', { id: dialogueId }),
    people: await Promise.all(people.map((person) => read('participant.get', { id: person.id }))),
    // Identities are read one participant at a time (the privacy screen's contract): all parts.
    identities: await Promise.all(
      people.map((person) =>
        read('participant.identity', { id: person.id, parts: ['names', 'affiliation', 'contacts', 'risks'] }),
      ),
    ),
    influence: await read('participant.influenceMap', { dialogueId }),
    audit: await read('audit.list', { dialogueId }),
    venues: await read('venue.list', { dialogueId }),
    topics: await read('agenda.topics', { dialogueId }),
    perSession,
    progress: await read('exerciseRun.progress', { dialogueId }),
    safePhrases: await read('safePhrase.list', { dialogueId }),
    perDraft,
    commitments: await read('commitment.list', { dialogueId }),
    transfers: await read('transfer.list', { dialogueId }),
    outcomes: await read('outcome.list', { dialogueId }),
    trust: await read('trust.board', { dialogueId }),
    overton: await read('overton.board', { dialogueId }),
    aftercare: await read('aftercare.board', { dialogueId, today: '2026-05-14' }),
    exercises: await read('exercise.list', { includeArchived: true }),
    exportLog,
    sponsorReport: await read('sponsorReport.get', { dialogueId }),
    statements: await read('sponsorReport.statements', { dialogueId }),
    reportProfiles: await read('reportProfile.list', { dialogueId }),
    // The search index answers for the notes, whatever their history.
    search: await read('note.search', { dialogueId, query: `${prefix}NoteBody` }),
    caucusSearch: await read('note.search', {
      dialogueId,
      query: `${prefix}CaucusNote`,
      caucusPartyId: seeded.dialogue.parties[1]!.id,
    }),
  };
}
