import { createHash } from 'node:crypto';
import { format } from 'date-fns';
import type { OvertonBoardView, TransferView, TrustBoardView } from '../../../shared/contract';
import type { OutcomeView } from '../../../shared/contract';
import { overtonChartData } from '../../../shared/charts/overton-data';
import { trustChartData } from '../../../shared/charts/trust-data';
import {
  SUBSTANTIATION_LABELS,
  TRANSFER_CHANNEL_LABELS,
  TRANSFER_RESPONSE_LABELS,
} from '../../../shared/domain/agreement';
import {
  coarsePeriod,
  DEFAULT_RISKY_VENUE,
  exactPeriod,
  SPONSOR_SECTIONS,
  SPONSOR_TEXT_SECTIONS,
  suppressCounts,
  type SponsorSection,
  type SponsorTextSection,
} from '../../../shared/domain/report';
import type { Regime } from '../../../shared/domain/session';
import {
  slot,
  type OmissionReason,
  type SponsorMeeting,
  type SponsorParticipation,
  type SponsorReportDocument,
  type SponsorReportSection,
  type SponsorSide,
} from '../../../shared/reports/sponsor-document';
import type { Db } from '../sessions/common';
import { notFound } from '../sessions/common';
import type { ResolvedProfile } from './profiles';
import type { ReportSessionRow } from './report-sessions';

/** What the sponsor report is made from, read by the services that own each record. */
export interface SponsorRecords {
  trustBoard(dialogueId: string): Promise<TrustBoardView>;
  overtonBoard(dialogueId: string): Promise<OvertonBoardView>;
  outcomes(dialogueId: string): Promise<readonly OutcomeView[]>;
  transfers(dialogueId: string): Promise<readonly TransferView[]>;
}

/** The sponsor report as typed (before redaction), and what the charts are drawn from. */
export interface SponsorReportSource {
  readonly document: SponsorReportDocument;
  readonly boards: { readonly trust: TrustBoardView; readonly overton: OvertonBoardView };
  readonly codeName: string;
  readonly sessionIds: readonly string[];
  readonly quotesLeftOut: number;
  readonly changedStatements: number;
}

export const bodyDigest = (body: string) => createHash('sha256').update(body, 'utf8').digest('hex');

