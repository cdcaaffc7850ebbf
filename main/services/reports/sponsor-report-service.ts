import type {
  PreviewChange,
  ReportSessionView,
  SponsorReportPreview,
  SponsorReportView,
  SponsorTextView,
  StatementList,
  StatementView,
} from '../../../shared/contract';
import { SPONSOR_TEXT_SECTIONS } from '../../../shared/domain/report';
import { CHANGE_REASON_LABELS, type SponsorReportDocument } from '../../../shared/reports/sponsor-document';
import { ParleyFault } from '../../errors';
import { locateWarnings, refusal, type ExportedText, type ExportScreen } from '../../export/leak-guard';
import type { ServiceContext } from '../context';
import { exportScreenOf } from '../redaction/export-screen';
import { assertDialogue, inTransaction, notFound, type Db, type Input } from '../sessions/common';
import { listProfiles, profileNotFound, resolveProfile, type ResolvedProfile } from './profiles';
import { reportScope, reportSessions, sessionsCovered, toReportSessionView } from './report-sessions';
import { bodyDigest, loadSponsorReport, withChartsFrom, type SponsorRecords } from './sponsor-data';
import { markWarnings, redactSponsorReport, warningReason } from './sponsor-redaction';

export interface SponsorReportService {
  get(input: Input<'sponsorReport.get'>): Promise<SponsorReportView>;
  saveText(input: Input<'sponsorReport.saveText'>): Promise<SponsorTextView>;
  setSessions(input: Input<'sponsorReport.setSessions'>): Promise<SponsorReportView>;
  useProfile(input: Input<'sponsorReport.useProfile'>): Promise<SponsorReportView>;
  markSession(input: Input<'sponsorReport.markSession'>): Promise<ReportSessionView>;
  statements(input: Input<'sponsorReport.statements'>): Promise<StatementList>;
  markAgreed(input: Input<'sponsorReport.markAgreed'>): Promise<StatementView>;
  unmarkAgreed(input: Input<'sponsorReport.unmarkAgreed'>): Promise<StatementView>;
  preview(input: Input<'sponsorReport.preview'>): Promise<SponsorReportPreview>;
  /** The report ready to print: redacted, with what it is checked against and how the export is logged. */
  prepare(input: SponsorScope): Promise<PreparedSponsorReport>;
}

export interface SponsorScope {
  readonly dialogueId: string;
  readonly sessionIds?: readonly string[];
  readonly profileId?: string;
}

export interface PreparedSponsorReport {
  readonly document: SponsorReportDocument;
  readonly texts: readonly ExportedText[];
  readonly screen: ExportScreen;
  readonly profile: ResolvedProfile;
  readonly codeName: string;
  readonly sessionIds: readonly string[];
  readonly replaced: readonly PreviewChange[];
  readonly quotesLeftOut: number;
  readonly changedStatements: number;
}

export const SPONSOR_ADVICE =
  'A sponsor report refers to no one: reword the place (or mark the words as a known-safe phrase), then export again.';

/** The changes the report makes on purpose: coarsened periods and venues, suppressed counts. */
function coarsenings(doc: SponsorReportDocument): PreviewChange[] {
  const changes: PreviewChange[] = [];
  const sideName = new Map(doc.sides.map((side) => [side.id, side.name.text]));
  const counts = (where: string, participation: SponsorReportDocument['participants']) => {
    for (const count of participation.counts) {
      if (count.suppressed) {
        changes.push({
          where: `${where}, participants from ${sideName.get(count.sideId) ?? 'a side'}`,
          reason: CHANGE_REASON_LABELS['small-count'],
        });
      }
    }
    if (participation.recorded && participation.total === null) {
      changes.push({ where: `${where}, the total`, reason: `${CHANGE_REASON_LABELS['small-count']} (withheld)` });
    }
  };
  for (const meeting of doc.meetings) {
    if (meeting.risky) {
      changes.push({ where: `Meeting ${meeting.number}, the period`, reason: CHANGE_REASON_LABELS.coarsened });
      changes.push({ where: `Meeting ${meeting.number}, the venue`, reason: CHANGE_REASON_LABELS.coarsened });
    }
    counts(`Meeting ${meeting.number}`, meeting.participation);
  }
  counts('Participants across the meetings', doc.participants);
  return changes;
}

const noteNotFound = () => new ParleyFault('NOTE_NOT_FOUND', 'That note no longer exists. It may have been deleted.');

