import { format } from 'date-fns';
import { sql, type Transaction } from 'kysely';
import type {
  AuditEntryView,
  Contract,
  ImportResult,
  InfluenceMapView,
  ParsedInputOf,
  ParticipantIdentity,
  ParticipantName,
  ParticipantSummary,
  ParticipantView,
  PartyView,
  PurgeResult,
  RosterExport,
} from '../../../shared/contract';
import {
  compareParticipants,
  filterTerms,
  foldName,
  matchesFilter,
  normaliseSpeakerCode,
  rosterSearchKey,
} from '../../../shared/domain/participant';
import { ImportRows } from '../../../shared/contract/participant';
import { ParleyFault, toFault } from '../../errors';
import type { WorkspaceSchema } from '../../store/schema';
import { forgetRedactionEngines, openWarnings, screenExport } from '../../export/leak-guard';
import type { ServiceContext } from '../context';
import { listParties } from '../parties/party-service';
import { exportScreenOf } from '../redaction/export-screen';
import type { PurgeStep } from '../purge';
import { writeAudit } from './audit';
import { insertParticipant } from './insert';
import { purgeParticipant } from './purge';
import { backupsMadeBy } from '../workspace/export-log';
import { parseRosterCsv } from './csv';
import { exportRows, importRows } from './transfer';
import { loadIdentity, loadSummaries, loadView, type ParticipantRow } from './views';
import {
  assertCodeFree,
  assertPseudonymFree,
  assertPseudonymSafe,
  partyOf,
  replaceAliases,
  replaceLinks,
  searchKeyOf,
  suggestCode,
  takenCodes,
} from './write';
import { assertDialogue } from '../dialogue-scope';

type Input<K extends keyof Contract> = ParsedInputOf<Contract[K]>;

export interface RosterService {
  create(input: Input<'participant.create'>): Promise<ParticipantView>;
  update(input: Input<'participant.update'>): Promise<ParticipantView>;
  get(input: Input<'participant.get'>): Promise<ParticipantView>;
  identity(input: Input<'participant.identity'>): Promise<ParticipantIdentity>;
  list(input: Input<'participant.list'>): Promise<ParticipantSummary[]>;
  names(input: Input<'participant.names'>): Promise<ParticipantName[]>;
  suggestCode(input: Input<'participant.suggestCode'>): Promise<{ code: string }>;
  recordConsent(input: Input<'participant.recordConsent'>): Promise<ParticipantView>;
  withdrawConsent(input: Input<'participant.withdrawConsent'>): Promise<ParticipantView>;
  purge(input: Input<'participant.purge'>): Promise<PurgeResult>;
  influenceMap(input: Input<'participant.influenceMap'>): Promise<InfluenceMapView>;
  import(input: Input<'participant.import'>): Promise<ImportResult>;
  /** The roster as a table for `export.rosterCsv`, checked like every export when it holds no identities. */
  exportTable(input: Input<'export.rosterCsv'>): Promise<RosterExport>;
  /** Audits a roster file once it is written (how many, with or without identities; never who). */
  recordExported(input: { dialogueId: string; participants: number; includeIdentities: boolean }): Promise<void>;
  importCsv(input: Input<'participant.importCsv'>): Promise<ImportResult>;
  auditLog(input: Input<'audit.list'>): Promise<AuditEntryView[]>;
}

export interface RosterServiceOptions {
  /** Every domain's share of a purge, run inside the purge's transaction (main/services/purge.ts). */
  readonly purgeSteps: readonly PurgeStep[];
}

