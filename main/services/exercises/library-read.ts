import type { ExerciseSteps, ExerciseView } from '../../../shared/contract/exercise';
import { CHECKLIST_PHASES, EXERCISE_FLAGS, isBuiltInExerciseId } from '../../../shared/domain/exercise';
import { BUILT_IN_EXERCISES, builtInExercise } from '../../../shared/exercises/library';
import { ParleyFault } from '../../errors';
import type { Db } from '../sessions/common';

export const exerciseNotFound = () =>
  new ParleyFault('EXERCISE_NOT_FOUND', 'That exercise is not in the library (it may have been removed).');

/**
 * The facilitator's own exercises as views, with their flags and checklists, by name. `ids`
 * narrows the read (one exercise, or the exercises of a session's runs).
 */
export async function customExercises(
  db: Db,
  options: { readonly ids?: readonly string[]; readonly includeArchived?: boolean } = {},
): Promise<ExerciseView[]> {
  if (options.ids?.length === 0) return [];
  const rows = await db
    .selectFrom('exercises')
    .selectAll()
    .$if(options.ids !== undefined, (q) => q.where('id', 'in', options.ids!))
    .$if(!options.includeArchived && options.ids === undefined, (q) => q.where('archived_at', 'is', null))
    .orderBy('name_key')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [flags, steps] = await Promise.all([
    db.selectFrom('exercise_flags').selectAll().where('exercise_id', 'in', ids).execute(),
    db
      .selectFrom('exercise_steps')
      .selectAll()
      .where('exercise_id', 'in', ids)
      .orderBy('exercise_id')
      .orderBy('phase')
      .orderBy('position')
      .execute(),
  ]);
  const flagsOf = Map.groupBy(flags, (flag) => flag.exercise_id);
  const stepsOf = Map.groupBy(steps, (step) => step.exercise_id);
  const sources = new Map(rows.map((row) => [row.id, row.name]));
  const missing = rows
    .map((row) => row.duplicated_from)
    .filter((id): id is string => id !== null && !isBuiltInExerciseId(id) && !sources.has(id));
  if (missing.length > 0) {
    const found = await db.selectFrom('exercises').select(['id', 'name']).where('id', 'in', missing).execute();
    for (const row of found) sources.set(row.id, row.name);
  }
  return rows.map((row): ExerciseView => {
    const own = stepsOf.get(row.id) ?? [];
    const steps = Object.fromEntries(
      CHECKLIST_PHASES.map((phase) => [phase, own.filter((step) => step.phase === phase).map((step) => step.text)]),
    ) as unknown as ExerciseSteps;
    const flagged = new Map((flagsOf.get(row.id) ?? []).map((flag) => [flag.flag, flag.caution]));
    const source = row.duplicated_from;
    const sourceName = source === null ? undefined : (builtInExercise(source)?.name ?? sources.get(source));
    return {
      id: row.id,
      builtIn: false,
      name: row.name,
      purpose: row.purpose,
      stage: row.stage,
      agendaKind: row.agenda_kind,
      minMinutes: row.min_minutes,
      maxMinutes: row.max_minutes,
      minPeople: row.min_people,
      maxPeople: row.max_people,
      materials: row.materials,
      interpretation: row.interpretation,
      flags: EXERCISE_FLAGS.filter((flag) => flagged.has(flag)).map((flag) => ({ flag, caution: flagged.get(flag)! })),
      steps,
      archived: row.archived_at !== null,
      duplicatedFrom: source !== null && sourceName !== undefined ? { id: source, name: sourceName } : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

/** Any exercise by id: a built-in from the code, a custom one from the workspace. */
export async function findExercise(db: Db, id: string): Promise<ExerciseView> {
  if (isBuiltInExerciseId(id)) {
    const builtIn = builtInExercise(id);
    if (!builtIn) throw exerciseNotFound();
    return builtIn;
  }
  const [found] = await customExercises(db, { ids: [id] });
  if (!found) throw exerciseNotFound();
  return found;
}

/** Built-ins first, in the order a process meets them, then the facilitator's own by name. */
export async function libraryExercises(db: Db, includeArchived: boolean): Promise<ExerciseView[]> {
  return [...BUILT_IN_EXERCISES, ...(await customExercises(db, { includeArchived }))];
}