async function statementRows(
  db: Db,
  where: { dialogueId: string; noteId?: string; sessionId?: string; all?: boolean },
) {
  return db
    .selectFrom('notes as n')
    .innerJoin('sessions as s', 's.id', 'n.session_id')
    .leftJoin('agenda_items as i', 'i.id', 'n.agenda_item_id')
    .leftJoin('agreed_statements as a', 'a.note_id', 'n.id')
    .select([
      'n.id',
      'n.session_id',
      's.number',
      'i.title as item_title',
      'n.level',
      'n.body',
      'n.created_at',
      'a.agreed_on',
      'a.body_sha256',
    ])
    .where('n.dialogue_id', '=', where.dialogueId)
    .where('n.caucus_party_id', 'is', null)
    .where('n.kind', '=', 'note')
    .$if(where.noteId !== undefined, (q) => q.where('n.id', '=', where.noteId!))
    .$if(where.sessionId !== undefined, (q) => q.where('n.session_id', '=', where.sessionId!))
    .$if(!where.all, (q) => q.where((eb) => eb.or([eb('n.level', '=', 'sponsor'), eb('a.note_id', 'is not', null)])))
    .orderBy('s.starts_at')
    .orderBy('n.created_at')
    .orderBy('n.seq');
}

type StatementRow = Awaited<ReturnType<Awaited<ReturnType<typeof statementRows>>['execute']>>[number];

function toStatement(row: StatementRow): StatementView {
  return {
    noteId: row.id,
    sessionId: row.session_id,
    sessionNumber: row.number,
    agendaItemTitle: row.item_title,
    level: row.level,
    body: row.body,
    agreed:
      row.agreed_on === null ? null : { agreedOn: row.agreed_on, current: row.body_sha256 === bodyDigest(row.body) },
    createdAt: row.created_at,
  };
}

/**
 * The dialogue's working sponsor report (issue 13): the sections the facilitator writes, the
 * sessions it covers and how risky ones are shown, which notes are statements the participants
 * agreed to share — and the report itself, redacted, for the preview and the PDF.
 */
