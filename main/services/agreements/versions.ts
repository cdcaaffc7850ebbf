import { compareClauses, type ComparedClause } from '../../../shared/agreements/compare';
import { clauseNumbers } from '../../../shared/agreements/outline';
import type {
  ClauseView,
  CompareView,
  VersionClauseView,
  VersionRef,
  VersionSummary,
  VersionView,
} from '../../../shared/contract/agreement';
import { AGREEMENT_LIMITS, type Stance } from '../../../shared/domain/agreement';
import { ParleyFault } from '../../errors';
import { chunks, fault, findDraft, inTransaction, type Db, type DraftRow, type Input } from './common';
import { clauseViews, versionSummaries } from './read';
import type { ServiceContext } from '../context';

/**
 * Numbered versions of a draft: frozen copies of the working text with its stances and holds.
 * "Save version" (Ctrl/Cmd+S) makes the next number; any two states — versions or the working copy
 * — can be compared, clause by clause (shared/agreements/compare.ts).
 */

interface SnapshotStance {
  readonly clauseId: string;
  readonly partyId: string;
  readonly stance: Stance;
  readonly rationale: string;
}

interface SnapshotHold {
  readonly clauseId: string;
  readonly anchorText: string;
  readonly anchorOccurrence: number;
  readonly label: string;
}

/** A state of a draft: what a version freezes, and what the working copy is compared with. */
export interface Snapshot {
  readonly clauses: readonly ComparedClause[];
  readonly stances: readonly SnapshotStance[];
  readonly holds: readonly SnapshotHold[];
}

export function workingSnapshot(clauses: readonly ClauseView[]): Snapshot {
  return {
    clauses: clauses.map((clause) => ({
      id: clause.id,
      depth: clause.depth,
      text: clause.text,
      status: clause.status,
    })),
    stances: clauses.flatMap((clause) =>
      clause.stances.map((stance) => ({
        clauseId: clause.id,
        partyId: stance.partyId,
        stance: stance.stance,
        rationale: stance.rationale,
      })),
    ),
    holds: clauses.flatMap((clause) =>
      clause.holds.map((hold) => ({
        clauseId: clause.id,
        anchorText: hold.anchorText,
        anchorOccurrence: hold.anchorOccurrence,
        label: hold.label,
      })),
    ),
  };
}

async function findVersion(db: Db, draftId: string, number: number) {
  const row = await db
    .selectFrom('draft_versions')
    .selectAll()
    .where('draft_id', '=', draftId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) throw fault.version(number);
  return row;
}

export async function versionSnapshot(db: Db, versionId: string): Promise<Snapshot> {
  const clauses = await db
    .selectFrom('draft_version_clauses')
    .select(['clause_id as id', 'depth', 'text', 'status'])
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
  const stances = await db
    .selectFrom('draft_version_stances')
    .select(['clause_id as clauseId', 'party_id as partyId', 'stance', 'rationale'])
    .where('version_id', '=', versionId)
    .execute();
  const holds = await db
    .selectFrom('draft_version_holds')
    .select(['clause_id as clauseId', 'anchor_text as anchorText', 'anchor_occurrence as anchorOccurrence', 'label'])
    .where('version_id', '=', versionId)
    .orderBy('clause_id')
    .orderBy('position')
    .execute();
  return { clauses, stances, holds };
}

const stanceKey = (s: SnapshotStance) => `${s.clauseId}\u0000${s.partyId}\u0000${s.stance}\u0000${s.rationale}`;
const holdKey = (h: SnapshotHold) => `${h.clauseId}\u0000${h.anchorText}\u0000${h.anchorOccurrence}\u0000${h.label}`;

/** Same text, order, levels, statuses, stances and holds. */
export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  if (a.clauses.length !== b.clauses.length) return false;
  for (let i = 0; i < a.clauses.length; i++) {
    const x = a.clauses[i]!;
    const y = b.clauses[i]!;
    if (x.id !== y.id || x.depth !== y.depth || x.text !== y.text || x.status !== y.status) return false;
  }
  const sameSet = (left: readonly string[], right: readonly string[]) =>
    left.length === right.length && [...left].sort().join('\u0001') === [...right].sort().join('\u0001');
  return (
    sameSet(a.stances.map(stanceKey), b.stances.map(stanceKey)) && sameSet(a.holds.map(holdKey), b.holds.map(holdKey))
  );
}

