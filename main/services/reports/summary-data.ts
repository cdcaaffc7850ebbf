import { comparePlanWithActual, type ComparisonStatus } from '../../../shared/agenda/compare';
import { ownerLabel } from '../../../shared/agreements/owner';
import type { AgendaView, CommitmentView, ExerciseRunView, TrustBoardView } from '../../../shared/contract';
import { COMMITMENT_STATUS_LABELS } from '../../../shared/domain/agreement';
import { LANDED_LABELS } from '../../../shared/domain/exercise';
import { NOTE_LEVELS, type NoteKind, type NoteLevel } from '../../../shared/domain/note';
import type { AgendaItemKind, AttendanceStatus, Regime } from '../../../shared/domain/session';
import { formatTrustRating, TRUST_INDICATOR_LABELS } from '../../../shared/domain/trust';
import { calendarDaysApart, formatInZone } from '../../../shared/time/zone';
import { notFound, type Db } from '../sessions/common';
import { bodyDigest } from './sponsor-data';

/** What the session summary is made from, read by the services that own each record. */
export interface SummaryRecords {
  agenda(sessionId: string): Promise<AgendaView>;
  runs(sessionId: string): Promise<readonly ExerciseRunView[]>;
  trustBoard(dialogueId: string): Promise<TrustBoardView>;
  commitments(dialogueId: string): Promise<readonly CommitmentView[]>;
}

export interface SummaryNote {
  /** "Day 2, 10:42" on the venue's clocks ("10:42" for a one-day session). */
  readonly at: string;
  /** A speaker code, "withdrawn participant", or null when nobody is named. */
  readonly speaker: string | null;
  readonly level: NoteLevel;
  readonly kind: NoteKind;
  readonly body: string;
  readonly tags: readonly string[];
  /** Marked as a statement the participants agreed may go to sponsors (in its current wording). */
  readonly agreedForSponsors: boolean;
}

export interface SummaryNoteGroup {
  /** "Item 3 · Opening plenary", or null for notes taken outside the agenda. */
  readonly itemLabel: string | null;
  readonly itemTitle: string | null;
  readonly notes: readonly SummaryNote[];
}

export interface SummaryAttendance {
  readonly party: string;
  readonly facilitation: boolean;
  /** Speaker codes by status; people without a code are counted, never named. */
  readonly codes: Readonly<Record<AttendanceStatus, readonly string[]>>;
  readonly withoutCode: Readonly<Record<AttendanceStatus, number>>;
}

export interface SummaryAgendaRow {
  readonly number: number;
  readonly day: number;
  readonly kind: AgendaItemKind;
  readonly title: string;
  readonly caucusParty: string | null;
  readonly lead: string;
  readonly planned: string;
  readonly plannedMinutes: number;
  readonly actual: string | null;
  readonly actualMinutes: number | null;
  readonly deltaMinutes: number | null;
  readonly status: ComparisonStatus;
}

export interface SummaryExercise {
  readonly itemLabel: string;
  readonly name: string;
  readonly landed: string | null;
  readonly landedWord: string;
  readonly checklist: { readonly done: number; readonly total: number };
  readonly counts: readonly {
    readonly party: string;
    readonly tookPart: number | null;
    readonly optedOut: number | null;
  }[];
  readonly observations: readonly { readonly level: NoteLevel; readonly body: string }[];
}

export interface SummaryTrustReading {
  readonly pair: string;
  readonly rating: string;
  readonly indicators: readonly string[];
  readonly rationale: string;
}

export interface SummaryCommitment {
  readonly draft: string;
  readonly clause: string | null;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: string;
  readonly status: string;
  readonly overdue: boolean;
}

