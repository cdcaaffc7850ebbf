// Reports at issue 13's scale: the sanitized sponsor report of a 12-session dialogue holding 5,000
// notes — loaded, redacted (names and codes replaced), checked, printed by Chromium, read back by
// PDFium and checked again, then written — and the session summary of one of those sessions.
//
// Two ways to run it:
//   - standalone: `npx tsx test/bench/reports.ts` builds its own workspace in a temp folder and
//     prints the results as JSON;
//   - inside `npm run bench`: `reportsSeed` and `reportsSuite` plug into SEED_STEPS and SUITES.
import { randomUUID } from 'node:crypto';
import { type Client } from '../../main/cli/client';
import { SPONSOR_TEXT_SECTIONS } from '../../shared/domain/report';
import { BUDGETS } from './budgets';
import type { Suite } from './suites/context';
import type { SeedStep } from './workload';
import { standaloneWhenRun } from './standalone';

export const REPORTS_WORKLOAD = {
  sessions: 12,
  notes: 5_000,
  participantsPerSide: 12,
  /** One note in twenty is sponsor-shareable; one in a hundred of those is agreed. */
  sponsorShare: 0.05,
  options: 10,
  outcomes: 20,
  transfers: 20,
} as const;

const generated = { dialogueId: '', sessionIds: [] as string[] };

const FIRST = ['Amal', 'Yusuf', 'Noa', 'Avi', 'Leila', 'Sergei', 'Mariam', 'Tomas', 'Hana', 'Karim', 'Dina', 'Omar'];
const LAST = [
  'Haddad',
  'Levi',
  'Nasser',
  'Ortega',
  'Kahn',
  'Petrov',
  'Saleh',
  'Berg',
  'Mansour',
  'Rosen',
  'Aziz',
  'Stone',
];

/**
 * A note as a room produces it: a sentence or two, codes for speakers, and in some sponsor-shareable
 * ones a name typed by mistake (the sponsor report replaces it; a summary would refuse it).
 */
function noteBody(index: number, sponsor: boolean): string {
  const code = `${index % 2 === 0 ? 'A' : 'B'}${1 + (index % REPORTS_WORKLOAD.participantsPerSide)}`;
  const topic = ['the river flow', 'grazing on the eastern slope', 'the old market', 'the wells', 'the dam'][
    index % 5
  ]!;
  const name =
    sponsor && index % 60 === 0 ? ` ${FIRST[index % FIRST.length]} ${LAST[(index * 7) % LAST.length]} agreed.` : '';
  return (
    `${code} spoke about ${topic} and what session ${1 + (index % REPORTS_WORKLOAD.sessions)} left open.` +
    ` The group listed three options and asked the team to draft a note before the next round.${name}`
  );
}

