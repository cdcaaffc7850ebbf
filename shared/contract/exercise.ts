import { z } from 'zod';
import {
  EXERCISE_AGENDA_KINDS,
  EXERCISE_FLAGS,
  EXERCISE_LIMITS,
  EXERCISE_STAGES,
  type ChecklistPhase,
  type ExerciseAgendaKind,
  type ExerciseFlag,
  type ExerciseStage,
} from '../domain/exercise';
import { Id, label, text } from './fields';
import { as, method } from './method';

/** A do-no-harm flag with what the facilitator must watch for in this exercise. */
export interface ExerciseFlagView {
  readonly flag: ExerciseFlag;
  readonly caution: string;
}

/** The checklist, in its three parts: each step one line, ticked in a run. */
export type ExerciseSteps = Readonly<Record<ChecklistPhase, readonly string[]>>;

/** A library exercise: built in (read-only, id `builtin:…`) or the facilitator's own. */
export interface ExerciseView {
  readonly id: string;
  readonly builtIn: boolean;
  readonly name: string;
  readonly purpose: string;
  readonly stage: ExerciseStage;
  /** The kind of agenda item it becomes (a shared meal is a meal). */
  readonly agendaKind: ExerciseAgendaKind;
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly minPeople: number;
  /** Null: no upper limit. */
  readonly maxPeople: number | null;
  readonly materials: string;
  /** What interpretation the exercise needs (consecutive, whispered, per pair…). */
  readonly interpretation: string;
  readonly flags: readonly ExerciseFlagView[];
  readonly steps: ExerciseSteps;
  readonly archived: boolean;
  /** The exercise this one was duplicated from, if any. */
  readonly duplicatedFrom: { readonly id: string; readonly name: string } | null;
  /** Null for built-ins. */
  readonly createdAt: string | null;
  readonly updatedAt: string | null;
}

/** A built-in's key (`builtin:hopes-and-fears`) or a custom exercise's id. */
export const ExerciseId = z.union([Id, z.string().regex(/^builtin:[a-z0-9-]{1,60}$/)], {
  message: 'Not a valid exercise id.',
});

const nonEmpty = (s: string) => s !== '';

const StepText = text({ max: EXERCISE_LIMITS.stepChars })
  .transform((s) => s.trim())
  .refine(nonEmpty, { message: 'A checklist step cannot be empty: write the step or remove it.' });

const Phase = z
  .array(StepText)
  .max(EXERCISE_LIMITS.stepsPerPhase, { message: `${EXERCISE_LIMITS.stepsPerPhase} steps at most in each part.` });

export const StepsInput = z
  .object({ prepare: Phase, room: Phase, aftercare: Phase })
  .strict()
  .refine((steps) => steps.prepare.length + steps.room.length + steps.aftercare.length > 0, {
    message: 'Give the checklist at least one step.',
  });

const FlagInput = z
  .object({
    flag: z.enum(EXERCISE_FLAGS),
    caution: text({ max: EXERCISE_LIMITS.cautionChars, multiline: true })
      .transform((s) => s.trim())
      .refine(nonEmpty, { message: 'Write the caution: what the facilitator must watch for with this flag.' }),
  })
  .strict();

const Flags = z
  .array(FlagInput)
  .max(EXERCISE_FLAGS.length)
  .refine((flags) => new Set(flags.map((f) => f.flag)).size === flags.length, {
    message: 'A flag is listed twice.',
  });

export const Minutes = z
  .number({ message: 'Must be a number of minutes.' })
  .int({ message: 'Must be a whole number of minutes.' })
  .min(EXERCISE_LIMITS.minMinutes, { message: `At least ${EXERCISE_LIMITS.minMinutes} minutes.` })
  .max(EXERCISE_LIMITS.maxMinutes, { message: `At most ${EXERCISE_LIMITS.maxMinutes} minutes (12 hours).` });

