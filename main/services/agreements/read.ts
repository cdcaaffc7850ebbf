import type { Selectable } from 'kysely';
import { describeBracketError, parseClause, type ParsedClause } from '../../../shared/agreements/brackets';
import { resolveAnchor } from '../../../shared/agreements/holds';
import { clauseNumbers } from '../../../shared/agreements/outline';
import type {
  ClauseView,
  DraftHeader,
  DraftSummary,
  DraftView,
  HoldView,
  OutlineView,
  PackageDecisionView,
  StanceView,
  VersionSummary,
} from '../../../shared/contract/agreement';
import type { ClauseHoldsTable, ClausesTable, ClauseStancesTable } from '../../store/schema';
import type { SideView } from '../../../shared/contract/party';
import { sidesOf } from '../parties/sides';
import { chunks, type Db, type DraftRow } from './common';

/**
 * Reading drafts back as the contract's views. Numbers, the bracket structure, the clean mark and
 * hold labels are computed here on every read, from the order and the text: nothing derived is
 * stored, so nothing derived can go stale.
 */

export type ClauseRow = Selectable<ClausesTable>;
type HoldRow = Selectable<ClauseHoldsTable>;

/** Clause ids of a draft in order, with their numbers. */
export async function outlineOf(db: Db, draftId: string): Promise<OutlineView> {
  const rows = await db
    .selectFrom('clauses')
    .select(['id', 'depth'])
    .where('draft_id', '=', draftId)
    .orderBy('position')
    .execute();
  const numbers = clauseNumbers(rows.map((row) => row.depth));
  return { draftId, clauses: rows.map((row, index) => ({ id: row.id, depth: row.depth, number: numbers[index]! })) };
}

/** A hold as it reads: "pending clause 4", "pending the topic “Security”", or the facilitator's words. */
export function holdLabel(hold: HoldRow, numberOf: (id: string) => string | undefined, topicTitle: string | null) {
  const reason = hold.reason.trim();
  let base: string;
  if (hold.pending_kind === 'clause') {
    const number = hold.pending_clause_id ? numberOf(hold.pending_clause_id) : undefined;
    base = number ? `pending clause ${number}` : 'pending a clause since removed';
  } else if (hold.pending_kind === 'topic') {
    base = topicTitle !== null ? `pending the topic “${topicTitle}”` : 'pending a topic since removed';
  } else {
    return reason;
  }
  return reason ? `${base} — ${reason}` : base;
}

interface ClauseContext {
  readonly sides: readonly SideView[];
  readonly numbers: ReadonlyMap<string, string>;
}

/** Full views of some clauses of one draft (all of them by default), in order. */
export async function clauseViews(
  db: Db,
  draftId: string,
  dialogueId: string,
  only?: readonly string[],
): Promise<ClauseView[]> {
  const outline = await outlineOf(db, draftId);
  const context: ClauseContext = {
    sides: await sidesOf(db, dialogueId),
    numbers: new Map(outline.clauses.map((clause) => [clause.id, clause.number])),
  };
  const rows: ClauseRow[] = [];
  if (only) {
    for (const ids of chunks(only)) {
      rows.push(...(await db.selectFrom('clauses').selectAll().where('id', 'in', ids).execute()));
    }
    rows.sort((a, b) => a.position - b.position);
  } else {
    rows.push(
      ...(await db.selectFrom('clauses').selectAll().where('draft_id', '=', draftId).orderBy('position').execute()),
    );
  }
  return buildClauseViews(db, rows, context, only ? null : draftId);
}

