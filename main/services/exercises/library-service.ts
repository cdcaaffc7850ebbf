import type { Transaction } from 'kysely';
import type { AgendaView } from '../../../shared/contract/agenda';
import type { ExerciseView } from '../../../shared/contract/exercise';
import type { ExerciseRunView } from '../../../shared/contract/exercise-run';
import { CHECKLIST_PHASES, isBuiltInExerciseId, plannedMinutesFor } from '../../../shared/domain/exercise';
import { foldForMatch } from '../../../shared/text/fold';
import { ParleyFault } from '../../errors';
import type { WorkspaceSchema } from '../../store/schema';
import type { ServiceContext } from '../context';
import { loadAgenda } from '../sessions/agenda-read';
import { insertAgendaItem } from '../sessions/agenda-service';
import { inTransaction, isConstraint, type Input } from '../sessions/common';
import { guarded } from './guarded';
import { customExercises, exerciseNotFound, findExercise, libraryExercises } from './library-read';
import { loadRun } from './run-read';
import { insertRun } from './run-write';

export interface ExerciseLibraryService {
  list(input: Input<'exercise.list'>): Promise<ExerciseView[]>;
  get(input: Input<'exercise.get'>): Promise<ExerciseView>;
  create(input: Input<'exercise.create'>): Promise<ExerciseView>;
  update(input: Input<'exercise.update'>): Promise<ExerciseView>;
  duplicate(input: Input<'exercise.duplicate'>): Promise<ExerciseView>;
  archive(input: Input<'exercise.archive'>): Promise<ExerciseView>;
  addToAgenda(
    input: Input<'exercise.addToAgenda'>,
  ): Promise<{ itemId: string; agenda: AgendaView; run: ExerciseRunView }>;
}

type Trx = Transaction<WorkspaceSchema>;
/** The stored fields of an exercise, as the contract parses them (read-only views fit too). */
type Fields = Omit<Input<'exercise.create'>, 'flags' | 'steps'> & {
  readonly flags: readonly { readonly flag: ExerciseView['flags'][number]['flag']; readonly caution: string }[];
  readonly steps: ExerciseView['steps'];
};

const readOnly = () =>
  new ParleyFault(
    'BUILT_IN_READ_ONLY',
    'Built-in exercises cannot be changed. Duplicate it to make your own version, then edit that.',
  );

const nameTaken = (name: string) =>
  new ParleyFault('EXERCISE_NAME_TAKEN', `The library already has an exercise called “${name}”. Choose another name.`);

/** The library's rows for one exercise: its columns, flags and checklist (replaced as a whole). */
async function writeExercise(
  trx: Trx,
  id: string,
  fields: Fields,
  now: string,
  create: { duplicatedFrom: string | null } | null,
) {
  const columns = {
    name: fields.name,
    name_key: foldForMatch(fields.name),
    purpose: fields.purpose,
    stage: fields.stage,
    agenda_kind: fields.agendaKind,
    min_minutes: fields.minMinutes,
    max_minutes: fields.maxMinutes,
    min_people: fields.minPeople,
    max_people: fields.maxPeople,
    materials: fields.materials,
    interpretation: fields.interpretation,
    updated_at: now,
  };
  try {
    if (create) {
      await trx
        .insertInto('exercises')
        .values({ id, ...columns, duplicated_from: create.duplicatedFrom, archived_at: null, created_at: now })
        .execute();
    } else {
      await trx.updateTable('exercises').set(columns).where('id', '=', id).execute();
    }
  } catch (error) {
    if (isConstraint(error, 'UNIQUE')) throw nameTaken(fields.name);
    throw error;
  }
  await trx.deleteFrom('exercise_flags').where('exercise_id', '=', id).execute();
  if (fields.flags.length > 0) {
    await trx
      .insertInto('exercise_flags')
      .values(fields.flags.map((flag) => ({ exercise_id: id, flag: flag.flag, caution: flag.caution })))
      .execute();
  }
  await trx.deleteFrom('exercise_steps').where('exercise_id', '=', id).execute();
  const steps = CHECKLIST_PHASES.flatMap((phase) =>
    fields.steps[phase].map((text, position) => ({ exercise_id: id, phase, position, text })),
  );
  if (steps.length > 0) await trx.insertInto('exercise_steps').values(steps).execute();
}

