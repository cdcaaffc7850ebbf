import type { PackageDecisionView, VersionClauseView } from '../../../shared/contract/agreement';
import type { SideView } from '../../../shared/contract/party';
import type { DraftStatus, PaxStage } from '../../../shared/domain/agreement';
import type { ServiceContext } from '../context';
import { sidesOf } from '../parties/sides';
import { findDraft, localDay, type Input } from './common';
import { clauseViews, packageDecisions, versionSummaries } from './read';
import { assertBalanced, type VersionService } from './versions';

/** Everything a draft PDF prints (main/export/draft): a version, or the working text as it is now. */
export interface DraftReportData {
  readonly dialogueId: string;
  readonly dialogueCodeName: string;
  readonly title: string;
  readonly purpose: string;
  readonly stage: PaxStage;
  readonly status: DraftStatus;
  /** The version printed; null for the working text. */
  readonly version: { readonly number: number; readonly note: string; readonly savedAt: string } | null;
  /** The latest version, for "Working text after version N". */
  readonly latestVersion: number | null;
  readonly sides: readonly SideView[];
  readonly clauses: readonly VersionClauseView[];
  readonly packages: readonly PackageDecisionView[];
  /** Stances, rationales, holds, the purpose and the package decisions; off for the participants. */
  readonly facilitatorCopy: boolean;
  readonly printedOn: string;
}

export type DraftReportSource = (input: Input<'export.draftPdf'>) => Promise<DraftReportData>;

export function createDraftReport(ctx: ServiceContext, versions: VersionService): DraftReportSource {
  const db = () => ctx.workspace().db;
  return async (input) => {
    const draft = await findDraft(db(), input.draftId);
    const dialogue = await db()
      .selectFrom('dialogues')
      .select('code_name')
      .where('id', '=', draft.dialogue_id)
      .executeTakeFirstOrThrow();
    const summaries = await versionSummaries(db(), draft.id);
    const common = {
      dialogueId: draft.dialogue_id,
      dialogueCodeName: dialogue.code_name,
      purpose: draft.purpose,
      latestVersion: summaries[0]?.number ?? null,
      sides: await sidesOf(db(), draft.dialogue_id),
      packages: await packageDecisions(db(), draft.id, draft.dialogue_id),
      facilitatorCopy: input.facilitatorCopy,
      printedOn: localDay(ctx.now()),
    };
    if (input.version !== undefined) {
      const version = await versions.get({ draftId: draft.id, number: input.version });
      return {
        ...common,
        title: version.title,
        stage: version.stage,
        status: version.status,
        version: { number: version.number, note: version.note, savedAt: version.savedAt },
        clauses: version.clauses,
      };
    }
    const clauses = await clauseViews(db(), draft.id, draft.dialogue_id);
    assertBalanced(clauses, 'printing the working text');
    return {
      ...common,
      title: draft.title,
      stage: draft.stage,
      status: draft.status,
      version: null,
      clauses: clauses.map((clause) => ({
        id: clause.id,
        number: clause.number,
        depth: clause.depth,
        text: clause.text,
        status: clause.status,
        stances: clause.stances.map(({ partyId, stance, rationale }) => ({ partyId, stance, rationale })),
        holds: clause.holds.map(({ anchorText, label }) => ({ anchorText, label })),
      })),
    };
  };
}