/** Related rows of the clauses: by their draft when all of it is read (one join each), else by id. */
async function related(db: Db, rows: readonly ClauseRow[], wholeDraft: string | null) {
  const stances: Selectable<ClauseStancesTable>[] = [];
  const holds: HoldRow[] = [];
  const counts: { clause_id: string | null; n: number }[] = [];
  const parts = wholeDraft ? [null] : chunks(rows.map((row) => row.id));
  for (const part of parts) {
    stances.push(
      ...(await db
        .selectFrom('clause_stances as s')
        .innerJoin('clauses as c', 'c.id', 's.clause_id')
        .selectAll('s')
        .$if(part === null, (q) => q.where('c.draft_id', '=', wholeDraft!))
        .$if(part !== null, (q) => q.where('s.clause_id', 'in', part!))
        .execute()),
    );
    holds.push(
      ...(await db
        .selectFrom('clause_holds as h')
        .innerJoin('clauses as c', 'c.id', 'h.clause_id')
        .selectAll('h')
        .$if(part === null, (q) => q.where('c.draft_id', '=', wholeDraft!))
        .$if(part !== null, (q) => q.where('h.clause_id', 'in', part!))
        .orderBy('h.created_at')
        .execute()),
    );
    counts.push(
      ...(await db
        .selectFrom('commitments as k')
        .select((eb) => ['k.clause_id', eb.fn.countAll<number>().as('n')])
        .where('k.clause_id', 'is not', null)
        .$if(part === null, (q) => q.where('k.draft_id', '=', wholeDraft!))
        .$if(part !== null, (q) => q.where('k.clause_id', 'in', part!))
        .groupBy('k.clause_id')
        .execute()),
    );
  }
  return { stances, holds, counts };
}

async function buildClauseViews(
  db: Db,
  rows: readonly ClauseRow[],
  context: ClauseContext,
  wholeDraft: string | null,
): Promise<ClauseView[]> {
  const stances = new Map<string, StanceView[]>();
  const holds = new Map<string, HoldRow[]>();
  const commitments = new Map<string, number>();
  const topicIds = new Set<string>();
  const found = await related(db, rows, wholeDraft);
  for (const row of found.stances) {
    const list = stances.get(row.clause_id) ?? [];
    list.push({ partyId: row.party_id, stance: row.stance, rationale: row.rationale, updatedAt: row.updated_at });
    stances.set(row.clause_id, list);
  }
  for (const row of found.holds) {
    const list = holds.get(row.clause_id) ?? [];
    list.push(row);
    holds.set(row.clause_id, list);
    if (row.pending_topic_id) topicIds.add(row.pending_topic_id);
  }
  for (const row of found.counts) if (row.clause_id) commitments.set(row.clause_id, Number(row.n));
  const topics = new Map<string, string>();
  if (topicIds.size > 0) {
    for (const row of await db
      .selectFrom('topics')
      .select(['id', 'title'])
      .where('id', 'in', [...topicIds])
      .execute()) {
      topics.set(row.id, row.title);
    }
  }
  return rows.map((row) => {
    const parse = parseClause(row.text);
    // The stored text is parsed before every write; a failure here would be a bug, not input.
    const parsed: ParsedClause | null = parse.ok ? parse : null;
    const pending = row.pending_text === null ? null : parseClause(row.pending_text);
    // In the sides' order, and only the sides' (the facilitation team takes no stance).
    const mine = stances.get(row.id) ?? [];
    const own = context.sides.flatMap((side) => mine.filter((stance) => stance.partyId === side.id));
    const bracketCount = parsed?.brackets.length ?? 0;
    const clean =
      parsed !== null &&
      bracketCount === 0 &&
      row.pending_text === null &&
      context.sides.length > 0 &&
      context.sides.every((side) => own.some((stance) => stance.partyId === side.id && stance.stance === 'accepts'));
    return {
      id: row.id,
      draftId: row.draft_id,
      position: row.position,
      depth: row.depth,
      number: context.numbers.get(row.id) ?? '',
      text: row.text,
      pendingText: row.pending_text,
      problem:
        pending && !pending.ok
          ? {
              message: describeBracketError(pending.error),
              offset: pending.error.offset,
              line: pending.error.line,
              column: pending.error.column,
            }
          : null,
      warnings: (parsed?.warnings ?? []).map((warning) => ({ message: warning.message, offset: warning.offset })),
      status: row.status,
      bracketCount,
      clean,
      stances: own,
      holds: (holds.get(row.id) ?? []).map((hold): HoldView => {
        const bracket = parsed
          ? resolveAnchor(row.text, parsed, { text: hold.anchor_text, occurrence: hold.anchor_occurrence })
          : null;
        const topicTitle = hold.pending_topic_id ? (topics.get(hold.pending_topic_id) ?? null) : null;
        return {
          id: hold.id,
          anchorText: hold.anchor_text,
          anchorOccurrence: hold.anchor_occurrence,
          span: bracket ? { start: bracket.start, end: bracket.end } : null,
          pending:
            hold.pending_kind === 'clause'
              ? {
                  kind: 'clause',
                  clauseId: hold.pending_clause_id,
                  number: hold.pending_clause_id ? (context.numbers.get(hold.pending_clause_id) ?? null) : null,
                }
              : hold.pending_kind === 'topic'
                ? { kind: 'topic', topicId: hold.pending_topic_id, title: topicTitle }
                : { kind: 'other' },
          reason: hold.reason,
          label: holdLabel(hold, (id) => context.numbers.get(id), topicTitle),
          createdAt: hold.created_at,
        };
      }),
      commitmentCount: commitments.get(row.id) ?? 0,
      updatedAt: row.updated_at,
    };
  });
}