async function seedReports(call: Client['call'], progress: (line: string) => void = () => undefined) {
  const dialogue = await call('dialogue.create', {
    codeName: `Bench reports ${randomUUID().slice(0, 8)}`,
    parties: [{ name: 'North' }, { name: 'South' }, { name: 'Team', kind: 'facilitation' }],
  });
  generated.dialogueId = dialogue.id;
  const [north, south] = dialogue.parties;
  const people: string[] = [];
  for (const [side, letter] of [
    [north!, 'A'],
    [south!, 'B'],
  ] as const) {
    for (let i = 0; i < REPORTS_WORKLOAD.participantsPerSide; i++) {
      const person = await call('participant.create', {
        dialogueId: dialogue.id,
        partyId: side.id,
        // Each side's twelve names distinct; no code-like word in a name (a name is not a speaker code).
        realName: `${FIRST[(i + (letter === 'B' ? 6 : 0)) % FIRST.length]} ${LAST[(i * 7 + (letter === 'B' ? 3 : 0)) % LAST.length]}`,
        speakerCode: `${letter}${i + 1}`,
        pseudonym: `Pseudonym ${letter}${i + 1}`,
        role: i % 4 === 0 ? 'Former official' : 'Civil-society leader',
        contacts: { email: `person.${letter}${i}@example.org`, phone: `+41 79 555 ${String(1000 + i)}`, messaging: '' },
        status: 'confirmed',
      });
      people.push(person.id);
    }
  }
  const venue = await call('venue.create', {
    dialogueId: dialogue.id,
    name: 'Bench retreat house',
    city: 'Montreux',
    country: 'Switzerland',
    timeZone: 'Europe/Zurich',
  });
  for (let s = 0; s < REPORTS_WORKLOAD.sessions; s++) {
    const month = String(1 + (s % 12)).padStart(2, '0');
    const session = await call('session.create', {
      dialogueId: dialogue.id,
      number: s + 1,
      title: `Round ${s + 1}`,
      startsAt: `2025-${month}-10T09:00`,
      endsAt: `2025-${month}-11T17:00`,
      venueId: venue.id,
    });
    generated.sessionIds.push(session.id);
    if (s % 4 === 1) await call('sponsorReport.markSession', { sessionId: session.id, risky: true });
    await call('session.setAttendance', {
      sessionId: session.id,
      entries: people.map((participantId, i) => ({ participantId, status: (i + s) % 5 === 0 ? 'absent' : 'attended' })),
    });
    await call('trust.record', {
      sessionId: session.id,
      partyAId: north!.id,
      partyBId: south!.id,
      rating: ((s % 5) - 2) as -2 | -1 | 0 | 1 | 2,
      indicators: s % 2 === 0 ? ['humour'] : ['informal-contact'],
    });
  }
  const topic = await call('overton.addTopic', { dialogueId: dialogue.id, title: 'Water allocation' });
  for (let o = 0; o < REPORTS_WORKLOAD.options; o++) {
    const option = await call('overton.addOption', {
      dialogueId: dialogue.id,
      topicId: topic.id,
      title: `Option ${o + 1}`,
    });
    for (const [s, sessionId] of generated.sessionIds.entries()) {
      if ((s + o) % 3 !== 0) continue;
      for (const side of [north!, south!]) {
        await call('overton.place', {
          optionId: option.id,
          sessionId,
          partyId: side.id,
          level: (['radical', 'acceptable', 'sensible'] as const)[(s + o) % 3]!,
        });
      }
    }
  }
  for (let i = 0; i < REPORTS_WORKLOAD.notes; i++) {
    const sponsor = i % Math.round(1 / REPORTS_WORKLOAD.sponsorShare) === 0;
    const note = await call('note.save', {
      id: randomUUID(),
      sessionId: generated.sessionIds[i % REPORTS_WORKLOAD.sessions]!,
      level: sponsor ? 'sponsor' : i % 3 === 0 ? 'facilitator' : 'participants',
      speakerId: people[i % people.length]!,
      body: noteBody(i, sponsor),
    });
    if (sponsor && i % 100 === 0 && !/agreed\.$/u.test(note.body)) {
      await call('sponsorReport.markAgreed', { noteId: note.id, agreedOn: '2025-12-01' });
    }
    if (i % 1000 === 999) progress(`reports: ${i + 1} notes`);
  }
  for (const section of SPONSOR_TEXT_SECTIONS) {
    await call('sponsorReport.saveText', {
      dialogueId: dialogue.id,
      section,
      body: Array.from(
        { length: 6 },
        (_, k) => `Paragraph ${k + 1} on ${section}: what the twelve rounds showed, in the rapporteur’s words.`,
      ).join('\n\n'),
    });
  }
  for (let i = 0; i < REPORTS_WORKLOAD.outcomes; i++) {
    await call('outcome.create', {
      dialogueId: dialogue.id,
      description: `Outcome ${i + 1}: a ministry asked for the flow-data proposal in writing.`,
      socialActor: 'A deputy minister',
      observedOn: '2025-06-15',
      sessionIds: [generated.sessionIds[i % REPORTS_WORKLOAD.sessions]!],
    });
  }
  for (let i = 0; i < REPORTS_WORKLOAD.transfers; i++) {
    await call('transfer.create', {
      dialogueId: dialogue.id,
      idea: { kind: 'other' },
      ideaLabel: `Idea ${i + 1}: a monthly exchange of flow data`,
      trackOneRole: 'Deputy minister of water',
      rolePartyId: south!.id,
      carriedOn: `2025-${String(1 + (i % 12)).padStart(2, '0')}-20`,
      carrier: { kind: 'facilitation' },
      channel: 'written',
    });
  }
}

export const reportsSeed: SeedStep = {
  name: 'reports (a 12-session dialogue with 5,000 notes)',
  run: ({ call }) => seedReports(call),
};

export const reportsSuite: Suite = (suite, { call }) => {
  const dialogueId = () => generated.dialogueId;
  // Warnings are the facilitator's to confirm once; the timed export is the one that writes.
  let acknowledged: string[] | null = null;
  const acknowledge = async () => {
    acknowledged ??= (await call('sponsorReport.preview', { dialogueId: dialogueId() })).warnings.map((w) => w.id);
  };
  suite.bench(
    'sponsorReport.preview (12 sessions, 5,000 notes: load, redact, check)',
    () => call('sponsorReport.preview', { dialogueId: dialogueId() }),
    { runs: 15, warmup: 2, budget: BUDGETS.report },
  );
  suite.bench(
    'export.sponsorReportPdf (12 sessions, 5,000 notes: redaction, print, final check, write)',
    async () => {
      const result = await call('export.sponsorReportPdf', {
        dialogueId: dialogueId(),
        acknowledgedWarnings: acknowledged!,
      });
      if (!result.saved) throw new Error('the sponsor report was not written');
    },
    { runs: 15, warmup: 2, budget: BUDGETS.sponsorReport, beforeEach: acknowledge },
  );
  suite.bench(
    'export.sessionSummaryPdf (one session, ~400 notes of the facilitator and participants levels)',
    async (run) => {
      const sessionId = generated.sessionIds[((run % 12) + 12) % 12]!;
      const levels = ['facilitator', 'participants'] as const;
      let result = await call('export.sessionSummaryPdf', { sessionId, levels: [...levels] });
      if (!result.saved && result.warnings) {
        result = await call('export.sessionSummaryPdf', {
          sessionId,
          levels: [...levels],
          acknowledgedWarnings: result.warnings.map((w) => w.id),
        });
      }
      return result;
    },
    { runs: 10, warmup: 1, budget: BUDGETS.report },
  );
};

// --- Standalone ---------------------------------------------------------------------------------

standaloneWhenRun(import.meta.url, () => ({
  name: 'reports',
  workload: () => REPORTS_WORKLOAD,
  prints: true,
  seed: async (client, progress) => {
    await seedReports(client.call, progress);
    return [generated.dialogueId];
  },
  suite: reportsSuite,
}));