export function createRosterService(ctx: ServiceContext, options: RosterServiceOptions): RosterService {
  const db = () => ctx.workspace().db;
  const stamp = () => ({ newId: ctx.newId, now: ctx.now().toISOString() });
  const today = () => format(ctx.now(), 'yyyy-MM-dd');

  async function dialogueWithParties(dialogueId: string): Promise<{ id: string; parties: PartyView[] }> {
    await assertDialogue(db(), dialogueId);
    return { id: dialogueId, parties: await listParties(db(), dialogueId) };
  }

  async function findRow(id: string): Promise<ParticipantRow> {
    const row = await db().selectFrom('participants').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new ParleyFault('PARTICIPANT_NOT_FOUND', 'That participant is no longer on the roster.');
    return row;
  }

  async function findLiveRow(id: string): Promise<ParticipantRow> {
    const row = await findRow(id);
    if (row.purged_at !== null) {
      throw new ParleyFault(
        'PARTICIPANT_PURGED',
        'This participant was purged: their identity is gone and the entry can no longer be changed.',
      );
    }
    return row;
  }

  const viewOf = async (id: string) => loadView(db(), await findRow(id));

  async function realNames(dialogueId: string): Promise<ParticipantName[]> {
    const rows = await db()
      .selectFrom('participants')
      .select(['id', 'real_name'])
      .where('dialogue_id', '=', dialogueId)
      .where('purged_at', 'is', null)
      .execute();
    return rows.map((row) => ({ id: row.id, realName: row.real_name }));
  }

  /** Runs `work` in one transaction; faults pass through, SQLite errors become faults. */
  async function inTransaction<T>(work: (trx: Transaction<WorkspaceSchema>) => Promise<T>): Promise<T> {
    try {
      return await db().transaction().execute(work);
    } catch (error) {
      throw toFault(uniqueViolation(error) ?? error);
    }
  }

  async function importParsed(
    input: Input<'participant.import'>,
    known: readonly string[] = [],
  ): Promise<ImportResult> {
    const dialogue = await dialogueWithParties(input.dialogueId);
    return inTransaction(async (trx) => {
      const result = await importRows(trx, dialogue, input.rows, stamp(), known);
      await writeAudit(trx, {
        on: today(),
        action: 'roster.imported',
        dialogueId: dialogue.id,
        detail: `${result.created.length} participants`,
      });
      return result;
    });
  }

  return {
    async create(input) {
      const dialogue = await dialogueWithParties(input.dialogueId);
      const { id } = await inTransaction((trx) => insertParticipant(trx, dialogue, input, stamp()));
      return viewOf(id);
    },

    async update(input) {
      const row = await findLiveRow(input.id);
      const dialogue = await dialogueWithParties(row.dialogue_id);
      const partyId = input.partyId ?? row.party_id;
      partyOf(dialogue.parties, partyId);
      const current = await loadView(db(), row);
      const identity = await loadIdentity(db(), row, ['names', 'contacts', 'risks']);
      const realName = input.realName ?? row.real_name;
      const aliases = input.aliases ?? identity.names!.aliases;
      const pseudonym = input.pseudonym ?? row.pseudonym;
      const speakerCode = input.speakerCode ?? row.speaker_code!;
      if (speakerCode !== row.speaker_code) await assertCodeFree(db(), row.dialogue_id, speakerCode, row.id);
      if (foldName(pseudonym) !== row.pseudonym_key)
        await assertPseudonymFree(db(), row.dialogue_id, pseudonym, row.id);
      // Checked whenever a name or the pseudonym changes: a new alias can make an old pseudonym unsafe.
      assertPseudonymSafe(pseudonym, realName, aliases);
      const contacts = input.contacts ?? identity.contacts!;
      const rationale = input.rationale ?? current.rationale;
      const risks = input.risks ?? identity.risks!;
      const make = stamp();
      await inTransaction(async (trx) => {
        await trx
          .updateTable('participants')
          .set({
            party_id: partyId,
            real_name: realName,
            pseudonym,
            pseudonym_key: foldName(pseudonym),
            speaker_code: speakerCode,
            search_key: searchKeyOf({ realName, aliases, pseudonym, speakerCode }),
            affiliation: input.affiliation ?? row.affiliation,
            affiliation_sensitive:
              input.affiliationSensitive === undefined ? row.affiliation_sensitive : input.affiliationSensitive ? 1 : 0,
            role: input.role ?? row.role,
            track_level: input.trackLevel === undefined ? row.track_level : input.trackLevel,
            sector: input.sector === undefined ? row.sector : input.sector,
            languages: input.languages === undefined ? row.languages : JSON.stringify(input.languages),
            email: contacts.email,
            phone: contacts.phone,
            messaging: contacts.messaging,
            influence: rationale.influence,
            open_mindedness: rationale.openMindedness,
            access: rationale.access,
            personal_capacity: rationale.personalCapacity,
            selection_notes: rationale.notes,
            risk_travel: risks.travel,
            risk_safety: risks.safety,
            status: input.status ?? row.status,
            updated_at: make.now,
          })
          .where('id', '=', row.id)
          .execute();
        if (input.aliases !== undefined) await replaceAliases(trx, row.id, input.aliases);
        if (input.links !== undefined) {
          await replaceLinks(trx, { dialogueId: row.dialogue_id, participantId: row.id }, input.links, make);
        }
      });
      return viewOf(row.id);
    },

    async get(input) {
      return viewOf(input.id);
    },

    async identity(input) {
      return loadIdentity(db(), await findLiveRow(input.id), input.parts);
    },

    async list(input) {
      const dialogue = await dialogueWithParties(input.dialogueId);
      if (input.partyId !== undefined) partyOf(dialogue.parties, input.partyId);
      const terms = filterTerms(input.filter);
      // Sorting by name happens here, so the order is right without the names leaving main.
      const byName =
        input.sort === 'name' ? new Map((await realNames(input.dialogueId)).map((p) => [p.id, p.realName])) : null;
      const summaries = await loadSummaries(db(), {
        dialogueId: input.dialogueId,
        partyId: input.partyId,
        statuses: input.statuses,
        includePurged: input.includePurged,
        // Names and aliases are matched in the workspace; under the privacy screen, only what shows.
        terms: input.searchIdentities ? terms : [],
      });
      const shown = input.searchIdentities
        ? summaries
        : summaries.filter((p) => matchesFilter(rosterSearchKey({ ...p, realName: '', aliases: [] }), terms));
      const position = new Map(dialogue.parties.map((party) => [party.id, party.position]));
      const compare = compareParticipants(input.sort);
      return shown
        .map((summary) => ({
          summary,
          partyPosition: position.get(summary.partyId) ?? 0,
          realName: byName?.get(summary.id) ?? '',
          ...summary,
        }))
        .sort(compare)
        .map(({ summary }) => summary);
    },

    async names(input) {
      await dialogueWithParties(input.dialogueId);
      return realNames(input.dialogueId);
    },

    async suggestCode(input) {
      const dialogue = await dialogueWithParties(input.dialogueId);
      const party = partyOf(dialogue.parties, input.partyId);
      return { code: suggestCode(dialogue.parties, party, await takenCodes(db(), dialogue.id)) };
    },

    async recordConsent(input) {
      const row = await findLiveRow(input.participantId);
      await inTransaction(async (trx) => {
        await trx
          .insertInto('participant_consents')
          .values({
            id: ctx.newId(),
            participant_id: row.id,
            given_on: input.givenOn,
            scope_notes: input.scopes.notes ? 1 : 0,
            scope_quotes: input.scopes.quotes ? 1 : 0,
            scope_attribution: input.scopes.attribution ? 1 : 0,
            scope_photos: input.scopes.photos ? 1 : 0,
            note: input.note,
            withdrawn_on: null,
            withdrawal_note: '',
            created_at: ctx.now().toISOString(),
          })
          .execute();
        await trx
          .updateTable('participants')
          .set({ updated_at: ctx.now().toISOString() })
          .where('id', '=', row.id)
          .execute();
      });
      return viewOf(row.id);
    },

    async withdrawConsent(input) {
      const row = await findLiveRow(input.participantId);
      const latest = await db()
        .selectFrom('participant_consents')
        .select(['id', 'withdrawn_on'])
        .where('participant_id', '=', row.id)
        .orderBy(sql`rowid`, 'desc')
        .executeTakeFirst();
      if (!latest || latest.withdrawn_on !== null) {
        throw new ParleyFault('NO_ACTIVE_CONSENT', 'This participant has no consent in force to withdraw.');
      }
      await inTransaction(async (trx) => {
        await trx
          .updateTable('participant_consents')
          .set({ withdrawn_on: input.withdrawnOn, withdrawal_note: input.note })
          .where('id', '=', latest.id)
          .execute();
        await trx
          .updateTable('participants')
          .set({ updated_at: ctx.now().toISOString() })
          .where('id', '=', row.id)
          .execute();
      });
      return viewOf(row.id);
    },

    async purge(input) {
      const row = await findLiveRow(input.id);
      if (normaliseSpeakerCode(input.confirmSpeakerCode) !== row.speaker_code) {
        throw new ParleyFault(
          'PURGE_NOT_CONFIRMED',
          'To purge, type the participant’s speaker code exactly as shown. Nothing was changed.',
        );
      }
      try {
        const { compacted, purgedOn } = await purgeParticipant(
          db(),
          { id: row.id, dialogueId: row.dialogue_id },
          options.purgeSteps,
          ctx.now(),
        );
        // The engines kept for exports hold the purged name; nothing of them may stay in memory.
        forgetRedactionEngines();
        return {
          participant: await viewOf(row.id),
          compacted,
          backupsBeforePurge: await backupsMadeBy(db(), purgedOn),
        };
      } catch (error) {
        throw toFault(error);
      }
    },

    async influenceMap(input) {
      await dialogueWithParties(input.dialogueId);
      const decisionMakers = await db()
        .selectFrom('decision_makers')
        .select(['id', 'name'])
        .where('dialogue_id', '=', input.dialogueId)
        .orderBy('name_key')
        .execute();
      const links = await db()
        .selectFrom('decision_maker_links')
        .innerJoin('participants', 'participants.id', 'decision_maker_links.participant_id')
        .select([
          'decision_maker_links.participant_id as participantId',
          'decision_maker_links.decision_maker_id as decisionMakerId',
          'decision_maker_links.closeness',
          'decision_maker_links.channel',
        ])
        .where('participants.dialogue_id', '=', input.dialogueId)
        .orderBy('decision_maker_links.participant_id')
        .orderBy('decision_maker_links.position')
        .execute();
      return { decisionMakers, links };
    },

    import: importParsed,

    async importCsv(input) {
      const parsed = parseRosterCsv(new TextEncoder().encode(input.csv));
      // Rows the file could not be read into are reported with the rows the workspace refuses (an
      // unknown party, a code in use): one report, in line order, so everything is fixed at once.
      if (!parsed.ok && parsed.rows && parsed.rows.length > 0) {
        const rows = ImportRows.safeParse(parsed.rows);
        if (rows.success) return importParsed({ dialogueId: input.dialogueId, rows: rows.data }, parsed.problems);
      }
      if (!parsed.ok) {
        throw new ParleyFault(
          'IMPORT_REJECTED',
          [
            `Nothing was imported: ${parsed.problems.length === 1 ? 'the file has a problem' : `the file has ${parsed.problems.length} problems`}.`,
            ...parsed.problems,
          ].join('\n'),
        );
      }
      const rows = ImportRows.safeParse(parsed.rows);
      if (!rows.success) {
        throw new ParleyFault('IMPORT_REJECTED', `Nothing was imported: ${rows.error.issues[0]?.message ?? ''}`.trim());
      }
      return importParsed({ dialogueId: input.dialogueId, rows: rows.data });
    },

    async exportTable(input) {
      const dialogue = await dialogueWithParties(input.dialogueId);
      const table = await exportRows(db(), dialogue, input.includeIdentities);
      if (input.includeIdentities) return table;
      // Codes and pseudonyms only: checked like any export, since a pseudonym can give someone away.
      const screen = await exportScreenOf(db(), dialogue.id, { reidentification: false });
      const texts = table.rows.map((row, index) => ({
        where: `Row ${index + 1} of the roster`,
        text: row.join(' · '),
      }));
      const advice = 'Change that participant’s pseudonym, then export again.';
      const warnings = openWarnings(await screenExport(texts, screen, advice), input.acknowledgedWarnings);
      return warnings.length > 0 ? { warnings } : table;
    },

    async recordExported({ dialogueId, participants, includeIdentities }) {
      await inTransaction((trx) =>
        writeAudit(trx, {
          on: today(),
          action: 'roster.exported',
          dialogueId,
          detail: `${participants} participants, ${includeIdentities ? 'with identities' : 'codes and pseudonyms only'}`,
        }),
      );
    },

    async auditLog(input) {
      const rows = await db()
        .selectFrom('audit_log')
        .select(['occurred_on', 'action', 'dialogue_id', 'detail'])
        .$if(input.dialogueId !== undefined, (q) => q.where('dialogue_id', '=', input.dialogueId!))
        .orderBy('id', 'desc')
        .execute();
      return rows.map((row) => ({
        occurredOn: row.occurred_on,
        action: row.action,
        dialogueId: row.dialogue_id,
        detail: row.detail,
      }));
    },
  };
}

/**
 * The checks before each write make these unreachable in practice; should two writes ever race
 * past them, the unique indexes still hold and the facilitator gets the same sentence.
 */
function uniqueViolation(error: unknown): ParleyFault | undefined {
  if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
  const message = String((error as { message?: string }).message);
  if (message.includes('speaker_code')) {
    return new ParleyFault('DUPLICATE_SPEAKER_CODE', 'That speaker code is already used in this dialogue.');
  }
  if (message.includes('pseudonym_key')) {
    return new ParleyFault('DUPLICATE_PSEUDONYM', 'That pseudonym is already used in this dialogue.');
  }
  return undefined;
}