export async function versionSummaries(db: Db, draftId: string): Promise<VersionSummary[]> {
  const rows = await db
    .selectFrom('draft_versions')
    .select(['id', 'number', 'note', 'saved_at', 'clause_count'])
    .where('draft_id', '=', draftId)
    .orderBy('number', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    note: row.note,
    savedAt: row.saved_at,
    clauseCount: row.clause_count,
  }));
}

export async function packageDecisions(db: Db, draftId: string, dialogueId: string): Promise<PackageDecisionView[]> {
  const sides = await sidesOf(db, dialogueId);
  const rows = await db.selectFrom('draft_packages').selectAll().where('draft_id', '=', draftId).execute();
  const order = new Map(sides.map((side, index) => [side.id, index]));
  return rows
    .filter((row) => order.has(row.party_id))
    .sort((a, b) => order.get(a.party_id)! - order.get(b.party_id)!)
    .map((row) => ({ partyId: row.party_id, decision: row.decision, decidedOn: row.decided_on, note: row.note }));
}

function summaryOf(row: DraftRow, clauses: readonly ClauseView[], latestVersion: number | null): DraftSummary {
  return {
    id: row.id,
    dialogueId: row.dialogue_id,
    title: row.title,
    stage: row.stage,
    status: row.status,
    finalOn: row.final_on,
    clauseCount: clauses.length,
    cleanCount: clauses.filter((clause) => clause.clean).length,
    bracketCount: clauses.reduce((sum, clause) => sum + clause.bracketCount, 0),
    latestVersion,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

async function latestVersionNumber(db: Db, draftId: string): Promise<number | null> {
  const row = await db
    .selectFrom('draft_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('draft_id', '=', draftId)
    .executeTakeFirst();
  return row?.n ?? null;
}

export async function draftSummary(db: Db, row: DraftRow): Promise<DraftSummary> {
  return summaryOf(row, await clauseViews(db, row.id, row.dialogue_id), await latestVersionNumber(db, row.id));
}

export async function draftHeader(db: Db, row: DraftRow): Promise<DraftHeader> {
  return { ...(await draftSummary(db, row)), purpose: row.purpose };
}

export async function draftView(
  db: Db,
  row: DraftRow,
  changedSinceVersion: (clauses: readonly ClauseView[]) => Promise<boolean>,
): Promise<DraftView> {
  const clauses = await clauseViews(db, row.id, row.dialogue_id);
  const versions = await versionSummaries(db, row.id);
  return {
    ...summaryOf(row, clauses, versions[0]?.number ?? null),
    purpose: row.purpose,
    sides: await sidesOf(db, row.dialogue_id),
    clauses,
    packages: await packageDecisions(db, row.id, row.dialogue_id),
    versions,
    changedSinceVersion: await changedSinceVersion(clauses),
  };
}
