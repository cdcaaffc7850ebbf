import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  ConsentRecordView,
  ConsentSummary,
  DecisionMakerLinkView,
  ParticipantIdentity,
  ParticipantSummary,
  ParticipantView,
} from '../../../shared/contract/participant';
import type { IdentityPart, ParticipantStatus } from '../../../shared/domain/participant';
import type { ParticipantConsentsTable, ParticipantsTable, WorkspaceSchema } from '../../store/schema';

/** Reading participants back as the contract's views. */

export type Db = Kysely<WorkspaceSchema> | Transaction<WorkspaceSchema>;
export type ParticipantRow = Selectable<ParticipantsTable>;

export interface SummaryQuery {
  readonly dialogueId: string;
  readonly participantIds?: readonly string[];
  readonly partyId?: string | undefined;
  readonly statuses?: readonly ParticipantStatus[] | undefined;
  readonly includePurged?: boolean;
  /** Folded filter words; every one must occur in the participant's search key. */
  readonly terms?: readonly string[];
}

/**
 * The roster rows of one dialogue with their current consent and link counts, in three queries
 * whatever the number of participants (no query per row: 1,000 rows stay fast). No identity.
 */
export async function loadSummaries(db: Db, query: SummaryQuery): Promise<ParticipantSummary[]> {
  const rows = await db
    .selectFrom('participants')
    .selectAll()
    .where('dialogue_id', '=', query.dialogueId)
    .$if(query.participantIds !== undefined, (q) => q.where('id', 'in', [...query.participantIds!, '']))
    .$if(query.partyId !== undefined, (q) => q.where('party_id', '=', query.partyId!))
    .$if(query.statuses !== undefined, (q) => q.where('status', 'in', [...query.statuses!, 'none' as never]))
    .$if(query.includePurged === false, (q) => q.where('purged_at', 'is', null))
    .$call((q) => {
      let filtered = q;
      // instr() rather than LIKE: the terms are folded text, and no character in them is special.
      for (const term of query.terms ?? []) filtered = filtered.where(sql<number>`instr(search_key, ${term})`, '>', 0);
      return filtered;
    })
    .execute();
  if (rows.length === 0) return [];

  const consents = await db
    .selectFrom('participant_consents')
    .innerJoin('participants', 'participants.id', 'participant_consents.participant_id')
    .selectAll('participant_consents')
    .where('participants.dialogue_id', '=', query.dialogueId)
    .orderBy(sql`participant_consents.rowid`)
    .execute();
  const links = await db
    .selectFrom('decision_maker_links')
    .innerJoin('participants', 'participants.id', 'decision_maker_links.participant_id')
    .select(['decision_maker_links.participant_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('participants.dialogue_id', '=', query.dialogueId)
    .groupBy('decision_maker_links.participant_id')
    .execute();

  const latestConsent = new Map<string, Selectable<ParticipantConsentsTable>>();
  for (const consent of consents) latestConsent.set(consent.participant_id, consent);
  const linkCount = new Map(links.map((row) => [row.participant_id, Number(row.n)]));

  return rows.map((row) => toSummary(row, consentSummary(latestConsent.get(row.id)), linkCount.get(row.id) ?? 0));
}

/** One participant with everything recorded about them but their identity. */
export async function loadView(db: Db, row: ParticipantRow): Promise<ParticipantView> {
  const aliases = await db
    .selectFrom('participant_aliases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('participant_id', '=', row.id)
    .executeTakeFirstOrThrow();
  const links = await db
    .selectFrom('decision_maker_links')
    .innerJoin('decision_makers', 'decision_makers.id', 'decision_maker_links.decision_maker_id')
    .select([
      'decision_makers.id',
      'decision_makers.name',
      'decision_maker_links.closeness',
      'decision_maker_links.channel',
      'decision_maker_links.note',
    ])
    .where('decision_maker_links.participant_id', '=', row.id)
    .orderBy('decision_maker_links.position')
    .execute();
  const consents = await db
    .selectFrom('participant_consents')
    .selectAll()
    .where('participant_id', '=', row.id)
    .orderBy(sql`rowid`)
    .execute();
  const linkViews: DecisionMakerLinkView[] = links.map((link) => ({
    decisionMakerId: link.id,
    decisionMaker: link.name,
    closeness: link.closeness,
    channel: link.channel,
    note: link.note,
  }));
  return {
    ...toSummary(row, consentSummary(consents.at(-1)), links.length),
    languages: JSON.parse(row.languages) as string[],
    rationale: {
      influence: row.influence,
      openMindedness: row.open_mindedness,
      access: row.access,
      personalCapacity: row.personal_capacity,
      notes: row.selection_notes,
    },
    links: linkViews,
    consents: consents.map(toConsentRecord),
    createdAt: row.created_at,
    purgedOn: row.purged_at,
    identityOnRecord: {
      aliases: Number(aliases.n),
      contacts: [row.email, row.phone, row.messaging].some((value) => value !== ''),
      riskNotes: [row.risk_travel, row.risk_safety].some((value) => value !== ''),
    },
  };
}

/** The parts of one participant's identity asked for; the others stay null (never read). */
export async function loadIdentity(
  db: Db,
  row: ParticipantRow,
  parts: readonly IdentityPart[],
): Promise<ParticipantIdentity> {
  const wanted = new Set(parts);
  const aliases = wanted.has('names')
    ? await db
        .selectFrom('participant_aliases')
        .select(['alias', 'kind'])
        .where('participant_id', '=', row.id)
        .orderBy('position')
        .execute()
    : [];
  return {
    participantId: row.id,
    names: wanted.has('names') ? { realName: row.real_name, aliases } : null,
    affiliation: wanted.has('affiliation') ? row.affiliation : null,
    contacts: wanted.has('contacts') ? { email: row.email, phone: row.phone, messaging: row.messaging } : null,
    risks: wanted.has('risks') ? { travel: row.risk_travel, safety: row.risk_safety } : null,
  };
}

function toSummary(row: ParticipantRow, consent: ConsentSummary, linkCount: number): ParticipantSummary {
  const sensitive = row.affiliation_sensitive === 1;
  return {
    id: row.id,
    dialogueId: row.dialogue_id,
    partyId: row.party_id,
    speakerCode: row.speaker_code,
    pseudonym: row.pseudonym,
    // A sensitive affiliation identifies or endangers: it travels only with the identity.
    affiliation: sensitive ? '' : row.affiliation,
    affiliationSensitive: sensitive,
    role: row.role,
    trackLevel: row.track_level,
    sector: row.sector,
    status: row.status,
    consent,
    linkCount,
    purged: row.purged_at !== null,
    updatedAt: row.updated_at,
  };
}

function consentSummary(latest: Selectable<ParticipantConsentsTable> | undefined): ConsentSummary {
  if (!latest) return { state: 'none', givenOn: null, scopes: null, withdrawnOn: null };
  return {
    state: latest.withdrawn_on === null ? 'given' : 'withdrawn',
    givenOn: latest.given_on,
    scopes: scopesOf(latest),
    withdrawnOn: latest.withdrawn_on,
  };
}

function scopesOf(row: Selectable<ParticipantConsentsTable>) {
  return {
    notes: row.scope_notes === 1,
    quotes: row.scope_quotes === 1,
    attribution: row.scope_attribution === 1,
    photos: row.scope_photos === 1,
  };
}

function toConsentRecord(row: Selectable<ParticipantConsentsTable>): ConsentRecordView {
  return {
    id: row.id,
    givenOn: row.given_on,
    scopes: scopesOf(row),
    note: row.note,
    withdrawnOn: row.withdrawn_on,
    withdrawalNote: row.withdrawal_note,
  };
}