/** A name not yet in the library: "Hopes and fears (copy)", then "(copy 2)"… */
async function freeCopyName(trx: Trx, name: string): Promise<string> {
  const taken = new Set((await trx.selectFrom('exercises').select('name_key').execute()).map((row) => row.name_key));
  for (let n = 1; ; n++) {
    const candidate = `${name} (copy${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(foldForMatch(candidate))) return candidate;
  }
}

export function createExerciseLibraryService(ctx: ServiceContext): ExerciseLibraryService {
  const db = () => ctx.workspace().db;

  const one = (id: string): Promise<ExerciseView> =>
    guarded(async () => {
      const [found] = await customExercises(db(), { ids: [id] });
      if (!found) throw exerciseNotFound();
      return found;
    });

  return {
    list: (input) => guarded(() => libraryExercises(db(), input.includeArchived)),

    get: (input) => guarded(() => findExercise(db(), input.id)),

    async create(input) {
      const id = ctx.newId();
      const now = ctx.now().toISOString();
      await inTransaction(db(), (trx) => writeExercise(trx, id, input, now, { duplicatedFrom: null }));
      return one(id);
    },

    async update(input) {
      if (isBuiltInExerciseId(input.id)) throw readOnly();
      const { id, ...fields } = input;
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const found = await trx.selectFrom('exercises').select('id').where('id', '=', id).executeTakeFirst();
        if (!found) throw exerciseNotFound();
        await writeExercise(trx, id, fields, now, null);
      });
      return one(id);
    },

    async duplicate(input) {
      const source = await guarded(() => findExercise(db(), input.id));
      const id = ctx.newId();
      const now = ctx.now().toISOString();
      await inTransaction(db(), async (trx) => {
        const name = input.name ?? (await freeCopyName(trx, source.name));
        await writeExercise(
          trx,
          id,
          {
            name,
            purpose: source.purpose,
            stage: source.stage,
            agendaKind: source.agendaKind,
            minMinutes: source.minMinutes,
            maxMinutes: source.maxMinutes,
            minPeople: source.minPeople,
            maxPeople: source.maxPeople,
            materials: source.materials,
            interpretation: source.interpretation,
            flags: source.flags,
            steps: source.steps,
          },
          now,
          { duplicatedFrom: source.id },
        );
      });
      return one(id);
    },

    async archive(input) {
      if (isBuiltInExerciseId(input.id)) throw readOnly();
      const now = ctx.now().toISOString();
      const result = await inTransaction(db(), (trx) =>
        trx
          .updateTable('exercises')
          .set({ archived_at: input.archived ? now : null, updated_at: now })
          .where('id', '=', input.id)
          .executeTakeFirst(),
      );
      if (Number(result.numUpdatedRows) === 0) throw exerciseNotFound();
      return one(input.id);
    },

    async addToAgenda(input) {
      const exercise = await guarded(() => findExercise(db(), input.exerciseId));
      if (exercise.archived) {
        throw new ParleyFault(
          'EXERCISE_ARCHIVED',
          'That exercise is archived. Restore it to the library to plan it again.',
        );
      }
      const itemId = ctx.newId();
      const runId = ctx.newId();
      const now = ctx.now().toISOString();
      return inTransaction(db(), async (trx) => {
        const session = await insertAgendaItem(
          trx,
          {
            sessionId: input.sessionId,
            kind: exercise.agendaKind,
            title: exercise.name,
            plannedMinutes: input.plannedMinutes ?? plannedMinutesFor(exercise),
            day: input.day,
            lead: { kind: 'facilitator' },
            notes: '',
            topics: [],
            regime: null,
            caucusPartyId: exercise.agendaKind === 'caucus' ? input.caucusPartyId : null,
          },
          { id: itemId, now, newId: ctx.newId },
        );
        await insertRun(trx, { id: runId, sessionId: session.id, itemId, exercise, now });
        return { itemId, agenda: await loadAgenda(trx, session.id, ctx.now()), run: await loadRun(trx, runId) };
      });
    },
  };
}
