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
import { createHash } from 'node:crypto';
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

/** A version as frozen; `clausesOnly` for a comparison, which reads the text alone. */
export async function versionSnapshot(db: Db, versionId: string, clausesOnly = false): Promise<Snapshot> {
  const clauses = await db
    .selectFrom('draft_version_clauses')
    .select(['clause_id as id', 'depth', 'text', 'status'])
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
  if (clausesOnly) return { clauses, stances: [], holds: [] };
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

const stanceKey = (s: SnapshotStance) => JSON.stringify([s.clauseId, s.partyId, s.stance, s.rationale]);
const holdKey = (h: SnapshotHold) => JSON.stringify([h.clauseId, h.anchorText, h.anchorOccurrence, h.label]);

/**
 * A fingerprint of a state of the draft: its clauses in order (text, level, status), its stances
 * and its holds. Two states with the same digest read the same, so "nothing changed since version
 * N" is one comparison with the digest stored with the version.
 */
export function digestOf(snapshot: Snapshot): string {
  const canonical = JSON.stringify([
    snapshot.clauses.map((c) => [c.id, c.depth, c.status, c.text]),
    snapshot.stances.map(stanceKey).sort(),
    snapshot.holds.map(holdKey).sort(),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
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
  return digestOf(workingSnapshot(clauses)) !== latest.digest;
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
    return versionSnapshot(db(), (await findVersion(db(), draft.id, version)).id, true);
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
        const snapshot = workingSnapshot(clauses);
        const digest = digestOf(snapshot);
        if (latest && latest.digest === digest) {
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
            clause_count: clauses.length,
            digest,
          })
          .execute();
        // Copied inside the database: the working copy's positions are dense (0…n−1) already.
        await trx
          .insertInto('draft_version_clauses')
          .columns(['version_id', 'position', 'clause_id', 'depth', 'text', 'status'])
          .expression((eb) =>
            eb
              .selectFrom('clauses')
              .select((inner) => [inner.val(id).as('version_id'), 'position', 'id', 'depth', 'text', 'status'])
              .where('draft_id', '=', draft.id),
          )
          .execute();
        // The sides' stances, copied inside the database too (the facilitation team takes none).
        await trx
          .insertInto('draft_version_stances')
          .columns(['version_id', 'clause_id', 'party_id', 'stance', 'rationale'])
          .expression((eb) =>
            eb
              .selectFrom('clause_stances as s')
              .innerJoin('clauses as c', 'c.id', 's.clause_id')
              .innerJoin('parties as p', 'p.id', 's.party_id')
              .select((inner) => [
                inner.val(id).as('version_id'),
                's.clause_id',
                's.party_id',
                's.stance',
                's.rationale',
              ])
              .where('c.draft_id', '=', draft.id)
              .where('p.kind', '=', 'side'),
          )
          .execute();
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