const month = (isoDate: string) => format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`), 'MMMM yyyy');

/** "Meeting 2", "Meetings 1–3", "Meetings 1, 3 and 5–6". */
export function meetingsLabel(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const list = runs.length <= 1 ? runs.join('') : `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}`;
  return sorted.length === 1 ? `Meeting ${list}` : `Meetings ${list}`;
}

function venueText(session: ReportSessionRow, detail: ResolvedProfile['venueDetail']): string {
  if (session.risky) return session.venueLabel.trim() || DEFAULT_RISKY_VENUE;
  if (!session.venue) return 'Not recorded';
  const { name, city, country } = session.venue;
  const parts = detail === 'venue' ? [name, city, country] : detail === 'city' ? [city, country] : [country];
  return parts.filter((part) => part.trim() !== '').join(', ') || 'Not recorded';
}

const whole = (text: string, reason: 'coarsened') => slot(text, [{ start: 0, end: text.length, reason }]);

/** Attended participants per side, for one session or several (different people counted once). */
async function attendance(db: Db, sessionIds: readonly string[]): Promise<Map<string, Map<string, Set<string>>>> {
  const rows = await db
    .selectFrom('session_attendance as a')
    .innerJoin('participants as p', 'p.id', 'a.participant_id')
    .innerJoin('parties as party', 'party.id', 'p.party_id')
    .select(['a.session_id', 'a.participant_id', 'p.party_id', 'a.status', 'party.kind'])
    .where('a.session_id', 'in', sessionIds as string[])
    .execute();
  const bySession = new Map<string, Map<string, Set<string>>>();
  for (const row of rows) {
    const sides = bySession.get(row.session_id) ?? new Map<string, Set<string>>();
    bySession.set(row.session_id, sides);
    // The facilitation team is no side: it is not counted among the participants.
    if (row.status !== 'attended' || row.kind !== 'side') continue;
    const people = sides.get(row.party_id) ?? new Set<string>();
    people.add(row.participant_id);
    sides.set(row.party_id, people);
  }
  return bySession;
}

function participation(
  sides: readonly SponsorSide[],
  recorded: boolean,
  people: ReadonlyMap<string, ReadonlySet<string>> | undefined,
  k: number,
): SponsorParticipation {
  if (!recorded) return { recorded: false, counts: [], total: null };
  const counts = sides.map((side) => ({ label: side.id, count: people?.get(side.id)?.size ?? 0 }));
  const suppressed = suppressCounts(counts, k);
  return {
    recorded: true,
    counts: suppressed.cells.map((cell) => ({ sideId: cell.label, shown: cell.shown, suppressed: cell.suppressed })),
    total: suppressed.total,
  };
}

/** The window outcomes and transfers are reported for: from the first meeting to the next meeting not covered. */
function reportWindow(all: readonly ReportSessionRow[], covered: readonly ReportSessionRow[]) {
  const from = covered[0]!.startsLocal.slice(0, 10);
  const last = covered.at(-1)!;
  const next = all.find((session) => session.startsAt > last.startsAt && !covered.includes(session));
  return { from, until: next ? next.startsLocal.slice(0, 10) : null };
}

const inWindow = (date: string, window: { from: string; until: string | null }) =>
  date >= window.from && (window.until === null || date < window.until);

/**
 * Reads everything a sponsor report may show for the sessions covered — and nothing it must not:
 * only joint notes, only plain notes (never a quote), only sponsor-shareable ones or statements
 * agreed in their current wording; counts per side with small cells suppressed; periods and venues
 * of risky sessions coarsened; outcomes and transfers by role. The text is as typed: redaction
 * comes next (sponsor-redaction.ts).
 */
export async function loadSponsorReport(
  db: Db,
  records: SponsorRecords,
  request: {
    readonly dialogueId: string;
    readonly all: readonly ReportSessionRow[];
    readonly covered: readonly ReportSessionRow[];
    readonly profile: ResolvedProfile;
    readonly now: Date;
  },
): Promise<SponsorReportSource> {
  const { dialogueId, all, covered, profile } = request;
  const dialogue = await db.selectFrom('dialogues').select('code_name').where('id', '=', dialogueId).executeTakeFirst();
  if (!dialogue) throw notFound.dialogue();
  const sessionIds = covered.map((session) => session.id);
  const number = new Map(covered.map((session) => [session.id, session.number]));
  const k = profile.minCount;
  const wanted = new Set<SponsorSection>(profile.sections);

  const sideRows = await db
    .selectFrom('parties')
    .select(['id', 'name'])
    .where('dialogue_id', '=', dialogueId)
    .where('kind', '=', 'side')
    .orderBy('position')
    .execute();
  const sides: SponsorSide[] = sideRows.map((row) => ({ id: row.id, name: slot(row.name) }));

  const present = await attendance(db, sessionIds);
  const meetings: SponsorMeeting[] = covered.map((session) => {
    const period = session.risky
      ? whole(coarsePeriod(session.startsLocal, session.endsLocal, profile.riskyPeriod), 'coarsened')
      : slot(exactPeriod(session.startsLocal, session.endsLocal));
    const venue = venueText(session, profile.venueDetail);
    const people = present.get(session.id);
    const recorded = [...(people?.values() ?? [])].some((set) => set.size > 0);
    return {
      number: session.number,
      period,
      venue: session.risky ? whole(venue, 'coarsened') : slot(venue),
      risky: session.risky,
      regime: session.regime,
      participation: participation(sides, recorded, people, k),
    };
  });
  const everyone = new Map<string, Set<string>>();
  for (const sessionPeople of present.values()) {
    for (const [side, people] of sessionPeople) {
      const set = everyone.get(side) ?? new Set<string>();
      for (const person of people) set.add(person);
      everyone.set(side, set);
    }
  }
  const anyRecorded = [...everyone.values()].some((set) => set.size > 0);

  const first = covered[0]!;
  const last = covered.at(-1)!;
  const anyRisky = covered.some((session) => session.risky);
  const period = anyRisky
    ? whole(coarsePeriod(first.startsLocal, last.endsLocal, profile.riskyPeriod), 'coarsened')
    : slot(exactPeriod(first.startsLocal, last.endsLocal));

  // Notes: joint only (a caucus never reaches a joint report), in the sessions covered.
  const notes = await db
    .selectFrom('notes as n')
    .leftJoin('agreed_statements as a', 'a.note_id', 'n.id')
    .select(['n.id', 'n.session_id', 'n.level', 'n.kind', 'n.body', 'a.body_sha256'])
    .where('n.session_id', 'in', sessionIds)
    .where('n.caucus_party_id', 'is', null)
    .where((eb) => eb.or([eb('n.level', '=', 'sponsor'), eb('a.note_id', 'is not', null)]))
    .orderBy('n.created_at')
    .orderBy('n.seq')
    .execute();
  let quotesLeftOut = 0;
  let changedStatements = 0;
  const statements: { meeting: number; text: ReturnType<typeof slot> }[] = [];
  const points = new Map<string, ReturnType<typeof slot>[]>();
  for (const note of notes) {
    if (note.kind === 'quote') {
      quotesLeftOut += 1;
      continue;
    }
    const agreed = note.body_sha256 !== null && note.body_sha256 === bodyDigest(note.body);
    if (note.body_sha256 !== null && !agreed) changedStatements += 1;
    if (agreed) {
      statements.push({ meeting: number.get(note.session_id)!, text: slot(note.body) });
    } else if (note.level === 'sponsor') {
      const list = points.get(note.session_id) ?? [];
      list.push(slot(note.body));
      points.set(note.session_id, list);
    }
  }

  const texts = await db
    .selectFrom('sponsor_report_texts')
    .select(['section', 'body'])
    .where('dialogue_id', '=', dialogueId)
    .execute();
  const written = new Map(texts.map((row) => [row.section, row.body]));

  const window = reportWindow(all, covered);
  const coveredIds = new Set(sessionIds);
  const [trustAll, overtonAll, outcomeList, transferList] = await Promise.all([
    wanted.has('trust-chart') ? records.trustBoard(dialogueId) : null,
    wanted.has('overton-chart') ? records.overtonBoard(dialogueId) : null,
    wanted.has('outcomes') ? records.outcomes(dialogueId) : [],
    wanted.has('transfers') ? records.transfers(dialogueId) : [],
  ]);
  const trust: TrustBoardView = trustAll
    ? {
        ...trustAll,
        sessions: trustAll.sessions.filter((session) => coveredIds.has(session.id)),
        // The facilitator's reasons stay in the workspace: the chart shows ratings and indicators.
        readings: trustAll.readings
          .filter((reading) => coveredIds.has(reading.sessionId))
          .map((reading) => ({ ...reading, rationale: '' })),
      }
    : { dialogueId, sides: [], pairs: [], sessions: [], readings: [] };
  const overton: OvertonBoardView = overtonAll
    ? {
        ...overtonAll,
        sessions: overtonAll.sessions.filter((session) => coveredIds.has(session.id)),
        topics: overtonAll.topics.map((topic) => ({
          ...topic,
          options: topic.options
            .map((option) => ({
              ...option,
              placements: option.placements.filter((placement) => coveredIds.has(placement.sessionId)),
            }))
            .filter((option) => option.placements.length > 0),
        })),
      }
    : { dialogueId, sides: [], sessions: [], topics: [] };

  const outcomes = outcomeList.filter((outcome) =>
    outcome.sessions.length > 0
      ? outcome.sessions.some((session) => coveredIds.has(session.id))
      : outcome.observedOn === null || inWindow(outcome.observedOn, window),
  );
  const transfers = transferList
    .filter((transfer) => inWindow(transfer.carriedOn, window))
    .sort((a, b) => a.carriedOn.localeCompare(b.carriedOn));

  const sections: SponsorReportSection[] = [];
  const omitted: { key: SponsorSection; reason: OmissionReason }[] = [];
  const add = (key: SponsorSection, section: SponsorReportSection | null, reason: OmissionReason) => {
    if (!wanted.has(key)) omitted.push({ key, reason: 'left-out-by-profile' });
    else if (section) sections.push(section);
    else omitted.push({ key, reason });
  };
  for (const key of SPONSOR_SECTIONS) {
    if ((SPONSOR_TEXT_SECTIONS as readonly string[]).includes(key)) {
      const body = written.get(key)?.trim() ?? '';
      add(key, body ? { key: key as SponsorTextSection, body: slot(body) } : null, 'nothing-written');
      continue;
    }
    switch (key) {
      case 'agreed-statements':
        add(key, statements.length > 0 ? { key, statements } : null, 'nothing-recorded');
        break;
      case 'session-points': {
        const byMeeting = covered
          .filter((session) => points.has(session.id))
          .map((session) => ({ meeting: session.number, points: points.get(session.id)! }));
        add(key, byMeeting.length > 0 ? { key, meetings: byMeeting } : null, 'nothing-recorded');
        break;
      }
      case 'trust-chart':
        add(key, trust.readings.length > 0 ? { key, chart: trustChartData(trust) } : null, 'nothing-recorded');
        break;
      case 'overton-chart': {
        const options = overton.topics.flatMap((topic) =>
          topic.options.map((option) => ({ optionId: option.id, title: slot(option.title), topic: slot(topic.title) })),
        );
        add(
          key,
          options.length > 0 ? { key, options, chart: overtonChartData(overton, { placedOnly: true }) } : null,
          'nothing-recorded',
        );
        break;
      }
      case 'outcomes':
        add(
          key,
          outcomes.length > 0
            ? {
                key,
                outcomes: outcomes.map((outcome) => ({
                  description: slot(outcome.description),
                  socialActor: slot(outcome.socialActor),
                  observed: outcome.observedOn ? month(outcome.observedOn) : null,
                  contribution: slot(outcome.contribution),
                  significance: slot(outcome.significance),
                  verifierRole: slot(outcome.verifierRole),
                  substantiation: SUBSTANTIATION_LABELS[outcome.substantiation],
                })),
              }
            : null,
          'nothing-recorded',
        );
        break;
      case 'transfers':
        add(
          key,
          transfers.length > 0
            ? {
                key,
                transfers: transfers.map((transfer) => ({
                  idea: slot(transfer.ideaLabel),
                  role: slot(transfer.trackOneRole),
                  sideId: transfer.roleParty?.id ?? null,
                  carried: month(transfer.carriedOn),
                  channel: TRANSFER_CHANNEL_LABELS[transfer.channel],
                  response: TRANSFER_RESPONSE_LABELS[transfer.response],
                  responseNotes: slot(transfer.responseNotes),
                })),
              }
            : null,
          'nothing-recorded',
        );
        break;
    }
  }

  const regimes = [...new Set(covered.map((session) => session.regime))] as Regime[];
  return {
    document: {
      codeName: slot(dialogue.code_name),
      meetingsLabel: meetingsLabel(covered.map((session) => session.number)),
      period,
      regimes,
      minCount: k,
      preparedIn: format(request.now, 'MMMM yyyy'),
      sides,
      meetings,
      participants: participation(sides, anyRecorded, everyone, k),
      sections,
      omitted,
    },
    boards: { trust, overton },
    codeName: dialogue.code_name,
    sessionIds,
    quotesLeftOut,
    changedStatements,
  };
}

/**
 * The charts drawn again from the document's own (redacted) side names and option titles, so no
 * label in a chart can say more than the text around it.
 */
export function withChartsFrom(
  doc: SponsorReportDocument,
  boards: SponsorReportSource['boards'],
): SponsorReportDocument {
  const sideName = new Map(doc.sides.map((side) => [side.id, side.name.text]));
  const renameSides = <T extends { id: string; name: string }>(list: readonly T[]) =>
    list.map((side) => ({ ...side, name: sideName.get(side.id) ?? side.name }));
  return {
    ...doc,
    sections: doc.sections.map((section) => {
      if (section.key === 'trust-chart') {
        return { ...section, chart: trustChartData({ ...boards.trust, sides: renameSides(boards.trust.sides) }) };
      }
      if (section.key === 'overton-chart') {
        const titles = new Map(section.options.map((option) => [option.optionId, option]));
        const overton: OvertonBoardView = {
          ...boards.overton,
          sides: renameSides(boards.overton.sides),
          topics: boards.overton.topics.map((topic) => ({
            ...topic,
            options: topic.options.map((option) => ({ ...option, title: titles.get(option.id)?.title.text ?? '' })),
          })),
        };
        // A topic title is printed per option; take the (redacted) one of each option.
        const data = overtonChartData(overton, { placedOnly: true });
        return {
          ...section,
          chart: {
            ...data,
            rows: data.rows.map((row) => ({ ...row, topicTitle: titles.get(row.optionId)?.topic.text ?? '' })),
          },
        };
      }
      return section;
    }),
  };
}