export function createSponsorReportService(ctx: ServiceContext, records: SponsorRecords): SponsorReportService {
  const db = () => ctx.workspace().db;

  async function ensureReport(trx: Db, dialogueId: string) {
    await trx
      .insertInto('sponsor_reports')
      .values({ dialogue_id: dialogueId, profile_id: null, scope: 'all', updated_at: ctx.now().toISOString() })
      .onConflict((oc) => oc.column('dialogue_id').doNothing())
      .execute();
  }

  async function view(dialogueId: string): Promise<SponsorReportView> {
    const dialogue = await db()
      .selectFrom('dialogues')
      .select(['id', 'code_name'])
      .where('id', '=', dialogueId)
      .executeTakeFirst();
    if (!dialogue) throw notFound.dialogue();
    const [sessions, scope, profiles, texts] = await Promise.all([
      reportSessions(db(), dialogueId),
      reportScope(db(), dialogueId),
      listProfiles(db(), dialogueId),
      db()
        .selectFrom('sponsor_report_texts')
        .select(['section', 'body', 'updated_at'])
        .where('dialogue_id', '=', dialogueId)
        .execute(),
    ]);
    const written = new Map(texts.map((row) => [row.section, row]));
    return {
      dialogueId,
      codeName: dialogue.code_name,
      profileId: scope.profileId,
      profiles,
      scope: scope.scope,
      sessions: sessions.map((session) =>
        toReportSessionView(session, scope.scope === 'all' || scope.chosen.has(session.id)),
      ),
      texts: SPONSOR_TEXT_SECTIONS.map((section) => ({
        section,
        body: written.get(section)?.body ?? '',
        updatedAt: written.get(section)?.updated_at ?? null,
      })),
    };
  }

  async function prepare(input: SponsorScope): Promise<PreparedSponsorReport> {
    await assertDialogue(db(), input.dialogueId);
    const { all, covered } = await sessionsCovered(db(), input.dialogueId, input.sessionIds);
    const stored = await reportScope(db(), input.dialogueId);
    const profile = await resolveProfile(db(), input.dialogueId, input.profileId ?? stored.profileId);
    const source = await loadSponsorReport(db(), records, {
      dialogueId: input.dialogueId,
      all,
      covered,
      profile,
      now: ctx.now(),
    });
    // Sponsors see no speaker code and no pseudonym (the pseudonym key stays with the facilitator).
    const read = await exportScreenOf(db(), input.dialogueId, {
      speakerCodes: true,
      pseudonyms: true,
      reidentification: { k: profile.minCount, smallSides: true },
    });
    // Except the facilitation team's pseudonyms: they are the team's roles ("Rapporteur", "Lead
    // facilitator"), which the report names on purpose (it is "the rapporteur's sole responsibility").
    const team = await db()
      .selectFrom('parties')
      .select('name')
      .where('dialogue_id', '=', input.dialogueId)
      .where('kind', '<>', 'side')
      .execute();
    const teamNames = new Set(team.map((party) => party.name));
    const screen: ExportScreen = {
      ...read,
      terms: read.terms.filter((term) => !(term.kind === 'pseudonym' && term.side && teamNames.has(term.side))),
    };
    const redacted = await redactSponsorReport(source.document, screen, profile.replacement);
    return {
      document: withChartsFrom(redacted.document, source.boards),
      texts: redacted.texts,
      screen,
      profile,
      codeName: source.codeName,
      sessionIds: source.sessionIds,
      replaced: redacted.replaced.map(({ where, reason }) => ({ where, reason: CHANGE_REASON_LABELS[reason] })),
      quotesLeftOut: source.quotesLeftOut,
      changedStatements: source.changedStatements,
    };
  }

  return {
    get: (input) => view(input.dialogueId),

    async saveText(input) {
      const now = ctx.now().toISOString();
      return inTransaction(ctx.workspace().db, async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        const existing = await trx
          .selectFrom('sponsor_report_texts')
          .select(['body', 'updated_at'])
          .where('dialogue_id', '=', input.dialogueId)
          .where('section', '=', input.section)
          .executeTakeFirst();
        // The same text again (a retried autosave) changes nothing, not even the time.
        if (existing?.body === input.body) {
          return { section: input.section, body: existing.body, updatedAt: existing.updated_at };
        }
        await trx
          .insertInto('sponsor_report_texts')
          .values({ dialogue_id: input.dialogueId, section: input.section, body: input.body, updated_at: now })
          .onConflict((oc) => oc.columns(['dialogue_id', 'section']).doUpdateSet({ body: input.body, updated_at: now }))
          .execute();
        return { section: input.section, body: input.body, updatedAt: now };
      });
    },

    async setSessions(input) {
      await inTransaction(ctx.workspace().db, async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        await ensureReport(trx, input.dialogueId);
        await trx.deleteFrom('sponsor_report_sessions').where('dialogue_id', '=', input.dialogueId).execute();
        if (input.sessionIds) {
          const found = await trx
            .selectFrom('sessions')
            .select('id')
            .where('dialogue_id', '=', input.dialogueId)
            .where('id', 'in', input.sessionIds)
            .execute();
          if (found.length !== input.sessionIds.length) throw notFound.session();
          await trx
            .insertInto('sponsor_report_sessions')
            .values(input.sessionIds.map((sessionId) => ({ dialogue_id: input.dialogueId, session_id: sessionId })))
            .execute();
        }
        await trx
          .updateTable('sponsor_reports')
          .set({ scope: input.sessionIds ? 'chosen' : 'all', updated_at: ctx.now().toISOString() })
          .where('dialogue_id', '=', input.dialogueId)
          .execute();
      });
      return view(input.dialogueId);
    },

    async useProfile(input) {
      await inTransaction(ctx.workspace().db, async (trx) => {
        await assertDialogue(trx, input.dialogueId);
        if (input.profileId !== null) {
          const profile = await trx
            .selectFrom('report_profiles')
            .select('id')
            .where('id', '=', input.profileId)
            .where('dialogue_id', '=', input.dialogueId)
            .executeTakeFirst();
          if (!profile) throw profileNotFound();
        }
        await ensureReport(trx, input.dialogueId);
        await trx
          .updateTable('sponsor_reports')
          .set({ profile_id: input.profileId, updated_at: ctx.now().toISOString() })
          .where('dialogue_id', '=', input.dialogueId)
          .execute();
      });
      return view(input.dialogueId);
    },

    async markSession(input) {
      const now = ctx.now().toISOString();
      const dialogueId = await inTransaction(ctx.workspace().db, async (trx) => {
        const session = await trx
          .selectFrom('sessions')
          .select('dialogue_id')
          .where('id', '=', input.sessionId)
          .executeTakeFirst();
        if (!session) throw notFound.session();
        await trx
          .insertInto('session_report_marks')
          .values({
            session_id: input.sessionId,
            risky: input.risky ? 1 : 0,
            venue_label: input.venueLabel,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc.column('session_id').doUpdateSet({
              risky: input.risky ? 1 : 0,
              venue_label: input.venueLabel,
              updated_at: now,
            }),
          )
          .execute();
        return session.dialogue_id;
      });
      const { sessions } = await view(dialogueId);
      return sessions.find((session) => session.id === input.sessionId)!;
    },

    async statements(input) {
      await assertDialogue(db(), input.dialogueId);
      if (input.sessionId) {
        const session = await db()
          .selectFrom('sessions')
          .select('id')
          .where('id', '=', input.sessionId)
          .where('dialogue_id', '=', input.dialogueId)
          .executeTakeFirst();
        if (!session) throw notFound.session();
      }
      const query = await statementRows(db(), input);
      const [rows, total] = await Promise.all([
        query.limit(input.limit).execute(),
        query
          .clearSelect()
          .clearOrderBy()
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { statements: rows.map(toStatement), total: Number(total.n) };
    },

    async markAgreed(input) {
      return inTransaction(ctx.workspace().db, async (trx) => {
        const note = await trx
          .selectFrom('notes')
          .select(['dialogue_id', 'caucus_party_id', 'kind', 'body'])
          .where('id', '=', input.noteId)
          .executeTakeFirst();
        if (!note) throw noteNotFound();
        if (note.caucus_party_id !== null) {
          throw new ParleyFault(
            'NOTE_IN_CAUCUS',
            'A caucus note stays with its party: it never goes into a joint report, so it cannot be an agreed statement.',
          );
        }
        if (note.kind === 'quote') {
          throw new ParleyFault(
            'NOTE_IS_QUOTE',
            'A quote is one person’s words, and a sponsor report carries no quotes. Write what was agreed as a note, then mark that.',
          );
        }
        const values = { agreed_on: input.agreedOn, body_sha256: bodyDigest(note.body) };
        await trx
          .insertInto('agreed_statements')
          .values({ note_id: input.noteId, created_at: ctx.now().toISOString(), ...values })
          .onConflict((oc) => oc.column('note_id').doUpdateSet(values))
          .execute();
        const row = await (
          await statementRows(trx, { dialogueId: note.dialogue_id, noteId: input.noteId, all: true })
        ).executeTakeFirstOrThrow();
        return toStatement(row);
      });
    },

    async unmarkAgreed(input) {
      return inTransaction(ctx.workspace().db, async (trx) => {
        const note = await trx
          .selectFrom('notes')
          .select('dialogue_id')
          .where('id', '=', input.noteId)
          .executeTakeFirst();
        if (!note) throw noteNotFound();
        await trx.deleteFrom('agreed_statements').where('note_id', '=', input.noteId).execute();
        const row = await (
          await statementRows(trx, { dialogueId: note.dialogue_id, noteId: input.noteId, all: true })
        ).executeTakeFirst();
        if (!row) throw noteNotFound();
        return toStatement(row);
      });
    },

    async preview(input) {
      const prepared = await prepare(input);
      const { certain, warnings } = await locateWarnings(prepared.texts, prepared.screen);
      // Replacement leaves nothing certain behind; should it ever, the preview refuses as the export would.
      if (certain) throw refusal(certain, SPONSOR_ADVICE);
      const warned: PreviewChange[] = warnings.map((warning) => ({
        where: warning.where,
        reason: `${CHANGE_REASON_LABELS[warningReason(warning.kind)]}: ${warning.reason}`,
        warningId: warning.id,
      }));
      const order = new Map(prepared.texts.map((text, i) => [text.where, i]));
      const changes = [
        ...coarsenings(prepared.document),
        ...[...prepared.replaced, ...warned].sort((a, b) => (order.get(a.where) ?? 0) - (order.get(b.where) ?? 0)),
      ];
      return {
        document: markWarnings(prepared.document, warnings),
        profileName: prepared.profile.name,
        changes,
        warnings: warnings.map(({ id, where, kind, reason }) => ({ id, where, kind, reason })),
        quotesLeftOut: prepared.quotesLeftOut,
        changedStatements: prepared.changedStatements,
      };
    },

    prepare,
  };
}
