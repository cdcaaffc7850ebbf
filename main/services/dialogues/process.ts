import type { Kysely, Transaction } from 'kysely';
import type { RootCauseView } from '../../../shared/contract/dialogue';
import { foldForMatch } from '../../../shared/text/fold';
import { ParleyFault } from '../../errors';
import type { WorkspaceSchema } from '../../store/schema';

/**
 * A dialogue's sponsors and root causes (issue 3): lists kept in rows of their own, so root causes
 * have ids that notes, topics and agreements can link to.
 */

type Db = Kysely<WorkspaceSchema> | Transaction<WorkspaceSchema>;

export interface DialogueProcess {
  readonly sponsors: readonly string[];
  readonly rootCauses: readonly RootCauseView[];
}

export const EMPTY_PROCESS: DialogueProcess = { sponsors: [], rootCauses: [] };

/** Sponsors and root causes of the given dialogues (all of them when no id is given). */
export async function loadProcesses(db: Db, dialogueId?: string): Promise<Map<string, DialogueProcess>> {
  const sponsors = await db
    .selectFrom('dialogue_sponsors')
    .select(['dialogue_id', 'name'])
    .$if(dialogueId !== undefined, (q) => q.where('dialogue_id', '=', dialogueId!))
    .orderBy('dialogue_id')
    .orderBy('position')
    .execute();
  const causes = await db
    .selectFrom('root_causes')
    .select(['id', 'dialogue_id', 'title', 'description'])
    .$if(dialogueId !== undefined, (q) => q.where('dialogue_id', '=', dialogueId!))
    .orderBy('dialogue_id')
    .orderBy('position')
    .execute();
  const result = new Map<string, { sponsors: string[]; rootCauses: RootCauseView[] }>();
  const entry = (id: string) => {
    let found = result.get(id);
    if (!found) result.set(id, (found = { sponsors: [], rootCauses: [] }));
    return found;
  };
  for (const row of sponsors) entry(row.dialogue_id).sponsors.push(row.name);
  for (const row of causes) {
    entry(row.dialogue_id).rootCauses.push({ id: row.id, title: row.title, description: row.description });
  }
  return result;
}

/** Replaces the sponsor list. Two sponsors that fold alike are one sponsor typed twice. */
export async function writeSponsors(trx: Db, dialogueId: string, sponsors: readonly string[]): Promise<void> {
  const keys = sponsors.map(foldForMatch);
  const twice = sponsors.find((_, index) => keys.indexOf(keys[index]!) !== index);
  if (twice !== undefined) {
    throw new ParleyFault('DUPLICATE_SPONSOR', `“${twice}” is listed twice among the sponsors.`);
  }
  await trx.deleteFrom('dialogue_sponsors').where('dialogue_id', '=', dialogueId).execute();
  for (const [position, name] of sponsors.entries()) {
    await trx
      .insertInto('dialogue_sponsors')
      .values({ dialogue_id: dialogueId, position, name, name_key: keys[position]! })
      .execute();
  }
}

export interface RootCauseEdit {
  readonly id?: string | undefined;
  readonly title: string;
  readonly description: string;
}

/**
 * Replaces the root-cause list while keeping the ids of the entries that carry one, so links from
 * elsewhere survive a reorder or a rename; entries left out are deleted (and links to them with them).
 */
export async function writeRootCauses(
  trx: Db,
  dialogueId: string,
  causes: readonly RootCauseEdit[],
  ids: { readonly newId: () => string; readonly now: string },
): Promise<void> {
  const keys = causes.map((cause) => foldForMatch(cause.title));
  const twice = causes.find((_, index) => keys.indexOf(keys[index]!) !== index);
  if (twice !== undefined) {
    throw new ParleyFault('DUPLICATE_ROOT_CAUSE', `“${twice.title}” is listed twice among the root causes.`);
  }
  const existing = new Set(
    (await trx.selectFrom('root_causes').select('id').where('dialogue_id', '=', dialogueId).execute()).map(
      (row) => row.id,
    ),
  );
  const kept = new Set<string>();
  for (const cause of causes) {
    if (cause.id === undefined) continue;
    if (!existing.has(cause.id) || kept.has(cause.id)) {
      throw new ParleyFault(
        'ROOT_CAUSE_NOT_FOUND',
        `The root cause “${cause.title}” no longer exists in this dialogue. Reload and try again.`,
      );
    }
    kept.add(cause.id);
  }
  const removed = [...existing].filter((id) => !kept.has(id));
  if (removed.length > 0) await trx.deleteFrom('root_causes').where('id', 'in', removed).execute();
  // Titles are unique per dialogue: park the kept rows under temporary keys first, so that
  // swapping two titles in one edit does not trip the unique index half-way.
  for (const id of kept) {
    await trx
      .updateTable('root_causes')
      .set({ title_key: `\u0000${id}` })
      .where('id', '=', id)
      .execute();
  }
  for (const [position, cause] of causes.entries()) {
    const values = { position, title: cause.title, title_key: keys[position]!, description: cause.description };
    if (cause.id !== undefined) {
      await trx
        .updateTable('root_causes')
        .set({ ...values, updated_at: ids.now })
        .where('id', '=', cause.id)
        .execute();
    } else {
      await trx
        .insertInto('root_causes')
        .values({ id: ids.newId(), dialogue_id: dialogueId, ...values, created_at: ids.now, updated_at: ids.now })
        .execute();
    }
  }
}