const People = z
  .number({ message: 'Must be a number of people.' })
  .int({ message: 'Must be a whole number of people.' })
  .min(EXERCISE_LIMITS.minPeople, { message: `At least ${EXERCISE_LIMITS.minPeople} people.` })
  .max(EXERCISE_LIMITS.maxPeople, { message: `At most ${EXERCISE_LIMITS.maxPeople} people.` });

const ExerciseFields = {
  name: label(EXERCISE_LIMITS.nameChars),
  purpose: text({ min: 1, max: EXERCISE_LIMITS.purposeChars, multiline: true }).transform((s) => s.trim()),
  stage: z.enum(EXERCISE_STAGES),
  agendaKind: z.enum(EXERCISE_AGENDA_KINDS).default('exercise'),
  minMinutes: Minutes,
  maxMinutes: Minutes,
  minPeople: People.default(EXERCISE_LIMITS.minPeople),
  maxPeople: People.nullable().default(null),
  materials: text({ max: EXERCISE_LIMITS.materialsChars, multiline: true })
    .transform((s) => s.trim())
    .default(''),
  interpretation: text({ max: EXERCISE_LIMITS.interpretationChars, multiline: true })
    .transform((s) => s.trim())
    .default(''),
  flags: Flags.default([]),
  steps: StepsInput,
};

/** Ranges read low to high; checked on the whole object so the message sits on the upper bound. */
function withRanges<
  T extends z.ZodType<{ minMinutes: number; maxMinutes: number; minPeople: number; maxPeople: number | null }>,
>(schema: T) {
  return schema
    .refine((value) => value.maxMinutes >= value.minMinutes, {
      path: ['maxMinutes'],
      message: 'The longest duration cannot be shorter than the shortest.',
    })
    .refine((value) => value.maxPeople === null || value.maxPeople >= value.minPeople, {
      path: ['maxPeople'],
      message: 'The largest group cannot be smaller than the smallest.',
    });
}

export const libraryErrors = ['WORKSPACE_LOCKED', 'DISK_FULL', 'WORKSPACE_CORRUPT'] as const;

export const exerciseContract = {
  /** Built-ins first (in process order), then the facilitator's own by name. */
  'exercise.list': method({
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: as<readonly ExerciseView[]>(),
    errors: [...libraryErrors],
  }),
  'exercise.get': method({
    input: z.object({ id: ExerciseId }).strict(),
    output: as<ExerciseView>(),
    errors: [...libraryErrors, 'EXERCISE_NOT_FOUND'],
  }),
  'exercise.create': method({
    input: withRanges(z.object(ExerciseFields).strict()),
    output: as<ExerciseView>(),
    errors: [...libraryErrors, 'EXERCISE_NAME_TAKEN'],
  }),
  /** Replaces every field of a custom exercise. Runs keep the checklist they were given. */
  'exercise.update': method({
    input: withRanges(z.object({ id: ExerciseId, ...ExerciseFields }).strict()),
    output: as<ExerciseView>(),
    errors: [...libraryErrors, 'EXERCISE_NOT_FOUND', 'BUILT_IN_READ_ONLY', 'EXERCISE_NAME_TAKEN'],
  }),
  /** A custom copy to adapt; named "<name> (copy)" unless a name is given. */
  'exercise.duplicate': method({
    input: z.object({ id: ExerciseId, name: label(EXERCISE_LIMITS.nameChars).optional() }).strict(),
    output: as<ExerciseView>(),
    errors: [...libraryErrors, 'EXERCISE_NOT_FOUND', 'EXERCISE_NAME_TAKEN'],
  }),
  /** Archived exercises leave the library list and cannot be added again; past runs keep them. */
  'exercise.archive': method({
    input: z.object({ id: ExerciseId, archived: z.boolean() }).strict(),
    output: as<ExerciseView>(),
    errors: [...libraryErrors, 'EXERCISE_NOT_FOUND', 'BUILT_IN_READ_ONLY'],
  }),
};
