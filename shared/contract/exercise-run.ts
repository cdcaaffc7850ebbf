import { z } from 'zod';
import {
  CHECKLIST_PHASES,
  EXERCISE_LIMITS,
  type ChecklistPhase,
  type ExerciseStage,
  type Landed,
} from '../domain/exercise';
import { NOTE_LEVELS, type NoteLevel } from '../domain/note';
import { AGENDA_LIMITS, type AgendaItemKind } from '../domain/session';
import type { AgendaView } from './agenda';
import { ExerciseId, libraryErrors, Minutes, type ExerciseFlagView } from './exercise';
import { Id, MAX_PAYLOAD_BYTES, text } from './fields';
import { as, method } from './method';

/** One checklist step of a run, as the library gave it when the run was made. */
export interface RunStepView {
  readonly phase: ChecklistPhase;
  /** 0-based within its phase. */
  readonly position: number;
  readonly text: string;
  /** When it was ticked; null while open. */
  readonly doneAt: string | null;
}

export interface ChecklistCount {
  readonly done: number;
  readonly total: number;
}

export interface ChecklistProgress extends ChecklistCount {
  readonly byPhase: Readonly<Record<ChecklistPhase, ChecklistCount>>;
}

/** How many of a side took part and how many passed: counts only, never who. */
export interface PartyCountView {
  readonly partyId: string;
  readonly partyName: string;
  /** Null: not counted. */
  readonly tookPart: number | null;
  readonly optedOut: number | null;
}