async function latestVersion(db: Db, draftId: string) {
  return db
    .selectFrom('draft_versions')
    .selectAll()
    .where('draft_id', '=', draftId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Whether the working copy differs from the latest version (an empty new draft has nothing to save). */
export async function changedSinceVersion(db: Db, draftId: string, clauses: readonly ClauseView[]): Promise<boolean> {
  const latest = await latestVersion(db, draftId);
  if (!latest) return clauses.length > 0;
  return !sameSnapshot(workingSnapshot(clauses), await versionSnapshot(db, latest.id));
}

/** The first clause whose typed text does not balance, as BRACKETS_UNBALANCED naming it and the place. */
export function assertBalanced(clauses: readonly ClauseView[], what: string): void {
  const broken = clauses.find((clause) => clause.problem !== null);
  if (!broken) return;
  throw new ParleyFault(
    'BRACKETS_UNBALANCED',
    `Clause ${broken.number}: ${broken.problem!.message} Fix it before ${what}.`,
  );
}

export interface VersionService {
  save(input: Input<'version.save'>): Promise<VersionSummary>;
  get(input: Input<'version.get'>): Promise<VersionView>;
  compare(input: Input<'draft.compare'>): Promise<CompareView>;
}

export function createVersionService(ctx: ServiceContext): VersionService {
  const db = () => ctx.workspace().db;
  async function snapshotOf(draft: DraftRow, version: VersionRef): Promise<Snapshot> {
    if (version === 'working') return workingSnapshot(await clauseViews(db(), draft.id, draft.dialogue_id));
    return versionSnapshot(db(), (await findVersion(db(), draft.id, version)).id);
  }

  return {
    async save(input) {
      return inTransaction(db(), async (trx) => {
        const draft = await findDraft(trx, input.draftId);
        const clauses = await clauseViews(trx, draft.id, draft.dialogue_id);
        assertBalanced(clauses, 'saving a version');
        const latest = await latestVersion(trx, draft.id);
        if (!latest && clauses.length === 0) {
          throw new ParleyFault(
            'VERSION_UNCHANGED',
            'The draft has no clauses yet: write one before saving a version.',
          );
        }
        if (latest && sameSnapshot(workingSnapshot(clauses), await versionSnapshot(trx, latest.id))) {
          throw new ParleyFault(
            'VERSION_UNCHANGED',
            `Nothing has changed since version ${latest.number}, so no new version was made.`,
          );
        }
        const number = (latest?.number ?? 0) + 1;
        if (number > AGREEMENT_LIMITS.maxVersions) {
          throw new ParleyFault('TOO_MANY_VERSIONS', `A draft keeps at most ${AGREEMENT_LIMITS.maxVersions} versions.`);
        }
        const id = ctx.newId();
        const savedAt = ctx.now().toISOString();
        await trx
          .insertInto('draft_versions')
          .values({
            id,
            draft_id: draft.id,
            number,
            note: input.note.trim(),
            title: draft.title,
            stage: draft.stage,
            status: draft.status,
            saved_at: savedAt,
          })
          .execute();
        for (const part of chunks(
          clauses.map((clause, position) => ({ clause, position })),
          200,
        )) {
          await trx
            .insertInto('draft_version_clauses')
            .values(
              part.map(({ clause, position }) => ({
                version_id: id,
                position,
                clause_id: clause.id,
                depth: clause.depth,
                text: clause.text,
                status: clause.status,
              })),
            )
            .execute();
        }
        const snapshot = workingSnapshot(clauses);
        for (const part of chunks(snapshot.stances, 200)) {
          await trx
            .insertInto('draft_version_stances')
            .values(
              part.map((stance) => ({
                version_id: id,
                clause_id: stance.clauseId,
                party_id: stance.partyId,
                stance: stance.stance,
                rationale: stance.rationale,
              })),
            )
            .execute();
        }
        const holds = clauses.flatMap((clause) =>
          clause.holds.map((hold, position) => ({
            version_id: id,
            clause_id: clause.id,
            position,
            anchor_text: hold.anchorText,
            anchor_occurrence: hold.anchorOccurrence,
            label: hold.label,
          })),
        );
        for (const part of chunks(holds, 200)) await trx.insertInto('draft_version_holds').values(part).execute();
        return { id, number, note: input.note.trim(), savedAt, clauseCount: clauses.length };
      });
    },

    async get(input) {
      const draft = await findDraft(db(), input.draftId);
      const version = await findVersion(db(), draft.id, input.number);
      const snapshot = await versionSnapshot(db(), version.id);
      const numbers = clauseNumbers(snapshot.clauses.map((clause) => clause.depth));
      const stancesOf = new Map<string, VersionClauseView['stances'][number][]>();
      for (const stance of snapshot.stances) {
        const list = stancesOf.get(stance.clauseId) ?? [];
        list.push({ partyId: stance.partyId, stance: stance.stance, rationale: stance.rationale });
        stancesOf.set(stance.clauseId, list);
      }
      const summary = (await versionSummaries(db(), draft.id)).find((v) => v.id === version.id)!;
      return {
        ...summary,
        draftId: draft.id,
        title: version.title,
        stage: version.stage,
        status: version.status,
        clauses: snapshot.clauses.map((clause, index) => ({
          id: clause.id,
          number: numbers[index]!,
          depth: clause.depth,
          text: clause.text,
          status: clause.status,
          stances: stancesOf.get(clause.id) ?? [],
          holds: snapshot.holds
            .filter((hold) => hold.clauseId === clause.id)
            .map((hold) => ({ anchorText: hold.anchorText, label: hold.label })),
        })),
      };
    },

    async compare(input) {
      if (input.from.draftId !== input.to.draftId) {
        throw new ParleyFault(
          'DIFFERENT_DRAFTS',
          'Only two versions of the same draft can be compared. Choose both versions from one draft.',
        );
      }
      const draft = await findDraft(db(), input.from.draftId);
      const before = await snapshotOf(draft, input.from.version);
      const after = await snapshotOf(draft, input.to.version);
      const label = (version: VersionRef) => (version === 'working' ? 'Working text' : `Version ${version}`);
      const { entries, summary } = compareClauses(before.clauses, after.clauses);
      return {
        draftId: draft.id,
        draftTitle: draft.title,
        from: { version: input.from.version, label: label(input.from.version) },
        to: { version: input.to.version, label: label(input.to.version) },
        entries,
        summary,
      };
    },
  };
}