/** Everything the session summary PDF prints. Speakers are codes: the data holds no name. */
export interface SessionSummaryData {
  readonly codeName: string;
  readonly session: {
    readonly number: number;
    readonly title: string;
    readonly when: string;
    readonly timeZone: string;
    readonly venue: string | null;
    readonly regime: Regime;
    readonly objectives: string;
    readonly outcomeSummary: string;
  };
  readonly levels: readonly NoteLevel[];
  readonly includeCaucus: boolean;
  readonly attendance: readonly SummaryAttendance[];
  readonly agenda: readonly SummaryAgendaRow[];
  readonly ran: { readonly plannedMinutes: number; readonly actualMinutes: number; readonly skipped: number };
  readonly notes: readonly SummaryNoteGroup[];
  /** One entry per party with caucus notes (empty when caucus notes are left out). */
  readonly caucus: readonly { readonly party: string; readonly groups: readonly SummaryNoteGroup[] }[];
  readonly exercises: readonly SummaryExercise[];
  /** The trust readings of this session (the facilitator's assessment: only with facilitator-level content). */
  readonly trust: readonly SummaryTrustReading[] | null;
  readonly commitments: readonly SummaryCommitment[];
}

function leadOf(item: AgendaView['items'][number]): string {
  if (item.lead.kind === 'facilitator') return 'Facilitator';
  if (item.lead.kind === 'participant') return item.lead.speakerCode ?? 'withdrawn participant';
  return '—';
}

/**
 * Reads what the internal session summary shows (issue 13, item 1): the session's facts,
 * attendance by speaker code and side, the agenda as run against the plan, joint notes of the
 * chosen levels grouped by agenda item, caucus notes apart per party, exercise runs, the trust
 * readings and the commitments not yet done. Participants appear by speaker code only.
 */
