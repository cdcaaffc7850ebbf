import type { Contract, ImportResult, ParsedInputOf, PartyView, RosterExport } from '../../../shared/contract';
import { compareParticipants, formatTrack } from '../../../shared/domain/participant';
import { foldForMatch } from '../../../shared/text/fold';
import { ParleyFault } from '../../errors';
import { insertParticipant } from './insert';
import type { Db } from './views';

/** Roster in and out as tables (CSV is the caller's business: these speak rows). */

type ImportRows = ParsedInputOf<Contract['participant.import']>['rows'];

/** Problems reported per line; past this many the message says how many more there are. */
const MAX_REPORTED = 20;

/** Faults of one row that are the row's own problem, reported by line instead of stopping the import. */
const ROW_FAULTS = new Set([
  'UNKNOWN_PARTY',
  'DUPLICATE_SPEAKER_CODE',
  'DUPLICATE_PSEUDONYM',
  'PSEUDONYM_REVEALS_IDENTITY',
]);

/**
 * Inserts every row inside the caller's transaction, collecting each row's problem with its line;
 * if any row has one, throws IMPORT_REJECTED listing them, so the caller's transaction rolls back
 * and nothing is half-imported. `known` are problems found earlier (rows a CSV file could not be
 * read into): they are reported together with these, in line order, so one report names them all.
 */
export async function importRows(
  trx: Db,
  dialogue: { readonly id: string; readonly parties: readonly PartyView[] },
  rows: ImportRows,
  make: { readonly newId: () => string; readonly now: string },
  known: readonly string[] = [],
): Promise<ImportResult> {
  const partyByName = new Map(dialogue.parties.map((party) => [foldForMatch(party.name), party]));
  const problems: string[] = [...known];
  const created: { line: number; speakerCode: string; pseudonym: string }[] = [];
  for (const row of rows) {
    const party = partyByName.get(foldForMatch(row.party));
    if (!party) {
      problems.push(`Line ${row.line}: there is no party “${row.party}” in this dialogue.`);
      continue;
    }
    try {
      const made = await insertParticipant(
        trx,
        dialogue,
        {
          partyId: party.id,
          realName: row.realName,
          aliases: row.aliases,
          pseudonym: row.pseudonym,
          speakerCode: row.speakerCode,
          affiliation: row.affiliation,
          affiliationSensitive: row.affiliationSensitive,
          role: row.role,
          trackLevel: row.trackLevel,
          sector: row.sector,
          languages: [],
          contacts: { email: row.email, phone: row.phone, messaging: '' },
          rationale: { influence: null, openMindedness: null, access: null, personalCapacity: null, notes: '' },
          risks: { travel: '', safety: '' },
          links: [],
          status: row.status,
        },
        make,
      );
      created.push({ line: row.line, speakerCode: made.speakerCode, pseudonym: made.pseudonym });
    } catch (error) {
      if (!(error instanceof ParleyFault) || !ROW_FAULTS.has(error.code)) throw error;
      problems.push(`Line ${row.line}: ${error.message}`);
    }
  }
  if (problems.length > 0) {
    const lineOf = (problem: string) => Number(/^Line (\d+)/u.exec(problem)?.[1] ?? 0);
    problems.sort((a, b) => lineOf(a) - lineOf(b));
    const more = problems.length - MAX_REPORTED;
    throw new ParleyFault(
      'IMPORT_REJECTED',
      [
        `Nothing was imported: ${problems.length === 1 ? 'one row has a problem' : `${problems.length} rows have problems`}.`,
        ...problems.slice(0, MAX_REPORTED),
        ...(more > 0 ? [`…and ${more} more.`] : []),
      ].join('\n'),
    );
  }
  return { created };
}

const CODES_ONLY = ['code', 'pseudonym', 'party', 'status'] as const;
/** The import's own column names, so an export with identities can be imported elsewhere. */
const WITH_IDENTITIES = [
  'code',
  'pseudonym',
  'name',
  'aliases',
  'party',
  'affiliation',
  'sensitive',
  'email',
  'phone',
  'role',
  'track',
  'status',
] as const;

/** A roster table as exported (the contract's RosterExport without warnings). */
export type RosterTable = Exclude<RosterExport, { readonly warnings: readonly unknown[] }>;

/**
 * The roster as a table, purged participants left out (they have neither code nor identity).
 * Which columns appear is decided here, in main: without `includeIdentities` no name, alias,
 * contact or affiliation can be in the result whatever the caller does with it.
 */
export async function exportRows(
  db: Db,
  dialogue: { readonly id: string; readonly parties: readonly PartyView[] },
  includeIdentities: boolean,
): Promise<RosterTable> {
  const rows = await db
    .selectFrom('participants')
    .selectAll()
    .where('dialogue_id', '=', dialogue.id)
    .where('purged_at', 'is', null)
    .execute();
  const aliases = Map.groupBy(
    await db
      .selectFrom('participant_aliases')
      .innerJoin('participants', 'participants.id', 'participant_aliases.participant_id')
      .select(['participant_aliases.participant_id', 'participant_aliases.alias'])
      .where('participants.dialogue_id', '=', dialogue.id)
      .orderBy('participant_aliases.position')
      .execute(),
    (row) => row.participant_id,
  );
  const parties = new Map(dialogue.parties.map((party) => [party.id, party]));
  const ordered = rows
    .map((row) => ({
      row,
      partyPosition: parties.get(row.party_id)?.position ?? 0,
      speakerCode: row.speaker_code,
      realName: row.real_name,
      pseudonym: row.pseudonym,
      status: row.status,
      updatedAt: row.updated_at,
    }))
    .sort(compareParticipants('party'));
  const party = (id: string) => parties.get(id)?.name ?? '';
  if (!includeIdentities) {
    return {
      header: CODES_ONLY,
      rows: ordered.map(({ row }) => [row.speaker_code ?? '', row.pseudonym, party(row.party_id), row.status]),
    };
  }
  return {
    header: WITH_IDENTITIES,
    rows: ordered.map(({ row }) => [
      row.speaker_code ?? '',
      row.pseudonym,
      row.real_name,
      (aliases.get(row.id) ?? []).map((a) => a.alias).join('; '),
      party(row.party_id),
      row.affiliation,
      row.affiliation_sensitive === 1 ? 'yes' : 'no',
      row.email,
      row.phone,
      row.role,
      formatTrack(row.track_level, row.sector),
      row.status,
    ]),
  };
}
