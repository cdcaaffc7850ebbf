import type { AgendaItemKind } from './session';

/**
 * Enumerations, labels and limits of trust-building exercises (DOMAIN.md: Exercise, Exercise run).
 * Values are stored as-is in the workspace; labels are what the facilitator reads.
 */

/** Where in a process an exercise belongs: pacing comes before depth. */
export const EXERCISE_STAGES = ['opening', 'deepening', 'problem-solving', 'closing'] as const;
export type ExerciseStage = (typeof EXERCISE_STAGES)[number];

export const EXERCISE_STAGE_LABELS: Record<ExerciseStage, string> = {
  opening: 'Opening',
  deepening: 'Deepening',
  'problem-solving': 'Problem-solving',
  closing: 'Closing',
};

export const EXERCISE_STAGE_DESCRIPTIONS: Record<ExerciseStage, string> = {
  opening: 'Getting to know each other as people; low risk, nothing asked that cannot be given lightly.',
  deepening: 'Listening to each side’s experience and fears; needs some trust and careful holding.',
  'problem-solving': 'Thinking together about the problem and options both sides could defend at home.',
  closing: 'Gathering what was learned and preparing everyone to go home safely.',
};

/**
 * The three parts of every checklist, ticked in that order: before the exercise, in the room,
 * and after it (the care a facilitator owes people who shared something hard).
 */
export const CHECKLIST_PHASES = ['prepare', 'room', 'aftercare'] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

export const CHECKLIST_PHASE_LABELS: Record<ChecklistPhase, string> = {
  prepare: 'Prepare',
  room: 'In the room',
  aftercare: 'After-care',
};

/**
 * Do-no-harm flags. Each flag an exercise carries comes with its own caution text, written for that
 * exercise; the label and description below are what every flag means wherever it appears.
 */
export const EXERCISE_FLAGS = ['personal-sharing', 'retraumatising', 'separation', 'needs-trust', 'opt-out'] as const;
export type ExerciseFlag = (typeof EXERCISE_FLAGS)[number];

export const EXERCISE_FLAG_LABELS: Record<ExerciseFlag, string> = {
  'personal-sharing': 'Asks for personal sharing',
  retraumatising: 'Risk of re-traumatising',
  separation: 'Needs separation or a same-side room',
  'needs-trust': 'Not before trust exists',
  'opt-out': 'Opting out is always fine',
};

/** Short forms for badges in dense rows (the full label is the badge's accessible name). */
export const EXERCISE_FLAG_SHORT: Record<ExerciseFlag, string> = {
  'personal-sharing': 'Personal sharing',
  retraumatising: 'Re-traumatising risk',
  separation: 'Same-side room',
  'needs-trust': 'Needs trust first',
  'opt-out': 'Opt-out offered',
};

export const EXERCISE_FLAG_DESCRIPTIONS: Record<ExerciseFlag, string> = {
  'personal-sharing': 'Participants are invited to speak about their own lives. Nobody is made to share.',
  retraumatising: 'Memories of loss or violence may come up; plan how to hold them and who follows up.',
  separation: 'Part of the work happens with one side only, in a room of its own, before anything is shared.',
  'needs-trust': 'Run it only once the group has met before and relations allow it.',
  'opt-out': 'Say aloud that anyone may pass, at any point, without giving a reason.',
};

/**
 * The sentence printed under an exercise that asks for personal sharing, in the participants' copy
 * of the agenda (and said aloud in the room).
 */
export const VOLUNTARY_LINE = 'Taking part is voluntary; anyone may pass.';

/** How an exercise landed, 1–5, each step with its word. */
export const LANDED_SCALE = [1, 2, 3, 4, 5] as const;
export type Landed = (typeof LANDED_SCALE)[number];

export const LANDED_LABELS: Record<Landed, string> = {
  1: 'Did not land',
  2: 'Uneasy',
  3: 'Mixed',
  4: 'Landed well',
  5: 'A turning point',
};

/** Agenda item kinds an exercise may be planned as (a shared meal is a meal, a walk is informal time). */
export const EXERCISE_AGENDA_KINDS = [
  'exercise',
  'plenary',
  'breakout',
  'informal',
  'meal',
  'caucus',
] as const satisfies readonly AgendaItemKind[];
export type ExerciseAgendaKind = (typeof EXERCISE_AGENDA_KINDS)[number];

/** Built-in exercises are identified by a stable key, never a random id. */
export const BUILT_IN_EXERCISE_PREFIX = 'builtin:';

export function isBuiltInExerciseId(id: string): boolean {
  return id.startsWith(BUILT_IN_EXERCISE_PREFIX);
}

/**
 * Limits: generous for real exercises, tight enough that a slip (an extra zero) is refused. A
 * checklist step is one action, so a line; an observation can be long (a facilitator's account of
 * a hard hour), a rationale is short by design.
 */
export const EXERCISE_LIMITS = {
  nameChars: 120,
  purposeChars: 2_000,
  stepChars: 500,
  stepsPerPhase: 30,
  materialsChars: 1_000,
  interpretationChars: 1_000,
  cautionChars: 1_000,
  minMinutes: 5,
  maxMinutes: 720,
  minPeople: 2,
  maxPeople: 200,
  /** Per side, taking part or opting out: a dialogue has a few dozen people at most. */
  maxCount: 500,
  landedWordChars: 60,
  observationChars: 20_000,
  observationsPerRun: 200,
} as const;

/** The minutes an exercise is planned for when added to an agenda: the middle of its range, in 5s. */
export function plannedMinutesFor(range: { readonly minMinutes: number; readonly maxMinutes: number }): number {
  const middle = (range.minMinutes + range.maxMinutes) / 2;
  return Math.min(EXERCISE_LIMITS.maxMinutes, Math.max(range.minMinutes, Math.ceil(middle / 5) * 5));
}