export async function loadSessionSummary(
  db: Db,
  records: SummaryRecords,
  request: { readonly sessionId: string; readonly levels: readonly NoteLevel[]; readonly includeCaucus: boolean },
): Promise<SessionSummaryData & { readonly dialogueId: string; readonly sessionId: string }> {
  const session = await db
    .selectFrom('sessions as s')
    .innerJoin('dialogues as d', 'd.id', 's.dialogue_id')
    .leftJoin('venues as v', 'v.id', 's.venue_id')
    .select([
      's.id',
      's.dialogue_id',
      's.number',
      's.title',
      's.starts_at',
      's.ends_at',
      's.time_zone',
      's.regime',
      's.objectives',
      's.outcome_summary',
      'd.code_name',
      'v.name as venue_name',
      'v.city as venue_city',
      'v.country as venue_country',
    ])
    .where('s.id', '=', request.sessionId)
    .executeTakeFirst();
  if (!session) throw notFound.session();
  const zone = session.time_zone;
  const levels = NOTE_LEVELS.filter((level) => request.levels.includes(level));
  const multiDay = calendarDaysApart(session.starts_at, session.ends_at, zone) > 0;
  const days = calendarDaysApart(session.starts_at, session.ends_at, zone);
  const at = (instant: string) => {
    const day = calendarDaysApart(session.starts_at, instant, zone);
    // A note written up before or after the session says its date.
    if (day < 0 || day > days) return formatInZone(instant, zone, 'd MMM yyyy, HH:mm');
    const time = formatInZone(instant, zone, 'HH:mm');
    return multiDay ? `Day ${day + 1}, ${time}` : time;
  };

  const [agenda, runs, board, commitments] = await Promise.all([
    records.agenda(session.id),
    records.runs(session.id),
    levels.includes('facilitator') ? records.trustBoard(session.dialogue_id) : null,
    records.commitments(session.dialogue_id),
  ]);

  const parties = await db
    .selectFrom('parties')
    .select(['id', 'name', 'kind'])
    .where('dialogue_id', '=', session.dialogue_id)
    .orderBy('position')
    .execute();
  const partyName = new Map(parties.map((party) => [party.id, party.name]));
  const present = await db
    .selectFrom('session_attendance as a')
    .innerJoin('participants as p', 'p.id', 'a.participant_id')
    .select(['p.party_id', 'p.speaker_code', 'a.status'])
    .where('a.session_id', '=', session.id)
    .orderBy('p.speaker_code')
    .execute();
  const attendance: SummaryAttendance[] = parties
    .map((party) => {
      const rows = present.filter((row) => row.party_id === party.id);
      const codes = { invited: [] as string[], attended: [] as string[], absent: [] as string[] };
      const withoutCode = { invited: 0, attended: 0, absent: 0 };
      for (const row of rows) {
        if (row.speaker_code) codes[row.status].push(row.speaker_code);
        else withoutCode[row.status] += 1;
      }
      return { party: party.name, facilitation: party.kind !== 'side', codes, withoutCode };
    })
    .filter(
      (entry) =>
        Object.values(entry.codes).some((list) => list.length > 0) ||
        Object.values(entry.withoutCode).some((n) => n > 0),
    );

  const comparison = comparePlanWithActual(agenda.items, agenda.items);
  const rows = new Map(comparison.rows.map((row) => [row.itemId, row]));
  const items = [...agenda.items].sort((a, b) => a.position - b.position);
  const itemLabel = new Map(items.map((item) => [item.id, `Item ${item.position + 1}`]));
  const agendaRows: SummaryAgendaRow[] = items.map((item) => {
    const row = rows.get(item.id)!;
    return {
      number: item.position + 1,
      day: item.day + 1,
      kind: item.kind,
      title: item.title,
      caucusParty: item.caucusParty?.name ?? null,
      lead: leadOf(item),
      planned: `${item.localStart}–${item.localEnd}`,
      plannedMinutes: item.plannedMinutes + item.extraMinutes,
      actual: item.actualStart
        ? `${formatInZone(item.actualStart, zone, 'HH:mm')}–${item.actualEnd ? formatInZone(item.actualEnd, zone, 'HH:mm') : '…'}`
        : null,
      actualMinutes: row.actualMinutes,
      deltaMinutes: row.durationDeltaMinutes,
      status: row.status,
    };
  });

  const noteRows = await db
    .selectFrom('notes as n')
    .leftJoin('participants as p', 'p.id', 'n.speaker_id')
    .leftJoin('agreed_statements as agreed', 'agreed.note_id', 'n.id')
    .select([
      'agreed.body_sha256',
      'n.id',
      'n.agenda_item_id',
      'n.caucus_party_id',
      'n.level',
      'n.kind',
      'n.body',
      'n.created_at',
      'n.speaker_withdrawn',
      'n.speaker_id',
      'p.speaker_code',
    ])
    .where('n.session_id', '=', session.id)
    .where('n.level', 'in', levels)
    .$if(!request.includeCaucus, (q) => q.where('n.caucus_party_id', 'is', null))
    .orderBy('n.created_at')
    .orderBy('n.seq')
    .execute();
  const tags = await noteTags(
    db,
    noteRows.map((row) => row.id),
  );
  const toNote = (row: (typeof noteRows)[number]): SummaryNote => ({
    at: at(row.created_at),
    speaker: row.speaker_withdrawn
      ? 'withdrawn participant'
      : row.speaker_id
        ? (row.speaker_code ?? 'a participant')
        : null,
    level: row.level,
    kind: row.kind,
    body: row.body,
    tags: tags.get(row.id) ?? [],
    agreedForSponsors: row.body_sha256 !== null && row.body_sha256 === bodyDigest(row.body),
  });
  const group = (list: typeof noteRows): SummaryNoteGroup[] => {
    const groups: SummaryNoteGroup[] = [];
    for (const item of items) {
      const notes = list.filter((row) => row.agenda_item_id === item.id).map(toNote);
      if (notes.length > 0) groups.push({ itemLabel: itemLabel.get(item.id)!, itemTitle: item.title, notes });
    }
    const outside = list.filter((row) => row.agenda_item_id === null || !itemLabel.has(row.agenda_item_id));
    if (outside.length > 0) groups.push({ itemLabel: null, itemTitle: null, notes: outside.map(toNote) });
    return groups;
  };
  const joint = noteRows.filter((row) => row.caucus_party_id === null);
  const caucus = request.includeCaucus
    ? parties
        .filter((party) => noteRows.some((row) => row.caucus_party_id === party.id))
        .map((party) => ({
          party: party.name,
          groups: group(noteRows.filter((row) => row.caucus_party_id === party.id)),
        }))
    : [];

  const exercises: SummaryExercise[] = runs.map((run) => ({
    itemLabel: `Item ${run.item.position + 1}`,
    name: run.exercise.name,
    landed: run.landed === null ? null : `${run.landed} — ${LANDED_LABELS[run.landed]}`,
    landedWord: run.landedWord,
    checklist: { done: run.progress.done, total: run.progress.total },
    counts: run.counts.map((count) => ({ party: count.partyName, tookPart: count.tookPart, optedOut: count.optedOut })),
    observations: run.observations
      .filter((observation) => levels.includes(observation.level))
      .map((observation) => ({ level: observation.level, body: observation.body })),
  }));

  const trust = board
    ? board.readings
        .filter((reading) => reading.sessionId === session.id)
        .map((reading) => ({
          pair: `${partyName.get(reading.partyAId) ?? '?'} – ${partyName.get(reading.partyBId) ?? '?'}`,
          rating: formatTrustRating(reading.rating),
          indicators: reading.indicators.map((indicator) => TRUST_INDICATOR_LABELS[indicator]),
          rationale: reading.rationale,
        }))
    : null;

  const due = commitments
    .filter((commitment) => commitment.status !== 'done')
    .map((commitment) => ({
      draft: commitment.draftTitle,
      clause: commitment.clauseNumber,
      description: commitment.description,
      owner: ownerLabel(commitment.owner),
      dueOn: commitment.dueOn,
      status: COMMITMENT_STATUS_LABELS[commitment.status],
      overdue: commitment.dueState === 'overdue' || commitment.dueState === 'lapsed',
    }));

  const venue = session.venue_name
    ? [session.venue_name, session.venue_city ?? '', session.venue_country ?? '']
        .filter((p) => p.trim() !== '')
        .join(', ')
    : null;
  return {
    dialogueId: session.dialogue_id,
    sessionId: session.id,
    codeName: session.code_name,
    session: {
      number: session.number,
      title: session.title,
      when: `${formatInZone(session.starts_at, zone, 'd MMMM yyyy, HH:mm')} – ${formatInZone(session.ends_at, zone, multiDay ? 'd MMMM yyyy, HH:mm' : 'HH:mm')}`,
      timeZone: zone,
      venue,
      regime: session.regime as Regime,
      objectives: session.objectives,
      outcomeSummary: session.outcome_summary,
    },
    levels,
    includeCaucus: request.includeCaucus,
    attendance,
    agenda: agendaRows,
    ran: {
      plannedMinutes: comparison.plannedMinutes,
      actualMinutes: comparison.actualMinutes,
      skipped: comparison.skippedCount,
    },
    notes: group(joint),
    caucus,
    exercises,
    trust,
    commitments: due,
  };
}

/** Each note's tags as labels, in order. */
async function noteTags(db: Db, noteIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  for (let start = 0; start < noteIds.length; start += 500) {
    const rows = await db
      .selectFrom('note_tags as t')
      .leftJoin('topics as tp', 'tp.id', 't.topic_id')
      .leftJoin('root_causes as rc', 'rc.id', 't.root_cause_id')
      .select(['t.note_id', 't.label', 'tp.title as topic', 'rc.title as cause'])
      .where('t.note_id', 'in', noteIds.slice(start, start + 500) as string[])
      .orderBy('t.note_id')
      .orderBy('t.position')
      .execute();
    for (const row of rows) {
      const label = row.topic ?? row.cause ?? row.label ?? '';
      if (label) result.set(row.note_id, [...(result.get(row.note_id) ?? []), label]);
    }
  }
  return result;
}
