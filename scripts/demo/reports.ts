import { addMinutes } from 'date-fns';
import type { ExportResult, ExportWarning } from '../../shared/contract';
import { instantToZoned } from '../../shared/time/zone';
import { SPONSOR_SECTIONS } from '../../shared/domain/report';
import type { DemoContext, DemoStep } from './steps';

/** A warning is the facilitator's to confirm; the demo accepts them, and says so (place and reason only, as the app and the CLI show them). */
export async function accepting(
  exportWith: (acknowledgedWarnings: string[]) => Promise<ExportResult>,
): Promise<{ result: ExportResult; warnings: readonly ExportWarning[] }> {
  const first = await exportWith([]);
  const warnings = !first.saved ? (first.warnings ?? []) : [];
  if (warnings.length === 0) return { result: first, warnings };
  return { result: await exportWith(warnings.map((warning) => warning.id)), warnings };
}

const pages = (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`;

/** Minutes each of the first day's items ran over (+) or under (−) its plan, in agenda order. */
const FIRST_DAY_DRIFT = [10, 5, 5, 15, 0, -5, 0, 10, -30, 0, 15, 0];

/**
 * The workshop's first day as it ran, so its summary shows plan against actual: recorded with live
 * mode's calls, then corrected to the venue's clocks of that day (the facilitator's corrections).
 */
async function recordFirstDay(call: DemoContext['call'], sessionId: string): Promise<void> {
  const agenda = await call('agenda.get', { sessionId });
  const firstDay = agenda.items.filter((item) => item.day === 0);
  if (firstDay.length === 0 || agenda.items.some((item) => item.actualStart !== null)) return;
  await call('live.start', { sessionId });
  for (let i = 1; i < firstDay.length; i++) await call('live.next', { sessionId });
  await call('live.finish', { sessionId });
  let cursor = addMinutes(new Date(firstDay[0]!.plannedStart), 5);
  for (const [index, item] of firstDay.entries()) {
    const end = addMinutes(cursor, item.plannedMinutes + (FIRST_DAY_DRIFT[index] ?? 0));
    await call('live.correct', {
      itemId: item.id,
      actualStart: instantToZoned(cursor, agenda.session.timeZone),
      actualEnd: instantToZoned(end, agenda.session.timeZone),
    });
    cursor = end;
  }
}

/** What Cedar's sponsors are told about the first two meetings, in the facilitator's words (all invented). */
const CEDAR_SPONSOR_TEXTS = {
  themes:
    'The river and its seasonal flow came first for both delegations, before any talk of borders; grazing on the eastern slope and access to the old market on feast days followed.',
  convergence:
    'Both delegations accepted that the river must be measured in the same way on both banks before shares can be discussed.',
  divergence: 'They remain apart on who would chair a joint body and on how the displacement of 1998 is to be named.',
  'new-options':
    'A joint basin commission with a rotating chair was raised for the first time and not rejected; seasonal grazing corridors and a shared veterinary post are now discussed openly.',
  process:
    'Two meetings were held: a listening day, then a two-day problem-solving workshop in a third country. Hopes-and-fears and walk-and-talk exercises opened the workshop.',
  // Speaker codes typed as the facilitator thinks of people: the report replaces them.
  relationships:
    'Participants moved from guarded to cordial. A1 and B2 presented the commission idea together on the second day; informal contact across the delegations began there.',
  risks:
    'One delegation worries that a leak would be used against its members at home; the team keeps the meetings unannounced and checks in with every participant after each round.',
  'next-steps':
    'A third meeting in the spring to draft a joint note on the commission. The sponsors are asked to fund interpretation and a hydrologist’s visit.',
} as const;

/**
 * What Cedar's Reports page holds before anything is printed: attendance of the first two meetings,
 * the workshop marked risky, the sponsor texts, the agreed statements, a saved profile in use and
 * the meetings covered. The e2e walk seeds this without printing.
 */
export async function seedCedarReport({ call, dialogues }: DemoContext) {
  const cedar = dialogues.get('Cedar');
  if (!cedar) return null;
  const sessions = await call('session.list', { dialogueId: cedar.id });
  const listening = sessions.find((session) => session.number === 1);
  const workshop = sessions.find((session) => session.number === 2);
  if (!listening || !workshop) return null;

  // Who came: all of the northern delegation both times; two of the southern at the listening
  // day (a count the report suppresses), five at the workshop.
  const roster = await call('participant.list', { dialogueId: cedar.id, includePurged: false });
  const [north, south] = cedar.parties.filter((party) => party.kind === 'side');
  const southern = roster.filter((person) => person.partyId === south?.id);
  for (const [session, southernPresent] of [
    [listening, 2],
    [workshop, 5],
  ] as const) {
    await call('session.setAttendance', {
      sessionId: session.id,
      entries: roster.map((person) => ({
        participantId: person.id,
        status:
          person.partyId === north?.id || person.partyId !== south?.id || southern.indexOf(person) < southernPresent
            ? 'attended'
            : 'absent',
      })),
    });
  }

  // The sponsor report of the two meetings held so far.
  await call('sponsorReport.markSession', { sessionId: workshop.id, risky: true, venueLabel: 'a third country' });
  for (const [section, body] of Object.entries(CEDAR_SPONSOR_TEXTS)) {
    await call('sponsorReport.saveText', {
      dialogueId: cedar.id,
      section: section as keyof typeof CEDAR_SPONSOR_TEXTS,
      body,
    });
  }
  const shareable = await call('sponsorReport.statements', { dialogueId: cedar.id, sessionId: workshop.id });
  for (const statement of shareable.statements.filter((s) => s.level === 'sponsor')) {
    await call('sponsorReport.markAgreed', { noteId: statement.noteId, agreedOn: '2024-09-13' });
  }
  const profile = await call('reportProfile.save', {
    dialogueId: cedar.id,
    name: 'Foundation, twice a year',
    // Every section: the foundation reads the whole report.
    sections: [...SPONSOR_SECTIONS],
    riskyPeriod: 'month',
    venueDetail: 'country',
    minCount: 3,
    replacement: 'participant-with-side',
  });
  await call('sponsorReport.useProfile', { dialogueId: cedar.id, profileId: profile.id });
  await call('sponsorReport.setSessions', { dialogueId: cedar.id, sessionIds: [listening.id, workshop.id] });
  return { listening, workshop, profile };
}

/**
 * The printable side of the demo: the agenda PDF of every session of every dialogue (the
 * participants' copy), the internal summary of Cedar's workshop (caucus notes apart), and Cedar's
 * sanitized sponsor report for its first two meetings — the workshop marked risky, a profile
 * saved, an agreed statement — all written by the same exports the app and the CLI use.
 */
export const reportsStep: DemoStep = {
  name: 'reports',
  async run({ call, dialogues }: DemoContext) {
    const made: string[] = [];
    for (const dialogue of dialogues.values()) {
      for (const session of await call('session.list', { dialogueId: dialogue.id })) {
        if (session.itemCount === 0) continue;
        const { result, warnings } = await accepting((acknowledgedWarnings) =>
          call('export.agendaPdf', { sessionId: session.id, acknowledgedWarnings }),
        );
        if (result.saved) {
          made.push(`agenda PDF: ${result.fileName} (${pages(result.pages)})`);
          for (const warning of warnings) made.push(`  accepted a warning — ${warning.where}: ${warning.reason}`);
        }
      }
    }

    const cedar = dialogues.get('Cedar');
    const seeded = cedar && (await seedCedarReport({ call, dialogues }));
    if (!cedar || !seeded) return made;
    const { workshop, profile } = seeded;

    await recordFirstDay(call, workshop.id);

    // The summary of the workshop: every level, each party's caucus notes in their own section.
    const summary = await accepting((acknowledgedWarnings) =>
      call('export.sessionSummaryPdf', { sessionId: workshop.id, acknowledgedWarnings }),
    );
    if (summary.result.saved) {
      made.push(`session summary PDF: ${summary.result.fileName} (${pages(summary.result.pages)}), caucus notes apart`);
    }

    const preview = await call('sponsorReport.preview', { dialogueId: cedar.id });
    const sponsor = await accepting((acknowledgedWarnings) =>
      call('export.sponsorReportPdf', { dialogueId: cedar.id, acknowledgedWarnings }),
    );
    if (sponsor.result.saved) {
      const count = (reason: RegExp) => preview.changes.filter((c) => !c.warningId && reason.test(c.reason)).length;
      made.push(
        `sponsor report PDF: ${sponsor.result.fileName} (${pages(sponsor.result.pages)}), profile “${profile.name}”: ` +
          `${count(/name|code|pseudonym|contact|affiliation/u)} names or codes replaced, ${count(/coarsened/u)} coarsened, ` +
          `${count(/small count/u)} small counts suppressed`,
      );
      for (const warning of sponsor.warnings) made.push(`  accepted a warning — ${warning.where}: ${warning.reason}`);
    }
    return made;
  },
};