/** What the facilitator saw during the exercise. Facilitator-only unless chosen otherwise. */
export interface ObservationView {
  readonly id: string;
  readonly runId: string;
  readonly body: string;
  readonly level: NoteLevel;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Where the run's agenda item stands in live mode. */
export type RunItemState = 'planned' | 'running' | 'done';

/** An exercise used in a session: its checklist ticked off, observations, how it landed. */
export interface ExerciseRunView {
  readonly id: string;
  readonly sessionId: string;
  readonly agendaItemId: string;
  readonly item: {
    readonly title: string;
    readonly kind: AgendaItemKind;
    readonly day: number;
    readonly position: number;
    readonly state: RunItemState;
  };
  readonly exercise: {
    readonly id: string;
    readonly name: string;
    readonly builtIn: boolean;
    readonly stage: ExerciseStage;
    readonly archived: boolean;
    readonly minMinutes: number;
    readonly maxMinutes: number;
    readonly flags: readonly ExerciseFlagView[];
  };
  readonly steps: readonly RunStepView[];
  readonly progress: ChecklistProgress;
  readonly landed: Landed | null;
  /** The facilitator's own word for how it landed ("tentative", "raw"). */
  readonly landedWord: string;
  /** One entry per side of the dialogue, in the dialogue's order. */
  readonly counts: readonly PartyCountView[];
  readonly observations: readonly ObservationView[];
  /** Anything recorded (a tick, a count, a rating, an observation): the run is then kept on purpose. */
  readonly recorded: boolean;
  readonly updatedAt: string;
}

/** Checklist progress of one session's exercise runs, for the session list. */
export interface SessionChecklistProgress extends ChecklistCount {
  readonly sessionId: string;
  readonly runs: number;
}

const Count = z
  .number({ message: 'Must be a number of people.' })
  .int({ message: 'Must be a whole number of people.' })
  .min(0, { message: 'Cannot be negative.' })
  .max(EXERCISE_LIMITS.maxCount, { message: `At most ${EXERCISE_LIMITS.maxCount}.` })
  .nullable();

/** Observations can be long (a facilitator's account of a hard hour); the size is said plainly. */
export const ObservationBody = text({ max: MAX_PAYLOAD_BYTES, multiline: true }).refine(
  (s) => s.length <= EXERCISE_LIMITS.observationChars,
  {
    message: `An observation holds at most ${EXERCISE_LIMITS.observationChars.toLocaleString('en')} characters: split it in two. Nothing was lost; the text is still in the editor.`,
  },
);

const runErrors = ['WORKSPACE_LOCKED', 'DISK_FULL', 'WORKSPACE_CORRUPT'] as const;

export const exerciseRunContract = {
  /** The session's runs in agenda order. */
  'exerciseRun.forSession': method({
    input: z.object({ sessionId: Id }).strict(),
    output: as<readonly ExerciseRunView[]>(),
    errors: [...runErrors, 'SESSION_NOT_FOUND'],
  }),
  'exerciseRun.get': method({
    input: z.object({ id: Id }).strict(),
    output: as<ExerciseRunView>(),
    errors: [...runErrors, 'EXERCISE_RUN_NOT_FOUND'],
  }),
  /** Checklist progress per session of a dialogue (sessions without runs are left out). */
  'exerciseRun.progress': method({
    input: z.object({ dialogueId: Id }).strict(),
    output: as<readonly SessionChecklistProgress[]>(),
    errors: [...runErrors, 'DIALOGUE_NOT_FOUND'],
  }),
  /**
   * Links an agenda item to a library exercise, copying its checklist into the run. Relinking an
   * item whose run has anything recorded is refused: unlink it first, deliberately.
   */
  'exerciseRun.link': method({
    input: z.object({ itemId: Id, exerciseId: ExerciseId }).strict(),
    output: as<ExerciseRunView>(),
    errors: [...runErrors, 'AGENDA_ITEM_NOT_FOUND', 'EXERCISE_NOT_FOUND', 'EXERCISE_ARCHIVED', 'EXERCISE_RUN_RECORDED'],
  }),
  /** Removes the run from its item; one with records goes only with `discardRecords: true`. */
  'exerciseRun.unlink': method({
    input: z.object({ itemId: Id, discardRecords: z.boolean().default(false) }).strict(),
    output: as<{ readonly unlinked: true }>(),
    errors: [...runErrors, 'EXERCISE_RUN_NOT_FOUND', 'EXERCISE_RUN_RECORDED'],
  }),
  'exerciseRun.tick': method({
    input: z
      .object({
        runId: Id,
        phase: z.enum(CHECKLIST_PHASES),
        position: z.number().int().min(0).max(EXERCISE_LIMITS.stepsPerPhase),
        done: z.boolean(),
      })
      .strict(),
    output: as<ExerciseRunView>(),
    errors: [...runErrors, 'EXERCISE_RUN_NOT_FOUND', 'STEP_NOT_FOUND'],
  }),
  /**
   * How it landed and who took part, per side, as counts. Fields left out keep their value; `null`
   * clears. Counts name sides only: a run never records who passed.
   */
  'exerciseRun.record': method({
    input: z
      .object({
        runId: Id,
        landed: z
          .number({ message: 'How it landed runs from 1 to 5.' })
          .int({ message: 'How it landed runs from 1 to 5.' })
          .min(1, { message: 'How it landed runs from 1 to 5.' })
          .max(5, { message: 'How it landed runs from 1 to 5.' })
          .transform((value) => value as Landed)
          .nullable()
          .optional(),
        landedWord: text({ max: EXERCISE_LIMITS.landedWordChars })
          .transform((s) => s.trim())
          .optional(),
        counts: z
          .array(z.object({ partyId: Id, tookPart: Count, optedOut: Count }).strict())
          .max(20)
          .refine((counts) => new Set(counts.map((c) => c.partyId)).size === counts.length, {
            message: 'A side is counted twice.',
          })
          .optional(),
      })
      .strict(),
    output: as<ExerciseRunView>(),
    errors: [...runErrors, 'EXERCISE_RUN_NOT_FOUND', 'PARTY_NOT_FOUND', 'NOT_A_SIDE'],
  }),
  /**
   * Creates the observation, or updates it when `id` exists (the editor makes the id, so a retried
   * autosave never makes a second one). A new observation is facilitator-only unless `level` says.
   */
  'exerciseRun.saveObservation': method({
    input: z.object({ id: Id, runId: Id, body: ObservationBody, level: z.enum(NOTE_LEVELS).optional() }).strict(),
    output: as<ObservationView>(),
    errors: [...runErrors, 'EXERCISE_RUN_NOT_FOUND', 'OBSERVATION_EMPTY', 'TOO_MANY_OBSERVATIONS'],
  }),
  'exerciseRun.deleteObservation': method({
    input: z.object({ id: Id }).strict(),
    output: as<{ readonly deleted: true }>(),
    errors: [...runErrors, 'OBSERVATION_NOT_FOUND'],
  }),
  /**
   * (Named with the library's methods, kept here beside the runs it makes.) Adds the exercise to a session's agenda as one item (its kind, its name, the middle of its
   * duration unless `plannedMinutes` is given, led by the facilitator) and links the item to a
   * run with the exercise's checklist, in one transaction.
   */
  'exercise.addToAgenda': method({
    input: z
      .object({
        exerciseId: ExerciseId,
        sessionId: Id,
        day: z
          .number()
          .int()
          .min(0)
          .max(AGENDA_LIMITS.maxSessionDays - 1)
          .optional(),
        plannedMinutes: Minutes.optional(),
        /** For an exercise held as a caucus: the side it meets with. */
        caucusPartyId: Id.nullable().default(null),
      })
      .strict(),
    output: as<{ readonly itemId: string; readonly agenda: AgendaView; readonly run: ExerciseRunView }>(),
    errors: [
      ...libraryErrors,
      'EXERCISE_NOT_FOUND',
      'EXERCISE_ARCHIVED',
      'SESSION_NOT_FOUND',
      'AGENDA_FULL',
      'INVALID_MOVE',
      'CAUCUS_PARTY_REQUIRED',
      'PARTY_NOT_FOUND',
    ],
  }),
};
